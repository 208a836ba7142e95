#include "gui/remap/remapdataeditor.h"

#include "engine/params/remapfunction.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sluice::gui {

RemapDataEditor::RemapDataEditor(QWidget *parent)
    : QWidget(parent)
    , m_rules(new QTableWidget(0, 2, this))
    , m_table(new QComboBox(this))
    , m_column(new QComboBox(this))
    , m_function(new QComboBox(this))
    , m_arguments(new QLineEdit(this))
    , m_help(new QLabel(this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_preview(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    m_rules->setObjectName(QStringLiteral("remapDataRules"));
    m_rules->setHorizontalHeaderLabels({tr("Column"), tr("Function")});
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setObjectName(QStringLiteral("remapDataTable"));
    m_column->setObjectName(QStringLiteral("remapDataColumn"));
    m_function->setObjectName(QStringLiteral("remapDataFunction"));
    m_arguments->setObjectName(QStringLiteral("remapDataArguments"));
    m_preview->setObjectName(QStringLiteral("remapDataPreview"));
    m_previewButton->setObjectName(QStringLiteral("remapDataPreviewButton"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_help->setWordWrap(true);
    m_status->setWordWrap(true);
    for (const engine::RemapFunction::Definition &definition : engine::RemapFunction::all()) {
        m_function->addItem(QLatin1String(definition.name));
        m_function->setItemData(m_function->count() - 1,
                                QString(QLatin1String(definition.syntax) + u'\n' +
                                        QLatin1String(definition.description)),
                                Qt::ToolTipRole);
    }
    auto *add = new QPushButton(tr("A&dd Rule"), this);
    auto *remove = new QPushButton(tr("Re&move Rule"), this);
    add->setObjectName(QStringLiteral("addRemapDataButton"));
    auto *form = new QFormLayout;
    const auto addRow = [form, this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Table:"), m_table);
    addRow(tr("Col&umn:"), m_column);
    addRow(tr("&Function:"), m_function);
    addRow(tr("Ar&guments:"), m_arguments);
    form->addRow(m_help);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(m_previewButton);
    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_rules, 1);
    auto *formBox = new QVBoxLayout;
    formBox->addLayout(form);
    formBox->addLayout(buttons);
    topLayout->addLayout(formBox, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    connect(m_table, &QComboBox::currentIndexChanged, this, &RemapDataEditor::fillColumns);
    connect(m_function, &QComboBox::currentIndexChanged, this, &RemapDataEditor::functionChosen);
    connect(add, &QPushButton::clicked, this, &RemapDataEditor::addFromForm);
    connect(remove, &QPushButton::clicked, this, &RemapDataEditor::removeRule);
    connect(m_previewButton, &QPushButton::clicked, this, &RemapDataEditor::preview);
    connect(m_rules, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_specs.size())
            return;
        const engine::RemapDataSpec &spec = m_specs.at(row);
        const QString table =
            spec.schema.isEmpty() ? spec.table.text : spec.schema.text + u'.' + spec.table.text;
        const int index = m_table->findText(table, Qt::MatchFixedString);
        if (index >= 0)
            m_table->setCurrentIndex(index);
        m_column->setCurrentText(spec.column.text);
    });
    functionChosen();
}

void RemapDataEditor::setCatalog(const std::optional<engine::Catalog> &catalog)
{
    const QString current = m_table->currentText();
    m_catalog = catalog;
    m_table->clear();
    if (catalog) {
        for (const engine::SchemaDef &schema : catalog->schemas) {
            for (const engine::TableDef &table : schema.tables)
                m_table->addItem(schema.name + u'.' + table.name);
        }
    }
    const int index = m_table->findText(current);
    m_table->setCurrentIndex(index >= 0 ? index : 0);
    m_previewButton->setEnabled(catalog.has_value());
    fillColumns();
}

const engine::TableDef *RemapDataEditor::currentTable() const
{
    const QString text = m_table->currentText();
    const qsizetype dot = text.indexOf(u'.');
    if (!m_catalog || dot < 0)
        return nullptr;
    return m_catalog->table(text.left(dot), text.mid(dot + 1));
}

void RemapDataEditor::fillColumns()
{
    const QString current = m_column->currentText();
    m_column->clear();
    if (const engine::TableDef *table = currentTable()) {
        for (const engine::ColumnDef &column : table->columns) {
            if (!column.isGenerated())
                m_column->addItem(column.name, column.type.toSql());
        }
    }
    const int index = m_column->findText(current);
    if (index >= 0)
        m_column->setCurrentIndex(index);
}

void RemapDataEditor::functionChosen()
{
    const auto *definition = engine::RemapFunction::find(m_function->currentText());
    if (!definition)
        return;
    m_arguments->setEnabled(definition->maxArguments > 0);
    m_arguments->setPlaceholderText(definition->maxArguments > 0 ? QLatin1String(definition->syntax)
                                                                 : tr("(no arguments)"));
    m_help->setText(QLatin1String(definition->syntax) + QStringLiteral(": ") +
                    QLatin1String(definition->description));
}

QString RemapDataEditor::functionText() const
{
    const QString arguments = m_arguments->isEnabled() ? m_arguments->text().trimmed() : QString();
    if (arguments.isEmpty())
        return m_function->currentText();
    return m_function->currentText() + u'(' + arguments + u')';
}

bool RemapDataEditor::addRule(const QString &table, const QString &column, const QString &function)
{
    QString error;
    const auto call = engine::RemapFunction::parse(function, &error);
    const qsizetype dot = table.indexOf(u'.');
    const auto schemaName = engine::SqlName::parse(dot < 0 ? QString() : table.left(dot), &error);
    const auto tableName = engine::SqlName::parse(table.mid(dot + 1), &error);
    const auto columnName = engine::SqlName::parse(column, &error);
    if (!call || !tableName || !columnName) {
        m_error = error;
        m_status->setText(error);
        return false;
    }
    engine::RemapDataSpec spec{dot < 0 ? engine::SqlName{} : schemaName.value_or(engine::SqlName{}),
                               *tableName, *columnName, *call};
    // One function per column: a new rule for a column replaces its old one.
    m_specs.removeIf([&spec](const engine::RemapDataSpec &other) {
        return other.schema == spec.schema && other.table == spec.table &&
               other.column == spec.column;
    });
    m_specs << spec;
    // The preview shows the table of the rule just added.
    const int index = m_table->findText(table, Qt::MatchFixedString);
    if (index >= 0)
        m_table->setCurrentIndex(index);
    m_error.clear();
    m_status->clear();
    refreshRules();
    Q_EMIT specsChanged();
    return true;
}

void RemapDataEditor::addFromForm()
{
    if (m_column->currentText().isEmpty()) {
        m_status->setText(tr("Choose a table and a column first."));
        return;
    }
    if (addRule(m_table->currentText(), m_column->currentText(), functionText()))
        preview();
}

void RemapDataEditor::removeRule()
{
    const int row = m_rules->currentRow();
    if (row < 0 || row >= m_specs.size())
        return;
    m_specs.removeAt(row);
    refreshRules();
    Q_EMIT specsChanged();
}

void RemapDataEditor::setSpecs(const QList<engine::RemapDataSpec> &specs)
{
    m_specs = specs;
    refreshRules();
}

void RemapDataEditor::refreshRules()
{
    m_rules->setRowCount(int(m_specs.size()));
    for (int row = 0; row < m_specs.size(); ++row) {
        const engine::RemapDataSpec &spec = m_specs.at(row);
        QString column = spec.toParameterText();
        column = column.left(column.lastIndexOf(u':'));
        m_rules->setItem(row, 0, new QTableWidgetItem(column));
        m_rules->setItem(row, 1, new QTableWidgetItem(spec.function.toString()));
    }
}

void RemapDataEditor::preview()
{
    const engine::TableDef *table = currentTable();
    if (!table || !m_provider) {
        m_status->setText(tr("The source's catalog is not loaded yet."));
        return;
    }
    QList<engine::RemapDataSpec> specs;
    for (const engine::RemapDataSpec &spec : std::as_const(m_specs)) {
        if (spec.table.text.compare(table->name, Qt::CaseInsensitive) == 0 &&
            (spec.schema.isEmpty() ||
             spec.schema.text.compare(table->schema, Qt::CaseInsensitive) == 0))
            specs << spec;
    }
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Reading sample rows of %1.%2…").arg(table->schema, table->name));
    m_provider(*table, specs, [self = QPointer(this), generation](const RemapPreview &preview) {
        if (self)
            self->showPreview(generation, preview);
    });
}

void RemapDataEditor::showPreview(quint64 generation, const RemapPreview &preview)
{
    if (generation != m_generation)
        return; // a newer preview was asked for
    m_preview->clear();
    if (!preview.error.isEmpty()) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_status->setText(tr("No preview: %1").arg(preview.error));
        Q_EMIT previewShown(false);
        return;
    }
    // Each remapped column twice (before, after); the others once.
    QStringList headers;
    QList<QPair<int, bool>> cells; // column index, after
    for (int i = 0; i < preview.columns.size(); ++i) {
        const QString &name = preview.columns.at(i);
        if (preview.remappedColumns.contains(name, Qt::CaseInsensitive)) {
            headers << tr("%1 (before)").arg(name) << tr("%1 (after)").arg(name);
            cells << qMakePair(i, false) << qMakePair(i, true);
        } else {
            headers << name;
            cells << qMakePair(i, false);
        }
    }
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(preview.before.size()));
    for (int row = 0; row < preview.before.size(); ++row) {
        for (int c = 0; c < cells.size(); ++c) {
            const auto &[column, after] = cells.at(c);
            const auto &values = after ? preview.after.value(row) : preview.before.value(row);
            auto *item = new QTableWidgetItem(values.value(column));
            if (after)
                item->setBackground(QColor(0xe8, 0xf4, 0xe8));
            m_preview->setItem(row, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    QString status = tr("%n sample row(s); remapped: %1.", nullptr, int(preview.before.size()))
                         .arg(preview.remappedColumns.isEmpty()
                                  ? tr("none")
                                  : preview.remappedColumns.join(QStringLiteral(", ")));
    if (preview.temporaryKey)
        status += u' ' + tr("SLUICE_REMAP_KEY is not set: HASH and FAKE_EMAIL are shown with "
                            "a temporary key, so the job's values will differ.");
    m_status->setText(status);
    Q_EMIT previewShown(true);
}

} // namespace sluice::gui
