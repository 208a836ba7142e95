#include "engine/importjob/catalogremapper.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/catalog/tablekey.h"
#include "engine/params/identifiermatcher.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sluice::engine {

namespace {

// Matches name as an identifier in SQL text: "name", `name`, or bare (any case).
QString identifierPattern(const QString &name)
{
    const QString escaped = QRegularExpression::escape(name);
    return QStringLiteral("(?:\"%1\"|`%1`|(?<![\\w$\"`])(?i:%1)(?![\\w$]))").arg(escaped);
}

bool matches(const SqlName &name, const QString &identifier, Dialect dialect)
{
    return IdentifierMatcher::resolve(name, {identifier}, dialect).status ==
           IdentifierMatcher::Status::Found;
}

} // namespace

CatalogRemapper::CatalogRemapper(const JobSpec &spec, Dialect source, Dialect target)
    : m_spec(spec)
    , m_source(source)
    , m_target(target)
{}

void CatalogRemapper::collect(const Catalog &catalog)
{
    m_schemas.clear();
    m_tables.clear();
    m_tablespaces.clear();
    for (const SchemaDef &schema : catalog.schemas) {
        QString target = schema.name;
        bool mapped = false;
        for (const RemapPair &pair : m_spec.remapSchemas) {
            if (matches(pair.from, schema.name, m_source)) {
                target = pair.to.text;
                mapped = true;
            }
        }
        // A SQLite database has one schema of tables: main.
        if (m_target == Dialect::SQLite && !mapped && target != u"main") {
            m_notes << QStringLiteral("Schema \"%1\" is imported into SQLite's schema \"main\"")
                           .arg(schema.name);
            target = QStringLiteral("main");
        }
        m_schemas.insert(schema.name, target);
        for (const TableDef &table : schema.tables) {
            for (const RemapTableSpec &remap : m_spec.remapTables) {
                if ((remap.source.schema.isEmpty() ||
                     matches(remap.source.schema, schema.name, m_source)) &&
                    matches(remap.source.table, table.name, m_source))
                    m_tables.insert(tableKey(schema.name, table.name), remap.newName.text);
            }
        }
    }
    for (const RemapPair &pair : m_spec.remapTablespaces)
        m_tablespaces.insert(pair.from.text, pair.to.text);
    if (!m_spec.remapTablespaces.isEmpty() && m_target != Dialect::PostgreSQL)
        m_notes << QCoreApplication::translate(
                       "CatalogRemapper",
                       "REMAP_TABLESPACE: %1 has no tablespaces; there is nothing to "
                       "remap and the parameter has no effect")
                       .arg(dialectDisplayName(m_target));
}

QString CatalogRemapper::targetSchema(const QString &sourceSchema) const
{
    return m_schemas.value(sourceSchema, sourceSchema);
}

QString CatalogRemapper::targetTable(const QString &sourceSchema, const QString &table) const
{
    return m_tables.value(tableKey(sourceSchema, table), table);
}

QString CatalogRemapper::tablespace(const QString &name) const
{
    for (auto it = m_tablespaces.cbegin(); it != m_tablespaces.cend(); ++it) {
        if (IdentifierMatcher::equals(it.key(), name, false, m_source))
            return it.value();
    }
    return name;
}

// "schema.name" (each part maybe quoted) with the schema and table remapped.
QString CatalogRemapper::remapQualified(const QString &qualifiedName) const
{
    if (qualifiedName.isEmpty())
        return qualifiedName;
    static const QRegularExpression parts(
        QStringLiteral("^(\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|[^.]+)\\.(.+)$"));
    const QRegularExpressionMatch match = parts.match(qualifiedName);
    if (!match.hasMatch())
        return qualifiedName;
    const auto unquote = [](QString text) {
        if (text.size() >= 2 && (text.startsWith(u'"') || text.startsWith(u'`'))) {
            const QChar quote = text.at(0);
            text = text.mid(1, text.size() - 2);
            text.replace(QString(2, quote), QString(quote));
        }
        return text;
    };
    const QString schema = unquote(match.captured(1));
    const QString name = unquote(match.captured(2));
    if (!m_schemas.contains(schema))
        return qualifiedName;
    return SqlQuoting::qualified(targetSchema(schema), targetTable(schema, name), m_source);
}

QString CatalogRemapper::remapText(const QString &text, bool qualifiedOnly) const
{
    if (text.isEmpty())
        return text;
    QString result = text;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        const QString schema = it.key().section(QChar(0), 0, 0);
        const QString table = it.key().section(QChar(0), 1);
        const QString replacement = SqlQuoting::identifier(it.value(), m_source);
        const QRegularExpression qualified(
            identifierPattern(schema) + QStringLiteral("\\s*\\.\\s*") + identifierPattern(table));
        result.replace(qualified, SqlQuoting::identifier(schema, m_source) + u'.' + replacement);
        if (!qualifiedOnly) {
            const QRegularExpression bare(
                QStringLiteral("(?i)(\\b(?:FROM|JOIN|INTO|UPDATE|ON|TABLE|REFERENCES)\\s+)") +
                identifierPattern(table));
            result.replace(bare, QStringLiteral("\\1") + replacement);
        }
    }
    for (auto it = m_schemas.cbegin(); it != m_schemas.cend(); ++it) {
        if (it.key() == it.value())
            continue;
        const QRegularExpression qualifier(identifierPattern(it.key()) +
                                           QStringLiteral("(\\s*\\.)"));
        // SQLite's main needs no qualifier.
        const QString replacement =
            m_target == Dialect::SQLite && it.value() == u"main"
                ? QString()
                : SqlQuoting::identifier(it.value(), m_source) + QStringLiteral("\\1");
        result.replace(qualifier, replacement);
    }
    return result;
}

void CatalogRemapper::remapTable(TableDef &table) const
{
    const QString sourceSchema = table.schema;
    const QString newName = targetTable(sourceSchema, table.name);
    const bool renamed = newName != table.name || targetSchema(sourceSchema) != sourceSchema;
    table.schema = targetSchema(sourceSchema);
    table.name = newName;
    table.tablespace = tablespace(table.tablespace);
    if (!table.partitionOf.isEmpty())
        table.partitionOf = remapQualified(table.partitionOf);
    for (ColumnDef &column : table.columns) {
        column.defaultExpression = remapText(column.defaultExpression, true);
        column.generatedExpression = remapText(column.generatedExpression, true);
        column.identitySequence = remapQualified(column.identitySequence);
    }
    for (ConstraintDef &constraint : table.constraints) {
        if (constraint.isForeignKey()) {
            const QString refSchema =
                constraint.referencedSchema.isEmpty() ? sourceSchema : constraint.referencedSchema;
            const QString refTable = targetTable(refSchema, constraint.referencedTable);
            if (refTable != constraint.referencedTable || targetSchema(refSchema) != refSchema)
                constraint.definition = remapText(constraint.definition, false);
            constraint.referencedTable = refTable;
            constraint.referencedSchema = targetSchema(refSchema);
        }
        constraint.expression = remapText(constraint.expression, true);
        if (renamed)
            constraint.definition = remapText(constraint.definition, false);
    }
    for (IndexDef &index : table.indexes) {
        if (renamed)
            index.definition = remapText(index.definition, false);
    }
    for (TriggerDef &trigger : table.triggers)
        trigger.definition = remapText(trigger.definition, false);
    if (renamed)
        table.definition.clear();
}

void CatalogRemapper::remapView(ViewDef &view) const
{
    const QString sourceSchema = view.schema;
    view.schema = targetSchema(sourceSchema);
    view.query = remapText(view.query, false);
    view.tablespace = tablespace(view.tablespace);
    for (QString &dependency : view.dependsOn) {
        const QString schema = dependency.section(u'.', 0, 0);
        const QString name = dependency.section(u'.', 1);
        dependency = targetSchema(schema) + u'.' + targetTable(schema, name);
    }
    if (!m_tables.isEmpty() || view.schema != sourceSchema)
        view.definition = remapText(view.definition, false);
    for (IndexDef &index : view.indexes) {
        if (view.schema != sourceSchema)
            index.definition = remapText(index.definition, false);
    }
}

void CatalogRemapper::apply(Catalog &catalog)
{
    collect(catalog);
    QList<SchemaDef> merged;
    for (SchemaDef schema : std::as_const(catalog.schemas)) {
        const QString sourceName = schema.name;
        schema.name = targetSchema(sourceName);
        for (UserDefinedType &type : schema.types)
            type.schema = schema.name;
        for (SequenceDef &sequence : schema.sequences) {
            sequence.schema = schema.name;
            if (!sequence.ownedBy.isEmpty()) {
                const QString table = sequence.ownedBy.section(u'.', 0, -2);
                sequence.ownedBy =
                    targetTable(sourceName, table) + u'.' + sequence.ownedBy.section(u'.', -1);
            }
        }
        for (TableDef &table : schema.tables)
            remapTable(table);
        for (ViewDef &view : schema.views)
            remapView(view);
        for (RoutineDef &routine : schema.routines) {
            routine.schema = schema.name;
            routine.definition = remapText(routine.definition, false);
        }
        for (GrantDef &grant : schema.grants) {
            grant.schema = schema.name;
            for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
                if (it.key() == tableKey(sourceName, grant.object))
                    grant.object = it.value();
            }
        }
        // Two source schemas remapped to one target schema become one.
        auto existing = std::find_if(merged.begin(), merged.end(),
                                     [&](const SchemaDef &s) { return s.name == schema.name; });
        if (existing == merged.end()) {
            merged << schema;
            continue;
        }
        existing->types += schema.types;
        existing->sequences += schema.sequences;
        existing->tables += schema.tables;
        existing->views += schema.views;
        existing->routines += schema.routines;
        existing->grants += schema.grants;
    }
    catalog.schemas = merged;
}

} // namespace sluice::engine
