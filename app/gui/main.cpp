// commissioner: the desktop application. Everything but this file is in commissioner_gui.
#include "AppSettings.h"
#include "LinkSession.h"
#include "Localisation.h"
#include "MainWindow.h"
#include "Screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    // Before QApplication: works without a display (packaging checks, scripts).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("commissioner %s\n%s\n", COMMISSIONER_VERSION,
                        qPrintable(commissioner::app::libraryVersionsLine()));
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Commissioner"));
    QApplication::setApplicationName(QStringLiteral("Commissioner"));
    QApplication::setApplicationVersion(QStringLiteral(COMMISSIONER_VERSION));

    // The language: COMMISSIONER_LANG if set (scripts, screenshots), else the Settings
    // dialog's choice, else the system's. Read once here: a change applies at the next start.
    QString language = commissioner::app::languageFromEnvironment();
    if (language.isEmpty())
        language = commissioner::gui::AppSettings::load().language;
    const QLocale locale = commissioner::app::uiLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // dates and numbers in the chosen language too
    commissioner::app::installTranslations(&app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Commissioning tool for Modbus power meters."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("version"),
                      QApplication::translate("main", "Print the version and exit.")});
    parser.addOption({QStringLiteral("demo"),
                      QApplication::translate("main", "Connect to the built-in demo meter.")});
    parser.addOption({QStringLiteral("data-dir"),
                      QApplication::translate("main", "Use this data folder."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("screenshots"),
         QApplication::translate("main", "Render each main screen to PNG files in DIR and exit."),
         QStringLiteral("DIR")});
    parser.process(app);

    // Links closed on the way out end on their own threads: give them a moment (a modem hangs
    // up) before the objects they use go.
    constexpr int LinkEndWaitMs = 5000;
    if (parser.isSet(QStringLiteral("screenshots"))) {
        const int rc =
            commissioner::gui::renderScreenshots(parser.value(QStringLiteral("screenshots")));
        commissioner::gui::LinkSession::waitForEndingThreads(LinkEndWaitMs);
        return rc;
    }

    commissioner::gui::AppSettings settings = commissioner::gui::AppSettings::load();
    if (parser.isSet(QStringLiteral("data-dir")))
        settings.dataDir = QDir(parser.value(QStringLiteral("data-dir"))).absolutePath();
    int rc = 0;
    {
        commissioner::gui::MainWindow window(settings);
        window.show();
        if (parser.isSet(QStringLiteral("demo")))
            window.startDemo();
        else
            QMetaObject::invokeMethod(&window, &commissioner::gui::MainWindow::openConnectionDialog,
                                      Qt::QueuedConnection);
        rc = app.exec();
    }
    commissioner::gui::LinkSession::waitForEndingThreads(LinkEndWaitMs);
    return rc;
}
