#include "Localisation.h"

#include "LibraryVersions.h"
#include "package/SodiumVersion.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace commissioner::app {

QLocale uiLocale(const QString& choice)
{
    const QString c = choice.trimmed();
    if (c.isEmpty() || c.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return QLocale::system();
    return QLocale(c);
}

QString languageFromEnvironment()
{
    return qEnvironmentVariable("COMMISSIONER_LANG").trimmed();
}

QString installTranslations(QCoreApplication* app, const QLocale& locale)
{
    // The sources are English: an English (or C/POSIX) locale needs no translation, and
    // must not pick up a translation further down the system's language list.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QString();

    QString loaded;
    auto* own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("commissioner"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        app->installTranslator(own);
        loaded = QFileInfo(own->filePath()).completeBaseName().section(QLatin1Char('_'), 1);
    } else {
        delete own;
        return QString(); // a language Commissioner does not speak: all in English, Qt's too
    }

    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return loaded;
}

QString libraryVersionsLine()
{
    return QStringLiteral("Qt %1 (built with %2), libmodbus %3, libsodium %4")
        .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), libmodbusVersion(),
             libsodiumVersion());
}

} // namespace commissioner::app
