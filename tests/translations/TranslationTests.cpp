// The .qm files built from translations/*.ts load, translate the texts people see (plural
// forms too), and commissioner-cli speaks the language the environment asks for.
#include "CatchCompat.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTranslator>

namespace {

const char* const kNoLink = "no link given: use --tcp, --rtu-tcp, --serial or --modem";

QString qmPath(const char* lang)
{
    return QStringLiteral(COMMISSIONER_QM_DIR "/commissioner_%1.qm").arg(QLatin1String(lang));
}

// commissioner-cli with no link: exit code 2 and one line on stderr, in the asked language.
QString cliError(const QMap<QString, QString>& env)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"COMMISSIONER_LANG", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        e.remove(QLatin1String(name));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(COMMISSIONER_CLI_PATH), {QStringLiteral("identify")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 2);
    return QString::fromUtf8(p.readAllStandardError());
}

} // namespace

TEST_CASE("each .qm loads and translates a known CLI and GUI text", "[translations]")
{
    const struct
    {
        const char* lang;
        const char* noLink;
        const char* settings;
        const char* oneMeter;
        const char* twoMeters;
    } cases[] = {
        {"fr", "aucune liaison indiquée : utilisez --tcp, --rtu-tcp, --serial ou --modem",
         "Paramètres", "1 compteur trouvé en 3 s", "2 compteurs trouvés en 3 s"},
        {"de", "keine Verbindung angegeben: --tcp, --rtu-tcp, --serial oder --modem verwenden",
         "Einstellungen", "1 Zähler in 3 s gefunden", "2 Zähler in 3 s gefunden"},
        {"es", "no se indicó ningún enlace: use --tcp, --rtu-tcp, --serial o --modem",
         "Preferencias", "1 medidor encontrado en 3 s", "2 medidores encontrados en 3 s"},
    };
    for (const auto& c : cases) {
        INFO(c.lang);
        QTranslator t;
        REQUIRE(t.load(qmPath(c.lang)));
        CHECK(t.language() == QLatin1String(c.lang));
        CHECK(t.translate("CommissionerCli", kNoLink) == QString::fromUtf8(c.noLink));
        CHECK(t.translate("commissioner::gui::SettingsDialog", "Settings") ==
              QString::fromUtf8(c.settings));
        // Plural forms: the .qm carries the language's rules.
        REQUIRE(QCoreApplication::installTranslator(&t));
        const char* found = "%n meter(s) found in %1 s%2";
        CHECK(QCoreApplication::translate("CommissionerCli", found, nullptr, 1)
                  .arg(3)
                  .arg(QString()) == QString::fromUtf8(c.oneMeter));
        CHECK(QCoreApplication::translate("CommissionerCli", found, nullptr, 2)
                  .arg(3)
                  .arg(QString()) == QString::fromUtf8(c.twoMeters));
        QCoreApplication::removeTranslator(&t);
    }
}

TEST_CASE("commissioner-cli follows COMMISSIONER_LANG, else the system locale", "[translations]")
{
    CHECK(cliError({{QStringLiteral("COMMISSIONER_LANG"), QStringLiteral("fr")}})
              .contains(QStringLiteral("aucune liaison indiquée")));
    CHECK(cliError({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}})
              .contains(QStringLiteral("keine Verbindung angegeben")));
    CHECK(cliError({{QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8")}})
              .contains(QStringLiteral("no se indicó ningún enlace")));
    // The override wins over the system, and English loads nothing.
    CHECK(cliError({{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")},
                    {QStringLiteral("COMMISSIONER_LANG"), QStringLiteral("en")}})
              .contains(QString::fromLatin1(kNoLink)));
    CHECK(cliError({{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}})
              .contains(QString::fromLatin1(kNoLink)));
    // A language without a translation falls back to English.
    CHECK(cliError({{QStringLiteral("COMMISSIONER_LANG"), QStringLiteral("ja")}})
              .contains(QString::fromLatin1(kNoLink)));
}
