#include "Secret.h"

#include "Sodium.h"

#include <new>
#include <utility>

namespace coffer {

Secret::Secret(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
}

Secret::~Secret()
{
    clear();
}

Secret::Secret(Secret&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

Secret Secret::fromBytes(const void* bytes, std::size_t size)
{
    Secret s(size);
    if (size)
        memcpy(s.m_data, bytes, size);
    return s;
}

Secret Secret::takeFrom(QByteArray& bytes)
{
    Secret s = fromBytes(bytes.constData(), size_t(bytes.size()));
    wipe(bytes);
    return s;
}

void Secret::clear()
{
    if (m_data)
        sodium_free(m_data); // zeroes the region before releasing it
    m_data = nullptr;
    m_size = 0;
}

bool Secret::equals(const Secret& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void wipe(QByteArray& bytes)
{
    // The buffer itself, also when other QByteArrays share it: data() would detach and wipe a fresh copy,
    // leaving the original bytes where they were. A buffer Qt does not own (a literal, fromRawData) has
    // no d-pointer and is not written to.
    if (!bytes.isEmpty() && bytes.data_ptr().isMutable())
        sodium_memzero(const_cast<char*>(bytes.constData()), size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.data_ptr().isMutable())
        sodium_memzero(const_cast<QChar*>(text.constData()), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void memzero(void* data, std::size_t size)
{
    sodium_memzero(data, size);
}

Secret hexOf(const Secret& bytes)
{
    // sodium_bin2hex writes a terminator and reads no secret-dependent table: build in a scratch Secret.
    Secret scratch(bytes.size() * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(scratch.data()), scratch.size(), bytes.data(), bytes.size());
    return Secret::fromBytes(scratch.data(), bytes.size() * 2);
}

} // namespace coffer
