#pragma once

#include "gui/jobs/launchticket.h"
#include "gui/remap/remapsampler.h"

#include "engine/catalog/catalog.h"
#include "engine/core/dialect.h"
#include "engine/params/jobspec.h"

#include <QWizard>
#include <optional>

namespace sluice::engine {
class JobCredentials;
}

namespace sluice::gui {

class BackgroundTask;
class CredentialProvider;
class ImportSummaryPage;
class JobCredentialCollector;
class WizardCatalogSource;

// What the import and schema copy wizards share: the catalogs of the source (a
// database over NETWORK_LINK, or a dump) and of the target, loaded off the GUI
// thread; the job the pages describe; and Run, which either starts the import job
// (jobStarted(), then the caller opens the progress view) or writes the SQL file
// (sqlFileWritten(), then the caller opens it in the SQL viewer). Run goes to the
// real engine only: what this build cannot import is refused with the engine's
// reason, and the summary offers the equivalent command instead.
class ImportWizardBase : public QWizard
{
    Q_OBJECT

public:
    explicit ImportWizardBase(CredentialProvider *credentials, QWidget *parent = nullptr);
    ~ImportWizardBase() override;

    // Fills every page from a job (a parfile that was opened, a saved job).
    virtual void setSpec(const engine::JobSpec &spec) = 0;
    // The job the pages describe now.
    [[nodiscard]] virtual engine::JobSpec spec() const = 0;
    // Why the pages cannot make a job yet, or empty.
    [[nodiscard]] virtual QString pageErrors() const = 0;

    // The source's catalog: the NETWORK_LINK database's, or the one rebuilt from the dump.
    [[nodiscard]] virtual std::optional<engine::Catalog> sourceCatalog() const;
    [[nodiscard]] std::optional<engine::Dialect> sourceDialect() const;
    // The target's catalog (names for completion), when a target connection is set.
    [[nodiscard]] const std::optional<engine::Catalog> &targetCatalog() const;
    // The target's engine: TARGET_DIALECT, else the target connection's.
    [[nodiscard]] std::optional<engine::Dialect> targetDialect() const;
    [[nodiscard]] WizardCatalogSource *networkSource() const { return m_network; }
    [[nodiscard]] WizardCatalogSource *targetSource() const { return m_target; }
    void loadNetworkCatalog(const QString &reference);
    void loadTargetCatalog(const QString &reference);
    // The dump's password, typed on the source page (held in memory only).
    void setEncryptionPassword(const QString &password) { m_encryptionPassword = password; }
    [[nodiscard]] QString encryptionPassword() const { return m_encryptionPassword; }

    // Sample rows of a source table before and after REMAP_DATA, read on a worker
    // (RemapDataEditor's preview provider).
    void previewRemapData(const engine::TableDef &table, const QList<engine::RemapDataSpec> &specs,
                          std::function<void(const RemapPreview &)> done);

    // The saved job this wizard edits: Save as a Named Job under that name replaces it.
    void setSavedJobName(const QString &name) { m_savedJobName = name; }
    [[nodiscard]] QString savedJobName() const { return m_savedJobName; }

    [[nodiscard]] bool isLaunching() const { return m_launching; }
    [[nodiscard]] CredentialProvider *credentials() const { return m_credentials; }
    void accept() override;
    // Cancel or close while Run is under way: the launch is withdrawn before the job
    // exists, or the user is told that the job already runs in the background.
    void reject() override;

public Q_SLOTS:
    // Asks for a name, then saves the job (SavedJobStore) on a worker.
    void saveAsNamedJob();
    void saveNamedJob(const QString &name, bool replace);

Q_SIGNALS:
    void sourceCatalogChanged();
    void targetCatalogChanged();
    void jobStarted(const QString &jobName, const QString &masterPath, qint64 placeholderClient);
    void sqlFileWritten(const QString &path);
    void launchingChanged(bool launching);
    // Cancelled during Run, after the job was created: it runs without a progress view.
    void jobLeftInBackground();
    void namedJobSaved(bool ok, const QString &message);

protected:
    void setSummaryPage(ImportSummaryPage *page) { m_summaryPage = page; }
    void setDumpCatalog(const std::optional<engine::Catalog> &catalog);

private:
    void collectCredentials(const engine::JobSpec &spec,
                            std::function<void(const engine::JobCredentials &)> done);
    void run(const engine::JobSpec &spec, const engine::JobCredentials &credentials,
             const LaunchTicket &ticket);
    void setLaunching(bool launching, const QString &error = {});

    CredentialProvider *m_credentials;
    WizardCatalogSource *m_network;
    WizardCatalogSource *m_target;
    JobCredentialCollector *m_collector;
    BackgroundTask *m_launchTask;
    BackgroundTask *m_saveTask;
    BackgroundTask *m_previewTask;
    ImportSummaryPage *m_summaryPage = nullptr;
    std::optional<engine::Catalog> m_dumpCatalog;
    QString m_encryptionPassword;
    QString m_savedJobName;
    LaunchTicket m_ticket;         // the launch under way, if m_launching
    bool m_writingSqlFile = false; // the launch writes a SQL file, no job
    bool m_launching = false;
};

} // namespace sluice::gui
