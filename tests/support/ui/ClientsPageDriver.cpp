#include "ClientsPageDriver.h"

#include "clients/ClientListPanel.h"
#include "clients/ClientView.h"
#include "clients/ClientsPage.h"

#include <QTableView>
#include <QTest>

namespace coffer::test {

void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void click(QWidget* button)
{
    QVERIFY(button);
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void selectRow(ClientsPage* page, int row)
{
    QTableView* table = page->list()->table();
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(page->view()->isVisible());
}

} // namespace coffer::test
