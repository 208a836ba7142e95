#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/ddlstatement.h"
#include "engine/catalog/objecttypes.h"
#include "engine/params/jobspec.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace sluice::engine {

// Evaluates a job's INCLUDE and EXCLUDE filters (object_type[:name_clause])
// over a source catalog, as Data Pump does: INCLUDE first (only the named
// types, and the objects that depend on them), then EXCLUDE. Dependents follow
// their parent: excluding a table excludes its indexes, constraints, triggers,
// comments, grants and data. Name clauses match the real identifiers with the
// project's case rule (NameClause / IdentifierMatcher).
class CatalogObjectFilter
{
public:
    CatalogObjectFilter(Dialect source, ObjectPathRoot root);

    // Resolves the filters against the catalog. Fails (errorString) on an
    // unknown object path, a path of another mode, a name clause on a type
    // without names, an ambiguous name, or a type the source engine cannot
    // have ("Object path GRANT was not found." plus why).
    [[nodiscard]] bool prepare(const Catalog &catalog, const QList<ObjectFilter> &includes,
                               const QList<ObjectFilter> &excludes);
    [[nodiscard]] QString errorString() const { return m_error; }
    // Notes for the log: filters that matched no object.
    [[nodiscard]] QStringList messages() const { return m_messages; }

    // Whether a statement from DdlWriter survives the filters.
    [[nodiscard]] bool accepts(const DdlStatement &statement) const;
    [[nodiscard]] QList<DdlStatement> filter(const QList<DdlStatement> &statements) const;
    // Whether a table's rows are exported (TABLE_DATA follows TABLE).
    [[nodiscard]] bool includesData(const QString &schema, const QString &table) const;
    // Whether a top-level object (table, view, sequence, routine signature,
    // type, schema) is kept.
    [[nodiscard]] bool keeps(ObjectKind kind, const QString &schema, const QString &name) const;
    // The catalog without what the filters leave out: top-level objects not kept, and
    // the indexes, constraints, triggers, comments and grants of kept ones that are
    // filtered. Table data is not a catalog object: ask includesData().
    [[nodiscard]] Catalog filtered(const Catalog &catalog) const;

private:
    struct Rule
    {
        QString text;
        ObjectKindSet kinds;
        bool named = false;
        // Identifiers the name clause selected (all of them without a clause).
        QSet<QString> names;
    };

    [[nodiscard]] bool resolve(const ObjectFilter &filter, const QString &parameter,
                               const Catalog &catalog, Rule *rule);
    [[nodiscard]] static bool selects(const QList<Rule> &rules, ObjectKind kind,
                                      const QString &name);
    [[nodiscard]] bool topLevelKept(ObjectKind kind, const QString &name) const;
    void filterDependents(TableDef &table) const;
    void filterRoles(QList<RoleDef> &roles) const;

    Dialect m_source;
    ObjectPathRoot m_root;
    QList<Rule> m_includes;
    QList<Rule> m_excludes;
    // "schema.name" of every top-level object -> kept.
    QHash<QString, bool> m_parents;
    QString m_error;
    QStringList m_messages;
};

} // namespace sluice::engine
