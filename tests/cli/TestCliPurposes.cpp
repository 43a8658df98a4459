// purpose add|list|edit, policy add|list|show, consent set --evidence/--expires and consent list
// --superseded/--may-contact, as an owner uses them: defining "newsletter" (consent) and "contract"
// (Art. 6(1)(b)), recording a policy change and seeing who consented under the old one; bad input that
// stores nothing; and the catalogue and archive carried through export and import.
#include "CliRunner.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QJsonArray array(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QStringList clientIds(const CliResult& r)
{
    QStringList out;
    for (const QJsonValue& v : array(r))
        out << v.toObject().value(s("clientId")).toString();
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCliPurposes : public QObject
{
    Q_OBJECT
    std::optional<CliVault> m_vault;

private Q_SLOTS:
    void init()
    {
        m_vault.emplace();
        QCOMPARE(m_vault->create(s("purposes.coffer")), 0);
    }
    void cleanup() { m_vault.reset(); }

    void anOwnerDefinesPurposesAndSeesWhoToAskAgain()
    {
        CliVault& v = *m_vault;
        QCOMPARE(v.owner({s("purpose"), s("add"), s("newsletter"), s("--basis"), s("consent"), s("--description"),
                          s("Monthly news by email")})
                     .code,
                 0);
        QCOMPARE(v.owner({s("purpose"), s("add"), s("contract"), s("--basis"), s("contract")}).code, 0);
        const QJsonArray purposes = array(v.owner({s("--json"), s("purpose"), s("list")}));
        QCOMPARE(purposes.size(), 2);
        QCOMPARE(purposes[0].toObject().value(s("name")).toString(), s("contract"));
        QCOMPARE(purposes[0].toObject().value(s("article")).toString(), s("Art. 6(1)(b)"));
        QCOMPARE(purposes[1].toObject().value(s("description")).toString(), s("Monthly news by email"));

        const QString last = QDate::currentDate().addDays(-90).toString(Qt::ISODate);
        QCOMPARE(v.owner({s("policy"), s("add"), s("--version"), s("2026-01"), s("--effective"), last, s("--text"),
                          s("We keep your name and email.")})
                     .code,
                 0);
        QStringList clients;
        for (const char* name : {"Anna Ozola", "Jonas Kazlauskas", "Eva Nováková"})
            clients << v.owner({s("client"), s("add"), s("--name"), s(name)}).out.trimmed();
        QCOMPARE(v.owner({s("consent"), s("set"), clients[0], s("newsletter"), s("granted")}).code, 0);
        QCOMPARE(v.owner({s("consent"), s("set"), clients[1], s("Newsletter"), s("granted")}).code, 0);
        QCOMPARE(v.owner({s("consent"), s("set"), clients[2], s("newsletter"), s("refused")}).code, 0);

        // The policy changes today: who consented under the old version is to be asked again.
        const QString policy = v.dir.filePath(s("policy-2026-12.pdf"));
        QFile f(policy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 the new policy");
        f.close();
        const CliResult added =
            v.owner({s("--json"), s("policy"), s("add"), s("--version"), s("2026-12"), s("--effective"),
                     QDate::currentDate().toString(Qt::ISODate), s("--file"), policy});
        QCOMPARE(added.code, 0);
        QCOMPARE(QJsonDocument::fromJson(added.out.toUtf8()).object().value(s("sha256")).toString().size(), 64);
        const CliResult listed = v.owner({s("policy"), s("list")});
        QVERIFY2(listed.out.startsWith(s("* 2026-12")), qPrintable(listed.out));
        const CliResult superseded =
            v.owner({s("--json"), s("consent"), s("list"), s("--purpose"), s("newsletter"), s("--superseded")});
        QCOMPARE(clientIds(superseded), sorted({clients[0], clients[1]}));
        QCOMPARE(array(superseded)[0].toObject().value(s("policyVersion")).toString(), s("2026-01"));
        // Asked again, one agrees under the new version and leaves the list.
        QCOMPARE(v.owner({s("consent"), s("set"), clients[0], s("newsletter"), s("granted")}).code, 0);
        QCOMPARE(clientIds(v.owner(
                     {s("--json"), s("consent"), s("list"), s("--purpose"), s("newsletter"), s("--superseded")})),
                 QStringList{clients[1]});

        // Contract: everyone may be contacted who has not objected.
        QCOMPARE(v.owner({s("consent"), s("object"), clients[2], s("contract")}).code, 0);
        QCOMPARE(clientIds(v.owner(
                     {s("--json"), s("consent"), s("list"), s("--purpose"), s("contract"), s("--may-contact")})),
                 sorted({clients[0], clients[1]}));

        // The policy as it was, whole.
        const QString copy = v.dir.filePath(s("copy.pdf"));
        QCOMPARE(v.owner({s("policy"), s("show"), s("2026-12"), s("--out"), copy}).code, 0);
        QFile c(copy);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(), QByteArray("%PDF-1.4 the new policy"));
        QCOMPARE(v.owner({s("policy"), s("show"), s("2026-01")}).out, s("We keep your name and email.\n"));
        QCOMPARE(v.owner({s("policy"), s("show"), s("2026-12")}).code, 2); // a file: --out says where
    }

    void badInputIsAClearErrorThatStoresNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        QTest::newRow("purpose without a basis") << QStringList{s("purpose"), s("add"), s("photos")} << 2;
        QTest::newRow("purpose with an unknown basis")
            << QStringList{s("purpose"), s("add"), s("photos"), s("--basis"), s("whim")} << 2;
        QTest::newRow("purpose known in another case")
            << QStringList{s("purpose"), s("add"), s("NEWSLETTER"), s("--basis"), s("consent")} << 2;
        QTest::newRow("policy dated in the future") << QStringList{s("policy"),      s("add"), s("--version"), s("9"),
                                                                   s("--effective"), tomorrow, s("--text"),    s("t")}
                                                    << 2;
        QTest::newRow("policy without text or file")
            << QStringList{s("policy"), s("add"), s("--version"), s("9"), s("--effective"), s("2026-01-01")} << 2;
        QTest::newRow("policy with a day that is not one")
            << QStringList{s("policy"),      s("add"),        s("--version"), s("9"),
                           s("--effective"), s("2026-02-30"), s("--text"),    s("t")}
            << 2;
        QTest::newRow("consent for a purpose not in the catalogue")
            << QStringList{s("consent"), s("set"), s("CLIENT"), s("photos"), s("granted")} << 1;
        QTest::newRow("consent under a version not archived")
            << QStringList{s("consent"),          s("set"), s("CLIENT"), s("newsletter"), s("granted"),
                           s("--policy-version"), s("1999")}
            << 1;
        QTest::newRow("an expiry for a refusal")
            << QStringList{s("consent"), s("set"),       s("CLIENT"),    s("newsletter"),
                           s("refused"), s("--expires"), s("2030-01-01")}
            << 2;
        QTest::newRow("evidence that is not there") << QStringList{s("consent"),
                                                                   s("set"),
                                                                   s("CLIENT"),
                                                                   s("newsletter"),
                                                                   s("granted"),
                                                                   s("--evidence"),
                                                                   s("/nonexistent/form.pdf")}
                                                    << 1;
        QTest::newRow("a list for an unknown purpose")
            << QStringList{s("consent"), s("list"), s("--purpose"), s("photos")} << 1;
    }
    void badInputIsAClearErrorThatStoresNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        CliVault& v = *m_vault;
        QCOMPARE(v.owner({s("purpose"), s("add"), s("newsletter"), s("--basis"), s("consent")}).code, 0);
        const QString client = v.owner({s("client"), s("add"), s("--name"), s("Anna Ozola")}).out.trimmed();
        args.replaceInStrings(s("CLIENT"), client);
        const CliResult r = v.owner(args);
        QVERIFY2(r.code == code, qPrintable(s("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(array(v.owner({s("--json"), s("purpose"), s("list")})).size(), 1);
        QCOMPARE(array(v.owner({s("--json"), s("policy"), s("list")})).size(), 0);
        const QJsonObject shown =
            QJsonDocument::fromJson(v.owner({s("--json"), s("client"), s("show"), client}).out.toUtf8()).object();
        QCOMPARE(shown.value(s("consents")).toArray().size(), 0);
        QCOMPARE(shown.value(s("files")).toArray().size(), 0);
    }

    void evidenceAndExpiryGoWithTheConsentAndComeBackFromAnExport()
    {
        CliVault& v = *m_vault;
        QCOMPARE(v.owner({s("purpose"), s("add"), s("photos"), s("--basis"), s("consent")}).code, 0);
        QCOMPARE(v.owner({s("policy"), s("add"), s("--version"), s("1"), s("--effective"), s("2026-01-01"), s("--text"),
                          s("Policy one")})
                     .code,
                 0);
        const QString client = v.owner({s("client"), s("add"), s("--name"), s("Anna Ozola")}).out.trimmed();
        const QString form = v.dir.filePath(s("signed.pdf"));
        QFile f(form);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 signed");
        f.close();
        const QString expires = QDate::currentDate().addYears(1).toString(Qt::ISODate);
        QCOMPARE(v.owner({s("consent"), s("set"), client, s("photos"), s("granted"), s("--evidence"), form,
                          s("--expires"), expires})
                     .code,
                 0);
        const QJsonObject shown =
            QJsonDocument::fromJson(v.owner({s("--json"), s("client"), s("show"), client}).out.toUtf8()).object();
        const QJsonObject consent = shown.value(s("consents")).toArray().at(0).toObject();
        QCOMPARE(consent.value(s("expires")).toString(), expires);
        QCOMPARE(consent.value(s("policyVersion")).toString(), s("1"));
        QCOMPARE(consent.value(s("evidenceFileId")).toString(),
                 shown.value(s("files")).toArray().at(0).toObject().value(s("id")).toString());
        // The form is kept while the consent is.
        QCOMPARE(v.owner({s("file"), s("remove"), consent.value(s("evidenceFileId")).toString()}).code, 1);

        const QString out = v.dir.filePath(s("all.zip"));
        QCOMPARE(v.owner({s("export"), s("--out"), out}).code, 0);
        CliVault other;
        QCOMPARE(other.create(s("other.coffer")), 0);
        QCOMPARE(other.owner({s("import"), out}).code, 0);
        const QJsonArray purposes = array(other.owner({s("--json"), s("purpose"), s("list")}));
        QCOMPARE(purposes.size(), 1);
        QCOMPARE(purposes[0].toObject().value(s("basis")).toString(), s("consent"));
        QCOMPARE(other.owner({s("policy"), s("show"), s("1")}).out, s("Policy one\n"));
        const QJsonObject imported =
            QJsonDocument::fromJson(other.owner({s("--json"), s("client"), s("show"), client}).out.toUtf8()).object();
        QCOMPARE(imported.value(s("consents")).toArray().at(0).toObject(), consent);
    }
};

QTEST_GUILESS_MAIN(TestCliPurposes)
#include "TestCliPurposes.moc"
