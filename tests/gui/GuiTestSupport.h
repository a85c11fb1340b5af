#pragma once

// Helpers for driving the real widgets: scripted answers to modal questions, bounded
// waits that keep the event loop turning, isolated settings and a window per test, and the
// steps several GUI test files share (JSON files, the clock dialog, the upgrade wizard, an
// upgrade run by a job without the window).

#include "AppSettings.h"
#include "Asker.h"
#include "ConnectionChoice.h"
#include "MainWindow.h"
#include "upgrade/UpgradeTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <deque>
#include <memory>
#include <optional>

namespace commissioner::gui {
class ClockDialog;
class UpgradeProgressDialog;
class UpgradeWizard;
} // namespace commissioner::gui

namespace testsupport {
class MeterSimProcess;
} // namespace testsupport

namespace guitest {

// Answers questions from a script (yes when the script is empty), hands out file names,
// and records everything asked.
class ScriptedAsker final : public commissioner::gui::Asker
{
public:
    std::deque<bool> answers;
    std::deque<QString> files;
    QStringList asked;    // "title: text" of every question
    QStringList messages; // inform and warn

    bool question(QWidget*, const QString& title, const QString& text) override;
    void inform(QWidget*, const QString& title, const QString& text) override;
    void warn(QWidget*, const QString& title, const QString& text) override;
    QString openFile(QWidget*, const QString& title, const QString&, const QString&) override;
    QString saveFile(QWidget*, const QString& title, const QString&, const QString&) override;
};

template <typename F> bool waitUntil(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    return true;
}

// QSettings in a temporary folder, so tests never touch a person's settings.
void isolateSettings();

// How late the GUI thread's event loop runs a 20 ms timer: a blocked GUI thread shows as a
// late tick. Runs from start() to stop().
class TickMonitor
{
public:
    TickMonitor();
    void start();
    void stop() { m_timer.stop(); }
    qint64 worstLateMs() const { return m_worstLate; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worstLate = 0;
    int m_ticks = 0;
};

// A TCP port on 127.0.0.1 that never answers. Accepting: connections complete (in the
// kernel's queue) and requests are never answered. Unreachable: the accept queue is kept
// full, so new connection attempts get no reply at all and time out. Closed with the object.
class SilentPort
{
public:
    enum class Mode
    {
        Accepting,
        Unreachable
    };
    explicit SilentPort(Mode mode);
    ~SilentPort();
    SilentPort(const SilentPort&) = delete;
    SilentPort& operator=(const SilentPort&) = delete;
    bool ok() const { return m_port != 0; }
    quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    QList<int> m_fillers;
    quint16 m_port = 0;
};

// A main window with its own data folder and asker, short timeouts for tests.
struct GuiFixture
{
    QTemporaryDir dir;
    ScriptedAsker asker;
    std::unique_ptr<commissioner::gui::MainWindow> window;

    GuiFixture();
    ~GuiFixture();
    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }
    // Connects over Modbus TCP and waits for the identity; false on timeout.
    bool connectTcp(const QString& host, quint16 port, int timeoutMs = 15000);
};

// A JSON file (a meter's state, a backup, a template) as an object; empty when unreadable.
QJsonObject readJson(const QString& path);
bool writeJson(const QString& path, const QJsonObject& o);

// metersim's state file `state` for a meter whose clock is an hour ahead: the meter started
// once with `args` (which name that file) to write it, stopped, and its clock offset set.
// Returns the state as the meter first wrote it.
QJsonObject setClockAnHourAhead(const QStringList& args, const QString& state);
// `sim` started with `args`, its clock an hour ahead (metersim's first state file checked to
// hold a clock offset), and the window connected to it.
void startWithClockAnHourAhead(GuiFixture& f, testsupport::MeterSimProcess& sim,
                               const QStringList& args, const QString& state);

// The clock dialog bound, as MainWindow::openClock binds it, to the meter the window shows;
// every offset it shows is added to `shown` (which outlives it). Returns once it has shown the
// first (its read on opening).
std::unique_ptr<commissioner::gui::ClockDialog> openClockDialog(GuiFixture& f,
                                                                QList<qint64>& shown);

// Through the upgrade wizard with an unsigned package (allowed by its box) to the confirm page,
// allowing a downgrade too when `downgrade`. Fails the test when a page is not reached.
commissioner::gui::UpgradeWizard* toConfirmPage(GuiFixture& f, const QString& package,
                                                bool downgrade = false);
// Accepts the wizard and returns the progress dialog the upgrade opens.
commissioner::gui::UpgradeProgressDialog* startFromWizard(GuiFixture& f,
                                                          commissioner::gui::UpgradeWizard* wizard);

// An upgrade run by a job of its own, without the window, keeping its backup and journal in
// `dataDir` (another tool's folder, or the window's): unsigned allowed and short timeouts, so a
// meter that loses power mid-transfer soon ends it. Empty when the package cannot be read.
std::optional<commissioner::UpgradeResult> upgradeByJob(const QString& host, quint16 port,
                                                        const QString& packagePath,
                                                        const QString& dataDir,
                                                        bool allowDowngrade = false);

} // namespace guitest
