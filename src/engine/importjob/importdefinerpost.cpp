#include "engine/importjob/importdefiner.h"

#include "engine/catalog/catalogjson.h"
#include "engine/catalog/dependencysorter.h"
#include "engine/catalog/sqlquoting.h"
#include "engine/catalog/tablekey.h"
#include "engine/data/chunkplanner.h"
#include "engine/exportjob/exportdefiner.h"
#include "engine/exportjob/exportexecutor.h"
#include "engine/importjob/rowremapper.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"
#include "engine/params/identifiermatcher.h"

#include <QCoreApplication>
#include <QJsonArray>

// ImportDefiner, part 3: the phases after the data and indexes (counters, routines,
// views, triggers, comments and grants, verification) and the SQLFILE order.

namespace sluice::engine {

std::optional<qint64> ImportDefiner::sourceNext(const Catalog &selected, const TableDef &table,
                                                const ColumnDef &column) const
{
    switch (m_source) {
    case Dialect::PostgreSQL:
        for (const SchemaDef &schema : selected.schemas) {
            for (const SequenceDef &sequence : schema.sequences) {
                const bool identity =
                    sequence.identity &&
                    SqlQuoting::qualified(sequence.schema, sequence.name, Dialect::PostgreSQL) ==
                        column.identitySequence;
                const bool owned = sequence.schema == table.schema &&
                                   sequence.ownedBy == table.name + u'.' + column.name;
                if (identity || owned)
                    return sequence.isCalled ? sequence.lastValue + sequence.increment
                                             : sequence.lastValue;
            }
        }
        return std::nullopt;
    case Dialect::MariaDB:
        return table.autoIncrement > 0 ? std::optional<qint64>(table.autoIncrement) : std::nullopt;
    case Dialect::SQLite:
        return table.autoIncrement + 1;
    }
    return std::nullopt;
}

QList<DdlStatement> ImportDefiner::counterStatements(const TableDef &target, const QString &column,
                                                     qint64 next) const
{
    const QString table = qualified(target.schema, target.name);
    auto statement = [&](const QString &sql) {
        return DdlStatement{ObjectKind::Table, target.schema, target.name, target.name, sql};
    };
    switch (m_target) {
    case Dialect::PostgreSQL:
        return {statement(
            QStringLiteral("SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(%1, %2), "
                           "%3, false)")
                .arg(SqlQuoting::literal(table, m_target), SqlQuoting::literal(column, m_target))
                .arg(next))};
    case Dialect::MariaDB:
        return {
            statement(QStringLiteral("ALTER TABLE %1 AUTO_INCREMENT = %2").arg(table).arg(next))};
    case Dialect::SQLite: {
        const ConstraintDef *pk = target.primaryKey();
        const bool autoincrement =
            target.definition.contains(u"AUTOINCREMENT", Qt::CaseInsensitive) ||
            (target.definition.isEmpty() && pk && pk->columns == QStringList{column});
        if (!autoincrement)
            return {};
        const QString name = SqlQuoting::literal(target.name, m_target);
        return {statement(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = %1").arg(name)),
                statement(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (%1, %2)")
                              .arg(name)
                              .arg(next - 1))};
    }
    }
    return {};
}

void ImportDefiner::addCounters(const Catalog &selected, const Catalog &remapped,
                                QList<WorkItem> &items)
{
    if (m_spec.effectiveContent() != JobContent::DataOnly) {
        for (const SchemaDef &schema : remapped.schemas) {
            for (const SequenceDef &sequence : schema.sequences) {
                if (sequence.identity ||
                    m_keptSequences.contains(tableKey(sequence.schema, sequence.name)))
                    continue;
                const QString sql = m_ddl.sequenceValue(sequence);
                if (!sql.isEmpty())
                    items << ddlItem(
                        ImportPhase::Counters, ObjectKind::Sequence, sequence.schema, sequence.name,
                        {DdlStatement{
                            ObjectKind::Sequence, sequence.schema, sequence.name, {}, sql}});
            }
        }
    }
    for (const TablePlan &plan : std::as_const(m_tables)) {
        if (plan.action == Action::Skip || plan.action == Action::Refuse)
            continue;
        QList<DdlStatement> statements;
        for (const ColumnDef &column : plan.source->columns) {
            if (column.identity == IdentityKind::None || column.isGenerated())
                continue;
            // PostgreSQL to PostgreSQL: a serial column's sequence is set as a sequence.
            if (column.identity == IdentityKind::Serial && m_source == m_target)
                continue;
            const std::optional<qint64> next = sourceNext(selected, *plan.source, column);
            if (next && *next >= 1)
                statements += counterStatements(plan.target, column.name, *next);
        }
        if (!statements.isEmpty())
            items << ddlItem(ImportPhase::Counters, ObjectKind::Table, plan.target.schema,
                             plan.target.name, statements);
    }
}

void ImportDefiner::addPost(const Catalog &remapped, const Catalog &existing,
                            QList<WorkItem> &items)
{
    const bool replace = m_spec.effectiveTableExistsAction() == TableExistsAction::Replace;
    const QString keptNote = QCoreApplication::translate(
        "ImportDefiner", "%1 %2 exists and is kept due to table_exists_action "
                         "of %3");
    const QString action = enumKeyword(m_spec.effectiveTableExistsAction()).toLower();
    for (const SchemaDef &schema : remapped.schemas) {
        const SchemaDef *target = existing.schema(schema.name);
        for (const RoutineDef &routine : schema.routines) {
            const bool exists =
                target && std::any_of(target->routines.cbegin(), target->routines.cend(),
                                      [&](const RoutineDef &r) {
                                          return r.name == routine.name &&
                                                 r.arguments == routine.arguments;
                                      });
            if (exists && !replace) {
                m_log.warning(keptNote.arg(
                    QStringLiteral("Routine"),
                    JobLogFormat::objectName(schema.name, routine.signature()), action));
                continue;
            }
            const QList<DdlStatement> create = m_ddl.createRoutine(routine);
            if (!create.isEmpty())
                items << ddlItem(ImportPhase::Routines, create.constFirst().kind, schema.name,
                                 routine.signature(), inSchema(schema.name, create));
        }
    }
    // Views in dependency order across schemas, in one item so the order holds.
    DependencySorter sorter;
    QHash<QString, const ViewDef *> views;
    for (const SchemaDef &schema : remapped.schemas) {
        const SchemaDef *target = existing.schema(schema.name);
        for (const ViewDef &view : schema.views) {
            if (target && target->view(view.name) && !replace) {
                m_log.warning(keptNote.arg(QStringLiteral("View"),
                                           JobLogFormat::objectName(view.schema, view.name),
                                           action));
                continue;
            }
            const QString key = view.schema + u'.' + view.name;
            views.insert(key, &view);
            sorter.add(key, view.dependsOn);
        }
    }
    QList<DdlStatement> viewStatements;
    QString current;
    QStringList names;
    for (const QString &key : sorter.sorted()) {
        const ViewDef &view = *views.value(key);
        QList<DdlStatement> create = m_ddl.createView(view);
        names << view.name;
        if (view.schema != current)
            create = inSchema(view.schema, create);
        current = view.schema;
        viewStatements += create;
    }
    if (!viewStatements.isEmpty()) {
        WorkItem viewItem = ddlItem(
            ImportPhase::Views, ObjectKind::View, current,
            names.size() == 1 ? names.constFirst() : QStringLiteral("%1 views").arg(names.size()),
            viewStatements);
        viewItem.payload.insert(QStringLiteral("each"), true);
        items << viewItem;
    }
    QSet<QString> created;
    for (const TablePlan &plan : std::as_const(m_tables)) {
        if (!creates(plan))
            continue;
        created.insert(tableKey(plan.target.schema, plan.target.name));
        const QList<DdlStatement> triggers = m_ddl.createTriggers(plan.target);
        if (!triggers.isEmpty())
            items << ddlItem(ImportPhase::Triggers, ObjectKind::Trigger, plan.target.schema,
                             plan.target.name, inSchema(plan.target.schema, triggers));
    }
    for (const SchemaDef &schema : remapped.schemas) {
        QList<DdlStatement> statements;
        // Comments and grants of objects the import kept stay as they are.
        for (const DdlStatement &statement : m_ddl.comments(schema) + m_ddl.grants(schema)) {
            const bool isTable = schema.table(statement.parent) != nullptr;
            if (isTable && !created.contains(tableKey(schema.name, statement.parent)))
                continue;
            statements << statement;
        }
        if (statements.isEmpty())
            continue;
        WorkItem grants = ddlItem(ImportPhase::Grants, ObjectKind::ObjectGrant, schema.name,
                                  schema.name, statements);
        grants.payload.insert(QStringLiteral("each"), true);
        items << grants;
    }
}

void ImportDefiner::addVerify(QList<WorkItem> &items)
{
    const bool checksum = m_spec.effectiveVerify() == VerifyMode::Checksum;
    for (const TablePlan &plan : std::as_const(m_tables)) {
        if (plan.action == Action::Skip || plan.action == Action::Refuse ||
            plan.source->partitioning.isPartitioned() || !loadsData(plan))
            continue;
        const QString name = JobLogFormat::objectName(plan.target.schema, plan.target.name);
        if (plan.action == Action::Append) {
            m_log.info(QCoreApplication::translate("ImportDefiner",
                                                   "%1 is appended to: its rows are not verified")
                           .arg(name));
            continue;
        }
        QString why;
        const auto remapper =
            RowRemapper::create(*plan.source, m_spec.remapData, m_source, "k", &why);
        const bool remapped = remapper && !remapper->isEmpty();
        if (checksum && remapped)
            m_log.info(QCoreApplication::translate(
                           "ImportDefiner", "REMAP_DATA changes %1: only its row count is verified")
                           .arg(name));
        // QUERY on a dump import keeps some of the dump's rows on purpose: the target's
        // count is compared with the rows the chunks kept, not with the dump.
        const bool filtered = m_fromDump && !queryFor(*plan.source).isEmpty();
        if (filtered)
            m_log.info(QCoreApplication::translate(
                           "ImportDefiner",
                           "QUERY filters %1 on the target: its row count is verified "
                           "against the rows kept")
                           .arg(name));
        WorkItem verify =
            item(ImportPhase::Verify, ObjectKind::TableData, plan.target.schema, plan.target.name,
                 {{QStringLiteral("type"), QStringLiteral("verify")},
                  {QStringLiteral("table"), CatalogJson::tableToJson(*plan.source)},
                  {QStringLiteral("targetSchema"), plan.target.schema},
                  {QStringLiteral("targetName"), plan.target.name},
                  {QStringLiteral("query"), queryFor(*plan.source)},
                  {QStringLiteral("filtered"), filtered},
                  {QStringLiteral("checksum"), checksum && !remapped && !filtered}});
        verify.objectPath = objectPathRootName(m_root) + QStringLiteral("/TABLE/VERIFICATION");
        if (m_fromDump) {
            QJsonArray members;
            for (const DumpChunk &chunk :
                 m_dumpChunks.value(tableKey(plan.source->schema, plan.source->name)))
                for (const QString &member : chunk.members)
                    members << member;
            verify.payload.insert(QStringLiteral("members"), members);
        }
        items << verify;
    }
}

// Data items go in the order of the work that waits for their table: its own chunks
// plus the chunks of the tables whose foreign keys reference it. A small table that
// big tables reference loads early, so that their keys are checked while the rest
// loads; then the biggest tables, whose index builds are the longest.
void ImportDefiner::orderData(QList<WorkItem> &items) const
{
    QHash<QString, int> chunks;
    for (const WorkItem &item : std::as_const(items)) {
        if (item.phase == JobPhase::TableData)
            chunks[tableKey(item.schema, item.name)] +=
                std::max(1, int(item.payload.value(u"chunks").toArray().size()));
    }
    QHash<QString, int> weight = chunks;
    for (const TablePlan &plan : m_tables) {
        const QString self = tableKey(plan.target.schema, plan.target.name);
        for (const ConstraintDef &foreignKey : plan.target.foreignKeys()) {
            const QString parent =
                tableKey(foreignKey.referencedSchema.isEmpty() ? plan.target.schema
                                                               : foreignKey.referencedSchema,
                         foreignKey.referencedTable);
            if (parent != self)
                weight[parent] += chunks.value(self);
        }
    }
    for (WorkItem &item : items) {
        if (item.phase == JobPhase::TableData)
            item.processOrder = -weight.value(tableKey(item.schema, item.name));
    }
}

QStringList ImportDefiner::statementsOf(QList<WorkItem> items)
{
    std::stable_sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        return a.phase != b.phase ? a.phase < b.phase : a.processOrder < b.processOrder;
    });
    QStringList statements;
    for (const WorkItem &item : std::as_const(items)) {
        for (const QJsonValue &value : item.payload.value(u"statements").toArray())
            statements << value.toString();
    }
    return statements;
}

} // namespace sluice::engine
