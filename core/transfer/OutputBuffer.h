// Gathers an export's many small pieces (a CSV cell, a JSON value) into 64 KiB writes to its sink. A
// write per row cost more than formatting the row: each went through a std::function, the manifest's
// hash, and a write() system call for a folder export.
#pragma once

#include <QByteArrayView>
#include <functional>
#include <string>

namespace coffer {

using ByteSink = std::function<void(const char* data, qint64 size)>;

class OutputBuffer
{
public:
    static constexpr size_t kSize = 64 * 1024;

    explicit OutputBuffer(ByteSink sink)
        : m_sink(std::move(sink))
    {
        m_bytes.reserve(kSize + 4096);
    }
    // No flush here: a destructor must not throw, and output that was not flushed is output that failed.
    ~OutputBuffer() = default;
    Q_DISABLE_COPY(OutputBuffer)

    void append(QByteArrayView bytes)
    {
        m_bytes.append(bytes.data(), size_t(bytes.size()));
        if (m_bytes.size() >= kSize)
            flush();
    }
    void append(char c)
    {
        m_bytes.push_back(c);
        if (m_bytes.size() >= kSize)
            flush();
    }
    // Hands everything gathered so far to the sink: before anything else writes to the same sink.
    void flush()
    {
        if (m_bytes.empty())
            return;
        m_sink(m_bytes.data(), qint64(m_bytes.size()));
        m_bytes.clear(); // keeps the capacity
    }

private:
    ByteSink m_sink;
    std::string m_bytes;
};

} // namespace coffer
