#pragma once

#include "gui/jobs/launchticket.h"
#include "gui/wizards/exportwizardids.h"

#include "engine/catalog/catalog.h"
#include "engine/params/jobspec.h"

#include <QWizard>
#include <optional>

namespace sluice::gui {

class BackgroundTask;
class CredentialProvider;
class ExportFilesPage;
class ExportFilterPage;
class ExportModePage;
class ExportOptionsPage;
class ExportRowFilterPage;
class ExportSourcePage;
class ExportSummaryPage;
class JobCredentialCollector;
class WizardCatalogSource;

// The export wizard: source connection, mode, object filter, row filters, dump
// files, options and a summary with the equivalent parfile. Finish ("Run")
// launches the job on a worker and reports it with jobStarted(); the wizard then
// closes and the caller opens the progress view.
class ExportWizard : public QWizard
{
    Q_OBJECT

public:
    explicit ExportWizard(CredentialProvider *credentials, QWidget *parent = nullptr);
    ~ExportWizard() override;

    // Fills every page from a job (a parfile that was opened).
    void setSpec(const engine::JobSpec &spec);
    // The job the pages describe now.
    [[nodiscard]] engine::JobSpec spec() const;
    // Why the pages cannot make a job yet (a bad row filter, passwords that differ),
    // or empty. The summary shows it together with JobSpecValidator's verdict.
    [[nodiscard]] QString pageErrors() const;

    [[nodiscard]] WizardCatalogSource *catalogSource() const { return m_catalog; }
    [[nodiscard]] const std::optional<engine::Catalog> &catalog() const;
    void loadCatalog(const QString &connectionReference);
    [[nodiscard]] bool isLaunching() const { return m_launching; }
    // Preselects the connection (the one selected in the main window).
    void setConnection(const QString &connectionReference);

    // The saved job this wizard edits (opened from the saved jobs view): the summary
    // then offers to save the changes back to it.
    void setSavedJobName(const QString &name);
    [[nodiscard]] QString savedJobName() const { return m_savedJobName; }
    // Writes the job the pages describe into the saved job (SavedJobStore) on a worker.
    void saveToSavedJob();

    void accept() override;
    // Cancel or close while Run is under way: the launch is withdrawn before the job
    // exists, or the user is told that the job already runs in the background.
    void reject() override;

Q_SIGNALS:
    void catalogChanged();
    void jobStarted(const QString &jobName, const QString &masterPath, qint64 placeholderClient);
    void launchingChanged(bool launching);
    // Cancelled during Run, after the job was created: it runs without a progress view.
    void jobLeftInBackground();
    void savedJobSaved(bool ok, const QString &message);

private:
    void launch(const engine::JobSpec &spec);
    void setLaunching(bool launching, const QString &error = {});

    WizardCatalogSource *m_catalog;
    JobCredentialCollector *m_collector;
    BackgroundTask *m_launchTask;
    BackgroundTask *m_saveTask;
    ExportSourcePage *m_sourcePage;
    ExportModePage *m_modePage;
    ExportFilterPage *m_filterPage;
    ExportRowFilterPage *m_rowFilterPage;
    ExportFilesPage *m_filesPage;
    ExportOptionsPage *m_optionsPage;
    ExportSummaryPage *m_summaryPage;
    // The job last given to setSpec(): parameters no page shows (CONTENT, VERSION,
    // FLASHBACK_TIME, ...) stay as they were, so a parfile round-trips whole.
    engine::JobSpec m_base;
    LaunchTicket m_ticket; // the launch under way, if m_launching
    QString m_savedJobName;
    bool m_launching = false;
};

} // namespace sluice::gui
