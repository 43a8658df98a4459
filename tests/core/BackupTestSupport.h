// Shared by the backup tests: a vault with clients, notes and a file, a private settings file (so
// KnownVaults never touches the user's own), and a dump of every row of a database for comparisons.
#pragma once

#include "TestSupport.h"
#include "VaultFixture.h"
#include "records/ClientStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <sqlite3.h>

namespace coffer::test {

inline void usePrivateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Coffer"), QStringLiteral("coffer"));
    settings.clear();
    // The journals of cancellations, kept beside the settings.
    QDir(QFileInfo(settings.fileName()).absolutePath() + QStringLiteral("/cancellations")).removeRecursively();
}

struct Shop : VaultFixture
{
    QStringList clientIds;

    explicit Shop(int clients = 3)
        : VaultFixture(QStringLiteral("Anna"), QStringLiteral("shop"))
    {
        for (int i = 0; i < clients; ++i)
            clientIds << addClient(QStringLiteral("Client%1 Ozoliņš").arg(i));
        if (clientIds.isEmpty())
            return;
        QByteArray bytes(300 * 1024, 'f');
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        FileStore(*vault).add(clientIds.first(), buffer, QStringLiteral("contract.pdf"),
                              QStringLiteral("application/pdf"));
    }
    QString addClient(const QString& name)
    {
        Client c;
        c.givenName = name.section(u' ', 0, 0);
        c.familyName = name.section(u' ', 1);
        c.emails << QStringLiteral("x%1@example.lv").arg(clientIds.size());
        const QString id = ClientStore(*vault).add(c);
        NoteStore(*vault).add(id, NoteKind::Call, QStringLiteral("Called about the invoice"));
        return id;
    }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

// Every row of every table (ordered by rowid, or by every column), as text, table by table.
inline QMap<QString, QStringList> dumpRows(Database& db)
{
    QMap<QString, QStringList> out;
    QStringList tables;
    Statement st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (st.next())
        tables << st.text(0);
    for (const QString& table : tables) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
        sqlite3_stmt* rows = nullptr;
        sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &rows, nullptr);
        QStringList lines;
        while (rows && sqlite3_step(rows) == SQLITE_ROW) {
            QStringList cells;
            for (int c = 0; c < sqlite3_column_count(rows); ++c) {
                const auto* p = static_cast<const char*>(sqlite3_column_blob(rows, c));
                cells << QString::fromLatin1(QByteArray(p, sqlite3_column_bytes(rows, c)).toHex());
            }
            lines << cells.join(u'|');
        }
        sqlite3_finalize(rows);
        out.insert(table, lines);
    }
    return out;
}

} // namespace coffer::test
