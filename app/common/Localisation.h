#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace commissioner::app {

// The language of what both programs print: an explicit choice ("fr", "de_CH", "en"...)
// when one is given, else the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix).
QLocale uiLocale(const QString& choice);

// The choice made by the environment variable COMMISSIONER_LANG, or empty.
QString languageFromEnvironment();

// Installs Commissioner's translation for the locale (commissioner_XX.qm, compiled into the
// program under :/i18n) and Qt's own qtbase_XX.qm from Qt's translations folder when it is
// there. English, the language of the sources, loads nothing. Returns the name of the
// Commissioner translation loaded ("fr"), or an empty string.
QString installTranslations(QCoreApplication* app, const QLocale& locale);

// One line for --version and the About box: the libraries this program runs with.
// "Qt 6.4.2 (built with 6.4.2), libmodbus 3.1.6 (built with 3.1.6), libsodium 1.0.18"
QString libraryVersionsLine();

} // namespace commissioner::app
