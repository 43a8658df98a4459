#include <QTest>
class TestVaultLock : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestVaultLock)
#include "TestVaultLock.moc"
