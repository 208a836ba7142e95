#pragma once

#include "engine/catalog/tabledef.h"
#include "engine/data/chunkrange.h"

#include <QByteArrayView>
#include <QString>
#include <functional>

namespace sluice::engine {

// Receives a reader's output: COPY text holding whole rows, at most about
// ReadRequest::bufferSize bytes per call (one row larger than that comes alone).
// The bytes are only valid during the call. Return false to cancel the read.
using ChunkSink = std::function<bool(QByteArrayView data)>;

// What a worker reads: one chunk of one table.
struct ReadRequest
{
    // Schema, name and columns with their logical types (the source catalog's), which
    // decide the canonical forms. Generated columns are skipped: loads recompute them.
    // Without columns, every column is read and written as it is stored (as text).
    TableDef table;
    ChunkRange chunk;
    // QUERY clause as given ("WHERE salary > 1000 ORDER BY id"); empty for none.
    QString queryClause;
    // SAMPLE percentage; 100 reads every row.
    double samplePercent = 100.0;
    qsizetype bufferSize = 1024 * 1024;
};

struct ReadResult
{
    bool ok = false;
    bool canceled = false;
    QString errorString;
    qint64 rows = 0;
    qint64 bytes = 0;
    // The largest buffer handed to the sink, for memory checks.
    qsizetype largestBuffer = 0;
};

} // namespace sluice::engine
