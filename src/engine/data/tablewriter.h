#pragma once

#include "engine/core/dialect.h"
#include "engine/data/writerequest.h"

#include <memory>

class QSqlDatabase;

namespace sluice::engine {

// Loads one chunk of canonical COPY text into a table in one transaction: either
// every row of the chunk is committed, or none is and the result says why. When
// the connection is already inside a transaction, the chunk runs in a savepoint
// (PostgreSQL, SQLite) so the caller's transaction decides the final outcome. On
// MariaDB each chunk is its own transaction (START TRANSACTION would commit an open
// one, so do not call it inside a transaction of your own).
// The connection must have gone through DataSession::prepare().
class TableWriter
{
public:
    virtual ~TableWriter() = default;
    [[nodiscard]] static std::unique_ptr<TableWriter> create(Dialect dialect);

    [[nodiscard]] virtual WriteResult write(QSqlDatabase &db, const WriteRequest &request,
                                            const ByteSource &source) = 0;
};

} // namespace sluice::engine
