#include "Error.h"
#include "TestSupport.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <map>

using namespace coffer;
using namespace coffer::test;

namespace {

// A vault with one user of every role, each with a password of their own (one-time passwords changed).
struct Team
{
    QTemporaryDir dir;
    QString folder;

    Team()
    {
        folder = dir.filePath(QStringLiteral("team.coffer"));
        auto created = Vault::create(folder, QStringLiteral("owner"), secret(kOwnerPassword), kCheapKdf);
        std::vector<std::pair<const char*, Secret>> oneTime;
        for (auto [name, role] : {std::pair{"admin", Role::Admin},
                                  {"admin2", Role::Admin},
                                  {"editor", Role::Editor},
                                  {"viewer", Role::Viewer},
                                  {"target", Role::Viewer}})
            oneTime.emplace_back(name, created.vault->addUser(QString::fromLatin1(name), role));
        created.vault.reset();
        for (auto& [name, otp] : oneTime)
            Vault::unlock(folder, QString::fromLatin1(name), otp)->changePassword(secret(passwordOf(name)));
    }
    static const char* passwordOf(const char* name)
    {
        static std::map<std::string, std::string> pw;
        std::string& p = pw[name];
        if (p.empty())
            p = std::string(name) + "'s own password";
        return p.c_str();
    }
    std::unique_ptr<Vault> as(const char* name)
    {
        return Vault::unlock(folder, QString::fromLatin1(name),
                             secret(QByteArrayLiteral("owner") == name ? kOwnerPassword : passwordOf(name)));
    }
};

} // namespace

class TestVaultUsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneTimePasswordForcesAChange()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("o.coffer"));
        Secret otp;
        {
            auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
            otp = created.vault->addUser(QStringLiteral("Jūratė"), Role::Editor);
            QVERIFY(otp.size() >= 24);
        }
        auto v = Vault::unlock(folder, QStringLiteral("jūratė"), otp);
        QVERIFY(v->currentUser().mustChangePassword);
        QCOMPARE(thrownCode([&] { v->require(Permission::ReadRecords); }), ErrorCode::Auth);
        v->changePassword(secret("Jūratė's own password"));
        QCOMPARE(thrownCode([&] { v->require(Permission::ReadRecords); }), kNothingThrown);
        v.reset();
        // The one-time password is gone; the new one works and no change is asked for.
        QCOMPARE(thrownCode([&] { (void)Vault::unlock(folder, QStringLiteral("Jūratė"), otp); }), ErrorCode::Auth);
        QVERIFY(!Vault::unlock(folder, QStringLiteral("Jūratė"), secret("Jūratė's own password"))
                     ->currentUser()
                     .mustChangePassword);
    }

    // Who may do what to whom, for every user command: rows are actors, the expectations per target.
    void rolesMatrix_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("add");
        QTest::addColumn<int>("list");
        QTest::addColumn<int>("removeViewer");
        QTest::addColumn<int>("removeAdmin");
        QTest::addColumn<int>("roleViewerToEditor");
        QTest::addColumn<int>("roleAdminToViewer");
        QTest::addColumn<int>("resetViewer");
        QTest::addColumn<int>("resetAdmin");
        QTest::addColumn<int>("resetOwner");
        const int ok = 0, no = int(ErrorCode::Permission);
        QTest::newRow("owner") << "owner" << ok << ok << ok << ok << ok << ok << ok << ok << no;
        QTest::newRow("admin") << "admin" << ok << ok << ok << no << ok << no << ok << no << no;
        QTest::newRow("editor") << "editor" << no << no << no << no << no << no << no << no << no;
        QTest::newRow("viewer") << "viewer" << no << no << no << no << no << no << no << no << no;
    }

    void rolesMatrix()
    {
        QFETCH(QString, actor);
        const QByteArray name = actor.toLatin1();
        auto expect = [&](const char* what, int expected, const std::function<void(Vault&)>& action) {
            Team team;
            auto v = team.as(name.constData());
            const std::optional<ErrorCode> thrown = thrownCode([&] { action(*v); });
            const int got = thrown ? int(*thrown) : 0; // 0 in the table: allowed
            QVERIFY2(int(got) == expected, qPrintable(QStringLiteral("%1 %2: got %3, expected %4")
                                                          .arg(actor, QLatin1String(what))
                                                          .arg(int(got))
                                                          .arg(expected)));
        };
        QFETCH(int, add);
        expect("add", add, [](Vault& v) { (void)v.addUser(QStringLiteral("newcomer"), Role::Viewer); });
        QFETCH(int, list);
        expect("list", list, [](Vault& v) { QCOMPARE(int(v.users().size()), 6); });
        QFETCH(int, removeViewer);
        expect("remove viewer", removeViewer, [](Vault& v) { v.removeUser(QStringLiteral("target")); });
        QFETCH(int, removeAdmin);
        expect("remove admin", removeAdmin, [](Vault& v) { v.removeUser(QStringLiteral("admin2")); });
        QFETCH(int, roleViewerToEditor);
        expect("role viewer→editor", roleViewerToEditor,
               [](Vault& v) { v.setRole(QStringLiteral("target"), Role::Editor); });
        QFETCH(int, roleAdminToViewer);
        expect("role admin→viewer", roleAdminToViewer,
               [](Vault& v) { v.setRole(QStringLiteral("admin2"), Role::Viewer); });
        QFETCH(int, resetViewer);
        expect("reset viewer", resetViewer, [](Vault& v) { (void)v.resetUser(QStringLiteral("target")); });
        QFETCH(int, resetAdmin);
        expect("reset admin", resetAdmin, [](Vault& v) { (void)v.resetUser(QStringLiteral("admin2")); });
        QFETCH(int, resetOwner);
        expect("reset owner", resetOwner, [](Vault& v) { (void)v.resetUser(QStringLiteral("owner")); });
    }

    void removedUserCannotUnlock()
    {
        Team team;
        team.as("owner")->removeUser(QStringLiteral("editor"));
        QCOMPARE(thrownCode([&] { (void)team.as("editor"); }), ErrorCode::Auth);
        QCOMPARE(thrownCode([&] { team.as("owner")->removeUser(QStringLiteral("owner")); }), ErrorCode::Permission);
        QCOMPARE(thrownCode([&] { (void)team.as("owner")->addUser(QStringLiteral("ADMIN"), Role::Viewer); }),
                 ErrorCode::Failed);
    }

    void ownershipHandOver()
    {
        Team team;
        QCOMPARE(thrownCode([&] { team.as("admin")->setRole(QStringLiteral("admin2"), Role::Owner); }),
                 ErrorCode::Permission);
        team.as("owner")->setRole(QStringLiteral("admin"), Role::Owner);
        QCOMPARE(team.as("admin")->currentUser().role, Role::Owner);
        QCOMPARE(team.as("owner")->currentUser().role, Role::Admin);
        // "No user name" now means the new owner.
        auto v = Vault::unlock(team.folder, QString(), secret(Team::passwordOf("admin")));
        QCOMPARE(v->currentUser().name, QStringLiteral("admin"));
    }

    void roleChangeTakesEffect()
    {
        Team team;
        team.as("owner")->setRole(QStringLiteral("viewer"), Role::Admin);
        QCOMPARE(thrownCode([&] { (void)team.as("viewer")->addUser(QStringLiteral("x"), Role::Viewer); }),
                 kNothingThrown);
        QCOMPARE(thrownCode([&] { (void)team.as("owner")->addUser(QStringLiteral("y"), Role::Owner); }),
                 ErrorCode::Usage);
    }
};

QTEST_GUILESS_MAIN(TestVaultUsers)
#include "TestVaultUsers.moc"
