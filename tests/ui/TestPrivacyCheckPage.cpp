// The Privacy Check page through its real widgets, offscreen: what needs action in a new vault (no
// verified backup), a breach logged from the page with its 72-hour clock, its notification recorded,
// and the clock stopped. Pictures when COFFER_SCREENSHOTS is set.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "privacy/BreachLog.h"
#include "privacy/PrivacyCheckPage.h"

#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace coffer;
using namespace coffer::test;

class TestPrivacyCheckPage : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void aBreachIsLoggedAndItsClockStopsWhenNotified()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("check.coffer"));
        PrivacyCheckPage page(*f.vault);
        page.resize(1090, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* findings = findNamed<QTreeWidget>(&page, "privacyFindings");
        QVERIFY(findings->topLevelItemCount() >= 6);
        bool backupNeedsAction = false;
        for (int i = 0; i < findings->topLevelItemCount(); ++i)
            if (findings->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"backup.verified")
                backupNeedsAction = findings->topLevelItem(i)->text(0) == u"Needs action";
        QVERIFY(backupNeedsAction);

        click(&page, "logBreachButton");
        auto* dialog = visibleWindow<QDialog>("breachDialog");
        QVERIFY(dialog);
        QVERIFY(findNamed<QDateTimeEdit>(dialog, "breachDetectedEdit")->maximumDateTime() <=
                QDateTime::currentDateTime().addSecs(1)); // never a moment to come
        findNamed<QDateTimeEdit>(dialog, "breachDetectedEdit")
            ->setDateTime(QDateTime::currentDateTime().addSecs(-7200));
        findNamed<QPlainTextEdit>(dialog, "breachDescriptionEdit")->setPlainText(QStringLiteral("A laptop was stolen"));
        screenshot(dialog, QStringLiteral("privacy-01-breach"));
        click(dialog, "saveButton");
        auto* breaches = findNamed<QTreeWidget>(&page, "breachesList");
        QTRY_COMPARE(breaches->topLevelItemCount(), 1);
        QVERIFY2(breaches->topLevelItem(0)->text(1).contains(QStringLiteral("left to tell the authority")),
                 qPrintable(breaches->topLevelItem(0)->text(1)));
        screenshot(&page, QStringLiteral("privacy-02-page"));

        breaches->setCurrentItem(breaches->topLevelItem(0));
        click(&page, "notifyBreachButton");
        auto* notify = visibleWindow<QDialog>("notifyDialog");
        QVERIFY(notify);
        click(notify, "saveButton");
        QTRY_VERIFY(breaches->topLevelItemCount() == 1 &&
                    breaches->topLevelItem(0)->text(1).startsWith(QStringLiteral("Authority told")));
        QVERIFY(!BreachLog(*f.vault).list().front().clockRunning());
    }
};

QTEST_MAIN(TestPrivacyCheckPage)
#include "TestPrivacyCheckPage.moc"
