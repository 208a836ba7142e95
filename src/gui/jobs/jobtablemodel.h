#pragma once

#include "engine/job/jobstatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace sluice::gui {

// The jobs of the job store as the jobs view lists them, one row per job.
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Operation, Mode, State, Progress, Degree, Started, ColumnCount };
    enum Role { PercentRole = Qt::UserRole + 1 };

    explicit JobTableModel(QObject *parent = nullptr);

    // Replaces the list; rows whose jobs are the same as before are updated in
    // place, so the view keeps its selection and scroll position.
    void setJobs(const QList<engine::JobStatus> &jobs);
    [[nodiscard]] const QList<engine::JobStatus> &jobs() const { return m_jobs; }
    [[nodiscard]] const engine::JobStatus *job(int row) const;
    [[nodiscard]] int rowOf(const QString &jobName) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant displayData(const engine::JobStatus &job, int column) const;

    QList<engine::JobStatus> m_jobs;
};

} // namespace sluice::gui
