// The SQLCipher connection: RAII over sqlite3*, prepared statements, transactions. vault.db is keyed
// with the raw 32-byte data key, so SQLCipher's own PBKDF2 is bypassed and argon2id (in the key slots)
// is the only password KDF. Every cipher setting is set explicitly on open, from what the vault's
// header recorded, so a vault made by one SQLCipher version opens the same way under another.
#pragma once

#include "crypto/Secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <map>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace coffer {

struct CipherSettings
{
    quint32 pageSize = 4096;
    bool hmac = true;
    quint8 compatibility = 3; // SQLCipher major version whose defaults the database was created with
    bool operator==(const CipherSettings&) const = default;
};

class Statement
{
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& value); // a BLOB
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bindNull(int index);
    Statement& bind(int index, const char* value) = delete; // say QStringLiteral or QByteArray

    // Steps once; true while a row is available.
    bool next();
    // Steps to completion of a statement that returns no rows.
    void run();
    void reset();

    QString text(int column) const;
    // The column's text as SQLite holds it (UTF-8), unconverted: for bulk readers (the export) that
    // write bytes out. Valid until the next next(), reset() or read of the same column as another type.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    // A BLOB holding key material, straight into secure memory (no QByteArray copy on the way).
    Secret secret(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    Database() = default;
    // SQLCipher's raw-key form of a key, x'<hex>', which skips its PBKDF2: in secure memory, never SQL text.
    static Secret rawKey(const Secret& key);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (or creates) path keyed with key. Throws Error(Damaged) when the key does not open it or
    // the file is not a database.
    void open(const QString& path, const Secret& key, const CipherSettings& settings, bool create);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    void exec(const char* sql);
    Statement prepare(const char* sql) { return Statement(m_db, sql); }
    // A prepared statement kept for the life of the connection, for hot paths (bulk inserts prepare
    // the same few statements hundreds of thousands of times). sql must be a string literal: its
    // address is the cache key. Reset when the returned handle goes, so no read stays open.
    class Cached
    {
    public:
        explicit Cached(Statement& st)
            : m_st(st)
        {
        }
        ~Cached() { m_st.reset(); }
        Statement* operator->() { return &m_st; }
        Statement& operator*() { return m_st; }
        Q_DISABLE_COPY(Cached)

    private:
        Statement& m_st;
    };
    Cached cached(const char* sql);
    qint64 scalar(const char* sql);
    int userVersion() { return int(scalar("PRAGMA user_version")); }
    qint64 changes() const;
    sqlite3* handle() const { return m_db; }

    // The library version string, recorded in the header for the record.
    static QString cipherVersion(Database& db);

private:
    friend class Transaction;
    sqlite3* m_db = nullptr;
    std::map<const char*, Statement> m_cache;
    bool m_nestedFailed = false;
};

// BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless commit() was called. Inside
// another transaction it joins the outer one, so a store's own transaction nests in a caller's bulk one
// (an import of many clients commits once). Not a SAVEPOINT: SQLCipher encrypts every page written to
// a savepoint journal, which made bulk inserts three times slower. Instead a nested transaction that
// ends without commit() poisons the outer one, whose commit() then refuses, so partial work never lands.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();
    Q_DISABLE_COPY(Transaction)

private:
    Database& m_db;
    bool m_nested = false;
    bool m_done = false;
};

// Times are stored as ISO 8601 UTC text with milliseconds: sortable, readable in exports.
QString nowStamp();
QDateTime fromStamp(const QString& stamp);

// Throws Error(Failed) with SQLite's message. Internal, for store code.
[[noreturn]] void throwSqlError(sqlite3* db, const char* what);

} // namespace coffer
