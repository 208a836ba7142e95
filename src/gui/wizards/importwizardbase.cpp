#include "gui/wizards/importwizardbase.h"

#include "gui/common/backgroundtask.h"
#include "gui/common/guiresources.h"
#include "gui/connections/credentialprovider.h"
#include "gui/jobs/jobcredentialcollector.h"
#include "gui/wizards/importdumpbrowser.h"
#include "gui/wizards/importlauncher.h"
#include "gui/wizards/importsummarypage.h"
#include "gui/wizards/launchnotice.h"
#include "gui/wizards/wizardcatalogsource.h"

#include "engine/job/jobcredentials.h"

#include <QInputDialog>
#include <QPointer>

namespace sluice::gui {

ImportWizardBase::ImportWizardBase(CredentialProvider *credentials, QWidget *parent)
    : QWizard(parent)
    , m_credentials(credentials ? credentials : new CredentialProvider(this))
    , m_network(new WizardCatalogSource(m_credentials, this))
    , m_target(new WizardCatalogSource(m_credentials, this))
    , m_collector(new JobCredentialCollector(m_credentials, this))
    , m_launchTask(new BackgroundTask(this))
    , m_saveTask(new BackgroundTask(this, BackgroundTask::Policy::Every))
    , m_previewTask(new BackgroundTask(this))
{
    ensureGuiResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/sluice.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Run"));
    resize(860, 640);
    for (WizardCatalogSource *source : {m_network, m_target}) {
        const auto signal = source == m_network ? &ImportWizardBase::sourceCatalogChanged
                                                : &ImportWizardBase::targetCatalogChanged;
        connect(source, &WizardCatalogSource::finished, this, signal);
        connect(source, &WizardCatalogSource::loadingStarted, this, signal);
    }
}

ImportWizardBase::~ImportWizardBase()
{
    // Destroyed without Cancel (its window closed, the program quits): a launch
    // still waiting for a worker must not create the job afterwards.
    if (m_launching)
        (void)m_ticket.cancel();
}

std::optional<engine::Catalog> ImportWizardBase::sourceCatalog() const
{
    return spec().networkLink.isEmpty() ? m_dumpCatalog : m_network->catalog();
}

std::optional<engine::Dialect> ImportWizardBase::sourceDialect() const
{
    if (const auto catalog = sourceCatalog())
        return catalog->dialect;
    return std::nullopt;
}

const std::optional<engine::Catalog> &ImportWizardBase::targetCatalog() const
{
    return m_target->catalog();
}

std::optional<engine::Dialect> ImportWizardBase::targetDialect() const
{
    const engine::JobSpec job = spec();
    if (job.targetDialect)
        return job.targetDialect;
    if (!job.connection.isEmpty() && m_target->reference() == job.connection && targetCatalog())
        return targetCatalog()->dialect;
    return std::nullopt;
}

void ImportWizardBase::setDumpCatalog(const std::optional<engine::Catalog> &catalog)
{
    m_dumpCatalog = catalog;
    Q_EMIT sourceCatalogChanged();
}

void ImportWizardBase::loadNetworkCatalog(const QString &reference)
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty() ||
        (trimmed == m_network->reference() && (m_network->isLoading() || m_network->catalog())))
        return;
    m_network->load(trimmed);
}

void ImportWizardBase::loadTargetCatalog(const QString &reference)
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty() ||
        (trimmed == m_target->reference() && (m_target->isLoading() || m_target->catalog())))
        return;
    m_target->load(trimmed);
}

void ImportWizardBase::accept()
{
    // Finish is "Run": the wizard closes once the job's host started or the SQL
    // file is written.
    if (m_launching || (m_summaryPage && !m_summaryPage->isComplete()))
        return;
    const engine::JobSpec job = spec();
    setLaunching(true);
    const LaunchTicket ticket;
    m_ticket = ticket;
    m_writingSqlFile = job.sqlFile.has_value();
    collectCredentials(job, [this, job, ticket](const engine::JobCredentials &credentials) {
        if (!ticket.isWithdrawn()) // not cancelled while the passwords were asked for
            run(job, credentials, ticket);
    });
}

void ImportWizardBase::reject()
{
    if (m_launching) {
        m_launchTask->cancel();
        // A SQL file is written in this process: there is no job to point to.
        if (m_writingSqlFile)
            (void)m_ticket.cancel();
        else if (LaunchNotice::withdraw(m_ticket, this))
            Q_EMIT jobLeftInBackground();
        setLaunching(false);
    }
    QWizard::reject();
}

void ImportWizardBase::collectCredentials(const engine::JobSpec &job,
                                          std::function<void(const engine::JobCredentials &)> done)
{
    // The target's password, then the NETWORK_LINK source's, each from this
    // session, the keychain or a prompt; never on the GUI thread's time.
    QStringList references;
    for (const QString &reference : {job.connection, job.networkLink}) {
        if (!reference.isEmpty() && !references.contains(reference))
            references << reference;
    }
    auto credentials = std::make_shared<engine::JobCredentials>();
    credentials->setEncryptionPassword(m_encryptionPassword);
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, self = QPointer(this), references, credentials, done, next](int index) {
        if (!self)
            return;
        if (index >= references.size()) {
            done(*credentials);
            *next = nullptr; // ends the cycle through the captured pointer
            return;
        }
        const QString reference = references.at(index);
        m_collector->collect(
            reference, {},
            [this, reference, credentials, next, index](std::optional<engine::JobCredentials> got,
                                                        const QString &error) {
                if (!got) {
                    setLaunching(false, error.isEmpty() ? tr("No password was given.") : error);
                    *next = nullptr;
                    return;
                }
                engine::PasswordRequest request;
                const auto result = got->obtain(reference, request);
                credentials->setPassword(reference, result.password);
                (*next)(index + 1);
            });
    };
    (*next)(0);
}

void ImportWizardBase::run(const engine::JobSpec &job, const engine::JobCredentials &credentials,
                           const LaunchTicket &ticket)
{
    if (job.sqlFile) {
        m_launchTask->start(
            [job, credentials, ticket] {
                return ImportLauncher::writeSqlFile(job, credentials, ticket);
            },
            [this, ticket](const SqlFileResult &result) {
                if (result.cancelled || ticket.isWithdrawn())
                    return;
                if (!result.ok)
                    return setLaunching(false, result.error);
                setLaunching(false);
                Q_EMIT sqlFileWritten(result.path);
                QWizard::accept();
            });
        return;
    }
    m_launchTask->start(
        [job, credentials, ticket] { return ImportLauncher::launch(job, credentials, ticket); },
        [this, ticket](const JobCommandResult &result) {
            if (result.cancelled || ticket.isWithdrawn())
                return;
            if (!result.ok)
                return setLaunching(false, result.error);
            setLaunching(false);
            Q_EMIT jobStarted(result.jobName, result.masterPath, result.placeholderClient);
            QWizard::accept();
        });
}

void ImportWizardBase::setLaunching(bool launching, const QString &error)
{
    m_launching = launching;
    if (m_summaryPage)
        m_summaryPage->setLaunchState(launching, error);
    Q_EMIT launchingChanged(launching);
}

void ImportWizardBase::previewRemapData(const engine::TableDef &table,
                                        const QList<engine::RemapDataSpec> &specs,
                                        std::function<void(const RemapPreview &)> done)
{
    const engine::JobSpec job = spec();
    const auto dialect = sourceDialect().value_or(engine::Dialect::SQLite);
    if (job.networkLink.isEmpty()) {
        m_previewTask->start(
            [job, table, specs, dialect, password = m_encryptionPassword] {
                RemapSampleSource source;
                source.fromDump = true;
                source.encryptionPassword = password;
                RemapPreview preview;
                source.dumpPaths = ImportDumpBrowser::resolvePaths(job, &preview.error);
                if (source.dumpPaths.isEmpty())
                    return preview;
                return RemapSampler::sample(source, table, dialect, specs);
            },
            done);
        return;
    }
    const QString reference = job.networkLink;
    m_collector->collect(
        reference, {},
        [this, reference, table, specs, dialect, done](std::optional<engine::JobCredentials> got,
                                                       const QString &error) {
            if (!got) {
                RemapPreview preview;
                preview.error = error.isEmpty() ? tr("No password was given.") : error;
                return done(preview);
            }
            const QString password = got->obtain(reference, engine::PasswordRequest{}).password;
            m_previewTask->start(
                [reference, password, table, specs, dialect] {
                    RemapPreview preview;
                    const auto resolved = JobCommands::resolveConnection(reference, &preview.error);
                    if (!resolved)
                        return preview;
                    RemapSampleSource source;
                    source.params = resolved->params;
                    source.password = password;
                    return RemapSampler::sample(source, table, dialect, specs);
                },
                done);
        });
}

void ImportWizardBase::saveAsNamedJob()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveNamedJobDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save as a Named Job"));
    dialog->setLabelText(tr("Name of the saved job (letters, digits, _ - and .):"));
    const QString jobName = spec().jobName.text;
    dialog->setTextValue(!m_savedJobName.isEmpty() ? m_savedJobName
                         : jobName.isEmpty()       ? QStringLiteral("nightly_copy")
                                                   : jobName.toLower());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        saveNamedJob(name.trimmed(), name.trimmed() == m_savedJobName);
    });
    dialog->open();
}

void ImportWizardBase::saveNamedJob(const QString &name, bool replace)
{
    m_saveTask->start(
        [name, job = spec(), replace] { return ImportLauncher::saveNamedJob(name, job, replace); },
        [this, name](const QString &error) {
            Q_EMIT namedJobSaved(error.isEmpty(),
                                 error.isEmpty() ? tr("Saved as the named job %1.").arg(name)
                                                 : tr("Could not save the job: %1").arg(error));
        });
}

} // namespace sluice::gui
