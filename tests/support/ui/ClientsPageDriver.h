// Driving the Clients page as a user does, for its tests: typing any letters, clicking, choosing a row.
#pragma once

#include <QString>

class QWidget;

namespace coffer {
class ClientsPage;
}

namespace coffer::test {

// Types text as key presses carrying it, so that letters outside Latin-1 (Ē, ņ, ř) arrive as typed.
void typeText(QWidget* widget, const QString& text);
// Clicks a button that must be there, visible and enabled (a failed QVERIFY otherwise).
void click(QWidget* button);
// Clicks the row in the page's client table; the client's view then shows it.
void selectRow(ClientsPage* page, int row);

} // namespace coffer::test
