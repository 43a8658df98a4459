// The encrypted export container: a plaintext stream (a zip bundle or a data.json) cut into chunks and
// sealed with libsodium's crypto_secretstream (XChaCha20-Poly1305) under a key derived from a passphrase
// with argon2id. Nothing plaintext is ever written: the exporter's bytes go straight through here.
//
// Format version 1 (integers big-endian):
//   8   magic "COFFEREX"
//   2   format version (1)
//   4   argon2id passes, 4 argon2id memory in KiB, 16 salt
//   24  secretstream header
//   then chunks: 4-byte ciphertext length, ciphertext (plaintext up to 64 KiB + 17 bytes)
// The first 34 bytes (magic to salt) are the associated data of the first chunk and the secretstream
// header is the stream's nonce, so none of the 58 header bytes can be changed without detection.
// The last chunk carries TAG_FINAL: a truncated file, a reordered, dropped or altered chunk, or a wrong
// passphrase all fail authentication, and the reader says which.
#pragma once

#include "crypto/Argon2Kdf.h"
#include "crypto/Secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <functional>
#include <memory>

namespace coffer {

class SecretStreamWriter
{
public:
    using Sink = std::function<void(const char* data, qint64 size)>;
    SecretStreamWriter(Sink sink, const Secret& passphrase, KdfParams kdf);
    ~SecretStreamWriter();
    void write(const char* data, qint64 size);
    void finish(); // seals the last chunk with TAG_FINAL

private:
    void push(bool final);
    struct State;
    std::unique_ptr<State> m_state;
    Sink m_sink;
    QByteArray m_buffer;
};

class SecretStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(SecretStream)
public:
    // Reads and checks the header; throws Error(Damaged) for a file that is not one, Error(Auth) never
    // here (the key is only tested by the first chunk).
    SecretStreamReader(QIODevice& source, const Secret& passphrase);
    ~SecretStreamReader();
    // Up to one chunk of plaintext; empty at the authenticated end. Throws Error(Auth) for a wrong
    // passphrase (first chunk), Error(Damaged) for any later failure or a missing final chunk.
    QByteArray next();
    bool atEnd() const { return m_finished; }

    static bool looksEncrypted(QIODevice& source); // peeks at the magic

private:
    struct State;
    std::unique_ptr<State> m_state;
    QIODevice& m_source;
    bool m_finished = false;
    bool m_first = true;
};

} // namespace coffer
