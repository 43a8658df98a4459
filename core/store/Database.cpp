#include "Database.h"

#include "Error.h"

#include <QCoreApplication>
#include <cstring>
#include <sqlite3.h>
#include <utility>

namespace coffer {

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QString& stamp)
{
    return QDateTime::fromString(stamp, Qt::ISODateWithMs);
}

void throwSqlError(sqlite3* db, const char* what)
{
    const int code = db ? sqlite3_errcode(db) : SQLITE_ERROR;
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    if (code == SQLITE_FULL)
        throw Error(ErrorCode::Failed, QCoreApplication::translate("Database", "The disk is full."));
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
        throw Error(ErrorCode::Damaged, QCoreApplication::translate("Database", "The vault database is damaged."));
    if (code == SQLITE_READONLY || code == SQLITE_PERM || code == SQLITE_CANTOPEN)
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("Database", "The vault database cannot be written: %1").arg(detail));
    // SQLite's messages name tables and constraints, never values, so they are safe to show.
    throw Error(ErrorCode::Failed, QStringLiteral("%1: %2").arg(QString::fromUtf8(what), detail));
}

Statement::Statement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        throwSqlError(db, "prepare");
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        throwSqlError(m_db, "bind");
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    if (sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        throwSqlError(m_db, "bind");
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        throwSqlError(m_db, "bind");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwSqlError(m_db, "step");
}

void Statement::run()
{
    while (next()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView Statement::utf8(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray Statement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

Secret Statement::secret(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? Secret::fromBytes(p, size_t(sqlite3_column_bytes(m_stmt, column))) : Secret();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::~Database()
{
    close();
}

Secret Database::rawKey(const Secret& key)
{
    const Secret hex = hexOf(key);
    Secret raw(hex.size() + 3);
    raw.data()[0] = 'x';
    raw.data()[1] = '\'';
    memcpy(raw.data() + 2, hex.data(), hex.size());
    raw.data()[2 + hex.size()] = '\'';
    return raw;
}

void Database::open(const QString& path, const Secret& key, const CipherSettings& settings, bool create)
{
    close();
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        sqlite3* failed = std::exchange(m_db, nullptr);
        const QString detail = QString::fromUtf8(sqlite3_errmsg(failed));
        sqlite3_close(failed);
        throw Error(ErrorCode::Failed, tr("Cannot open the vault database: %1").arg(detail));
    }
    Secret raw = rawKey(key);
    if (sqlite3_key(m_db, raw.data(), int(raw.size())) != SQLITE_OK)
        throwSqlError(m_db, "key");
    raw.clear();
    if (SQLITE_VERSION_NUMBER >= 3020000 && settings.compatibility == 3) // SQLCipher 4 ships SQLite >= 3.20
        exec("PRAGMA cipher_compatibility = 3");
    exec(QByteArray("PRAGMA cipher_page_size = " + QByteArray::number(settings.pageSize)).constData());
    exec(settings.hmac ? "PRAGMA cipher_use_hmac = ON" : "PRAGMA cipher_use_hmac = OFF");
    // The first read is where a wrong key or a damaged first page shows.
    try {
        scalar("SELECT count(*) FROM sqlite_master");
    } catch (const Error&) {
        close();
        throw Error(ErrorCode::Damaged, tr("The vault database is damaged or does not belong to this header."));
    }
    exec("PRAGMA secure_delete = ON");
    exec("PRAGMA temp_store = MEMORY");
    exec("PRAGMA cache_size = -16384"); // 16 MiB: the working set of a bulk insert, still small
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = FULL");
}

Database::Cached Database::cached(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, Statement(m_db, sql)).first;
    return Cached(it->second);
}

void Database::close()
{
    m_cache.clear(); // statements must be finalised before the connection closes
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        throwSqlError(m_db, "exec");
    }
}

qint64 Database::scalar(const char* sql)
{
    Statement st(m_db, sql);
    return st.next() ? st.integer(0) : 0;
}

qint64 Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::cipherVersion(Database& db)
{
    Statement st(db.m_db, "PRAGMA cipher_version");
    return st.next() ? st.text(0) : QString();
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    if (!m_nested) {
        m_db.exec("BEGIN IMMEDIATE");
        m_db.m_nestedFailed = false;
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested) {
        m_db.m_nestedFailed = true;
        return;
    }
    try {
        m_db.exec("ROLLBACK");
    } catch (...) {
    }
}

void Transaction::commit()
{
    if (!m_nested) {
        if (m_db.m_nestedFailed)
            throw Error(ErrorCode::Failed, tr("A part of this change failed; nothing was saved."));
        m_db.exec("COMMIT");
    }
    m_done = true;
}

} // namespace coffer
