#pragma once

#include "engine/data/tablewriter.h"

namespace sluice::engine {

// One prepared INSERT through SQLite's C API, executed per row inside one
// transaction per chunk; values are decoded from COPY text and bound with their
// type: integers, reals (Infinity too), booleans as 0/1, \x hex as blobs, the rest
// as text (numeric affinity then applies as the column's type asks).
class SqliteTableWriter : public TableWriter
{
public:
    [[nodiscard]] WriteResult write(QSqlDatabase &db, const WriteRequest &request,
                                    const ByteSource &source) override;
};

} // namespace sluice::engine
