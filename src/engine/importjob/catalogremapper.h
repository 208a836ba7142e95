#pragma once

#include "engine/catalog/catalog.h"
#include "engine/params/jobspec.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// REMAP_SCHEMA, REMAP_TABLE and REMAP_TABLESPACE applied to a catalog before any DDL
// is written, so every statement (CREATE, indexes, keys, sequences, views, grants)
// names the target objects. Names are matched as the parameter language says (a bare
// name case-insensitively where the source engine folds, a quoted one exactly).
//
// Structured references (a foreign key's table, an identity sequence, a view's
// dependencies) are renamed exactly. Texts the engines keep (view queries, routine
// and trigger bodies, defaults) get their schema-qualified names rewritten, and for
// a renamed table its name after FROM, JOIN, INTO, UPDATE, ON and TABLE; the engine's
// own CREATE texts of renamed objects are dropped so DdlWriter rebuilds them from
// the model. As Data Pump, REMAP_TABLE renames only tables the import creates.
class CatalogRemapper
{
public:
    CatalogRemapper(const JobSpec &spec, Dialect source, Dialect target);

    // Rewrites catalog in place. Notes (e.g. "no tablespaces on MariaDB") go to notes().
    void apply(Catalog &catalog);

    // The target schema and name of a source table (identity when not remapped).
    [[nodiscard]] QString targetSchema(const QString &sourceSchema) const;
    [[nodiscard]] QString targetTable(const QString &sourceSchema, const QString &table) const;
    [[nodiscard]] QStringList notes() const { return m_notes; }

private:
    void collect(const Catalog &catalog);
    void remapTable(TableDef &table) const;
    void remapView(ViewDef &view) const;
    [[nodiscard]] QString remapText(const QString &text, bool qualifiedOnly) const;
    [[nodiscard]] QString remapQualified(const QString &qualifiedName) const;
    [[nodiscard]] QString tablespace(const QString &name) const;

    const JobSpec &m_spec;
    Dialect m_source;
    Dialect m_target;
    QHash<QString, QString> m_schemas;     // source schema -> target schema
    QHash<QString, QString> m_tables;      // "schema\0table" (source) -> new name
    QHash<QString, QString> m_tablespaces; // source tablespace -> target
    QStringList m_notes;
};

} // namespace sluice::engine
