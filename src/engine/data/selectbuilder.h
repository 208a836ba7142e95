#pragma once

#include "engine/core/dialect.h"
#include "engine/data/readrequest.h"

#include <QString>
#include <QStringList>

namespace sluice::engine {

// Builds the SELECT a reader runs for one chunk: the table's stored columns, the
// chunk's key range, the QUERY clause and SAMPLE, in the engine's dialect.
class SelectBuilder
{
public:
    // The columns that hold data (generated columns are left out).
    [[nodiscard]] static QList<ColumnDef> dataColumns(const TableDef &table);
    [[nodiscard]] static QString select(const ReadRequest &request, Dialect dialect);

    // A QUERY clause split into its condition (a leading WHERE dropped) and a trailing
    // ORDER BY at the outermost level, outside quotes.
    struct QueryParts
    {
        QString condition;
        QString orderBy; // "ORDER BY ..." or empty
    };
    [[nodiscard]] static QueryParts splitQueryClause(const QString &clause);
};

} // namespace sluice::engine
