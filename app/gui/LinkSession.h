#pragma once

#include <QObject>
#include <QThread>

#include "LinkWorker.h"

namespace commissioner::gui {

// One LinkWorker on its own QThread. The GUI connects to worker()'s signals and sends it
// work only through post(), which queues the call onto the worker's thread.
class LinkSession : public QObject
{
    Q_OBJECT
public:
    explicit LinkSession(QObject* parent = nullptr);
    ~LinkSession() override; // cancels what runs, closes the link, joins the thread

    // For connect() only: never call its slots directly from the GUI thread.
    LinkWorker* worker() const { return m_worker; }

    template <typename F>
    void post(F&& call)
    {
        QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
    }
    void cancel() { m_worker->requestCancel(); } // thread-safe by design

private:
    QThread m_thread;
    LinkWorker* m_worker;
};

} // namespace commissioner::gui
