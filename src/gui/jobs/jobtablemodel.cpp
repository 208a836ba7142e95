#include "gui/jobs/jobtablemodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace sluice::gui {

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JobTableModel::setJobs(const QList<engine::JobStatus> &jobs)
{
    bool sameRows = jobs.size() == m_jobs.size();
    for (qsizetype i = 0; sameRows && i < jobs.size(); ++i)
        sameRows = jobs.at(i).name == m_jobs.at(i).name;
    if (!sameRows) {
        beginResetModel();
        m_jobs = jobs;
        endResetModel();
        return;
    }
    m_jobs = jobs;
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const engine::JobStatus *JobTableModel::job(int row) const
{
    if (row < 0 || row >= m_jobs.size())
        return nullptr;
    return &m_jobs.at(row);
}

int JobTableModel::rowOf(const QString &jobName) const
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).name == jobName)
            return int(i);
    }
    return -1;
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::displayData(const engine::JobStatus &job, int column) const
{
    switch (column) {
    case Name:
        return job.name;
    case Operation:
        return job.operation;
    case Mode:
        return job.mode;
    case State:
        return engine::jobStateName(job.state);
    case Progress:
        return tr("%1 %").arg(engine::isFinishedJobState(job.state) &&
                                      job.state != engine::JobState::Failed
                                  ? 100
                                  : job.progress.percentDone());
    case Degree:
        return job.progress.parallel;
    case Started:
        return job.started.isValid()
                   ? QLocale().toString(job.started.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    const engine::JobStatus *status = job(index.row());
    if (!status)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*status, index.column());
    case PercentRole:
        return status->progress.percentDone();
    case Qt::ToolTipRole:
        if (!status->stopReason.isEmpty())
            return tr("%1: %2").arg(engine::jobStateName(status->state), status->stopReason);
        return status->connection;
    case Qt::ForegroundRole:
        if (index.column() == State && (status->state == engine::JobState::Failed ||
                                        status->state == engine::JobState::CompletedWithErrors))
            return QBrush(Qt::red);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Progress || index.column() == Degree)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Job");
    case Operation:
        return tr("Operation");
    case Mode:
        return tr("Mode");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Degree:
        return tr("Degree");
    case Started:
        return tr("Started");
    default:
        return {};
    }
}

} // namespace sluice::gui
