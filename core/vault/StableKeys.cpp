#include "StableKeys.h"

#include "crypto/Subkeys.h"
#include "store/Database.h"

#include <QByteArray>

namespace coffer {

namespace {

Secret stored(Database& db, const char* key)
{
    Statement st = db.prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, QString::fromLatin1(key));
    return st.next() ? st.secret(0) : Secret();
}

void store(Database& db, const char* key, const Secret& value)
{
    db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)")
        .bind(1, QString::fromLatin1(key))
        .bind(2, QByteArray::fromRawData(reinterpret_cast<const char*>(value.data()), qsizetype(value.size())))
        .run();
}

Secret storedOrDerived(Database& db, const char* key, const Secret& dataKey, Subkey subkey)
{
    Secret value = stored(db, key);
    return value.size() == subkeyRow(subkey).size ? std::move(value) : deriveSubkey(dataKey, subkey);
}

} // namespace

StableKeys StableKeys::of(Database& db, const Secret& dataKey)
{
    return {PseudonymKey(storedOrDerived(db, "key.pseudonym", dataKey, Subkey::Pseudonym)),
            storedOrDerived(db, "key.tombstone", dataKey, Subkey::TombstoneMac)};
}

void StableKeys::keep(Database& db, const StableKeys& keys)
{
    store(db, "key.pseudonym", keys.pseudonym.subkey());
    store(db, "key.tombstone", keys.tombstone);
}

} // namespace coffer
