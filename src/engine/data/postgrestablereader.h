#pragma once

#include "engine/data/tablereader.h"

namespace sluice::engine {

// COPY (SELECT ...) TO STDOUT through libpq: PostgreSQL's own text output is the
// canonical form, so its bytes go to the sink untouched.
class PostgresTableReader : public TableReader
{
public:
    [[nodiscard]] ReadResult read(QSqlDatabase &db, const ReadRequest &request,
                                  const ChunkSink &sink) override;
};

} // namespace sluice::engine
