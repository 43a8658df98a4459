// coffer: the desktop app. Everything visible lives in coffer_ui; this only prepares the process.
#include "Application.h"
#include "ProcessHardening.h"
#include "Translations.h"
#include "session/DesktopSession.h"

int main(int argc, char** argv)
{
    // Before anything holds a secret: no core dumps, private file mode.
    coffer::hardenProcess();
    coffer::Application app(argc, argv);
    coffer::initApplication();
    coffer::installTranslators(app, coffer::chosenLanguage());

    coffer::DesktopSession session;
    session.start();
    return app.exec();
}
