#include "gui/jobs/progressview.h"

#include "gui/common/backgroundtask.h"
#include "gui/jobs/jobcommands.h"
#include "gui/jobs/joblogview.h"
#include "ui_progressview.h"

#include "engine/job/jobclient.h"
#include "engine/job/jobstatus.h"

#include <QDesktopServices>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace sluice::gui {

namespace {

constexpr int kLogFlushMs = 100;

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// ". . exported "HR"."EMPLOYEES"   17.1 KB   107 rows": the rows a table moved.
qint64 rowsOfLine(const QString &text)
{
    static const QRegularExpression rows(QStringLiteral("^\\. \\. .*\\s(\\d+) rows"));
    const QRegularExpressionMatch match = rows.match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

} // namespace

ProgressView::ProgressView(const QString &jobName, const QString &masterPath,
                           qint64 placeholderClient, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProgressView>())
    , m_client(new engine::JobClient(this))
    , m_filesTask(new BackgroundTask(this))
    , m_jobName(jobName)
    , m_masterPath(masterPath)
    , m_placeholderClient(placeholderClient)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("progressView"));
    m_ui->summaryBox->hide();
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->bytesBar->setRange(0, 1000);
    m_ui->objectsBar->setRange(0, 1);
    m_ui->workersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->workersTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ProgressView::stopJob);
    connect(m_ui->killButton, &QPushButton::clicked, this, &ProgressView::killJob);
    connect(m_ui->parallelButton, &QPushButton::clicked, this, &ProgressView::applyParallelism);
    connect(m_ui->parallelSpin, &QSpinBox::valueChanged, this, [this] { m_parallelEdited = true; });
    connect(m_ui->openLogButton, &QPushButton::clicked, this, [this] { openPath(m_logPath); });
    connect(m_ui->openFolderButton, &QPushButton::clicked, this, [this] { openPath(m_folder); });
    connect(m_ui->openSqlButton, &QPushButton::clicked, this,
            [this] { Q_EMIT openSqlFileRequested(m_sqlPath); });

    connect(m_client, &engine::JobClient::statusChanged, this, &ProgressView::onStatus);
    connect(m_client, &engine::JobClient::progressChanged, this, &ProgressView::onProgress);
    connect(m_client, &engine::JobClient::logLine, this, &ProgressView::onLogLine);
    connect(m_client, &engine::JobClient::finished, this, &ProgressView::onFinished);
    connect(m_client, &engine::JobClient::attachFailed, this, [this](const QString &error) {
        m_ui->titleLabel->setText(
            tr("<b>%1</b>: %2").arg(m_jobName.toHtmlEscaped(), error.toHtmlEscaped()));
        m_running = false;
        setControlsEnabled(false);
    });
    connect(m_client, &engine::JobClient::masterRemoved, this, [this] {
        if (!m_finished)
            onFinished(m_exitCode < 0 ? 1 : m_exitCode);
    });
    connect(m_client, &engine::JobClient::commandFailed, this,
            [this](const QString &command, const QString &error) {
                onLogLine({tr("%1 failed: %2").arg(command, error),
                           engine::JobLogLine::Severity::Error, QDateTime::currentDateTime()});
            });
    updateTitle();
    loadFiles();
    m_client->attach(masterPath, true);
}

ProgressView::~ProgressView() = default;

JobLogView *ProgressView::logView() const
{
    return m_ui->logView;
}

void ProgressView::loadFiles()
{
    m_filesTask->start([path = m_masterPath] { return JobCommands::jobFiles(path); },
                       [this](const JobFiles &files) {
                           // The master table may be gone by now: keep what was found first.
                           if (!files.logPath.isEmpty())
                               m_logPath = files.logPath;
                           if (!files.sqlPath.isEmpty())
                               m_sqlPath = files.sqlPath;
                           if (!files.folder.isEmpty())
                               m_folder = files.folder;
                           if (m_finished)
                               showSummary();
                       });
}

void ProgressView::onStatus(const engine::JobStatus &status)
{
    if (!status.name.isEmpty())
        m_jobName = status.name;
    if (status.state != m_state) {
        m_state = status.state;
        Q_EMIT jobStateChanged(m_state);
    }
    m_running = engine::isActiveJobState(m_state);
    if (!m_finished)
        setControlsEnabled(m_running);
    if (status.exitCode >= 0)
        m_exitCode = status.exitCode;
    updateTitle();
}

void ProgressView::updateTitle()
{
    m_ui->titleLabel->setText(
        tr("<b>%1</b> — %2").arg(m_jobName.toHtmlEscaped(), engine::jobStateName(m_state)));
    setWindowTitle(m_jobName);
}

void ProgressView::onProgress(const engine::JobProgress &progress)
{
    m_progress = progress;
    const qint64 estimate = std::max(progress.bytesEstimated, progress.bytesDone);
    m_ui->bytesBar->setValue(estimate > 0 ? int(progress.bytesDone * 1000 / estimate) : 0);
    m_ui->bytesLabel->setText(
        tr("%1 of %2 MB (estimated)").arg(megabytes(progress.bytesDone), megabytes(estimate)));
    m_ui->objectsBar->setRange(0, int(std::max<qint64>(1, progress.objectsTotal)));
    m_ui->objectsBar->setValue(int(progress.objectsDone));
    m_ui->objectsLabel->setText(
        tr("%1 of %2").arg(progress.objectsDone).arg(progress.objectsTotal));
    const QString eta = progress.etaSeconds < 0 ? tr("unknown") : duration(progress.etaSeconds);
    m_ui->timeLabel->setText(
        tr("elapsed %1, remaining %2").arg(duration(progress.elapsedMs / 1000), eta));
    if (!m_parallelEdited && progress.parallel > 0) {
        const QSignalBlocker block(m_ui->parallelSpin);
        m_ui->parallelSpin->setValue(progress.parallel);
    }
    updateWorkers(progress.workers);
}

void ProgressView::updateWorkers(const QList<engine::WorkerProgress> &workers)
{
    QTableWidget *table = m_ui->workersTable;
    table->setRowCount(int(workers.size()));
    for (int row = 0; row < workers.size(); ++row) {
        const engine::WorkerProgress &worker = workers.at(row);
        const QString object =
            worker.name.isEmpty()
                ? QString()
                : (worker.schema.isEmpty() ? worker.name : worker.schema + u'.' + worker.name);
        const QStringList cells{
            tr("Worker %1").arg(worker.number), worker.state, QLocale().toString(worker.rows),
            tr("%1 MB/s").arg(megabytes(qint64(worker.bytesPerSecond))),
            object.isEmpty() ? QString() : tr("%1 (%2)").arg(object, worker.objectPath)};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem *item = table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(row, column, item);
            }
            if (item->text() != cells.at(column))
                item->setText(cells.at(column));
        }
    }
}

void ProgressView::onLogLine(const engine::JobLogLine &line)
{
    if (m_placeholderClient > 0) {
        // Fire and forget: nothing waits for the row to go.
        (void)QtConcurrent::run(BackgroundTask::pool(), &JobCommands::dropPlaceholderClient,
                                m_masterPath, m_placeholderClient);
        m_placeholderClient = 0;
    }
    m_rows += rowsOfLine(line.text);
    // Lines come one signal each; the view takes them in batches.
    if (m_pendingLines.isEmpty()) {
        QTimer::singleShot(kLogFlushMs, this, [this] {
            m_ui->logView->appendLines(m_pendingLines);
            m_pendingLines.clear();
            if (m_finished)
                showSummary();
        });
    }
    m_pendingLines.append(line);
}

void ProgressView::onFinished(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_exitCode = exitCode;
    setControlsEnabled(false);
    if (!m_pendingLines.isEmpty()) {
        m_ui->logView->appendLines(m_pendingLines);
        m_pendingLines.clear();
    }
    showSummary();
    Q_EMIT jobFinished(exitCode);
}

QString ProgressView::summaryText() const
{
    const QString outcome = m_state == engine::JobState::NotRunning
                                ? tr("The job stopped; restart it from the Jobs view.")
                            : m_exitCode == 0 ? tr("The job completed successfully.")
                            : m_exitCode == 5
                                ? tr("The job completed with errors.")
                                : tr("The job ended with exit code %1.").arg(m_exitCode);
    return tr("%1\nObjects: %2 of %3 · Rows: %4 · Warnings: %5 · Errors: %6 · Elapsed: %7")
        .arg(outcome)
        .arg(m_progress.objectsDone)
        .arg(m_progress.objectsTotal)
        .arg(QLocale().toString(m_rows))
        .arg(m_ui->logView->warningCount())
        .arg(m_ui->logView->errorCount())
        .arg(duration(m_progress.elapsedMs / 1000));
}

void ProgressView::showSummary()
{
    // The summary takes room from the log: keep its end in view if it was.
    const bool follow = m_ui->logView->isFollowing();
    if (m_exitCode == 0 || m_exitCode == 5)
        m_ui->bytesBar->setValue(m_ui->bytesBar->maximum()); // the estimate was only that
    m_ui->summaryLabel->setText(summaryText());
    m_ui->openLogButton->setEnabled(!m_logPath.isEmpty());
    m_ui->openSqlButton->setVisible(!m_sqlPath.isEmpty());
    m_ui->openFolderButton->setEnabled(!m_folder.isEmpty());
    m_ui->summaryBox->show();
    if (follow) {
        QTimer::singleShot(0, this, [this] {
            QScrollBar *bar = m_ui->logView->verticalScrollBar();
            bar->setValue(bar->maximum());
        });
    }
}

void ProgressView::setControlsEnabled(bool enabled)
{
    m_ui->stopButton->setEnabled(enabled);
    m_ui->killButton->setEnabled(enabled);
    m_ui->parallelSpin->setEnabled(enabled);
    m_ui->parallelButton->setEnabled(enabled);
}

void ProgressView::openPath(const QString &path)
{
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ProgressView::stopJob()
{
    m_client->sendCommand(QStringLiteral("STOP_JOB"));
}

void ProgressView::killJob()
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Kill Job"),
        tr("Kill the job %1? Its dump files are deleted and it cannot be restarted.")
            .arg(m_jobName),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("killJobQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            m_client->sendCommand(QStringLiteral("KILL_JOB"));
    });
    box->open();
}

void ProgressView::applyParallelism()
{
    m_client->sendCommand(QStringLiteral("PARALLEL"), QString::number(m_ui->parallelSpin->value()));
    m_parallelEdited = false;
}

void ProgressView::confirmClose(std::function<void(bool)> done)
{
    if (!m_running)
        return done(true);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Close Progress View"),
        tr("The job %1 is still running. It goes on in the background; you can attach to it "
           "again from the Jobs view.\n\nClose this view?")
            .arg(m_jobName),
        QMessageBox::Close | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeRunningJobQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, done](int) {
        done(box->standardButton(box->clickedButton()) == QMessageBox::Close);
    });
    box->open();
}

} // namespace sluice::gui
