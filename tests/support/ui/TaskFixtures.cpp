#include "TaskFixtures.h"

#include "PurposeFixtures.h"

namespace coffer::test {

VaultCreation createClientsVault(const QString& folder)
{
    return Vault::create(QDir(folder).filePath(QStringLiteral("Clients")), QStringLiteral("Owner"),
                         secret(kOwnerPassword), kCheapKdf);
}

QString addSampleClient(Vault& vault, qint64 fileBytes)
{
    Client anna;
    anna.givenName = QStringLiteral("Anna");
    anna.familyName = QStringLiteral("Ozola");
    anna.emails = {QStringLiteral("anna.ozola@example.lv")};
    anna.phones = {QStringLiteral("+371 2955 1234")};
    const QString id = ClientStore(vault).add(anna);
    NoteStore(vault).add(id, NoteKind::Call, QStringLiteral("Asked about the spring offer"));
    NoteStore(vault).add(id, NoteKind::Note, QStringLiteral("Prefers email"));
    QByteArray bytes(fileBytes, 'x');
    for (qint64 i = 0; i < fileBytes; i += 97)
        bytes[i] = char('a' + i % 26); // not all one byte, so that it does not compress to nothing
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    (void)FileStore(vault).add(id, buffer, QStringLiteral("contract.pdf"), QStringLiteral("application/pdf"));
    definePurposes(vault, {QStringLiteral("newsletter")});
    ConsentStore(vault).set(id, QStringLiteral("newsletter"), ConsentState::Granted);
    ConsentStore(vault).set(id, QStringLiteral("newsletter"), ConsentState::Withdrawn);
    return id;
}

void setText(QWidget* window, const char* objectName, const QString& text)
{
    auto* edit = findNamed<QLineEdit>(window, objectName);
    QVERIFY2(edit, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWidget* window, const char* objectName)
{
    auto* button = findNamed<QPushButton>(window, objectName);
    QVERIFY2(button, objectName);
    QVERIFY2(button->isEnabled(), objectName);
    QTest::mouseClick(button, Qt::LeftButton);
}

void closeAllWindows()
{
    QTRY_VERIFY_WITH_TIMEOUT(!LongTask::anyRunning(), kTaskTimeout);
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isWindow() && !w->parentWidget())
            w->deleteLater();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    programSettings().clear();
}

} // namespace coffer::test
