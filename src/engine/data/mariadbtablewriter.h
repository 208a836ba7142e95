#pragma once

#include "engine/data/tablewriter.h"

namespace sluice::engine {

// LOAD DATA LOCAL INFILE fed from memory (mysql_set_local_infile_handler), with an
// explicit column list and SET conversions for hex binary, t/f booleans, bit strings
// and UTC offsets. LOAD DATA LOCAL turns row errors into warnings, so any warning
// rolls the chunk back. When the server or client refuses LOCAL, the chunk is loaded
// with multi-row INSERTs instead and the result carries a warning saying so.
class MariadbTableWriter : public TableWriter
{
public:
    [[nodiscard]] WriteResult write(QSqlDatabase &db, const WriteRequest &request,
                                    const ByteSource &source) override;
};

} // namespace sluice::engine
