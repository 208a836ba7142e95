#include "gui/wizards/exportwizard.h"

#include "gui/common/backgroundtask.h"
#include "gui/common/guiresources.h"
#include "gui/jobs/jobcommands.h"
#include "gui/jobs/jobcredentialcollector.h"
#include "gui/schedule/schedulecommands.h"
#include "gui/wizards/exportfilespage.h"
#include "gui/wizards/exportfilterpage.h"
#include "gui/wizards/exportmodepage.h"
#include "gui/wizards/exportoptionspage.h"
#include "gui/wizards/exportrowfilterpage.h"
#include "gui/wizards/exportsourcepage.h"
#include "gui/wizards/exportsummarypage.h"
#include "gui/wizards/launchnotice.h"
#include "gui/wizards/wizardcatalogsource.h"

namespace sluice::gui {

using namespace exportwizard;

ExportWizard::ExportWizard(CredentialProvider *credentials, QWidget *parent)
    : QWizard(parent)
    , m_catalog(new WizardCatalogSource(credentials, this))
    , m_collector(new JobCredentialCollector(credentials, this))
    , m_launchTask(new BackgroundTask(this))
    , m_saveTask(new BackgroundTask(this, BackgroundTask::Policy::Every))
    , m_sourcePage(new ExportSourcePage(this))
    , m_modePage(new ExportModePage(this))
    , m_filterPage(new ExportFilterPage(this))
    , m_rowFilterPage(new ExportRowFilterPage(this))
    , m_filesPage(new ExportFilesPage(this))
    , m_optionsPage(new ExportOptionsPage(this))
    , m_summaryPage(new ExportSummaryPage(this))
{
    ensureGuiResources();
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Export Wizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sluice.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(Page_Source, m_sourcePage);
    setPage(Page_Mode, m_modePage);
    setPage(Page_Filter, m_filterPage);
    setPage(Page_RowFilter, m_rowFilterPage);
    setPage(Page_Files, m_filesPage);
    setPage(Page_Options, m_optionsPage);
    setPage(Page_Summary, m_summaryPage);
    setButtonText(QWizard::FinishButton, tr("&Run"));
    resize(820, 620);
    connect(m_catalog, &WizardCatalogSource::finished, this, &ExportWizard::catalogChanged);
    connect(m_catalog, &WizardCatalogSource::loadingStarted, this, &ExportWizard::catalogChanged);
}

ExportWizard::~ExportWizard()
{
    // Destroyed without Cancel (its window closed, the program quits): a launch
    // still waiting for a worker must not create the job afterwards.
    if (m_launching)
        (void)m_ticket.cancel();
}

const std::optional<engine::Catalog> &ExportWizard::catalog() const
{
    return m_catalog->catalog();
}

void ExportWizard::loadCatalog(const QString &connectionReference)
{
    if (connectionReference.trimmed().isEmpty())
        return;
    if (connectionReference == m_catalog->reference() &&
        (m_catalog->isLoading() || m_catalog->catalog()))
        return;
    m_catalog->load(connectionReference.trimmed());
}

void ExportWizard::setConnection(const QString &connectionReference)
{
    m_sourcePage->setConnection(connectionReference);
}

void ExportWizard::setSpec(const engine::JobSpec &spec)
{
    m_base = spec;
    m_sourcePage->readSpec(spec);
    m_modePage->readSpec(spec);
    m_filterPage->readSpec(spec);
    m_rowFilterPage->readSpec(spec);
    m_filesPage->readSpec(spec);
    m_optionsPage->readSpec(spec);
}

engine::JobSpec ExportWizard::spec() const
{
    engine::JobSpec spec = m_base;
    spec.operation = engine::JobOperation::Export;
    m_sourcePage->writeSpec(spec);
    m_modePage->writeSpec(spec);
    m_filterPage->writeSpec(spec);
    m_rowFilterPage->writeSpec(spec);
    m_filesPage->writeSpec(spec);
    m_optionsPage->writeSpec(spec);
    return spec;
}

QString ExportWizard::pageErrors() const
{
    QStringList errors;
    for (const QString &error : {m_modePage->errorText(), m_filterPage->errorText(),
                                 m_rowFilterPage->errorText(), m_filesPage->errorText()}) {
        if (!error.isEmpty())
            errors.append(error);
    }
    return errors.join(u'\n');
}

void ExportWizard::accept()
{
    // Finish is "Run": the wizard closes only once the job's host has started.
    if (m_launching || !m_summaryPage->isComplete())
        return;
    launch(spec());
}

void ExportWizard::reject()
{
    if (m_launching) {
        m_launchTask->cancel();
        if (LaunchNotice::withdraw(m_ticket, this))
            Q_EMIT jobLeftInBackground();
        setLaunching(false);
    }
    QWizard::reject();
}

void ExportWizard::setSavedJobName(const QString &name)
{
    m_savedJobName = name;
    m_summaryPage->setSavedJobName(name);
}

void ExportWizard::saveToSavedJob()
{
    if (m_savedJobName.isEmpty())
        return;
    m_saveTask->start(
        [name = m_savedJobName, job = spec()] { return ScheduleCommands::updateJob(name, job); },
        [this](const ScheduleCommandResult &result) {
            Q_EMIT savedJobSaved(result.ok, result.message);
        });
}

void ExportWizard::setLaunching(bool launching, const QString &error)
{
    m_launching = launching;
    m_summaryPage->setLaunchState(launching, error);
    Q_EMIT launchingChanged(launching);
}

void ExportWizard::launch(const engine::JobSpec &spec)
{
    setLaunching(true);
    const LaunchTicket ticket;
    m_ticket = ticket;
    m_collector->collect(
        spec.connection, spec.encryptionPassword,
        [this, spec, ticket](std::optional<engine::JobCredentials> credentials,
                             const QString &error) {
            if (ticket.isWithdrawn())
                return; // cancelled while the password was asked for
            if (!credentials)
                return setLaunching(false, error.isEmpty() ? tr("No password was given.") : error);
            m_launchTask->start(
                [spec, credentials = *credentials, ticket] {
                    return JobCommands::launchExport(spec, credentials, ticket);
                },
                [this, ticket](const JobCommandResult &result) {
                    if (result.cancelled || ticket.isWithdrawn())
                        return;
                    if (!result.ok)
                        return setLaunching(false, result.error);
                    setLaunching(false);
                    Q_EMIT jobStarted(result.jobName, result.masterPath, result.placeholderClient);
                    QWizard::accept();
                });
        });
}

} // namespace sluice::gui
