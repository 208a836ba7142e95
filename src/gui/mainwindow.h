#pragma once

#include "engine/connection/connectionparams.h"
#include "engine/params/jobspec.h"
#include "engine/schedule/savedjob.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

namespace sluice::gui {

class BackgroundTask;
class ConnectionActions;
class ConnectionTreeModel;
class CredentialProvider;
class DirectoryManagerDialog;
class ExportWizard;
class ImportWizard;
class ImportWizardBase;
class SavedJobsView;
class SchemaCopyWizard;
class JobsView;
class ProgressView;
class SchemaBrowser;
class SqlFileViewer;

// The main window: saved connections on the left, a tab per open schema browser
// or SQL file in the middle.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ConnectionTreeModel *connectionModel() const { return m_connectionModel; }
    [[nodiscard]] ConnectionActions *connectionActions() const { return m_connectionActions; }
    [[nodiscard]] CredentialProvider *credentials() const { return m_credentials; }
    // The schema browser tab of a connection, or null.
    [[nodiscard]] SchemaBrowser *schemaBrowser(const QString &profileName) const;
    [[nodiscard]] JobsView *jobsView() const { return m_jobsView; }
    [[nodiscard]] SavedJobsView *savedJobsView() const { return m_savedJobsView; }
    // The progress view tab of a job, or null.
    [[nodiscard]] ProgressView *progressView(const QString &jobName) const;

public Q_SLOTS:
    void reloadConnections();
    void showAbout();
    // Opens (or shows) the schema browser tab of a connection.
    SchemaBrowser *openSchemaBrowser(const QString &profileName,
                                     const sluice::engine::ConnectionParams &params,
                                     const QString &password);
    SqlFileViewer *openSqlFile(const QString &path);
    void chooseSqlFile();
    void showDirectoryManager();
    // Opens the export wizard, filled in from a job when one is given.
    ExportWizard *showExportWizard(const std::optional<sluice::engine::JobSpec> &spec = {});
    // Opens the import wizard (a parfile fills it in) and the schema copy wizard.
    ImportWizard *showImportWizard(const std::optional<sluice::engine::JobSpec> &spec = {});
    SchemaCopyWizard *showSchemaCopyWizard(const std::optional<sluice::engine::JobSpec> &spec = {});
    // Opens a saved job in the wizard it belongs to.
    void openSavedJob(const sluice::engine::SavedJob &job);
    // Attaches to a job in a progress view tab (or shows the open one).
    ProgressView *openProgressView(const QString &jobName, const QString &masterPath,
                                   qint64 placeholderClient = 0);
    void chooseParfile();
    // Reads and parses a parfile on a worker, then opens the matching wizard.
    void openParfile(const QString &path);
    // Asks first when the tab is a progress view of a running job.
    void requestCloseTab(int index);
    // The start page's links: "sluice:export", "sluice:import", "sluice:copy".
    void openStartLink(const QString &link);

Q_SIGNALS:
    // A parfile could not be opened (unreadable, invalid, or not an export).
    void parfileFailed(const QString &message);

private:
    void setUpActions();
    void setUpConnectionDock();
    void setUpJobs();
    void setUpImportAndSchedules();
    void connectImportWizard(ImportWizardBase *wizard);
    void closeTab(int index);
    void showConnectionLoadResult(bool ok, const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConnectionTreeModel *m_connectionModel = nullptr;
    CredentialProvider *m_credentials = nullptr;
    ConnectionActions *m_connectionActions = nullptr;
    QPointer<DirectoryManagerDialog> m_directoryManager;
    JobsView *m_jobsView = nullptr;
    BackgroundTask *m_parfileTask = nullptr;
    SavedJobsView *m_savedJobsView = nullptr;
};

} // namespace sluice::gui
