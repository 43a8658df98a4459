#include <QTest>
class TestVaultUsers : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestVaultUsers)
#include "TestVaultUsers.moc"
