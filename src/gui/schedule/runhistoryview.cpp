#include "gui/schedule/runhistoryview.h"

#include "gui/common/backgroundtask.h"

#include "engine/schedule/runhistory.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sluice::gui {

namespace {

constexpr int kHistoryLimit = 200;

} // namespace

RunHistoryView::RunHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_task(new BackgroundTask(this))
    , m_table(new QTableWidget(0, 8, this))
    , m_title(new QLabel(this))
    , m_openLog(new QPushButton(tr("Open &Log"), this))
{
    m_table->setObjectName(QStringLiteral("runHistoryTable"));
    m_table->setHorizontalHeaderLabels({tr("Started"), tr("Job"), tr("How"), tr("Outcome"),
                                        tr("Exit"), tr("Rows"), tr("Warnings"), tr("Errors")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_openLog->setObjectName(QStringLiteral("openRunLogButton"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(refreshButton);
    top->addWidget(m_openLog);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(refreshButton, &QPushButton::clicked, this, &RunHistoryView::refresh);
    connect(m_openLog, &QPushButton::clicked, this, [this] { openLog(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openLog(row); });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_openLog->setEnabled(row >= 0 && row < m_records.size()); });
    m_openLog->setEnabled(false);
}

QColor RunHistoryView::highlight(const engine::RunRecord &record)
{
    if (record.kind == engine::RunRecord::Kind::Failed)
        return QColor(0xf8, 0xd0, 0xd0);
    if (record.kind == engine::RunRecord::Kind::CompletedWithErrors)
        return QColor(0xfb, 0xee, 0xc0);
    return {};
}

void RunHistoryView::showJob(const QString &jobName)
{
    m_jobName = jobName;
    refresh();
}

void RunHistoryView::refresh()
{
    m_title->setText(m_jobName.isEmpty() ? tr("Run history of every saved job")
                                         : tr("Run history of %1").arg(m_jobName));
    m_task->start([job = m_jobName] { return engine::RunHistory().records(job, kHistoryLimit); },
                  [this](const QList<engine::RunRecord> &records) { fill(records); });
}

void RunHistoryView::fill(const QList<engine::RunRecord> &records)
{
    m_records = records;
    std::reverse(m_records.begin(), m_records.end()); // newest first
    const QLocale locale;
    m_table->setRowCount(int(m_records.size()));
    for (int row = 0; row < m_records.size(); ++row) {
        const engine::RunRecord &record = m_records.at(row);
        const QStringList texts{locale.toString(record.start.toLocalTime(), QLocale::ShortFormat),
                                record.jobName,
                                record.scheduled ? tr("scheduled") : tr("manual"),
                                record.outcome(),
                                QString::number(record.exitCode),
                                record.rows < 0 ? QString() : locale.toString(record.rows),
                                QString::number(record.warnings),
                                QString::number(record.errors)};
        const QColor colour = highlight(record);
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (colour.isValid())
                item->setBackground(colour);
            if (column == 3)
                item->setToolTip(record.outcome() + u'\n' +
                                 (record.runLog.isEmpty() ? record.logFile : record.runLog));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    Q_EMIT loaded();
}

void RunHistoryView::openLog(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    const engine::RunRecord &record = m_records.at(row);
    // The run's own log holds what sluice-cli printed; the job's log may be overwritten.
    Q_EMIT openLogRequested(record.runLog.isEmpty() ? record.logFile : record.runLog);
}

} // namespace sluice::gui
