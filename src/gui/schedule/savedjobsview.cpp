#include "gui/schedule/savedjobsview.h"

#include "gui/common/backgroundtask.h"
#include "gui/jobs/jobcommands.h"
#include "gui/schedule/runhistoryview.h"
#include "gui/schedule/scheduleeditordialog.h"

#include "engine/schedule/savedjobrunner.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sluice::gui {

namespace {

enum Column { On, Name, Operation, Connection, Source, Schedule, LastRun, ColumnCount };

} // namespace

SavedJobsView::SavedJobsView(QWidget *parent)
    : QWidget(parent)
    , m_listTask(new BackgroundTask(this))
    , m_commandTask(new BackgroundTask(this, BackgroundTask::Policy::Every))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_history(new RunHistoryView(this))
    , m_status(new QLabel(this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_schedule(new QPushButton(tr("&Schedule…"), this))
    , m_run(new QPushButton(tr("Run &Now"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("savedJobsView"));
    m_table->setObjectName(QStringLiteral("savedJobsTable"));
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Name"), tr("Operation"), tr("Connection"),
                                        tr("Source"), tr("Schedule"), tr("Last run")});
    m_table->horizontalHeader()->setSectionResizeMode(LastRun, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false); // one line per job; the full outcome is the tooltip
    m_status->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_open, m_schedule, m_run, m_duplicate, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    m_open->setObjectName(QStringLiteral("openSavedJobButton"));
    m_schedule->setObjectName(QStringLiteral("scheduleSavedJobButton"));
    m_run->setObjectName(QStringLiteral("runSavedJobButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateSavedJobButton"));
    m_delete->setObjectName(QStringLiteral("deleteSavedJobButton"));
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(refreshButton, &QPushButton::clicked, this, &SavedJobsView::refresh);
    connect(m_open, &QPushButton::clicked, this, [this] {
        for (const SavedJobRow &row : std::as_const(m_rows)) {
            if (row.job.name == selectedJob())
                Q_EMIT openJobRequested(row.job);
        }
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_open, &QPushButton::click);
    connect(m_schedule, &QPushButton::clicked, this, [this] { editSchedule(selectedJob()); });
    connect(m_run, &QPushButton::clicked, this, [this] { runNow(selectedJob()); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateJob(selectedJob()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteJob(selectedJob()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        if (!m_filling)
            m_history->showJob(selectedJob());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != On)
            return;
        setJobEnabled(m_table->item(item->row(), Name)->text(), item->checkState() == Qt::Checked);
    });
    connect(m_history, &RunHistoryView::openLogRequested, this, &SavedJobsView::openLogRequested);
    connect(this, &SavedJobsView::commandFinished, this, [this](bool ok, const QString &message) {
        m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #c01010;"));
        m_status->setText(message);
    });
    updateButtons();
    refresh();
}

SavedJobsView::~SavedJobsView() = default;

QString SavedJobsView::selectedJob() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Name) : nullptr;
    return item ? item->text() : QString();
}

void SavedJobsView::selectJob(const QString &name)
{
    m_wanted = name;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->text() == name)
            m_table->selectRow(row);
    }
}

void SavedJobsView::updateButtons()
{
    const bool selected = !selectedJob().isEmpty();
    for (QPushButton *button : {m_open, m_schedule, m_run, m_duplicate, m_delete})
        button->setEnabled(selected);
}

void SavedJobsView::refresh()
{
    if (m_wanted.isEmpty())
        m_wanted = selectedJob();
    m_listTask->start([] { return ScheduleCommands::list(); },
                      [this](const SavedJobList &list) { fill(list); });
}

void SavedJobsView::fill(const SavedJobList &list)
{
    m_filling = true;
    m_rows = list.jobs;
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const SavedJobRow &entry = m_rows.at(row);
        auto *on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        on->setCheckState(entry.job.enabled ? Qt::Checked : Qt::Unchecked);
        on->setToolTip(tr("Switched off, a run records \"skipped (disabled)\"; the schedule "
                          "stays registered."));
        m_table->setItem(row, On, on);
        QString lastRun = entry.running ? tr("running now") : tr("never run");
        QColor colour;
        if (!entry.running && entry.lastRun) {
            lastRun = entry.lastRun->outcome();
            colour = RunHistoryView::highlight(*entry.lastRun);
        }
        const QStringList texts{entry.job.name,
                                entry.job.operationName(),
                                entry.job.connection,
                                entry.job.networkLink,
                                entry.job.schedule ? entry.job.schedule->text : tr("not scheduled"),
                                lastRun};
        for (int i = 0; i < texts.size(); ++i) {
            auto *item = new QTableWidgetItem(texts.at(i));
            if (i + Name == LastRun && colour.isValid())
                item->setBackground(colour);
            item->setToolTip(texts.at(i));
            m_table->setItem(row, i + Name, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(LastRun, QHeaderView::Stretch);
    m_filling = false;
    if (!list.error.isEmpty())
        Q_EMIT commandFinished(false, list.error);
    else if (m_rows.isEmpty())
        m_status->setText(tr("No saved jobs yet. The import, export and schema copy wizards "
                             "save them with \"Save as Named Job\"."));
    const QString wanted = m_wanted;
    m_wanted.clear();
    if (!wanted.isEmpty())
        selectJob(wanted);
    else if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->selectRow(0);
    updateButtons();
    m_history->showJob(selectedJob());
    Q_EMIT loaded();
}

void SavedJobsView::runCommand(std::function<ScheduleCommandResult()> command)
{
    m_commandTask->start(std::move(command), [this](const ScheduleCommandResult &result) {
        Q_EMIT commandFinished(result.ok, result.message);
        refresh();
    });
}

void SavedJobsView::setJobEnabled(const QString &name, bool enabled)
{
    runCommand([name, enabled] { return ScheduleCommands::setEnabled(name, enabled); });
}

void SavedJobsView::duplicateJob(const QString &name)
{
    if (name.isEmpty())
        return;
    runCommand(
        [name] { return ScheduleCommands::duplicate(name, ScheduleCommands::freeName(name)); });
}

void SavedJobsView::deleteJob(const QString &name)
{
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Saved Job"),
                                tr("Delete the saved job %1? Its schedule is removed from the "
                                   "system scheduler too; the run history stays.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteSavedJobBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this,
            [this, name] { runCommand([name] { return ScheduleCommands::remove(name); }); });
    box->open();
}

void SavedJobsView::editSchedule(const QString &name)
{
    if (name.isEmpty())
        return;
    QString current;
    for (const SavedJobRow &row : std::as_const(m_rows)) {
        if (row.job.name == name && row.job.schedule)
            current = row.job.schedule->text;
    }
    auto *dialog = new ScheduleEditorDialog(name, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleEditorDialog::scheduleChanged, this,
            [this](bool ok, const QString &message) {
                Q_EMIT commandFinished(ok, message);
                refresh();
            });
    dialog->open();
}

void SavedJobsView::runNow(const QString &name)
{
    if (name.isEmpty())
        return;
    engine::SavedJobRunner::Options options;
    options.program = JobCommands::hostProgram(); // empty: sluice-cli beside the program
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Running %1…").arg(name));
    auto *watcher = new QFutureWatcher<engine::SavedJobRunner::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const engine::RunRecord record = watcher->result().record;
        Q_EMIT commandFinished(!record.isFailure(),
                               tr("%1: %2").arg(record.jobName, record.outcome()));
        refresh();
    });
    watcher->setFuture(engine::SavedJobRunner(options).runAsync(name));
    refresh(); // shows "running now"
}

} // namespace sluice::gui
