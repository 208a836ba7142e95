#include "gui/wizards/exportmodepage.h"

#include "gui/wizards/exportwizard.h"
#include "gui/wizards/wizardcatalogsource.h"
#include "ui_exportmodepage.h"

#include <QRegularExpression>

namespace sluice::gui {

namespace {

constexpr int SchemaRole = Qt::UserRole + 1;
constexpr int TableRole = Qt::UserRole + 2;

// A name as a parfile writes it: plain when it is a plain word, quoted otherwise.
engine::SqlName sqlName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$#]*$"));
    return engine::SqlName{name, !plain.match(name).hasMatch()};
}

bool sameName(const engine::SqlName &name, const QString &identifier)
{
    return name.quoted ? name.text == identifier
                       : name.text.compare(identifier, Qt::CaseInsensitive) == 0;
}

} // namespace

ExportModePage::ExportModePage(ExportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ExportModePage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    for (QRadioButton *radio : {m_ui->fullRadio, m_ui->schemasRadio, m_ui->tablesRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                onModeToggled();
        });
    connect(m_ui->catalogTree, &QTreeWidget::itemChanged, this, &ExportModePage::onItemChanged);
    connect(wizard, &ExportWizard::catalogChanged, this, &ExportModePage::buildTree);
    onModeToggled();
}

ExportModePage::~ExportModePage() = default;

engine::JobMode ExportModePage::mode() const
{
    if (m_ui->fullRadio->isChecked())
        return engine::JobMode::Full;
    return m_ui->tablesRadio->isChecked() ? engine::JobMode::Tables : engine::JobMode::Schemas;
}

engine::ObjectPathRoot ExportModePage::root() const
{
    switch (mode()) {
    case engine::JobMode::Full:
        return engine::ObjectPathRoot::Database;
    case engine::JobMode::Tables:
        return engine::ObjectPathRoot::Table;
    default:
        return engine::ObjectPathRoot::Schema;
    }
}

void ExportModePage::initializePage()
{
    buildTree();
}

void ExportModePage::onModeToggled()
{
    const engine::JobMode current = mode();
    m_ui->catalogTree->setEnabled(current != engine::JobMode::Full);
    m_ui->hintLabel->setText(
        current == engine::JobMode::Full
            ? tr("Every user schema of the database is exported, with its roles.")
        : current == engine::JobMode::Schemas
            ? tr("Check the schemas to export. With none checked, the connection's default "
                 "schema is exported.")
            : tr("Check the tables to export; their indexes, constraints and triggers go "
                 "with them."));
    updateChecks();
    Q_EMIT completeChanged();
    Q_EMIT modeChanged();
}

void ExportModePage::buildTree()
{
    const QSignalBlocker block(m_ui->catalogTree);
    m_ui->catalogTree->clear();
    const WizardCatalogSource *source = m_wizard->catalogSource();
    const auto &catalog = m_wizard->catalog();
    if (!catalog) {
        m_ui->statusLabel->setText(source->isLoading()
                                       ? tr("Reading the catalog…")
                                       : tr("No catalog: %1").arg(source->errorString()));
        return;
    }
    m_ui->statusLabel->clear();
    for (const auto &schema : catalog->schemas) {
        auto *schemaItem = new QTreeWidgetItem(m_ui->catalogTree, {schema.name});
        schemaItem->setIcon(0, QIcon(QStringLiteral(":/icons/schema.svg")));
        schemaItem->setData(0, SchemaRole, schema.name);
        for (const auto &table : schema.tables) {
            auto *tableItem = new QTreeWidgetItem(schemaItem, {table.name});
            tableItem->setIcon(0, QIcon(QStringLiteral(":/icons/table.svg")));
            tableItem->setData(0, SchemaRole, schema.name);
            tableItem->setData(0, TableRole, table.name);
        }
    }
    m_ui->catalogTree->expandAll();
    updateChecks();
}

void ExportModePage::updateChecks()
{
    const QSignalBlocker block(m_ui->catalogTree);
    const bool tables = mode() == engine::JobMode::Tables;
    for (int s = 0; s < m_ui->catalogTree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *schemaItem = m_ui->catalogTree->topLevelItem(s);
        const QString schema = schemaItem->data(0, SchemaRole).toString();
        const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        schemaItem->setFlags(tables ? base : base | Qt::ItemIsUserCheckable);
        const bool schemaChecked = std::any_of(m_schemas.cbegin(), m_schemas.cend(),
                                               [&](const auto &n) { return sameName(n, schema); });
        if (tables)
            schemaItem->setData(0, Qt::CheckStateRole, QVariant());
        else
            schemaItem->setCheckState(0, schemaChecked ? Qt::Checked : Qt::Unchecked);
        for (int t = 0; t < schemaItem->childCount(); ++t) {
            QTreeWidgetItem *item = schemaItem->child(t);
            const QString table = item->data(0, TableRole).toString();
            item->setFlags(tables ? base | Qt::ItemIsUserCheckable : base);
            const bool checked =
                std::any_of(m_tables.cbegin(), m_tables.cend(), [&](const engine::TableRef &ref) {
                    return sameName(ref.table, table) &&
                           (ref.schema.isEmpty() || sameName(ref.schema, schema));
                });
            if (tables)
                item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            else
                item->setData(0, Qt::CheckStateRole, QVariant());
        }
    }
}

void ExportModePage::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (column != 0)
        return;
    const QString schema = item->data(0, SchemaRole).toString();
    const QString table = item->data(0, TableRole).toString();
    const bool checked = item->checkState(0) == Qt::Checked;
    if (table.isEmpty()) {
        m_schemas.removeIf([&](const engine::SqlName &n) { return sameName(n, schema); });
        if (checked)
            m_schemas.append(sqlName(schema));
    } else {
        m_tables.removeIf([&](const engine::TableRef &ref) {
            return sameName(ref.table, table) &&
                   (ref.schema.isEmpty() || sameName(ref.schema, schema));
        });
        if (checked)
            m_tables.append(engine::TableRef{sqlName(schema), sqlName(table), {}});
    }
    Q_EMIT completeChanged();
}

void ExportModePage::setChecked(const QString &name, bool checked)
{
    const QString schema = name.section(u'.', 0, 0);
    const QString table = name.section(u'.', 1);
    for (int s = 0; s < m_ui->catalogTree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *schemaItem = m_ui->catalogTree->topLevelItem(s);
        if (schemaItem->text(0).compare(schema, Qt::CaseInsensitive) != 0)
            continue;
        if (table.isEmpty())
            return schemaItem->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        for (int t = 0; t < schemaItem->childCount(); ++t) {
            if (schemaItem->child(t)->text(0).compare(table, Qt::CaseInsensitive) == 0)
                return schemaItem->child(t)->setCheckState(0,
                                                           checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

bool ExportModePage::isComplete() const
{
    return errorText().isEmpty();
}

QString ExportModePage::errorText() const
{
    if (mode() == engine::JobMode::Tables && m_tables.isEmpty())
        return tr("Check at least one table to export.");
    return {};
}

void ExportModePage::readSpec(const engine::JobSpec &spec)
{
    m_schemas = spec.schemas;
    m_tables = spec.tables;
    QRadioButton *radio = spec.mode == engine::JobMode::Full     ? m_ui->fullRadio
                          : spec.mode == engine::JobMode::Tables ? m_ui->tablesRadio
                                                                 : m_ui->schemasRadio;
    radio->setChecked(true);
    onModeToggled();
}

void ExportModePage::writeSpec(engine::JobSpec &spec) const
{
    spec.mode = mode();
    spec.schemas = spec.mode == engine::JobMode::Schemas ? m_schemas : QList<engine::SqlName>();
    spec.tables = spec.mode == engine::JobMode::Tables ? m_tables : QList<engine::TableRef>();
}

} // namespace sluice::gui
