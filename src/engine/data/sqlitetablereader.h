#pragma once

#include "engine/data/tablereader.h"

namespace sluice::engine {

// A prepared SELECT through SQLite's C API, each value written in canonical form
// from its storage class and the column's logical type (SQLite stores 24000 for a
// NUMERIC(8,2) 24000.00, 1 for a boolean true, text or numbers for dates).
class SqliteTableReader : public TableReader
{
public:
    [[nodiscard]] ReadResult read(QSqlDatabase &db, const ReadRequest &request,
                                  const ChunkSink &sink) override;
};

} // namespace sluice::engine
