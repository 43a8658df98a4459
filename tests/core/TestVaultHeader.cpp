#include <QTest>
class TestVaultHeader : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestVaultHeader)
#include "TestVaultHeader.moc"
