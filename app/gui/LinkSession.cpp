#include "LinkSession.h"

#include <QDeadlineTimer>
#include <QList>
#include <QPointer>

namespace commissioner::gui {

namespace {

// The threads of sessions already gone, until deleted (QPointer: null then).
QList<QPointer<QThread>>& threads()
{
    static QList<QPointer<QThread>> all;
    return all;
}

void forgetDeleted()
{
    threads().removeAll(QPointer<QThread>());
}

} // namespace

LinkSession::LinkSession(QObject* parent)
    : QObject(parent), m_thread(new QThread), m_worker(new LinkWorker)
{
    m_thread->setObjectName(QStringLiteral("link"));
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread, after the loop ends: the client goes with it.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The thread object lives in the GUI thread, which deletes it once it has ended.
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

LinkSession::~LinkSession()
{
    // The worker may be deep in a dial or a request: the flags make it give up there, and
    // the loop ends as soon as it returns to it. Nothing here waits for that.
    m_worker->requestClose();
    m_thread->quit();
    forgetDeleted();
    threads().append(m_thread);
}

int LinkSession::endingThreads()
{
    forgetDeleted();
    int n = 0;
    for (const QPointer<QThread>& t : std::as_const(threads()))
        if (t && !t->isFinished())
            ++n;
    return n;
}

bool LinkSession::waitForEndingThreads(int timeoutMs)
{
    forgetDeleted();
    const QDeadlineTimer deadline(timeoutMs);
    bool all = true;
    for (const QPointer<QThread>& t : std::as_const(threads())) {
        if (t && !t->wait(deadline))
            all = false;
        else if (t)
            delete t.data(); // ended: its deleteLater may never be reached once the loop is gone
    }
    forgetDeleted();
    return all;
}

} // namespace commissioner::gui
