#include "GuiTestSupport.h"

#include "LinkSession.h"
#include "UpgradeFlow.h"

#include <QSettings>
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

QString ScriptedAsker::saveFile(QWidget* parent, const QString& title, const QString& dir,
                                const QString& filter)
{
    return openFile(parent, title, dir, filter);
}

TickMonitor::TickMonitor()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(20);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const qint64 now = m_clock.elapsed();
        m_worstLate = qMax(m_worstLate, now - m_last - 20);
        m_last = now;
        ++m_ticks;
    });
}

void TickMonitor::start()
{
    m_clock.start();
    m_last = 0;
    m_worstLate = 0;
    m_ticks = 0;
    m_timer.start();
}

SilentPort::SilentPort(Mode mode)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listener < 0)
        return;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    // Backlog 0: Linux queues one connection, then drops further SYNs while it is not accepted.
    if (::bind(m_listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(m_listener, mode == Mode::Accepting ? 8 : 0) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        return;
    if (mode == Mode::Unreachable) {
        for (int i = 0; i < 2; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
            if (fd < 0)
                return;
            m_fillers << fd;
            (void)::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        }
        QThread::msleep(100); // the first one is queued by then
    }
    m_port = ntohs(addr.sin_port);
}

SilentPort::~SilentPort()
{
    for (int fd : std::as_const(m_fillers))
        ::close(fd);
    if (m_listener >= 0)
        ::close(m_listener);
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
    // The links end on their own threads: none outlives the test that opened it.
    commissioner::gui::LinkSession::waitForEndingThreads(15000);
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
