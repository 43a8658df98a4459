// What the user sees when something other than a coffer::Error goes wrong: a generic message, never
// the exception's own text (which could hold a client's name or address), and the app goes on.
#include "Application.h"
#include "Error.h"
#include "tasks/BackgroundTask.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <stdexcept>

using namespace coffer;

namespace {
const char kClientData[] = "Anna Ozola, anna@example.com";

QString genericMessage()
{
    try {
        throw std::logic_error("anything");
    } catch (...) {
        return Error::current().message();
    }
}

// Closes the message box that Application shows as soon as it is up. The box runs its own event loop
// (QMessageBox::critical), so only a timer that keeps firing inside that loop can reach it.
class MessageBoxCloser : public QObject
{
public:
    MessageBoxCloser()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                m_text = box->text();
                box->close();
            }
        });
        m_timer.start();
    }
    QString text() const { return m_text; }

private:
    QTimer m_timer;
    QString m_text;
};
} // namespace

class TestUnexpectedErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentKeepsACofferError();
    void currentHidesWhatOfOtherExceptions();
    void escapedExceptionShowsGenericMessageAndAppGoesOn();
    void escapedCofferErrorShowsItsMessage();
    void backgroundWorkHidesWhat();
};

void TestUnexpectedErrors::currentKeepsACofferError()
{
    try {
        throw Error(ErrorCode::Auth, QStringLiteral("Wrong user name or password."));
    } catch (...) {
        const Error e = Error::current();
        QCOMPARE(e.code(), ErrorCode::Auth);
        QCOMPARE(e.message(), QStringLiteral("Wrong user name or password."));
    }
    try {
        throw std::bad_alloc();
    } catch (...) {
        QCOMPARE(Error::current().message(), QStringLiteral("Out of memory."));
    }
}

void TestUnexpectedErrors::currentHidesWhatOfOtherExceptions()
{
    try {
        throw std::runtime_error(kClientData);
    } catch (...) {
        const Error e = Error::current();
        QCOMPARE(e.code(), ErrorCode::Failed);
        QVERIFY(!e.message().contains(QStringLiteral("Anna")));
        QVERIFY(!QString::fromLocal8Bit(e.what()).contains(QStringLiteral("Anna")));
        QCOMPARE(e.message(), genericMessage());
    }
}

void TestUnexpectedErrors::escapedExceptionShowsGenericMessageAndAppGoesOn()
{
    auto* app = qobject_cast<Application*>(QCoreApplication::instance());
    QVERIFY(app);
    QSignalSpy escaped(app, &Application::escapedError);
    MessageBoxCloser closer;
    QTimer::singleShot(0, app, [] { throw std::runtime_error(kClientData); });
    QTRY_COMPARE(escaped.count(), 1);
    QCOMPARE(escaped.at(0).at(0).toString(), genericMessage());
    QTRY_COMPARE(closer.text(), genericMessage());

    // The event loop still runs.
    bool ran = false;
    QTimer::singleShot(0, app, [&ran] { ran = true; });
    QTRY_VERIFY(ran);
}

void TestUnexpectedErrors::escapedCofferErrorShowsItsMessage()
{
    auto* app = qobject_cast<Application*>(QCoreApplication::instance());
    QSignalSpy escaped(app, &Application::escapedError);
    MessageBoxCloser closer;
    QTimer::singleShot(0, app,
                       [] { throw Error(ErrorCode::Damaged, QStringLiteral("The vault's header is damaged.")); });
    QTRY_COMPARE(escaped.count(), 1);
    QCOMPARE(escaped.at(0).at(0).toString(), QStringLiteral("The vault's header is damaged."));
    QTRY_COMPARE(closer.text(), QStringLiteral("The vault's header is damaged."));
}

void TestUnexpectedErrors::backgroundWorkHidesWhat()
{
    QObject receiver;
    std::optional<Error> error;
    bool done = false;
    runInBackground<int>(
        &receiver, []() -> int { throw std::runtime_error(kClientData); },
        [&](Outcome<int>& outcome) {
            error = outcome.error;
            done = true;
        });
    QTRY_VERIFY(done);
    QVERIFY(error);
    QCOMPARE(error->code(), ErrorCode::Failed);
    QCOMPARE(error->message(), genericMessage());
}

int main(int argc, char** argv)
{
    // The desktop app's own QApplication, whose notify() is under test.
    Application app(argc, argv);
    TestUnexpectedErrors test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestUnexpectedErrors.moc"
