// A buffer for key material and passwords. Its bytes live in sodium_malloc'd memory: guard pages around
// it, mlock'd so it is not swapped out, and wiped by sodium_free when the Secret dies. It cannot be
// copied by accident; copy() says so in the code.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <string_view>

namespace coffer {

class Secret
{
public:
    Secret() = default;
    explicit Secret(std::size_t size);
    ~Secret();
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;

    static Secret fromBytes(const void* bytes, std::size_t size);
    // Moves the bytes of a QByteArray into secure memory and wipes the QByteArray's own buffer.
    static Secret takeFrom(QByteArray& bytes);
    static Secret fromUtf8(std::string_view text) { return fromBytes(text.data(), text.size()); }

    [[nodiscard]] Secret copy() const { return fromBytes(m_data, m_size); }
    void clear();

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::string_view view() const { return {reinterpret_cast<const char*>(m_data), m_size}; }
    bool equals(const Secret& other) const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a QByteArray's bytes in place (for plaintext that passed through ordinary memory), and
// empties it. It is the shared buffer that is overwritten: every QByteArray sharing it reads zeros after.
void wipe(QByteArray& bytes);
// The same for a QString's UTF-16 buffer (the text a widget returned, which shares the widget's own).
void wipe(QString& text);
// Overwrites size bytes at data with zeros, in a way the compiler may not leave out.
void memzero(void* data, std::size_t size);
// The bytes as lowercase hexadecimal digits (2 per byte, no terminator), in secure memory too.
[[nodiscard]] Secret hexOf(const Secret& bytes);

} // namespace coffer
