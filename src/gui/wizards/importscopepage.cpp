#include "gui/wizards/importscopepage.h"

#include "gui/filter/objectfiltereditor.h"
#include "gui/wizards/importwizardbase.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sluice::gui {

namespace {

// A catalog name as a parameter name: quoted unless it is a plain lower-case word.
engine::SqlName sqlName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$#]*$"));
    return engine::SqlName{name, !plain.match(name).hasMatch()};
}

bool sameName(const engine::SqlName &name, const QString &text)
{
    return name.text.compare(text, name.quoted ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

} // namespace

ImportScopePage::ImportScopePage(ImportWizardBase *wizard, bool withFilter)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_modes(new QButtonGroup(this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ImportScopePage"));
    setTitle(withFilter ? tr("Scope and Object Filter") : tr("Schemas and Tables"));
    setSubTitle(tr("Import everything, whole schemas, or single tables (with their indexes, "
                   "constraints and triggers)."));
    auto *modes = new QHBoxLayout;
    const QStringList labels{tr("&Everything (FULL)"), tr("&Schemas"), tr("&Tables")};
    for (int i = 0; i < labels.size(); ++i) {
        auto *radio = new QRadioButton(labels.at(i), this);
        radio->setObjectName(QStringLiteral("modeRadio%1").arg(i));
        m_modes->addButton(radio, i);
        modes->addWidget(radio);
    }
    modes->addStretch();
    m_modes->button(int(engine::JobMode::Schemas))->setChecked(true);
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setHeaderLabels({tr("Schema / table"), tr("Columns")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modes);
    if (withFilter) {
        m_filter = new ObjectFilterEditor(this);
        m_filter->setUse(ObjectFilterEditor::Use::Import);
        auto *splitter = new QSplitter(Qt::Vertical, this);
        splitter->addWidget(m_tree);
        splitter->addWidget(m_filter);
        splitter->setStretchFactor(1, 2);
        layout->addWidget(splitter, 1);
        connect(m_filter, &ObjectFilterEditor::filtersChanged, this,
                &ImportScopePage::completeChanged);
    } else {
        layout->addWidget(m_tree, 1);
    }
    layout->addWidget(m_status);
    connect(m_modes, &QButtonGroup::idClicked, this, &ImportScopePage::updateMode);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ImportScopePage::completeChanged);
    connect(wizard, &ImportWizardBase::sourceCatalogChanged, this, &ImportScopePage::buildTree);
}

void ImportScopePage::initializePage()
{
    if (!m_built)
        buildTree();
    updateMode();
}

engine::JobMode ImportScopePage::mode() const
{
    return engine::JobMode(qMax(0, m_modes->checkedId()));
}

void ImportScopePage::setMode(engine::JobMode mode)
{
    m_modes->button(int(mode))->setChecked(true);
    updateMode();
}

QTreeWidgetItem *ImportScopePage::schemaItem(const QString &schema) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(0) == schema)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

void ImportScopePage::buildTree()
{
    const auto catalog = m_wizard->sourceCatalog();
    if (!catalog) {
        m_status->setText(tr("The source's catalog is not loaded yet."));
        return;
    }
    // Keep what was checked (or the job's selection) across a rebuild.
    engine::JobSpec selection;
    if (m_pending)
        selection = *m_pending;
    else
        writeSpec(selection);
    m_tree->blockSignals(true);
    m_tree->clear();
    for (const engine::SchemaDef &schema : catalog->schemas) {
        auto *schemaItem = new QTreeWidgetItem(m_tree, {schema.name});
        schemaItem->setIcon(0, QIcon(QStringLiteral(":/icons/database.svg")));
        bool checked = false;
        for (const engine::SqlName &name : std::as_const(selection.schemas))
            checked = checked || sameName(name, schema.name);
        if (selection.mode == engine::JobMode::Schemas && selection.schemas.isEmpty())
            checked = schema.name == catalog->schemas.first().name; // the default schema
        schemaItem->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        for (const engine::TableDef &table : schema.tables) {
            auto *item = new QTreeWidgetItem(schemaItem, {table.name});
            item->setText(1, QString::number(table.columns.size()));
            bool tableChecked = false;
            for (const engine::TableRef &ref : std::as_const(selection.tables))
                tableChecked =
                    tableChecked || (sameName(ref.table, table.name) &&
                                     (ref.schema.isEmpty() || sameName(ref.schema, schema.name)));
            item->setCheckState(0, tableChecked ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_tree->blockSignals(false);
    m_built = true;
    if (m_pending)
        setMode(m_pending->mode);
    m_pending.reset();
    if (m_filter)
        m_filter->setCatalog(*catalog,
                             mode() == engine::JobMode::Tables ? engine::ObjectPathRoot::Table
                             : mode() == engine::JobMode::Full ? engine::ObjectPathRoot::Database
                                                               : engine::ObjectPathRoot::Schema);
    updateMode();
}

void ImportScopePage::updateMode()
{
    const engine::JobMode current = mode();
    m_tree->setEnabled(current != engine::JobMode::Full);
    m_tree->blockSignals(true);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *schema = m_tree->topLevelItem(i);
        schema->setExpanded(current == engine::JobMode::Tables);
        // Schemas mode checks schemas; tables mode checks tables.
        Qt::ItemFlags flags = schema->flags() | Qt::ItemIsUserCheckable;
        if (current == engine::JobMode::Tables)
            flags |= Qt::ItemIsAutoTristate;
        else
            flags &= ~Qt::ItemIsAutoTristate;
        schema->setFlags(flags);
    }
    m_tree->blockSignals(false);
    if (m_filter)
        m_filter->setRoot(current == engine::JobMode::Tables ? engine::ObjectPathRoot::Table
                          : current == engine::JobMode::Full ? engine::ObjectPathRoot::Database
                                                             : engine::ObjectPathRoot::Schema);
    m_status->setText(errorText());
    Q_EMIT completeChanged();
}

QString ImportScopePage::errorText() const
{
    if (m_pending || !m_built || mode() == engine::JobMode::Full)
        return m_filter ? m_filter->previewError() : QString();
    engine::JobSpec spec;
    writeSpec(spec);
    if (mode() == engine::JobMode::Schemas && spec.schemas.isEmpty())
        return tr("Check at least one schema.");
    if (mode() == engine::JobMode::Tables && spec.tables.isEmpty())
        return tr("Check at least one table.");
    return m_filter ? m_filter->previewError() : QString();
}

bool ImportScopePage::isComplete() const
{
    return errorText().isEmpty();
}

void ImportScopePage::readSpec(const engine::JobSpec &spec)
{
    m_pending = spec;
    setMode(spec.mode);
    if (m_filter)
        m_filter->setFilters(spec.includes, spec.excludes);
    if (m_wizard->sourceCatalog())
        buildTree();
}

void ImportScopePage::writeSpec(engine::JobSpec &spec) const
{
    if (m_filter) {
        spec.includes = m_filter->includes();
        spec.excludes = m_filter->excludes();
    }
    if (m_pending) { // the catalog has not arrived: the job's own selection stands
        spec.mode = m_pending->mode;
        spec.schemas = m_pending->schemas;
        spec.tables = m_pending->tables;
        return;
    }
    spec.mode = mode();
    spec.schemas.clear();
    spec.tables.clear();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *schema = m_tree->topLevelItem(i);
        if (spec.mode == engine::JobMode::Schemas && schema->checkState(0) == Qt::Checked)
            spec.schemas << sqlName(schema->text(0));
        if (spec.mode != engine::JobMode::Tables)
            continue;
        for (int j = 0; j < schema->childCount(); ++j) {
            if (schema->child(j)->checkState(0) == Qt::Checked)
                spec.tables << engine::TableRef{
                    sqlName(schema->text(0)), sqlName(schema->child(j)->text(0)), {}};
        }
    }
}

} // namespace sluice::gui
