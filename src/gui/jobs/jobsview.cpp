#include "gui/jobs/jobsview.h"

#include "gui/common/backgroundtask.h"
#include "gui/common/guiresources.h"
#include "gui/jobs/jobcommands.h"
#include "gui/jobs/jobcredentialcollector.h"
#include "gui/jobs/jobtablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace sluice::gui {

namespace {

constexpr int kPollIntervalMs = 1000;

} // namespace

JobsView::JobsView(CredentialProvider *credentials, QWidget *parent)
    : QWidget(parent)
    , m_credentials(credentials)
    , m_model(new JobTableModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_pollTimer(new QTimer(this))
    , m_listTask(new BackgroundTask(this))
    , m_commandTask(new BackgroundTask(this, BackgroundTask::Policy::Every))
    , m_collector(new JobCredentialCollector(credentials, this))
{
    ensureGuiResources();
    setObjectName(QStringLiteral("jobsView"));
    QToolBar *toolbar = createToolBar();

    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(m_jobActions);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &JobsView::attachSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsView::updateActions);

    m_message->setObjectName(QStringLiteral("jobsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_table);
    layout->addWidget(m_message);

    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &JobsView::refresh);
    updateActions();
}

JobsView::~JobsView() = default;

QToolBar *JobsView::createToolBar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("jobsToolBar"));
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto sp = [this](QStyle::StandardPixmap pixmap) {
        return style()->standardIcon(pixmap);
    };
    toolbar->addAction(createJobAction(QStringLiteral("actionAttachJob"), tr("&Attach"), {},
                                       &JobsView::attachSelected));
    m_jobActions.last()->setIcon(sp(QStyle::SP_FileDialogContentsView));
    toolbar->addAction(
        createJobAction(QStringLiteral("actionStopJob"), tr("&Stop"), {}, &JobsView::stopSelected));
    m_jobActions.last()->setIcon(sp(QStyle::SP_MediaStop));
    createJobAction(QStringLiteral("actionStopJobImmediately"), tr("Stop &Immediately"), {},
                    &JobsView::stopSelectedImmediately);
    toolbar->addAction(createJobAction(QStringLiteral("actionRestartJob"), tr("&Restart"), {},
                                       &JobsView::restartSelected));
    m_jobActions.last()->setIcon(sp(QStyle::SP_MediaPlay));
    toolbar->addAction(createJobAction(QStringLiteral("actionKillJob"), tr("&Kill…"), {},
                                       &JobsView::killSelected));
    m_jobActions.last()->setIcon(sp(QStyle::SP_DialogCancelButton));
    createJobAction(QStringLiteral("actionSetParallelism"), tr("Set &Parallelism…"), {},
                    &JobsView::askParallelism);
    toolbar->addAction(createJobAction(QStringLiteral("actionRemoveJob"), tr("Re&move"),
                                       QStringLiteral(":/icons/remove.svg"),
                                       &JobsView::removeSelected));
    auto *refresh = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("actionRefreshJobs"));
    connect(refresh, &QAction::triggered, this, &JobsView::refresh);
    toolbar->addAction(refresh);
    return toolbar;
}

QAction *JobsView::createJobAction(const QString &name, const QString &text, const QString &icon,
                                   void (JobsView::*slot)())
{
    auto *action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, slot);
    m_jobActions.append(action);
    return action;
}

void JobsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_pollTimer->start();
}

void JobsView::hideEvent(QHideEvent *event)
{
    m_pollTimer->stop();
    QWidget::hideEvent(event);
}

void JobsView::refresh()
{
    // One listing at a time: a slow disk must not pile up pollers.
    if (m_listTask->isBusy())
        return;
    m_listTask->start([] { return JobCommands::list(); },
                      [this](const JobListResult &result) {
                          const QString selected = selectedJob() ? selectedJob()->name : QString();
                          m_model->setJobs(result.jobs);
                          if (!selected.isEmpty() && !selectedJob())
                              selectJob(selected);
                          updateActions();
                          Q_EMIT refreshed();
                      });
}

const engine::JobStatus *JobsView::selectedJob() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->job(rows.first().row());
}

void JobsView::selectJob(const QString &jobName)
{
    const int row = m_model->rowOf(jobName);
    if (row >= 0)
        m_table->selectRow(row);
}

void JobsView::updateActions()
{
    const engine::JobStatus *job = selectedJob();
    const bool running = job && job->hostAlive && engine::isActiveJobState(job->state);
    const bool finished = job && engine::isFinishedJobState(job->state);
    const auto enable = [this](const char *name, bool on) {
        for (QAction *action : std::as_const(m_jobActions)) {
            if (action->objectName() == QLatin1String(name))
                action->setEnabled(on);
        }
    };
    enable("actionAttachJob", job);
    enable("actionStopJob", running);
    enable("actionStopJobImmediately", running);
    enable("actionRestartJob", job && job->isRestartable());
    enable("actionKillJob", job && !finished);
    enable("actionSetParallelism", running);
    enable("actionRemoveJob", job && !running);
}

void JobsView::attachSelected()
{
    if (const engine::JobStatus *job = selectedJob())
        Q_EMIT attachRequested(job->name, job->masterPath);
}

void JobsView::reportCommand(const QString &description, const JobCommandResult &result)
{
    const QString message =
        result.ok ? description : tr("%1 failed: %2").arg(description, result.error);
    m_message->setText(message);
    m_message->setVisible(true);
    Q_EMIT commandFinished(result.ok, message);
    refresh();
}

void JobsView::runCommand(const QString &description,
                          std::function<JobCommandResult(const engine::JobStatus &)> command)
{
    const engine::JobStatus *job = selectedJob();
    if (!job)
        return;
    const engine::JobStatus status = *job;
    m_commandTask->start([command, status] { return command(status); },
                         [this, description](const JobCommandResult &result) {
                             reportCommand(description, result);
                         });
}

void JobsView::sendControl(const QString &command, const QString &argument)
{
    const engine::JobStatus *job = selectedJob();
    if (!job)
        return;
    const QString description =
        tr("%1 sent to %2")
            .arg(argument.isEmpty() ? command : command + u'=' + argument, job->name);
    runCommand(description, [command, argument](const engine::JobStatus &status) {
        return JobCommands::sendControl(status.masterPath, command, argument);
    });
}

void JobsView::stopSelected()
{
    sendControl(QStringLiteral("STOP_JOB"), {});
}

void JobsView::stopSelectedImmediately()
{
    sendControl(QStringLiteral("STOP_JOB"), QStringLiteral("IMMEDIATE"));
}

void JobsView::restartSelected()
{
    const engine::JobStatus *job = selectedJob();
    if (!job || !job->isRestartable())
        return;
    const engine::JobStatus status = *job;
    // The encryption password is never stored: a job that needs one asks again.
    m_commandTask->start(
        [masterPath = status.masterPath] { return JobCommands::storedParfile(masterPath); },
        [this, status](const QString &parfile) {
            if (!parfile.contains(QLatin1String("ENCRYPTION_PWD_PROMPT=YES")))
                return restartWith(status, {});
            auto *dialog = new QInputDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Restart %1").arg(status.name));
            dialog->setLabelText(tr("Encryption password of the dump file set:"));
            dialog->setTextEchoMode(QLineEdit::Password);
            connect(dialog, &QInputDialog::textValueSelected, this,
                    [this, status](const QString &password) { restartWith(status, password); });
            dialog->open();
        });
}

void JobsView::restartWith(const engine::JobStatus &job, const QString &encryptionPassword)
{
    m_collector->collect(
        job.connection, encryptionPassword,
        [this, job](std::optional<engine::JobCredentials> credentials, const QString &error) {
            const QString description = tr("%1 restarted").arg(job.name);
            if (!credentials) {
                if (!error.isEmpty())
                    reportCommand(description, JobCommandResult{false, job.name, {}, error});
                return;
            }
            m_commandTask->start(
                [name = job.name, credentials = *credentials] {
                    return JobCommands::restart(name, credentials, false);
                },
                [this, description](const JobCommandResult &result) {
                    reportCommand(description, result);
                });
        });
}

void JobsView::killSelected()
{
    const engine::JobStatus *job = selectedJob();
    if (!job)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Kill Job"),
                                tr("Kill the job %1? Its dump files are deleted and it cannot be "
                                   "restarted.")
                                    .arg(job->name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("killJobQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    const QString name = job->name;
    connect(box, &QMessageBox::finished, this, [this, box, name](int) {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        selectJob(name);
        runCommand(tr("%1 killed").arg(name),
                   [](const engine::JobStatus &status) { return JobCommands::kill(status); });
    });
    box->open();
}

void JobsView::askParallelism()
{
    const engine::JobStatus *job = selectedJob();
    if (!job)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("parallelismDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Parallelism of %1").arg(job->name));
    dialog->setLabelText(tr("Number of workers:"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, 1024);
    dialog->setIntValue(std::max(1, job->progress.parallel));
    const QString name = job->name;
    connect(dialog, &QInputDialog::intValueSelected, this, [this, name](int value) {
        selectJob(name);
        sendControl(QStringLiteral("PARALLEL"), QString::number(value));
    });
    dialog->open();
}

void JobsView::removeSelected()
{
    runCommand(tr("%1 removed").arg(selectedJob() ? selectedJob()->name : QString()),
               [](const engine::JobStatus &status) { return JobCommands::remove(status.name); });
}

} // namespace sluice::gui
