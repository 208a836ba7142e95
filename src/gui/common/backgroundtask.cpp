#include "gui/common/backgroundtask.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace sluice::gui {

BackgroundTask::BackgroundTask(QObject *owner, Policy policy)
    : QObject(owner)
    , m_policy(policy)
{}

BackgroundTask::~BackgroundTask()
{
    // Streaming workers check isCanceled(); plain ones finish and are dropped.
    Q_EMIT cancelRequested();
}

QThreadPool *BackgroundTask::pool()
{
    // Owned by the application object: its destructor waits for the workers, so
    // none outlives the QSqlDatabase machinery.
    static QPointer<QThreadPool> s_pool;
    if (!s_pool) {
        s_pool = new QThreadPool(QCoreApplication::instance());
        s_pool->setObjectName(QStringLiteral("sluice.gui.workers"));
        s_pool->setMaxThreadCount(8);
    }
    return s_pool;
}

quint64 BackgroundTask::begin()
{
    if (m_policy == Policy::LatestOnly)
        Q_EMIT cancelRequested(); // the previous streaming call may stop early
    ++m_inFlight;
    setBusy(true);
    return ++m_generation;
}

bool BackgroundTask::end(quint64 generation)
{
    --m_inFlight;
    if (m_policy == Policy::Every) {
        setBusy(m_inFlight > 0);
        return true;
    }
    if (generation != m_generation)
        return false;
    setBusy(false);
    return true;
}

void BackgroundTask::cancel()
{
    ++m_generation;
    Q_EMIT cancelRequested();
    if (m_policy == Policy::LatestOnly)
        setBusy(false);
}

void BackgroundTask::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace sluice::gui
