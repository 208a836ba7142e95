#pragma once

#include "engine/job/jobstatus.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;
class QToolBar;

namespace sluice::gui {

class BackgroundTask;
class CredentialProvider;
class JobCredentialCollector;
class JobTableModel;
struct JobCommandResult;

// Every job in the job store (like DBA_DATAPUMP_JOBS), polled on a worker about
// once a second while the view is visible, with the job control commands:
// attach, stop, stop immediately, restart, kill, parallelism and remove.
class JobsView : public QWidget
{
    Q_OBJECT

public:
    explicit JobsView(CredentialProvider *credentials, QWidget *parent = nullptr);
    ~JobsView() override;

    [[nodiscard]] JobTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    // The selected job, or null.
    [[nodiscard]] const engine::JobStatus *selectedJob() const;
    void selectJob(const QString &jobName);

public Q_SLOTS:
    void refresh();
    void attachSelected();
    void stopSelected();
    void stopSelectedImmediately();
    void restartSelected();
    void killSelected();
    void askParallelism();
    void removeSelected();

Q_SIGNALS:
    void attachRequested(const QString &jobName, const QString &masterPath);
    void refreshed();
    // A command ended: ok, and what to tell the user.
    void commandFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QAction *createJobAction(const QString &name, const QString &text, const QString &icon,
                             void (JobsView::*slot)());
    QToolBar *createToolBar();
    void updateActions();
    void runCommand(const QString &description,
                    std::function<JobCommandResult(const engine::JobStatus &)> command);
    void sendControl(const QString &command, const QString &argument);
    void restartWith(const engine::JobStatus &job, const QString &encryptionPassword);
    void reportCommand(const QString &description, const JobCommandResult &result);

    CredentialProvider *m_credentials;
    JobTableModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QTimer *m_pollTimer;
    BackgroundTask *m_listTask;
    BackgroundTask *m_commandTask;
    JobCredentialCollector *m_collector;
    QList<QAction *> m_jobActions;
};

} // namespace sluice::gui
