#include "engine/data/tablereader.h"

#include "engine/data/mariadbtablereader.h"
#include "engine/data/postgrestablereader.h"
#include "engine/data/sqlitetablereader.h"

namespace sluice::engine {

std::unique_ptr<TableReader> TableReader::create(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return std::make_unique<PostgresTableReader>();
    case Dialect::MariaDB:
        return std::make_unique<MariadbTableReader>();
    case Dialect::SQLite:
        return std::make_unique<SqliteTableReader>();
    }
    return nullptr;
}

} // namespace sluice::engine
