#pragma once

#include "LinkWorker.h"

#include <QObject>
#include <QThread>

namespace commissioner::gui {

// One LinkWorker on its own QThread. The GUI connects to worker()'s signals and sends it
// work only through post(), which queues the call onto the worker's thread.
//
// Connect the worker's signals with the session as the context object (the third argument
// of connect): a signal still queued when the session goes is then dropped with it, never
// delivered to a view that has moved on to another link.
class LinkSession : public QObject
{
    Q_OBJECT
public:
    explicit LinkSession(QObject* parent = nullptr);
    // Cancels what runs (a dial, a connect, a retry pause stop at once) and lets the thread
    // end on its own: the GUI thread never waits for the link. The worker and the thread
    // delete themselves when it has.
    ~LinkSession() override;

    // For connect() only: never call its slots directly from the GUI thread.
    LinkWorker* worker() const { return m_worker; }

    template <typename F> void post(F&& call)
    {
        QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
    }
    void cancel() { m_worker->requestCancel(); } // thread-safe by design

    // Threads of sessions already gone that have not ended yet (a request being cancelled,
    // a modem hanging up).
    static int endingThreads();
    // At the end of main() and of tests, before the objects the workers use go: waits for
    // them, at most timeoutMs in all. False if some are still running.
    static bool waitForEndingThreads(int timeoutMs);

private:
    QThread* m_thread;
    LinkWorker* m_worker;
};

} // namespace commissioner::gui
