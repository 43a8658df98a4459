#include <QTest>
class TestVault : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
