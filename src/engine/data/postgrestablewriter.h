#pragma once

#include "engine/data/pgbinaryvalue.h"
#include "engine/data/tablewriter.h"

#include <QList>
#include <optional>

struct pg_conn;

namespace sluice::engine {

// COPY ... FROM STDIN through libpq. When every column of the target table has a
// type PgBinaryValue encodes (looked up in the server's catalog, so the binary
// forms always match the real columns), the canonical text is transcoded on the
// fly into binary COPY, which costs the server much less than parsing text
// (timestamps, numerics, hex bytea). Otherwise the text passes through untouched.
class PostgresTableWriter : public TableWriter
{
public:
    enum class Format {
        Automatic, // binary when every column allows it, else text
        Text,      // always the text as it is
    };

    explicit PostgresTableWriter(Format format = Format::Automatic);

    [[nodiscard]] WriteResult write(QSqlDatabase &db, const WriteRequest &request,
                                    const ByteSource &source) override;

    // The binary types of the request's data columns in the target table, in data
    // order; nullopt when one of them has none (or the table is not found).
    [[nodiscard]] static std::optional<QList<PgBinaryType>>
    binaryColumns(pg_conn *conn, const WriteRequest &request);

private:
    Format m_format;
};

} // namespace sluice::engine
