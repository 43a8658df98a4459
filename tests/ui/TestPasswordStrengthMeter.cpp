// The meter says nothing for an empty password and rises with the estimate core makes.
#include "TestSupport.h"
#include "widgets/PasswordStrengthMeter.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

class TestPasswordStrengthMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptySaysNothing()
    {
        PasswordStrengthMeter meter;
        meter.setPassword(Secret());
        QVERIFY(meter.text().isEmpty());
    }

    void levelsRise()
    {
        PasswordStrengthMeter meter;
        meter.setPassword(secret("abc"));
        QCOMPARE(meter.level(), PasswordStrength::Level::TooShort);
        QVERIFY(!meter.text().isEmpty());
        meter.setPassword(secret("password1"));
        QCOMPARE(meter.level(), PasswordStrength::Level::Weak);
        meter.setPassword(secret("violet harbour ferry 7 quietly"));
        QVERIFY(meter.level() >= PasswordStrength::Level::Strong);
    }
};

QTEST_MAIN(TestPasswordStrengthMeter)
#include "TestPasswordStrengthMeter.moc"
