// libsodium's crypto_secretstream_xchacha20poly1305 as two small objects: a sealer that turns chunks of
// plaintext into authenticated ciphertext, and an opener that checks and opens them in the same order.
// Each chunk carries a tag; the last one is marked final, so a stream cut short, reordered or with a
// chunk dropped fails to open. The state (which holds the stream key) is wiped when the object goes.
#pragma once

#include "Secret.h"

#include <QByteArray>
#include <QByteArrayView>
#include <memory>
#include <optional>

namespace coffer {

struct SecretStreamSizes
{
    static constexpr int kKeySize = 32;    // crypto_secretstream_xchacha20poly1305_KEYBYTES
    static constexpr int kHeaderSize = 24; // crypto_secretstream_xchacha20poly1305_HEADERBYTES
    static constexpr int kTagSize = 17;    // crypto_secretstream_xchacha20poly1305_ABYTES, per chunk
};

class SecretStreamSealer : public SecretStreamSizes
{
public:
    explicit SecretStreamSealer(const Secret& key); // key: kKeySize bytes
    ~SecretStreamSealer();
    Q_DISABLE_COPY(SecretStreamSealer)

    // The stream header (kHeaderSize bytes), which the opener needs before the first chunk.
    QByteArray header() const { return m_header; }
    // Appends plain.size() + kTagSize bytes of ciphertext to out. ad, when not empty, is authenticated
    // with this chunk. final marks the last chunk.
    void seal(QByteArrayView plain, QByteArrayView ad, bool final, QByteArray& out);

private:
    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_header;
};

class SecretStreamOpener : public SecretStreamSizes
{
public:
    SecretStreamOpener(const Secret& key, QByteArrayView header); // header: kHeaderSize bytes
    ~SecretStreamOpener();
    Q_DISABLE_COPY(SecretStreamOpener)

    // The plaintext of the next chunk, or nothing when it does not authenticate (wrong key, altered,
    // out of order, or ad other than the sealer's). final tells whether it was the last chunk.
    [[nodiscard]] std::optional<QByteArray> open(QByteArrayView cipher, QByteArrayView ad, bool& final);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace coffer
