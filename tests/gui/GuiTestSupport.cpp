#include "GuiTestSupport.h"

#include <QSettings>

#include "UpgradeFlow.h"

namespace guitest {

bool ScriptedAsker::question(QWidget*, const QString& title, const QString& text)
{
    asked << title + QStringLiteral(": ") + text;
    if (answers.empty())
        return true;
    const bool a = answers.front();
    answers.pop_front();
    return a;
}

void ScriptedAsker::inform(QWidget*, const QString& title, const QString& text)
{
    messages << title + QStringLiteral(": ") + text;
}

void ScriptedAsker::warn(QWidget*, const QString& title, const QString& text)
{
    messages << title + QStringLiteral(": ") + text;
}

QString ScriptedAsker::openFile(QWidget*, const QString& title, const QString&, const QString&)
{
    asked << title;
    if (files.empty())
        return {};
    const QString f = files.front();
    files.pop_front();
    return f;
}

QString ScriptedAsker::saveFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    return openFile(parent, title, dir, filter);
}

void isolateSettings()
{
    static QTemporaryDir settingsDir;
    QCoreApplication::setOrganizationName(QStringLiteral("CommissionerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("gui-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
}

GuiFixture::GuiFixture()
{
    isolateSettings();
    commissioner::gui::AppSettings s;
    s.dataDir = dataDir();
    s.responseTimeoutMs = 300;
    s.retries = 6;
    s.outageWaitSeconds = 30;
    window = std::make_unique<commissioner::gui::MainWindow>(s);
    window->setAsker(&asker);
    window->show();
}

GuiFixture::~GuiFixture()
{
    window->disconnectLink();
    window.reset();
}

bool GuiFixture::connectTcp(const QString& host, quint16 port, int timeoutMs)
{
    commissioner::gui::ConnectionChoice c;
    c.settings.kind = commissioner::LinkDescription::Kind::Tcp;
    c.settings.host = host;
    c.settings.port = port;
    c.settings.unitId = 1;
    window->connectTo(c);
    return waitUntil([this] { return window->meter().has_value(); }, timeoutMs);
}

} // namespace guitest
