#pragma once

#include "engine/data/tablewriter.h"

namespace sluice::engine {

// COPY ... FROM STDIN through libpq: the canonical text is PostgreSQL's own input
// form, so the bytes pass through untouched.
class PostgresTableWriter : public TableWriter
{
public:
    [[nodiscard]] WriteResult write(QSqlDatabase &db, const WriteRequest &request,
                                    const ByteSource &source) override;
};

} // namespace sluice::engine
