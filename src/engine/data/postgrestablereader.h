#pragma once

#include "engine/data/tablereader.h"

#include <QString>

namespace sluice::engine {

// COPY ... TO STDOUT through libpq: PostgreSQL's own text output is the canonical
// form, so its bytes go to the sink untouched.
class PostgresTableReader : public TableReader
{
public:
    [[nodiscard]] ReadResult read(QSqlDatabase &db, const ReadRequest &request,
                                  const ChunkSink &sink) override;

    // True when the request is read as `COPY table (columns) TO STDOUT`: the whole
    // table (no key range), neither QUERY nor SAMPLE, and a known column list. Any
    // other request is read as `COPY (SELECT ...) TO STDOUT`. Both give the same
    // rows in the same text form.
    [[nodiscard]] static bool readsTableDirectly(const ReadRequest &request);
    // The statement(s) read() sends for the request, in one round trip.
    [[nodiscard]] static QString copyStatement(const ReadRequest &request);
};

} // namespace sluice::engine
