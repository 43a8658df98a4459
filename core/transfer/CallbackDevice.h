// A write-only QIODevice that hands every write to a function: lets FileStore::stream (which writes
// to a QIODevice) feed an export's zip entry, base64 encoder or hash without a temporary file.
#pragma once

#include <QIODevice>
#include <functional>

namespace coffer {

class CallbackDevice : public QIODevice
{
public:
    explicit CallbackDevice(std::function<void(const char*, qint64)> sink)
        : m_sink(std::move(sink))
    {
        open(WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_sink(data, size);
        return size;
    }

private:
    std::function<void(const char*, qint64)> m_sink;
};

} // namespace coffer
