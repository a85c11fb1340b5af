#include "LinkSession.h"

namespace commissioner::gui {

LinkSession::LinkSession(QObject* parent) : QObject(parent), m_worker(new LinkWorker)
{
    m_thread.setObjectName(QStringLiteral("link"));
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread, after the loop ends: the client goes with it.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LinkSession::~LinkSession()
{
    m_worker->requestCancel();
    m_thread.quit();
    m_thread.wait();
}

} // namespace commissioner::gui
