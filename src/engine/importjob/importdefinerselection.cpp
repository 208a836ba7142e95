#include "engine/importjob/importdefiner.h"

#include "engine/catalog/catalogjson.h"
#include "engine/catalog/dependencysorter.h"
#include "engine/catalog/sqlquoting.h"
#include "engine/catalog/tablerefmatch.h"
#include "engine/data/chunkplanner.h"
#include "engine/exportjob/exportdefiner.h"
#include "engine/exportjob/exportexecutor.h"
#include "engine/importjob/rowremapper.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"
#include "engine/params/identifiermatcher.h"

#include <QCoreApplication>
#include <QJsonArray>

// ImportDefiner, part 2: what the job's mode and INCLUDE / EXCLUDE select from the
// source catalog (importdefiner.cpp has the load order).

namespace sluice::engine {

// INCLUDE / EXCLUDE over the objects the mode selected, with the catalog module's
// filter (the export's rules: dependents follow their parent).
bool ImportDefiner::applyFilter(Catalog *selected)
{
    if (m_spec.includes.isEmpty() && m_spec.excludes.isEmpty())
        return true;
    m_filter.emplace(selected->dialect, m_root);
    if (!m_filter->prepare(*selected, m_spec.includes, m_spec.excludes)) {
        m_errorString = m_filter->errorString();
        return false;
    }
    for (const QString &message : m_filter->messages())
        m_log.info(message);
    *selected = m_filter->filtered(*selected);
    return true;
}

bool ImportDefiner::loadsData(const TablePlan &plan) const
{
    return !m_filter || m_filter->includesData(plan.source->schema, plan.source->name);
}

bool ImportDefiner::select(const Catalog &source, Catalog *selected)
{
    // A dump imported without SCHEMAS= brings every schema it holds, as impdp does.
    if (m_spec.mode == JobMode::Full || (m_fromDump && m_spec.schemas.isEmpty())) {
        selected->schemas = source.schemas;
        if (m_spec.mode == JobMode::Full)
            selected->roles = source.roles;
        return true;
    }
    QStringList names;
    for (const SchemaDef &schema : source.schemas)
        names << schema.name;
    QList<SqlName> wanted = m_spec.schemas;
    if (wanted.isEmpty())
        wanted << SqlName{m_defaultSchema, true};
    for (const SqlName &name : std::as_const(wanted)) {
        const auto found = IdentifierMatcher::resolve(name, names, source.dialect);
        if (found.status == IdentifierMatcher::Status::Ambiguous) {
            m_errorString = found.errorString;
            return false;
        }
        if (found.status == IdentifierMatcher::Status::NotFound)
            m_log.error(QCoreApplication::translate("ImportDefiner", "Schema %1 was not found.")
                            .arg(name.toParameterText()));
        for (const QString &identifier : found.identifiers) {
            if (const SchemaDef *schema = source.schema(identifier))
                selected->schemas << *schema;
        }
    }
    if (selected->schemas.isEmpty()) {
        m_errorString = QCoreApplication::translate(
            "ImportDefiner", "No data or metadata objects selected for the job");
        return false;
    }
    return true;
}

// TABLES mode: the tables and what belongs to them (indexes, constraints, triggers),
// without the schema's views, routines and sequences, as Data Pump's table mode.
bool ImportDefiner::selectTables(const Catalog &source, Catalog *selected)
{
    for (const TableRef &ref : m_spec.tables) {
        const auto matched = matchTables(source, ref, m_defaultSchema, &m_errorString);
        if (!matched)
            return false;
        for (const TableMatch &match : *matched) {
            auto target =
                std::find_if(selected->schemas.begin(), selected->schemas.end(),
                             [&](const SchemaDef &s) { return s.name == match.schema->name; });
            if (target == selected->schemas.end()) {
                SchemaDef copy;
                copy.name = match.schema->name;
                copy.owner = match.schema->owner;
                selected->schemas << copy;
                target = selected->schemas.end() - 1;
            }
            if (!target->table(match.table->name))
                target->tables << *match.table;
        }
        if (matched->isEmpty())
            m_log.error(QCoreApplication::translate("ImportDefiner", "Table %1 was not found.")
                            .arg(ref.toParameterText()));
    }
    if (selected->schemas.isEmpty()) {
        m_errorString = QCoreApplication::translate(
            "ImportDefiner", "No data or metadata objects selected for the job");
        return false;
    }
    return true;
}

} // namespace sluice::engine
