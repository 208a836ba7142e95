#include "engine/exportjob/exportdefiner.h"

#include "engine/catalog/catalogjson.h"
#include "engine/catalog/tablerefmatch.h"
#include "engine/data/chunkplanner.h"
#include "engine/data/tableestimator.h"
#include "engine/exportjob/exportexecutor.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"
#include "engine/params/identifiermatcher.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sluice::engine {

namespace {

QStringList schemaNames(const Catalog &catalog)
{
    QStringList names;
    for (const SchemaDef &schema : catalog.schemas)
        names << schema.name;
    return names;
}

} // namespace

ExportDefiner::ExportDefiner(const JobSpec &spec, const DumpWriterOptions &dumpOptions, JobLog &log)
    : m_spec(spec)
    , m_dumpOptions(dumpOptions)
    , m_log(log)
    , m_root(rootFor(spec.mode))
{}

ObjectPathRoot ExportDefiner::rootFor(JobMode mode)
{
    switch (mode) {
    case JobMode::Full:
        return ObjectPathRoot::Database;
    case JobMode::Tables:
        return ObjectPathRoot::Table;
    case JobMode::Schemas:
        break;
    }
    return ObjectPathRoot::Schema;
}

std::optional<QString> ExportDefiner::defaultSchema(QSqlDatabase &db, Dialect dialect,
                                                    QString *error)
{
    if (dialect == Dialect::SQLite)
        return QStringLiteral("main");
    QSqlQuery query(db);
    const QString sql = dialect == Dialect::PostgreSQL ? QStringLiteral("SELECT current_schema()")
                                                       : QStringLiteral("SELECT DATABASE()");
    if (!query.exec(sql) || !query.next() || query.value(0).isNull()) {
        *error = QCoreApplication::translate(
                     "ExportDefiner", "The connection has no default schema to export (%1); give "
                                      "SCHEMAS=name")
                     .arg(query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toString();
}

qint64 ExportDefiner::chunkTargetBytes(Dialect dialect, int parallel, qint64 fileSize)
{
    const qint64 target = dialect == Dialect::PostgreSQL && parallel <= 1
                              ? kSingleWorkerPostgresChunkBytes
                              : kChunkTargetBytes;
    // A member must fit a dump file with room to spare.
    return fileSize > 0 ? qMin<qint64>(target, fileSize / 4) : target;
}

QString ExportDefiner::tableDataPath() const
{
    const QString path = ObjectTypes::canonicalPath(ObjectKind::TableData, m_root);
    return path.isEmpty() ? objectPathRootName(m_root) + QStringLiteral("/TABLE/TABLE_DATA") : path;
}

std::optional<QList<WorkItem>> ExportDefiner::define(QSqlDatabase &db, const Catalog &catalog)
{
    Selection selection;
    if (!select(db, catalog, &selection) || !prepareFilter(catalog))
        return std::nullopt;
    QList<WorkItem> items;
    if (m_spec.effectiveContent() != JobContent::DataOnly && !m_spec.estimateOnly)
        addMetadata(catalog, selection, items);
    if (m_spec.effectiveContent() != JobContent::MetadataOnly &&
        !addData(db, catalog.dialect, selection, items))
        return std::nullopt;
    if (items.isEmpty() && !m_spec.estimateOnly) {
        m_errorString = QCoreApplication::translate(
            "ExportDefiner", "No data or metadata objects selected for the job");
        return std::nullopt;
    }
    return items;
}

QString ExportDefiner::filterRefusal(const JobSpec &spec, Dialect dialect)
{
    if (spec.includes.isEmpty() && spec.excludes.isEmpty())
        return {};
    // Over an empty catalog the filter fails only on what no catalog could satisfy:
    // paths it does not know, paths of another mode, types the engine cannot have.
    Catalog empty;
    empty.dialect = dialect;
    CatalogObjectFilter filter(dialect, rootFor(spec.mode));
    return filter.prepare(empty, spec.includes, spec.excludes) ? QString() : filter.errorString();
}

bool ExportDefiner::prepareFilter(const Catalog &catalog)
{
    if (m_spec.includes.isEmpty() && m_spec.excludes.isEmpty())
        return true;
    m_filter.emplace(catalog.dialect, m_root);
    if (!m_filter->prepare(catalog, m_spec.includes, m_spec.excludes)) {
        m_errorString = m_filter->errorString();
        return false;
    }
    for (const QString &message : m_filter->messages())
        m_log.info(message);
    return true;
}

bool ExportDefiner::kept(ObjectKind kind, const QString &schema, const QString &name) const
{
    return !m_filter || m_filter->keeps(kind, schema, name);
}

// A table's definition without the dependents the filters leave out.
TableDef ExportDefiner::filteredTable(const TableDef &table) const
{
    if (!m_filter)
        return table;
    const auto accepted = [&](ObjectKind kind, const QString &name) {
        return m_filter->accepts(DdlStatement{kind, table.schema, name, table.name, {}});
    };
    TableDef copy = table;
    copy.indexes.removeIf(
        [&](const IndexDef &index) { return !accepted(ObjectKind::Index, index.name); });
    copy.constraints.removeIf([&](const ConstraintDef &constraint) {
        return !accepted(constraint.isForeignKey() ? ObjectKind::RefConstraint
                                                   : ObjectKind::Constraint,
                         constraint.name);
    });
    copy.triggers.removeIf(
        [&](const TriggerDef &trigger) { return !accepted(ObjectKind::Trigger, trigger.name); });
    if (!accepted(ObjectKind::Comment, {})) {
        copy.comment.clear();
        for (ColumnDef &column : copy.columns)
            column.comment.clear();
    }
    return copy;
}

// A schema's own definition with the grants on objects the filters keep.
SchemaDef ExportDefiner::filteredSchema(const SchemaDef &schema) const
{
    SchemaDef copy = schema;
    if (m_filter) {
        copy.grants.removeIf([&](const GrantDef &grant) {
            return !m_filter->accepts(
                DdlStatement{ObjectKind::ObjectGrant,
                             grant.schema.isEmpty() ? schema.name : grant.schema,
                             {},
                             grant.object,
                             {}});
        });
    }
    return copy;
}

bool ExportDefiner::select(QSqlDatabase &db, const Catalog &catalog, Selection *selection)
{
    if (m_spec.mode == JobMode::Tables)
        return selectTables(db, catalog, selection);
    QList<SqlName> wanted = m_spec.schemas;
    if (m_spec.mode == JobMode::Schemas && wanted.isEmpty()) {
        const auto name = defaultSchema(db, catalog.dialect, &m_errorString);
        if (!name)
            return false;
        wanted << SqlName{*name, true};
    }
    const QStringList names = schemaNames(catalog);
    for (const SchemaDef &schema : catalog.schemas) {
        if (m_spec.mode == JobMode::Full)
            selection->schemas << &schema;
    }
    for (const SqlName &name : std::as_const(wanted)) {
        const auto found = IdentifierMatcher::resolve(name, names, catalog.dialect);
        if (found.status == IdentifierMatcher::Status::Ambiguous) {
            m_errorString = found.errorString;
            return false;
        }
        if (found.status == IdentifierMatcher::Status::NotFound) {
            m_log.error(QCoreApplication::translate("ExportDefiner", "Schema %1 was not found.")
                            .arg(name.toParameterText()));
            continue;
        }
        for (const QString &identifier : found.identifiers) {
            const SchemaDef *schema = catalog.schema(identifier);
            if (schema && !selection->schemas.contains(schema))
                selection->schemas << schema;
        }
    }
    for (const SchemaDef *schema : std::as_const(selection->schemas)) {
        for (const TableDef &table : schema->tables)
            selection->tables << &table;
    }
    if (selection->schemas.isEmpty()) {
        m_errorString = QCoreApplication::translate(
            "ExportDefiner", "No data or metadata objects selected for the job");
        return false;
    }
    return true;
}

bool ExportDefiner::selectTables(QSqlDatabase &db, const Catalog &catalog, Selection *selection)
{
    for (const TableRef &ref : m_spec.tables) {
        if (ref.schema.isEmpty() && m_defaultSchema.isEmpty()) {
            const auto name = defaultSchema(db, catalog.dialect, &m_errorString);
            if (!name)
                return false;
            m_defaultSchema = *name;
        }
        const auto matched = matchTables(catalog, ref, m_defaultSchema, &m_errorString);
        if (!matched)
            return false;
        for (const TableMatch &match : *matched) {
            if (!selection->tables.contains(match.table))
                selection->tables << match.table;
        }
        if (matched->isEmpty())
            m_log.error(QCoreApplication::translate("ExportDefiner", "Table %1 was not found.")
                            .arg(ref.toParameterText()));
    }
    if (selection->tables.isEmpty()) {
        m_errorString = QCoreApplication::translate(
            "ExportDefiner", "No data or metadata objects selected for the job");
        return false;
    }
    return true;
}

QString ExportDefiner::memberName(DumpMemberKind kind, const QString &label,
                                  const QString &extension)
{
    // A run of unsafe characters (a routine signature's spaces and line breaks) is one _.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.$#-]+"));
    QString safe = label;
    safe.replace(unsafe, QStringLiteral("_"));
    QString suffix;
    if (DumpFormat::scopeCovers(m_dumpOptions.compressionScope, kind)) {
        if (m_dumpOptions.compressionMethod == CompressionMethod::Zstd)
            suffix = QStringLiteral(".zst");
        else if (m_dumpOptions.compressionMethod == CompressionMethod::Gzip)
            suffix = QStringLiteral(".gz");
    }
    if (DumpFormat::scopeCovers(m_dumpOptions.encryptionScope, kind))
        suffix += QStringLiteral(".enc");
    const QString folder =
        kind == DumpMemberKind::Data ? QStringLiteral("data/") : QStringLiteral("metadata/");
    return folder + QStringLiteral("%1-").arg(++m_memberCounter, 6, 10, QLatin1Char('0')) +
           safe.left(120) + extension + suffix;
}

void ExportDefiner::addObject(ObjectKind kind, const QString &schema, const QString &name,
                              const QString &table, const QJsonObject &json, QList<WorkItem> &items)
{
    QString path = ObjectTypes::canonicalPath(kind, m_root);
    if (path.isEmpty())
        path = objectPathRootName(m_root) + u'/' + objectKindName(kind);
    const QString kindName = objectKindName(kind);
    WorkItem item;
    item.phase = JobPhase::Metadata;
    item.processOrder = int(kind);
    item.objectPath = path;
    item.schema = schema;
    item.name = name;
    item.payload = {
        {QStringLiteral("type"), QStringLiteral("metadata")},
        {QStringLiteral("kind"), kindName},
        {QStringLiteral("table"), table},
        {QStringLiteral("document"), CatalogJson::document(kindName, json)},
        {QStringLiteral("member"),
         memberName(DumpMemberKind::Metadata,
                    kindName + u'-' + (schema.isEmpty() ? name : schema + u'.' + name),
                    QStringLiteral(".json"))},
    };
    items << item;
}

void ExportDefiner::addMetadata(const Catalog &catalog, const Selection &selection,
                                QList<WorkItem> &items)
{
    if (m_spec.mode == JobMode::Full) {
        // USER/ROLE filters keep roles; SYSTEM_GRANT/ROLE_GRANT ones trim them.
        Catalog roles;
        roles.roles = catalog.roles;
        if (m_filter)
            roles = m_filter->filtered(roles);
        for (const RoleDef &role : std::as_const(roles.roles))
            addObject(ObjectKind::Role, {}, role.name, {}, CatalogJson::roleToJson(role), items);
    }
    for (const SchemaDef *schema : selection.schemas) {
        if (!kept(ObjectKind::Schema, schema->name, schema->name))
            continue;
        addObject(ObjectKind::Schema, {}, schema->name, {},
                  CatalogJson::schemaToJson(filteredSchema(*schema), false), items);
        for (const UserDefinedType &type : schema->types) {
            const ObjectKind kind =
                type.kind == UserTypeKind::Domain ? ObjectKind::Domain : ObjectKind::Type;
            if (kept(kind, schema->name, type.name))
                addObject(ObjectKind::Type, schema->name, type.name, {},
                          CatalogJson::typeToJson(type), items);
        }
        for (const SequenceDef &sequence : schema->sequences) {
            if (kept(ObjectKind::Sequence, schema->name, sequence.name))
                addObject(ObjectKind::Sequence, schema->name, sequence.name, {},
                          CatalogJson::sequenceToJson(sequence), items);
        }
        for (const ViewDef &view : schema->views) {
            const ObjectKind kind =
                view.materialized ? ObjectKind::MaterializedView : ObjectKind::View;
            if (kept(kind, schema->name, view.name))
                addObject(kind, schema->name, view.name, {}, CatalogJson::viewToJson(view), items);
        }
        for (const RoutineDef &routine : schema->routines) {
            const ObjectKind kind = routine.kind == RoutineKind::Procedure   ? ObjectKind::Procedure
                                    : routine.kind == RoutineKind::Aggregate ? ObjectKind::Aggregate
                                                                             : ObjectKind::Function;
            if (kept(kind, schema->name, routine.signature()))
                addObject(kind, schema->name, routine.signature(), {},
                          CatalogJson::routineToJson(routine), items);
        }
    }
    // Tables carry their indexes, constraints, triggers and comments.
    for (const TableDef *table : selection.tables) {
        if (kept(ObjectKind::Table, table->schema, table->name))
            addObject(ObjectKind::Table, table->schema, table->name, table->name,
                      CatalogJson::tableToJson(filteredTable(*table)), items);
    }
}

bool ExportDefiner::refMatches(const std::optional<TableRef> &ref, const TableDef &table,
                               Dialect dialect) const
{
    if (!ref)
        return true;
    if (!ref->schema.isEmpty() &&
        IdentifierMatcher::resolve(ref->schema, {table.schema}, dialect).status !=
            IdentifierMatcher::Status::Found)
        return false;
    return IdentifierMatcher::resolve(ref->table, {table.name}, dialect).status ==
           IdentifierMatcher::Status::Found;
}

QString ExportDefiner::queryFor(const TableDef &table, Dialect dialect) const
{
    QString clause;
    for (const QuerySpec &query : m_spec.queries) {
        // A query naming the table wins over one for every table.
        if (refMatches(query.table, table, dialect) && (query.table || clause.isEmpty()))
            clause = query.clause;
    }
    return clause;
}

double ExportDefiner::sampleFor(const TableDef &table, Dialect dialect) const
{
    double percent = 100.0;
    bool specific = false;
    for (const SampleSpec &sample : m_spec.samples) {
        if (refMatches(sample.table, table, dialect) && (sample.table || !specific)) {
            percent = sample.percent;
            specific = specific || sample.table.has_value();
        }
    }
    return percent;
}

bool ExportDefiner::addData(QSqlDatabase &db, Dialect dialect, const Selection &selection,
                            QList<WorkItem> &items)
{
    const EstimateMethod method = m_spec.effectiveEstimate();
    const QString path = tableDataPath();
    m_log.info(QStringLiteral("Estimate in progress using %1 method...").arg(enumKeyword(method)));
    m_log.processingObjectType(path);
    qint64 total = 0;
    for (const TableDef *table : selection.tables) {
        // A partitioned table's rows are exported through its partitions.
        if (table->partitioning.isPartitioned())
            continue;
        if (m_filter && !m_filter->includesData(table->schema, table->name))
            continue;
        const double sample = sampleFor(*table, dialect);
        const TableEstimate estimate =
            TableEstimator::estimate(db, dialect, table->schema, table->name, method);
        const qint64 bytes = qint64(double(qMax<qint64>(0, estimate.bytes)) * sample / 100.0);
        total += bytes;
        m_log.estimated(JobLogFormat::objectName(table->schema, table->name), bytes);
        if (m_spec.estimateOnly)
            continue;
        ChunkPlanOptions options;
        options.targetBytes = chunkTargetBytes(dialect, m_spec.parallel, m_dumpOptions.fileSize);
        if (estimate.ok)
            options.estimate = estimate;
        QString error;
        QList<ChunkRange> chunks{ChunkRange{}};
        if (const auto planned = ChunkPlanner::plan(db, dialect, *table, options, &error))
            chunks = *planned;
        else
            m_log.warning(
                QCoreApplication::translate("ExportDefiner", "%1 is exported in one chunk: %2")
                    .arg(JobLogFormat::objectName(table->schema, table->name), error));
        const QString query = queryFor(*table, dialect);
        const QJsonObject tableJson = CatalogJson::tableToJson(*table);
        for (const ChunkRange &chunk : std::as_const(chunks)) {
            WorkItem item;
            item.phase = JobPhase::TableData;
            item.objectPath = path;
            item.schema = table->schema;
            item.name = table->name;
            item.chunk = chunk.index;
            item.estimateBytes = bytes / qMax(1, int(chunks.size()));
            item.payload = {
                {QStringLiteral("type"), QStringLiteral("data")},
                {QStringLiteral("table"), tableJson},
                {QStringLiteral("chunk"), ExportExecutor::chunkToJson(chunk)},
                {QStringLiteral("chunks"), int(chunks.size())},
                {QStringLiteral("query"), query},
                {QStringLiteral("sample"), sample},
                {QStringLiteral("member"),
                 memberName(DumpMemberKind::Data,
                            QStringLiteral("%1.%2-%3")
                                .arg(table->schema, table->name)
                                .arg(chunk.index, 4, 10, QLatin1Char('0')),
                            QStringLiteral(".copy"))},
            };
            items << item;
        }
    }
    m_log.info(QStringLiteral("Total estimation using %1 method: %2")
                   .arg(enumKeyword(method), JobLogFormat::size(total)));
    return true;
}

} // namespace sluice::engine
