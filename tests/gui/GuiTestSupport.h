#pragma once

// Helpers for driving the real widgets: scripted answers to modal questions, bounded
// waits that keep the event loop turning, isolated settings and a window per test.

#include "AppSettings.h"
#include "Asker.h"
#include "ConnectionChoice.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <deque>
#include <memory>

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

} // namespace guitest
