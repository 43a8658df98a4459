// Streaming SHA-256 for the backup manifest. A backup hashes the whole snapshot (a gigabyte or more),
// so this uses OpenSSL when the build found it (SHA-NI makes it about 30 times faster than libsodium's
// portable code on this project's machine) and libsodium otherwise; the sums are the same.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace coffer {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY(Sha256)

    void add(const char* data, qint64 size);
    void add(const QByteArray& bytes) { add(bytes.constData(), bytes.size()); }
    QByteArray result(); // 32 bytes; the object is then spent

    static QByteArray of(const QByteArray& bytes);
    // A whole file, read in 1 MiB pieces (a backup may be gigabytes); empty when it cannot be read, and
    // *error (when given) says why.
    static QByteArray ofFile(const QString& path, QString* error = nullptr);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace coffer
