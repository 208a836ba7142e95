#include "gui/remap/remapeditor.h"

#include "gui/remap/mappingtable.h"
#include "gui/remap/remapdataeditor.h"
#include "gui/remap/transformeditor.h"

#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace sluice::gui {

namespace {

struct CatalogNames
{
    QStringList schemas;
    QStringList qualifiedTables;
    QStringList tables;
    QStringList tablespaces;
};

CatalogNames namesOf(const std::optional<engine::Catalog> &catalog)
{
    CatalogNames names;
    if (!catalog)
        return names;
    QSet<QString> tablespaces;
    for (const engine::SchemaDef &schema : catalog->schemas) {
        names.schemas << schema.name;
        for (const engine::TableDef &table : schema.tables) {
            names.qualifiedTables << schema.name + u'.' + table.name;
            names.tables << table.name;
            if (!table.tablespace.isEmpty())
                tablespaces.insert(table.tablespace);
        }
    }
    names.tablespaces = QStringList(tablespaces.cbegin(), tablespaces.cend());
    names.tablespaces.sort();
    names.tables.removeDuplicates();
    return names;
}

QWidget *page(QWidget *parent, const QString &help, QWidget *content)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    auto *label = new QLabel(help, widget);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return widget;
}

std::optional<engine::SqlName> name(const QString &text, QString *error)
{
    return engine::SqlName::parse(text, error);
}

} // namespace

RemapEditor::RemapEditor(QWidget *parent)
    : QTabWidget(parent)
    , m_schemas(new MappingTable(tr("Source schema"), tr("Target schema"), this))
    , m_tables(new MappingTable(tr("Source table ([schema.]table)"), tr("New name"), this))
    , m_tablespaces(new MappingTable(tr("Source tablespace"), tr("Target tablespace"), this))
    , m_data(new RemapDataEditor(this))
    , m_transforms(new TransformEditor(this))
{
    setObjectName(QStringLiteral("remapEditor"));
    m_schemas->setObjectName(QStringLiteral("remapSchemaTable"));
    m_tables->setObjectName(QStringLiteral("remapTableTable"));
    m_tablespaces->setObjectName(QStringLiteral("remapTablespaceTable"));
    addTab(page(this,
                tr("REMAP_SCHEMA: objects of a source schema are created in another "
                   "schema. Two source schemas may go to one target schema."),
                m_schemas),
           tr("&Schemas"));
    addTab(page(this,
                tr("REMAP_TABLE: a table the import creates gets a new name; foreign "
                   "keys, views and triggers follow."),
                m_tables),
           tr("&Tables"));
    addTab(page(this,
                tr("REMAP_TABLESPACE: PostgreSQL tablespaces of tables and "
                   "materialized views. MariaDB and SQLite have none."),
                m_tablespaces),
           tr("Tables&paces"));
    addTab(page(this,
                tr("REMAP_DATA: rewrite a column's values on the way (masking, "
                   "hashing, fake e-mail addresses). Functions are deterministic, so "
                   "keys still join."),
                m_data),
           tr("Column &Data"));
    addTab(m_transforms, tr("T&ransforms"));
    for (MappingTable *table : {m_schemas, m_tables, m_tablespaces})
        connect(table, &MappingTable::changed, this, &RemapEditor::changed);
    connect(m_data, &RemapDataEditor::specsChanged, this, &RemapEditor::changed);
    connect(m_transforms, &TransformEditor::changed, this, &RemapEditor::changed);
}

void RemapEditor::setSourceCatalog(const std::optional<engine::Catalog> &catalog)
{
    m_source = catalog;
    m_data->setCatalog(catalog);
    setTargetCatalog(m_target);
}

void RemapEditor::setTargetCatalog(const std::optional<engine::Catalog> &catalog)
{
    m_target = catalog;
    const CatalogNames source = namesOf(m_source);
    const CatalogNames target = namesOf(m_target);
    m_schemas->setCompletions(source.schemas, target.schemas);
    m_tables->setCompletions(source.qualifiedTables, source.tables + target.tables);
    m_tablespaces->setCompletions(source.tablespaces, target.tablespaces);
}

void RemapEditor::readSpec(const engine::JobSpec &spec)
{
    QList<QPair<QString, QString>> pairs;
    for (const engine::RemapPair &pair : spec.remapSchemas)
        pairs.append({pair.from.toParameterText(), pair.to.toParameterText()});
    m_schemas->setPairs(pairs);
    pairs.clear();
    for (const engine::RemapTableSpec &table : spec.remapTables)
        pairs.append({table.source.toParameterText(), table.newName.toParameterText()});
    m_tables->setPairs(pairs);
    pairs.clear();
    for (const engine::RemapPair &pair : spec.remapTablespaces)
        pairs.append({pair.from.toParameterText(), pair.to.toParameterText()});
    m_tablespaces->setPairs(pairs);
    m_data->setSpecs(spec.remapData);
    m_transforms->setTransforms(spec.transforms);
}

void RemapEditor::writeSpec(engine::JobSpec &spec) const
{
    QString error;
    spec.remapSchemas.clear();
    for (const auto &[from, to] : m_schemas->pairs()) {
        const auto a = name(from, &error);
        const auto b = name(to, &error);
        if (a && b)
            spec.remapSchemas << engine::RemapPair{*a, *b};
    }
    spec.remapTablespaces.clear();
    for (const auto &[from, to] : m_tablespaces->pairs()) {
        const auto a = name(from, &error);
        const auto b = name(to, &error);
        if (a && b)
            spec.remapTablespaces << engine::RemapPair{*a, *b};
    }
    spec.remapTables.clear();
    for (const auto &[from, to] : m_tables->pairs()) {
        const auto parts = engine::SqlName::parseDotted(from, &error);
        const auto b = name(to, &error);
        if (!parts || parts->isEmpty() || parts->size() > 2 || !b)
            continue;
        engine::TableRef ref;
        ref.table = parts->last();
        if (parts->size() == 2)
            ref.schema = parts->first();
        spec.remapTables << engine::RemapTableSpec{ref, *b};
    }
    spec.remapData = m_data->specs();
    spec.transforms = m_transforms->transforms();
}

QString RemapEditor::errorText() const
{
    QString error;
    const auto check = [&error](const QString &text, bool dotted) {
        if (dotted) {
            const auto parts = engine::SqlName::parseDotted(text, &error);
            if (parts && parts->size() > 2)
                error = tr("\"%1\" is not [schema.]table.").arg(text);
            return parts && parts->size() <= 2;
        }
        return engine::SqlName::parse(text, &error).has_value();
    };
    for (MappingTable *table : {m_schemas, m_tables, m_tablespaces}) {
        for (const auto &[from, to] : table->pairs()) {
            if (!check(from, table == m_tables) || !check(to, false))
                return tr("%1: %2").arg(from + QStringLiteral(" → ") + to, error);
        }
    }
    return m_data->errorText();
}

} // namespace sluice::gui
