#include "ClientEraser.h"

#include "Error.h"
#include "backup/ManagedBackups.h"
#include "backup/Tombstones.h"
#include "crypto/Sha256.h"
#include "records/ClientRows.h"
#include "records/ClientStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <optional>
#include <vector>

namespace coffer {

namespace {

QDateTime createdTime(Database& db, const QString& clientId)
{
    Statement st = db.prepare("SELECT created FROM clients WHERE id = ?");
    st.bind(1, clientId);
    return st.next() ? QDateTime::fromString(st.text(0), Qt::ISODateWithMs) : QDateTime();
}

} // namespace

bool ErasureReport::passed() const
{
    for (const ErasureCheck& c : checks)
        if (!c.passed)
            return false;
    return !checks.empty();
}

QJsonObject ErasureReport::toJson(bool withClientId) const
{
    QJsonArray copies;
    for (const RemainingCopy& c : remaining)
        copies.append(QJsonObject{{QStringLiteral("kind"), RemainingCopies::kindName(c.kind)},
                                  {QStringLiteral("path"), c.path},
                                  {QStringLiteral("time"), c.time.toUTC().toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("detail"), c.detail}});
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("coffer-erasure-report")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("vault"), vaultName},
                  {QStringLiteral("pseudonym"), pseudonym},
                  {QStringLiteral("erasedBy"), erasedBy},
                  {QStringLiteral("erasedAt"), erasedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("rowsRemoved"), double(rowsRemoved)},
                  {QStringLiteral("passed"), passed()},
                  {QStringLiteral("checks"), checksToJson(checks)},
                  {QStringLiteral("tombstoneFolders"), QJsonArray::fromStringList(tombstoneFolders)},
                  {QStringLiteral("remainingCopies"), copies}};
    if (withClientId)
        o.insert(QStringLiteral("clientId"), clientId);
    return o;
}

QStringList ErasureReport::advice() const
{
    QStringList out;
    int backups = 0, exports = 0, folders = 0;
    for (const RemainingCopy& c : remaining)
        ++(c.kind == RemainingCopy::Kind::Backup ? backups : c.kind == RemainingCopy::Kind::Export ? exports : folders);
    if (backups > 0)
        out << tr("%n backup(s) made before the erasure still hold the person. A restore of any of them erases the "
                  "person again before the restored vault opens; \"Prune backups\" destroys them once a newer backup "
                  "is verified.",
                  nullptr, backups);
    if (exports > 0)
        out << tr("%n export(s) made while the person was in the vault may hold their data. Coffer cannot reach "
                  "them: delete them, or ask whoever received them to. An import of them will not bring the person "
                  "back.",
                  nullptr, exports);
    if (folders > 0)
        out << tr("%n backup folder(s) could not be searched (a drive not connected?). Connect them and look "
                  "again: backups there may hold the person.",
                  nullptr, folders);
    if (out.isEmpty())
        out << tr("No backup or export that Coffer made holds the person.");
    return out;
}

QString ErasureReport::toText(const QString& personLabel) const
{
    QString t;
    QTextStream s(&t);
    s << tr("Erasure report") << "\n\n";
    s << tr("Vault: %1").arg(vaultName) << '\n';
    s << tr("Person: %1").arg(personLabel.isEmpty() ? pseudonym : personLabel + QStringLiteral(" (") + pseudonym + u')')
      << '\n';
    s << tr("Erased: %1 by %2").arg(erasedAt.toUTC().toString(Qt::ISODate), erasedBy) << '\n';
    s << tr("Records removed: %1").arg(rowsRemoved) << "\n\n";
    s << tr("Checks") << '\n';
    for (const ErasureCheck& c : checks)
        s << (c.passed ? tr("passed") : tr("FAILED")) << QStringLiteral("  ") << c.name << QStringLiteral(" — ")
          << c.detail << '\n';
    s << '\n' << tr("Copies Coffer made that may still hold the person") << '\n';
    if (remaining.empty())
        s << tr("none") << '\n';
    for (const RemainingCopy& c : remaining) {
        const QString path = QDir::toNativeSeparators(c.path);
        switch (c.kind) {
        case RemainingCopy::Kind::Backup:
            s << tr("backup of %1: %2").arg(c.time.toUTC().toString(Qt::ISODate), path) << '\n';
            break;
        case RemainingCopy::Kind::Export:
            s << tr("export of %1 (%2): %3").arg(c.time.toUTC().toString(Qt::ISODate), c.detail, path) << '\n';
            break;
        case RemainingCopy::Kind::UnreachableFolder:
            s << tr("backup folder not reachable: %1").arg(path) << '\n';
            break;
        case RemainingCopy::Kind::RestoredCopy:
            s << tr("restored copy kept as a separate vault: %1").arg(path) << '\n';
            break;
        }
    }
    s << '\n';
    for (const QString& a : advice())
        s << a << '\n';
    s << '\n' << tr("Report SHA-256 (kept in the vault): %1").arg(sha256) << '\n';
    return t;
}

ErasureReport ClientEraser::erase(const QString& clientId)
{
    m_vault.requireErase();
    Database& db = m_vault.database();
    ClientStore::ensureExists(db, clientId);
    const QString pseudonym = m_vault.pseudonym(clientId);
    const QDateTime created = createdTime(db, clientId);
    const ErasureVerifier verifier(db, clientId);

    ErasureReport report;
    report.clientId = clientId;
    report.pseudonym = pseudonym;
    report.vaultName = m_vault.name();
    report.erasedBy = m_vault.currentUser().name;
    report.erasedAt = QDateTime::currentDateTimeUtc();
    // Listed before the rows go, with the paths of the person's own exports, which are then cleared in
    // the vault: a file name chosen for a one-client export often names the person.
    report.remaining = RemainingCopies::holding(m_vault, pseudonym, created, report.erasedAt);
    {
        // The tombstone and the pending-compaction mark commit with the deletion: a crash after it
        // leaves both, and the next unlock finishes the compaction.
        Transaction tx(db);
        report.rowsRemoved = deleteClientRows(db, clientId, pseudonym);
        Tombstones::record(db, {pseudonym, report.erasedAt});
        markCompactionPending(db);
        db.prepare("UPDATE exports SET path = '' WHERE client = ?").bind(1, pseudonym).run();
        m_vault.audit(QStringLiteral("client.erase"), QStringLiteral("client"), pseudonym,
                      QString::number(report.rowsRemoved));
        tx.commit();
    }
    std::optional<Error> compactFailure;
    try {
        compactAfterDeletion(db);
    } catch (const Error& e) {
        compactFailure = e; // the rows are gone: report what could not be tidied, do not throw
    }
    report.checks = verifier.checkContent(db);
    if (compactFailure)
        report.checks.push_back(
            {QStringLiteral("rebuild"), tr("The indexes and the file were rebuilt"), false, compactFailure->message()});

    // The tombstone goes to every recorded backup folder that can be reached now; the others get it at
    // the next unlock that reaches them (ManagedBackups::syncTombstones).
    ErasureCheck tombstone{QStringLiteral("tombstone"), tr("A tombstone is kept for restores"), false, {}};
    QStringList missed;
    const std::vector<Tombstone> all = Tombstones::inDatabase(db);
    for (const BackupFolder& f : ManagedBackups(m_vault).folders()) {
        if (!f.reachable && !f.current) {
            missed << QDir::toNativeSeparators(f.path);
            continue;
        }
        try {
            Tombstones::writeFile(f.path, m_vault.id(), m_vault.stableKeys(), all);
            report.tombstoneFolders << f.path;
        } catch (const Error& e) {
            missed << e.message(); // a path and the system's reason; never client data
        }
    }
    tombstone.passed = !report.tombstoneFolders.isEmpty();
    tombstone.detail = tr("in vault.db and in %n backup folder(s)", nullptr, int(report.tombstoneFolders.size()));
    if (!missed.isEmpty())
        tombstone.detail += tr("; not reached: %1").arg(missed.join(QStringLiteral("; ")));
    report.checks.push_back(tombstone);

    try {
        checkpointTruncate(db);
    } catch (const Error&) {
        // The WAL check below reports it.
    }
    report.checks.push_back(ErasureVerifier::checkFreePages(db));
    report.checks.push_back(ErasureVerifier::checkWal(m_vault.databaseFilePath()));
    report.checks.push_back(verifier.checkRawBytes(m_vault.databaseFilePath(), m_vault.dataKey(),
                                                   m_vault.cipherSettings().pageSize, m_vault.cipherSettings().hmac));

    // The evidence and the verification's audit row are the last writes; the log is emptied after them.
    report.sha256 =
        QString::fromLatin1(Sha256::of(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)).toHex());
    int passed = 0;
    for (const ErasureCheck& c : report.checks)
        passed += c.passed ? 1 : 0;
    {
        Transaction tx(db);
        db.prepare(
              "INSERT INTO erasures (time, client, actor, report_sha256, passed, checks) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, report.erasedAt.toString(Qt::ISODateWithMs))
            .bind(2, pseudonym)
            .bind(3, m_vault.currentUser().id)
            .bind(4, report.sha256)
            .bind(5, report.passed())
            .bind(6, QString::fromUtf8(QJsonDocument(checksToJson(report.checks)).toJson(QJsonDocument::Compact)))
            .run();
        m_vault.audit(QStringLiteral("client.erase.verify"), QStringLiteral("client"), pseudonym,
                      QStringLiteral("%1/%2").arg(passed).arg(report.checks.size()));
        tx.commit();
    }
    try {
        checkpointTruncate(db);
    } catch (const Error&) {
        // Measured above; the next erasure or compaction empties it.
    }
    return report;
}

std::vector<ErasureEvidence> erasureEvidence(Database& db)
{
    std::vector<ErasureEvidence> out;
    Statement st =
        db.prepare("SELECT time, client, actor, report_sha256, passed, checks FROM erasures ORDER BY seq DESC");
    while (st.next())
        out.push_back({QDateTime::fromString(st.text(0), Qt::ISODateWithMs), st.text(1), st.text(2), st.text(3),
                       st.integer(4) != 0, st.text(5)});
    return out;
}

} // namespace coffer
