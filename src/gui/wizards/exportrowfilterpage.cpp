#include "gui/wizards/exportrowfilterpage.h"

#include "ui_exportrowfilterpage.h"

#include <QLocale>

namespace sluice::gui {

namespace {

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// "[schema.]table" or empty (every table).
std::optional<std::optional<engine::TableRef>> tableRef(const QString &text, QString *error)
{
    if (text.isEmpty())
        return std::optional<engine::TableRef>();
    const auto parts = engine::SqlName::parseDotted(text, error);
    if (!parts || parts->isEmpty() || parts->size() > 2) {
        if (parts)
            *error = QCoreApplication::translate("sluice::gui::ExportRowFilterPage",
                                                 "%1 is not [schema.]table")
                         .arg(text);
        return std::nullopt;
    }
    engine::TableRef ref;
    ref.table = parts->last();
    if (parts->size() == 2)
        ref.schema = parts->first();
    return std::optional<engine::TableRef>(ref);
}

void addRow(QTableWidget *table, const QString &first, const QString &second)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(first));
    table->setItem(row, 1, new QTableWidgetItem(second));
    table->setCurrentCell(row, first.isEmpty() ? 0 : 1);
}

void removeCurrent(QTableWidget *table)
{
    if (table->currentRow() >= 0)
        table->removeRow(table->currentRow());
}

} // namespace

ExportRowFilterPage::ExportRowFilterPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ExportRowFilterPage>())
{
    m_ui->setupUi(this);
    for (QTableWidget *table : {m_ui->queryTable, m_ui->sampleTable}) {
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
        table->setColumnWidth(0, 220);
        connect(table, &QTableWidget::itemChanged, this, &ExportRowFilterPage::edited);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this,
                &ExportRowFilterPage::edited);
    }
    connect(m_ui->addQueryButton, &QPushButton::clicked, this,
            [this] { addQuery({}, QStringLiteral("WHERE ")); });
    connect(m_ui->removeQueryButton, &QPushButton::clicked, this,
            [this] { removeCurrent(m_ui->queryTable); });
    connect(m_ui->addSampleButton, &QPushButton::clicked, this, [this] { addSample({}, 10); });
    connect(m_ui->removeSampleButton, &QPushButton::clicked, this,
            [this] { removeCurrent(m_ui->sampleTable); });
}

ExportRowFilterPage::~ExportRowFilterPage() = default;

void ExportRowFilterPage::addQuery(const QString &table, const QString &clause)
{
    addRow(m_ui->queryTable, table, clause);
    edited();
}

void ExportRowFilterPage::addSample(const QString &table, double percent)
{
    addRow(m_ui->sampleTable, table, QLocale::c().toString(percent));
    edited();
}

void ExportRowFilterPage::edited()
{
    m_ui->errorLabel->setText(errorText());
    Q_EMIT completeChanged();
}

QString ExportRowFilterPage::collect(QList<engine::QuerySpec> *queries,
                                     QList<engine::SampleSpec> *samples) const
{
    QString error;
    for (int row = 0; row < m_ui->queryTable->rowCount(); ++row) {
        const auto ref = tableRef(cell(m_ui->queryTable, row, 0), &error);
        if (!ref)
            return tr("QUERY row %1: %2").arg(row + 1).arg(error);
        const QString clause = cell(m_ui->queryTable, row, 1);
        if (clause.isEmpty() || clause.contains(u'"'))
            return tr("QUERY row %1: write a clause such as WHERE salary > 1000 (without double "
                      "quotes).")
                .arg(row + 1);
        queries->append(engine::QuerySpec{*ref, clause});
    }
    for (int row = 0; row < m_ui->sampleTable->rowCount(); ++row) {
        const auto ref = tableRef(cell(m_ui->sampleTable, row, 0), &error);
        if (!ref)
            return tr("SAMPLE row %1: %2").arg(row + 1).arg(error);
        bool ok = false;
        const double percent = QLocale::c().toDouble(cell(m_ui->sampleTable, row, 1), &ok);
        if (!ok || percent <= 0 || percent > 100)
            return tr("SAMPLE row %1: the percentage must be above 0 and at most 100.")
                .arg(row + 1);
        samples->append(engine::SampleSpec{*ref, percent});
    }
    return {};
}

QString ExportRowFilterPage::errorText() const
{
    QList<engine::QuerySpec> queries;
    QList<engine::SampleSpec> samples;
    return collect(&queries, &samples);
}

bool ExportRowFilterPage::isComplete() const
{
    return errorText().isEmpty();
}

void ExportRowFilterPage::readSpec(const engine::JobSpec &spec)
{
    m_ui->queryTable->setRowCount(0);
    m_ui->sampleTable->setRowCount(0);
    for (const auto &query : spec.queries)
        addQuery(query.table ? query.table->toParameterText() : QString(), query.clause);
    for (const auto &sample : spec.samples)
        addSample(sample.table ? sample.table->toParameterText() : QString(), sample.percent);
}

void ExportRowFilterPage::writeSpec(engine::JobSpec &spec) const
{
    spec.queries.clear();
    spec.samples.clear();
    QList<engine::QuerySpec> queries;
    QList<engine::SampleSpec> samples;
    if (collect(&queries, &samples).isEmpty()) {
        spec.queries = queries;
        spec.samples = samples;
    }
}

} // namespace sluice::gui
