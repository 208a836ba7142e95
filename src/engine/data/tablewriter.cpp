#include "engine/data/tablewriter.h"

#include "engine/data/mariadbtablewriter.h"
#include "engine/data/postgrestablewriter.h"
#include "engine/data/sqlitetablewriter.h"

#include <cstring>

namespace sluice::engine {

ByteSource WriteRequest::sourceOf(QByteArrayView data)
{
    return [data, offset = qsizetype(0)](char *out, qint64 maxSize) mutable -> qint64 {
        const qsizetype n = qMin<qsizetype>(qsizetype(maxSize), data.size() - offset);
        std::memcpy(out, data.data() + offset, size_t(n));
        offset += n;
        return n;
    };
}

std::unique_ptr<TableWriter> TableWriter::create(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return std::make_unique<PostgresTableWriter>();
    case Dialect::MariaDB:
        return std::make_unique<MariadbTableWriter>();
    case Dialect::SQLite:
        return std::make_unique<SqliteTableWriter>();
    }
    return nullptr;
}

} // namespace sluice::engine
