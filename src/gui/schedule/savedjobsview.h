#pragma once

#include "gui/schedule/schedulecommands.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sluice::gui {

class BackgroundTask;
class RunHistoryView;

// The saved jobs (issue 8): each with its on/off switch, schedule, last run and
// whether a run is going on; Open (in its wizard, to edit), Schedule…, Run Now,
// Duplicate and Delete; underneath, the selected job's run history with failures
// highlighted. Every store, scheduler and run call goes to a worker.
class SavedJobsView : public QWidget
{
    Q_OBJECT

public:
    explicit SavedJobsView(QWidget *parent = nullptr);
    ~SavedJobsView() override;

    void refresh();
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] RunHistoryView *history() const { return m_history; }
    [[nodiscard]] QList<SavedJobRow> jobs() const { return m_rows; }
    [[nodiscard]] QString selectedJob() const;
    void selectJob(const QString &name);

public Q_SLOTS:
    void setJobEnabled(const QString &name, bool enabled);
    void runNow(const QString &name);
    void duplicateJob(const QString &name);
    void deleteJob(const QString &name);
    void editSchedule(const QString &name);

Q_SIGNALS:
    void openJobRequested(const sluice::engine::SavedJob &job);
    void openLogRequested(const QString &path);
    void loaded();
    // After every change or run: what happened, or why not.
    void commandFinished(bool ok, const QString &message);

private:
    void fill(const SavedJobList &list);
    void runCommand(std::function<ScheduleCommandResult()> command);
    void updateButtons();

    BackgroundTask *m_listTask;
    BackgroundTask *m_commandTask;
    QTableWidget *m_table;
    RunHistoryView *m_history;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_schedule;
    QPushButton *m_run;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QList<SavedJobRow> m_rows;
    QString m_wanted; // the job to select once the list arrives
    bool m_filling = false;
};

} // namespace sluice::gui
