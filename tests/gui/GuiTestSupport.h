#pragma once

// Helpers for driving the real widgets: scripted answers to modal questions, bounded
// waits that keep the event loop turning, isolated settings and a window per test.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <deque>
#include <memory>

#include "AppSettings.h"
#include "Asker.h"
#include "ConnectionChoice.h"
#include "MainWindow.h"

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

template <typename F>
bool waitUntil(F done, int timeoutMs)
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
