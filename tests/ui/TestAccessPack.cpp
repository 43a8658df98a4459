// privacy/AccessPack with its letter (ui/privacy/AccessLetter): the answer to a request for access, as
// the person receives it — the export and a PDF whose text (pdftotext, poppler-utils) holds their data
// and nobody else's, in the language asked for — linked to the request as evidence, whole or not at all.
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "Translations.h"
#include "VaultFixture.h"
#include "privacy/AccessLetter.h"
#include "privacy/AccessPack.h"
#include "privacy/Controller.h"
#include "privacy/ReplyLetter.h"
#include "privacy/RequestErasure.h"
#include "privacy/RequestRegister.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/NoteStore.h"
#include "transfer/ExportHistory.h"
#include "widgets/LocaleText.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString addClient(Vault& vault, const char* given, const char* family, const char* email)
{
    Client c;
    c.givenName = s(given);
    c.familyName = s(family);
    c.emails = {s(email)};
    return ClientStore(vault).add(c);
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    // Words wrap at line ends, and PDF fonts join "ff" into one glyph: compare with single spaces, unjoined.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

AccessPack::LetterWriter letterIn(const QString& language)
{
    return [language](const AccessLetterContents& contents, const QString& path) {
        const LanguageScope scope(language);
        AccessLetter(contents).writePdf(path);
    };
}

QStringList entriesBeside(const QString& folder)
{
    return QDir(QFileInfo(folder).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

bool partialBeside(const QString& folder)
{
    return !entriesBeside(folder).filter(QStringLiteral(".partial-")).isEmpty();
}

} // namespace

class TestAccessPack : public QObject
{
    Q_OBJECT

    std::optional<VaultFixture> m_fx;
    QString m_ilze, m_other;

    QString request(RequestType type, const QString& clientId)
    {
        NewRequest r;
        r.clientId = clientId;
        r.type = type;
        return RequestRegister(*m_fx->vault).add(r);
    }
    QString target(const char* name) const { return m_fx->dir.filePath(s("out/") + s(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the letters; installer/dev.sh installs it");
    }
    void init()
    {
        m_fx.emplace();
        Vault& v = *m_fx->vault;
        m_ilze = addClient(v, "Ilze", "Ozoliņa", "ilze@inbox.lv");
        m_other = addClient(v, "Pēteris", "Kalniņš", "peteris@kalns.lv");
        NoteStore(v).add(m_ilze, NoteKind::Call, s("Asked about the winter offer"));
        NoteStore(v).add(m_other, NoteKind::Note, s("Secret of someone else"));
        definePurposes(v, {s("Newsletter")});
        ConsentStore(v).set(m_ilze, s("Newsletter"), ConsentState::Granted, s("web form"));
        ControllerDetails business;
        business.name = s("Ozols SIA");
        business.email = s("privacy@ozols.lv");
        business.authority = Controller::authorityPreset(s("LV"));
        business.recipients = s("Our accountant, Grāmatvedis SIA");
        Controller::setDetails(v, business);
        QDir().mkpath(m_fx->dir.filePath(s("out")));
    }
    void cleanup() { m_fx.reset(); }

    void theLetterHoldsTheirDataAndNobodyElses()
    {
        Vault& v = *m_fx->vault;
        const QString id = request(RequestType::Access, m_ilze);
        const AccessPackResult pack = AccessPack(v).prepare(id, target("ilze"), letterIn(s("en")));
        QVERIFY(QFileInfo(pack.exportPath).isFile());
        QCOMPARE(QFileInfo(pack.letterPath).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        QCOMPARE(entriesBeside(pack.folder), QStringList{s("ilze")}); // nothing half-made beside it

        const QString text = pdfText(pack.letterPath);
        for (const char* theirs : {"Ozols SIA", "Ilze Ozoliņa", "ilze@inbox.lv", "Asked about the winter offer",
                                   "Newsletter", "Grāmatvedis SIA", "Datu valsts inspekcija", "Article 15"})
            QVERIFY2(text.contains(s(theirs)), theirs);
        for (const char* others : {"Pēteris", "Kalniņš", "peteris@kalns.lv", "Secret of someone else", "Anna"})
            QVERIFY2(!text.contains(s(others)), others); // Anna, the owner, appears by her role only
        QVERIFY(text.contains(s("Owner")));
        QVERIFY(text.contains(pack.manifestSha256));

        // The export is the evidence, and the export history knows where it is.
        const DataRequest r = RequestRegister(v).get(id);
        QCOMPARE(int(r.evidence.size()), 1);
        QCOMPARE(r.evidence[0].kind, EvidenceKind::Export);
        QCOMPARE(r.evidence[0].reference, pack.manifestSha256);
        const std::vector<ExportRecord> exports = ExportHistory::list(v.database());
        QCOMPARE(int(exports.size()), 1);
        QCOMPARE(exports[0].path, pack.exportPath);
        QCOMPARE(exports[0].manifestSha256, pack.manifestSha256);
        QVERIFY(!pack.identityConfirmed);
        // And with it the request closes as done.
        RequestRegister(v).close(id, RequestStatus::Done, {});
        QCOMPARE(RequestRegister(v).get(id).status, RequestStatus::Done);
    }

    void theLetterSpeaksTheLanguageAskedFor_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading"); // "The data we hold about you"
        QTest::newRow("lv") << s("lv") << s("Jūsu dati, kas ir mūsu rīcībā");
        QTest::newRow("lt") << s("lt") << s("Jūsų duomenys, kuriuos turime");
        QTest::newRow("cs") << s("cs") << s("Údaje, které o vás máme");
    }
    void theLetterSpeaksTheLanguageAskedFor()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        const QString id = request(RequestType::Access, m_ilze);
        const AccessPackResult pack = AccessPack(*m_fx->vault).prepare(id, target("pack"), letterIn(language));
        const QString text = pdfText(pack.letterPath);
        QVERIFY2(text.contains(heading), qPrintable(text.left(600)));
        QVERIFY(!text.contains(s("The data we hold about you")));
        QVERIFY(text.contains(s("Ilze Ozoliņa")));
        QCOMPARE(QLocale().name(), QLocale::system().name()); // the scope gave the locale back
    }

    void aFailedLetterLeavesNoPackAndNoEvidence()
    {
        Vault& v = *m_fx->vault;
        const QString id = request(RequestType::Access, m_ilze);
        const QString out = target("ilze");
        QVERIFY_THROWS_EXCEPTION(Error, AccessPack(v).prepare(id, out, [](const AccessLetterContents&, const QString&) {
            throw Error(ErrorCode::Failed, s("disk full"));
        }));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(entriesBeside(out).isEmpty());
        QVERIFY(RequestRegister(v).get(id).evidence.empty());
        QVERIFY(ExportHistory::list(v.database()).empty());
    }

    void onlyAnOpenAccessOrPortabilityRequestOfAClientGetsAPack()
    {
        Vault& v = *m_fx->vault;
        AccessPack pack(v);
        const auto refused = [&](const QString& id, const QString& out) {
            try {
                pack.prepare(id, out, letterIn(s("en")));
            } catch (const Error&) {
                return !partialBeside(out);
            }
            return false;
        };
        QVERIFY(refused(request(RequestType::Erasure, m_ilze), target("a")));
        QVERIFY(!QFileInfo::exists(target("a")));
        NewRequest stranger;
        stranger.requester = s("someone by phone");
        QVERIFY(refused(RequestRegister(v).add(stranger), target("b")));
        const QString closed = request(RequestType::Access, m_ilze);
        RequestRegister(v).close(closed, RequestStatus::Done, s("answered by post"));
        QVERIFY(refused(closed, target("c")));
        // An existing folder is never written into; nor a path inside the vault.
        const QString open = request(RequestType::Access, m_ilze);
        QDir().mkpath(target("exists"));
        QVERIFY(refused(open, target("exists")));
        QVERIFY(QDir(target("exists")).isEmpty());
        QVERIFY(refused(open, m_fx->folder + s("/pack")));
        QVERIFY(RequestRegister(v).get(open).evidence.empty());
    }

    void portabilityGetsTheExportAlone()
    {
        const QString id = request(RequestType::Portability, m_ilze);
        const AccessPackResult pack = AccessPack(*m_fx->vault).prepare(id, target("p"), {});
        QVERIFY(pack.letterPath.isEmpty());
        QCOMPARE(QDir(pack.folder).entryList(QDir::Files), QStringList{s("data.zip")});
        QCOMPARE(RequestRegister(*m_fx->vault).get(id).evidence.at(0).reference, pack.manifestSha256);
    }

    void aViewerSeesTheBusinessButPreparesNothing()
    {
        const QString id = request(RequestType::Access, m_ilze);
        m_fx->addMember(s("Viktors"), Role::Viewer);
        m_fx->vault->lock();
        auto viewer = m_fx->signInAs(s("Viktors"));
        QCOMPARE(Controller::details(*viewer).name, s("Ozols SIA"));
        QVERIFY_THROWS_EXCEPTION(Error, Controller::setDetails(*viewer, {}));
        QVERIFY_THROWS_EXCEPTION(Error, AccessPack(*viewer).prepare(id, target("v"), letterIn(s("en"))));
        QVERIFY(!QFileInfo::exists(target("v")));
    }

    void anErasureFromItsRequestLeavesTheRequestAsPseudonymousEvidence()
    {
        Vault& v = *m_fx->vault;
        const QString access = request(RequestType::Access, m_ilze);
        QVERIFY_THROWS_EXCEPTION(Error, RequestErasure::carryOut(v, access));
        QVERIFY(ClientStore(v).exists(m_ilze)); // refused before anything was erased
        const QString id = request(RequestType::Erasure, m_ilze);
        QVERIFY_THROWS_EXCEPTION(Error, RequestErasure::carryOut(v, id, m_other));
        QVERIFY(ClientStore(v).exists(m_other));

        const ErasureReport report = RequestErasure::carryOut(v, id);
        QVERIFY(report.passed());
        QVERIFY(!ClientStore(v).exists(m_ilze));
        const DataRequest r = RequestRegister(v).get(id);
        QVERIFY(r.clientId.isEmpty());
        QCOMPARE(r.clientPseudonym, report.pseudonym);
        QCOMPARE(int(r.evidence.size()), 1);
        QCOMPARE(r.evidence[0].kind, EvidenceKind::Erasure);
        QCOMPARE(r.evidence[0].reference, report.sha256);
        RequestRegister(v).close(id, RequestStatus::Done, {});
    }

    // The four replies, filled from the register: each only once the request is in the state it speaks of.
    void theRepliesSayWhatTheRegisterHolds()
    {
        Vault& v = *m_fx->vault;
        RequestRegister reg(v);
        const QString id = request(RequestType::Erasure, m_ilze);
        const QString ack = target("ack.pdf");
        ReplyLetter::forRequest(v, id, ReplyKind::Acknowledgement).save(ack);
        QString text = pdfText(ack);
        QVERIFY2(text.contains(s("Dear Ilze Ozoliņa")), qPrintable(text));
        QVERIFY(text.contains(LocaleText::date(reg.get(id).due)));
        QVERIFY(text.contains(s("confirm who you are"))); // identity not checked yet
        QVERIFY(!text.contains(s("Kalniņš")));

        QVERIFY_THROWS_EXCEPTION(Error, ReplyLetter::forRequest(v, id, ReplyKind::Extension));
        QVERIFY_THROWS_EXCEPTION(Error, ReplyLetter::forRequest(v, id, ReplyKind::Completion));
        reg.extend(id, 2, s("Records in three archives"));
        const QString extension = target("extension.txt");
        {
            const LanguageScope scope(s("en")); // English has its plural forms in a translation, as the app has it
            ReplyLetter::forRequest(v, id, ReplyKind::Extension).save(extension);
        }
        QFile file(extension);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(file.readAll()).simplified();
        QVERIFY2(text.contains(s("Records in three archives")) && text.contains(s("2 months")), qPrintable(text));
        QVERIFY(!QFileInfo::exists(extension + s(".pdf")));
        QVERIFY_THROWS_EXCEPTION(Error, ReplyLetter::forRequest(v, id, ReplyKind::Extension).save(extension));

        reg.close(id, RequestStatus::Refused, s("We must keep invoices for five years (accounting law)"));
        text = pdfText([&] {
            const QString path = target("refusal.pdf");
            ReplyLetter::forRequest(v, id, ReplyKind::Refusal).save(path);
            return path;
        }());
        QVERIFY(text.contains(s("keep invoices for five years")));
        QVERIFY(text.contains(s("Datu valsts inspekcija")) && text.contains(s("judicial remedy")));

        // In Latvian, as the person reads it.
        const QString lv = target("lv.pdf");
        {
            const LanguageScope scope(s("lv"));
            ReplyLetter::forRequest(v, request(RequestType::Access, m_ilze), ReplyKind::Acknowledgement).save(lv);
        }
        QVERIFY2(pdfText(lv).contains(s("Mēs saņēmām jūsu pieprasījumu")), qPrintable(pdfText(lv).left(400)));
    }
};

QTEST_MAIN(TestAccessPack)
#include "TestAccessPack.moc"
