#include "GuiTestSupport.h"

#include "CatchCompat.h"
#include "ClockDialog.h"
#include "LinkSession.h"
#include "MeterClientFactory.h"
#include "MeterSimProcess.h"
#include "UpgradeFlow.h"
#include "UpgradeProgressDialog.h"
#include "UpgradeWizard.h"
#include "package/KeyRing.h"
#include "package/Package.h"
#include "store/DataFolder.h"
#include "upgrade/UpgradeHooksFactory.h"
#include "upgrade/UpgradeJob.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
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

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(QJsonDocument(o).toJson()) > 0;
}

QJsonObject setClockAnHourAhead(const QStringList& args, const QString& state)
{
    testsupport::MeterSimProcess first;
    REQUIRE(first.start(args));
    REQUIRE(first.stop());
    const QJsonObject written = readJson(state);
    QJsonObject o = written;
    o.insert(QStringLiteral("clock_offset_s"), 3600);
    REQUIRE(writeJson(state, o));
    return written;
}

void startWithClockAnHourAhead(GuiFixture& f, testsupport::MeterSimProcess& sim,
                               const QStringList& args, const QString& state)
{
    REQUIRE(setClockAnHourAhead(args, state).contains(QStringLiteral("clock_offset_s")));
    REQUIRE(sim.start(args));
    REQUIRE(f.connectTcp(sim.tcpHost(), sim.tcpPort()));
}

std::unique_ptr<commissioner::gui::ClockDialog> openClockDialog(GuiFixture& f, QList<qint64>& shown)
{
    using commissioner::gui::ClockDialog;
    auto dialog =
        std::make_unique<ClockDialog>(f.window->session(), f.dataDir(),
                                      commissioner::MeterBinding::of(f.window->meter()->identity));
    QObject::connect(dialog.get(), &ClockDialog::clockShown,
                     [&shown](const QDateTime&, qint64 offset) { shown << offset; });
    REQUIRE(waitUntil([&] { return shown.size() == 1; }, 10000));
    return dialog;
}

commissioner::gui::UpgradeWizard* toConfirmPage(GuiFixture& f, const QString& package,
                                                bool downgrade)
{
    using commissioner::gui::UpgradeWizard;
    UpgradeWizard* wizard = f.window->upgradeFlow()->openWizard(package);
    REQUIRE(wizard);
    REQUIRE(waitUntil([&] { return wizard->packageReady(); }, 10000));
    wizard->next();
    REQUIRE(wizard->currentId() == UpgradeWizard::ChecksPage);
    REQUIRE(waitUntil([&] { return wizard->planReady(); }, 15000));
    wizard->allowUnsignedBox()->setChecked(true);
    REQUIRE(waitUntil([&] { return wizard->planReady(); }, 15000));
    if (downgrade) {
        REQUIRE(wizard->allowDowngradeBox()->isEnabled());
        wizard->allowDowngradeBox()->setChecked(true);
        REQUIRE(waitUntil([&] { return wizard->planReady(); }, 15000));
    }
    REQUIRE(wizard->plan()->passes());
    wizard->next();
    REQUIRE(wizard->currentId() == UpgradeWizard::ConfirmPage);
    return wizard;
}

commissioner::gui::UpgradeProgressDialog* startFromWizard(GuiFixture& f,
                                                          commissioner::gui::UpgradeWizard* wizard)
{
    wizard->accept();
    commissioner::gui::UpgradeProgressDialog* progress = nullptr;
    REQUIRE(waitUntil(
        [&] { return (progress = f.window->upgradeFlow()->progressDialog()) != nullptr; }, 5000));
    return progress;
}

std::optional<commissioner::UpgradeResult> upgradeByJob(const QString& host, quint16 port,
                                                        const QString& packagePath,
                                                        const QString& dataDir, bool allowDowngrade)
{
    using namespace commissioner;
    LinkSettings s;
    s.host = host;
    s.port = port;
    s.retry.responseTimeoutMs = 300;
    s.retry.retries = 1;
    auto client = MeterClientFactory::create(s);
    const auto package = Package::readFile(packagePath);
    if (!package.ok())
        return std::nullopt;
    const DataFolder folder(dataDir);
    UpgradeOptions o;
    o.allowUnsigned = true;
    o.allowDowngrade = allowDowngrade;
    o.outageWaitMs = 1500;
    o.reconnectIntervalMs = 200;
    UpgradeJob job(*client,
                   upgradeImageFrom(package.value(), package.value().checkSignature(KeyRing())),
                   folder, o, makeUpgradeHooks(folder));
    return job.runToEnd();
}

} // namespace guitest
