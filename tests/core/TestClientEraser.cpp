#include "Error.h"
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "erase/ClientEraser.h"
#include "privacy/RequestRegister.h"
#include "privacy/Restriction.h"
#include "records/ClientRows.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QTest>
#include <openssl/evp.h>

using namespace coffer;
using namespace coffer::test;

namespace {

// The erased client's strings (and, lower-cased, the tokens the search index stores) and the other
// client's, all distinctive enough that a byte match means the data itself.
const QStringList kErased{
    QStringLiteral("Zyxwvutsrq"),     QStringLiteral("Qponmlkjih"),       QStringLiteral("zyxw.erased@uvqrst.example"),
    QStringLiteral("+371 2999 8877"), QStringLiteral("Gfedcba Holdings"), QStringLiteral("Mysterious-note-text")};
const QStringList kKept{QStringLiteral("Keptfirstname"), QStringLiteral("Keptfamilyname"),
                        QStringLiteral("kept.person@keptdomain.test"), QStringLiteral("+371 2111 2233")};
const QByteArray kErasedFile = "%PDF-1.4 erased-file-body-Uvwxyzzyx";
const QByteArray kKeptFile = "%PDF-1.4 kept-file-body-Kkkjjjhhh";

// Every page of a SQLCipher 3 database decrypted with the raw data key, free pages and unused space
// included: what a thief with the key would see, which is more than any SQL query shows. Layout per
// page: AES-256-CBC ciphertext, then 48 reserved bytes (16-byte IV, 20-byte HMAC, padding); page 1
// starts with the 16-byte salt instead of "SQLite format 3".
QByteArray decryptedPages(const QString& path, const Secret& key)
{
    constexpr int kPage = 4096, kReserve = 48;
    const QByteArray file = readAll(path);
    QByteArray plain;
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    for (qsizetype offset = 0; offset + kPage <= file.size(); offset += kPage) {
        const int skip = offset == 0 ? 16 : 0;
        const auto* page = reinterpret_cast<const unsigned char*>(file.constData() + offset);
        QByteArray out(kPage, '\0');
        int n = 0, m = 0;
        EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key.data(), page + kPage - kReserve);
        EVP_CIPHER_CTX_set_padding(ctx, 0);
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &n, page + skip, kPage - kReserve - skip);
        EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + n, &m);
        plain += out.left(n + m);
    }
    EVP_CIPHER_CTX_free(ctx);
    return plain;
}

// What the index keeps of a string: lower case, split at punctuation; also each token without its
// first characters, since FTS leaves store a term as a shared prefix plus the rest.
QList<QByteArray> indexForms(const QString& s)
{
    QList<QByteArray> out;
    for (const QString& token :
         s.toLower().split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts)) {
        if (token.size() >= 6)
            out << token.toUtf8();
        if (token.size() >= 9)
            out << token.mid(3).toUtf8();
    }
    return out;
}

QString addClient(Vault& v, const QStringList& s, const QByteArray& fileBody, const QString& note)
{
    Client c;
    c.givenName = s[0];
    c.familyName = s[1];
    c.emails = {s[2]};
    c.phones = {s[3]};
    c.organisation = s.value(4);
    c.tags = {QStringLiteral("garden")};
    c.fields.insert(QStringLiteral("VAT"), s[0] + QStringLiteral("-vat"));
    const QString id = ClientStore(v).add(c);
    NoteStore(v).add(id, NoteKind::Call, note);
    QByteArray body = fileBody;
    QBuffer source(&body);
    source.open(QIODevice::ReadOnly);
    FileStore(v).add(id, source, s[1] + QStringLiteral(".pdf"), QStringLiteral("application/pdf"));
    definePurposes(v, {QStringLiteral("newsletter")});
    ConsentStore(v).set(id, QStringLiteral("newsletter"), ConsentState::Granted, QStringLiteral("form"));
    return id;
}

const ErasureCheck* findCheck(const ErasureReport& r, const QString& key)
{
    for (const ErasureCheck& c : r.checks)
        if (c.key == key)
            return &c;
    return nullptr;
}

struct Office : VaultFixture
{
    Office()
        : VaultFixture(QStringLiteral("Anna"), QStringLiteral("shop.coffer"))
    {
    }
};

} // namespace

class TestClientEraser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void leavesNoTraceAndKeepsOthers()
    {
        Office o;
        Vault& v = *o.vault;
        const QString erased = addClient(v, kErased, kErasedFile, kErased[5]);
        const QString kept = addClient(v, kKept, kKeptFile, QStringLiteral("Ordinary-kept-note"));
        v.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QByteArray before = decryptedPages(v.databaseFilePath(), v.dataKey());
        QCOMPARE(before.mid(0, 2), QByteArray("\x10\x00", 2)); // page size 4096: the decryption is right
        for (const QString& s : kErased)
            QVERIFY2(before.contains(s.toUtf8()), "the scan must see the client before the erasure");

        {
            // The raw search sees the client before the erasure: it is a check that can fail.
            const ErasureVerifier early(v.database(), erased);
            const ErasureCheck raw = early.checkRawBytes(v.databaseFilePath(), v.dataKey(), 4096, true);
            QVERIFY2(!raw.passed, qPrintable(raw.detail));
        }
        const ErasureReport report = ClientEraser(v).erase(erased);
        for (const ErasureCheck& c : report.checks)
            QVERIFY2(c.passed, qPrintable(c.key + u' ' + c.detail));
        QVERIFY(report.passed());
        for (const char* key : {"id", "strings", "index", "free-pages", "wal", "tombstone", "raw"})
            QVERIFY2(findCheck(report, QString::fromLatin1(key)), key);
        QCOMPARE(report.rowsRemoved, 11); // client, email, phone, tag, field, note, file, chunk, consent, 2 index

        const QByteArray after = decryptedPages(v.databaseFilePath(), v.dataKey());
        QVERIFY(!after.contains(erased.toUtf8()));
        for (const QString& s : kErased) {
            QVERIFY2(!after.contains(s.toUtf8()), qPrintable(s));
            for (const QByteArray& form : indexForms(s))
                QVERIFY2(!after.contains(form), form.constData());
        }
        QVERIFY(!after.contains(kErasedFile));
        for (const QString& s : kKept)
            QVERIFY2(after.contains(s.toUtf8()), qPrintable(s));
        QVERIFY(after.contains(kKeptFile));
        QCOMPARE(QFileInfo(v.databaseFilePath() + QStringLiteral("-wal")).size(), 0);
        for (const QString& s : kErased)
            QVERIFY(filesContaining(o.folder, s.toUtf8()).isEmpty());

        // The other client is whole, and still found by search.
        const Client k = ClientStore(v).get(kept);
        QCOMPARE(k.givenName, kKept[0]);
        QCOMPARE(k.emails, QStringList{kKept[2]});
        QCOMPARE(k.fields.value(QStringLiteral("VAT")), kKept[0] + QStringLiteral("-vat"));
        QCOMPARE(NoteStore(v).list(kept).size(), size_t(1));
        QCOMPARE(ConsentStore(v).history(kept).size(), size_t(1));
        const auto files = FileStore(v).list(kept);
        QCOMPARE(files.size(), size_t(1));
        QByteArray content;
        QBuffer sink(&content);
        sink.open(QIODevice::WriteOnly);
        FileStore(v).read(files[0].id, sink);
        QCOMPARE(content, kKeptFile);
        QCOMPARE(ClientStore(v).count({QStringLiteral("keptfamily"), {}}), 1);
        QCOMPARE(ClientStore(v).count({QStringLiteral("zyxwvutsrq"), {}}), 0);
        QCOMPARE(ClientStore(v).count({QStringLiteral("mysterious"), {}}), 0);
        QVERIFY_THROWS_EXCEPTION(Error, ClientStore(v).get(erased));

        // Audited under the pseudonym, never the id or a name; the chain still holds.
        QStringList actions;
        for (const AuditEntry& e : v.auditEntries(0, 10000)) {
            QVERIFY(!e.objectId.contains(erased) && !e.detail.contains(erased));
            if (e.action.startsWith(QStringLiteral("client.erase"))) {
                actions << e.action;
                QCOMPARE(e.objectId, v.pseudonym(erased));
            }
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("client.erase"), QStringLiteral("client.erase.verify")}));
        QVERIFY(v.verifyAudit().intact());
    }

    void theirRequestsStayAsPseudonymousEvidence()
    {
        Office o;
        Vault& v = *o.vault;
        const QString erased = addClient(v, kErased, kErasedFile, kErased[5]);
        RequestRegister reg(v);
        const QString access = reg.add({erased, {}, RequestType::Access, RequestChannel::Email, QDate(2026, 1, 31)});
        reg.identify(access, QStringLiteral("Called ") + kErased[3] + QStringLiteral(" back"), QDate(2026, 2, 2));
        reg.extend(access, 1, kErased[1] + QStringLiteral(" sent many questions"), QDate(2026, 2, 3));
        reg.close(access, RequestStatus::Done, QStringLiteral("Letter sent to ") + kErased[2]);
        const QString erasure = reg.add({erased, {}, RequestType::Erasure, RequestChannel::Letter, {}});
        Restriction(v).restrict(erased, kErased[0] + QStringLiteral(" contests the address"));

        const ErasureReport report = ClientEraser(v).erase(erased);
        QVERIFY(report.passed());
        reg.addEvidence(erasure, {EvidenceKind::Erasure, {}, {}, report.sha256, QStringLiteral("all checks passed")});
        reg.close(erasure, RequestStatus::Done, {});

        // The register still proves both requests were handled, naming no one.
        const DataRequest a = reg.get(access);
        QVERIFY(a.clientId.isEmpty());
        QCOMPARE(a.clientPseudonym, v.pseudonym(erased));
        QCOMPARE(a.type, RequestType::Access);
        QCOMPARE(a.received, QDate(2026, 1, 31));
        QCOMPARE(a.due, QDate(2026, 3, 31));
        QCOMPARE(a.identityDate, QDate(2026, 2, 2));
        QCOMPARE(a.status, RequestStatus::Done);
        QVERIFY(a.identityMethod.isEmpty() && a.extensionReason.isEmpty() && a.outcome.isEmpty());
        const DataRequest e = reg.get(erasure);
        QCOMPARE(e.clientPseudonym, v.pseudonym(erased));
        QCOMPARE(e.status, RequestStatus::Done);
        QCOMPARE(e.evidence.size(), size_t(1));
        QCOMPARE(e.evidence[0].reference, report.sha256);
        QCOMPARE(v.database().scalar("SELECT count(*) FROM restrictions"), 0);

        // Nothing that identifies the person is left in any page of the file.
        v.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QByteArray after = decryptedPages(v.databaseFilePath(), v.dataKey());
        QVERIFY(!after.contains(erased.toUtf8()));
        for (const QString& s : kErased)
            QVERIFY2(!after.contains(s.toUtf8()), qPrintable(s));
        QVERIFY(after.contains(v.pseudonym(erased).toUtf8()));
    }

    void sharedDataStaysWithTheOtherClient()
    {
        Office o;
        Vault& v = *o.vault;
        const QString a = addClient(v, kErased, kErasedFile, QStringLiteral("First-note"));
        QStringList family = kKept;
        family[3] = kErased[3]; // the same household phone
        const QString b = addClient(v, family, kKeptFile, QStringLiteral("Second-note"));
        const ErasureReport report = ClientEraser(v).erase(a);
        QVERIFY2(report.passed(), qPrintable(findCheck(report, QStringLiteral("strings"))->detail));
        QVERIFY(findCheck(report, QStringLiteral("strings"))->detail.contains(QStringLiteral("another client")));
        QCOMPARE(ClientStore(v).get(b).phones, QStringList{kErased[3]});
    }

    void reportsWhatRemainsInAnotherClientsNote()
    {
        Office o;
        Vault& v = *o.vault;
        const QString a = addClient(v, kErased, kErasedFile, QStringLiteral("First-note"));
        addClient(v, kKept, kKeptFile, QStringLiteral("Referred by ") + kErased[2]);
        const ErasureReport report = ClientEraser(v).erase(a);
        QVERIFY(!report.passed());
        const ErasureCheck* strings = findCheck(report, QStringLiteral("strings"));
        QVERIFY(!strings->passed);
        QVERIFY2(strings->detail.contains(QStringLiteral("notes")), qPrintable(strings->detail));
        QVERIFY(!strings->detail.contains(kErased[2])); // the report names tables, never the data
        QVERIFY(findCheck(report, QStringLiteral("id"))->passed);
    }

    void viewerCannotErase()
    {
        Office o;
        const QString id = addClient(*o.vault, kErased, kErasedFile, QStringLiteral("note"));
        const Secret oneTime = o.vault->addUser(QStringLiteral("val"), Role::Viewer);
        o.vault.reset();
        auto viewer = Vault::unlock(o.folder, QStringLiteral("val"), oneTime);
        viewer->changePassword(secret("viewer password 1"));
        QCOMPARE(thrownCode([&] { ClientEraser(*viewer).erase(id); }), ErrorCode::Permission);
        QCOMPARE(ClientStore(*viewer).get(id).givenName, kErased[0]);
    }

    void unknownClientIsAnErrorAndChangesNothing()
    {
        Office o;
        const qint64 auditRows = AuditLog::count(o.vault->database());
        QVERIFY_THROWS_EXCEPTION(Error, ClientEraser(*o.vault).erase(QStringLiteral("no-such-id")));
        QCOMPARE(AuditLog::count(o.vault->database()), auditRows);
        QCOMPARE(deleteClientRows(o.vault->database(), QStringLiteral("no-such-id"), {}), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientEraser)
#include "TestClientEraser.moc"
