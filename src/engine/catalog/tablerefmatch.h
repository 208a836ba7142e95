#pragma once

#include "engine/catalog/catalog.h"
#include "engine/params/jobspec.h"

#include <QList>
#include <QString>
#include <optional>

namespace sluice::engine {

// One table that a TABLES= entry names.
struct TableMatch
{
    const SchemaDef *schema = nullptr;
    const TableDef *table = nullptr;
};

// The tables of catalog that a TABLES= entry names: its schema (defaultSchema when the
// entry gives none) and its table, each resolved as Data Pump resolves names
// (IdentifierMatcher: quoted names exact, others folded; % matches any characters).
// An empty list: no such table. nullopt: a name is ambiguous, *error says which.
[[nodiscard]] std::optional<QList<TableMatch>> matchTables(const Catalog &catalog,
                                                           const TableRef &ref,
                                                           const QString &defaultSchema,
                                                           QString *error);

} // namespace sluice::engine
