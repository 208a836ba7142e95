#pragma once

#include "engine/catalog/tabledef.h"

#include <QByteArrayView>
#include <QStringList>
#include <functional>

namespace sluice::engine {

// Supplies a writer with one chunk's COPY text: copies up to maxSize bytes into data
// and returns how many, 0 at the end of the chunk, or -1 when the source failed (the
// chunk is then rolled back). Rows may be split across calls anywhere.
using ByteSource = std::function<qint64(char *data, qint64 maxSize)>;

// What a worker loads: one chunk of COPY text into one table.
struct WriteRequest
{
    // The target schema and name, and the columns in the data's field order with their
    // logical types (the dump's or source's catalog), which decide the conversions.
    // Generated columns are skipped, as the readers skip them.
    TableDef table;

    // A source that hands out the bytes of data (which must outlive the source).
    [[nodiscard]] static ByteSource sourceOf(QByteArrayView data);
};

struct WriteResult
{
    bool ok = false;
    QString errorString;
    qint64 rows = 0;
    qint64 bytes = 0;
    // PostgreSQL: the rows of the chunk sent as binary COPY (the rest went as text).
    qint64 binaryRows = 0;
    // Non-fatal notes, e.g. that MariaDB refused LOAD DATA LOCAL and INSERTs were used.
    QStringList warnings;
};

} // namespace sluice::engine
