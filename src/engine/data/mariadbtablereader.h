#pragma once

#include "engine/data/tablereader.h"

namespace sluice::engine {

// An unbuffered result set (mysql_use_result) on the connection's MYSQL handle, so
// rows stream from the server as they are consumed. The text protocol already gives
// exact DECIMAL and ISO dates; binary strings become \x hex, BIT a bit string, floats
// the shortest round-trip form, fractions lose trailing zeros.
class MariadbTableReader : public TableReader
{
public:
    [[nodiscard]] ReadResult read(QSqlDatabase &db, const ReadRequest &request,
                                  const ChunkSink &sink) override;
};

} // namespace sluice::engine
