// The meter says nothing for an empty password and rises with the estimate core makes; a password taken
// from its field leaves the field's own buffer overwritten (widgets/SecretText).
#include "TestSupport.h"
#include "widgets/PasswordStrengthMeter.h"
#include "widgets/SecretText.h"

#include <QLineEdit>
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

    void aTakenPasswordLeavesTheFieldsBufferWiped()
    {
        QLineEdit field;
        field.setEchoMode(QLineEdit::Password);
        QTest::keyClicks(&field, QStringLiteral("violet harbour"));
        const QString heldBefore = field.text(); // shares the field's buffer, as any caller's copy would
        const Secret taken = takeSecret(&field);
        QCOMPARE(taken.view(), std::string_view("violet harbour"));
        QVERIFY(field.text().isEmpty());
        QCOMPARE(heldBefore, QString(14, QChar(0)));
    }
};

QTEST_MAIN(TestPasswordStrengthMeter)
#include "TestPasswordStrengthMeter.moc"
