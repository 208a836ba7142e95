#pragma once

#include "engine/job/jobprogress.h"
#include "engine/job/jobstate.h"
#include "engine/log/joblogline.h"

#include <QElapsedTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class ProgressView;
}

namespace sluice::engine {
class JobClient;
struct JobStatus;
} // namespace sluice::engine

namespace sluice::gui {

class BackgroundTask;
class JobLogView;

// One attached job: overall progress (MB and objects against the estimate), ETA,
// a row per worker, the live log, Stop / Kill / Parallelism, and when the job
// ends a summary with its log file, SQL file and folder. Everything comes from a
// JobClient polling the master table on its own thread; closing the view detaches
// and the job goes on.
class ProgressView : public QWidget
{
    Q_OBJECT

public:
    // placeholderClient: the client row the launcher registered (0: none), dropped
    // once this view's own client reads the log.
    ProgressView(const QString &jobName, const QString &masterPath, qint64 placeholderClient = 0,
                 QWidget *parent = nullptr);
    ~ProgressView() override;

    [[nodiscard]] QString jobName() const { return m_jobName; }
    [[nodiscard]] QString masterPath() const { return m_masterPath; }
    // The job is still active (not stopped, finished or gone).
    [[nodiscard]] bool isJobRunning() const { return m_running; }
    [[nodiscard]] bool isJobFinished() const { return m_finished; }
    [[nodiscard]] int exitCode() const { return m_exitCode; }
    [[nodiscard]] JobLogView *logView() const;
    [[nodiscard]] qint64 rowsDone() const { return m_rows; }
    [[nodiscard]] QString summaryText() const;

    // Asks first while the job runs (it goes on in the background); done(true)
    // when the view may close.
    void confirmClose(std::function<void(bool mayClose)> done);

public Q_SLOTS:
    void stopJob();
    void killJob();
    void applyParallelism();

Q_SIGNALS:
    void jobStateChanged(sluice::engine::JobState state);
    void jobFinished(int exitCode);
    void openSqlFileRequested(const QString &path);

private:
    void onStatus(const engine::JobStatus &status);
    void onProgress(const engine::JobProgress &progress);
    void onLogLine(const engine::JobLogLine &line);
    void onFinished(int exitCode);
    void updateWorkers(const QList<engine::WorkerProgress> &workers);
    void updateTitle();
    void showSummary();
    void loadFiles();
    void openPath(const QString &path);
    void setControlsEnabled(bool enabled);

    std::unique_ptr<Ui::ProgressView> m_ui;
    engine::JobClient *m_client;
    BackgroundTask *m_filesTask;
    QString m_jobName;
    QString m_masterPath;
    engine::JobState m_state = engine::JobState::Defining;
    engine::JobProgress m_progress;
    QList<engine::JobLogLine> m_pendingLines;
    QString m_logPath;
    QString m_sqlPath;
    QString m_folder;
    qint64 m_rows = 0;
    qint64 m_placeholderClient = 0;
    int m_exitCode = -1;
    bool m_running = true;
    bool m_finished = false;
    bool m_parallelEdited = false;
};

} // namespace sluice::gui
