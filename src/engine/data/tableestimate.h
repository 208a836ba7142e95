#pragma once

#include <QString>

namespace sluice::engine {

// A table's size as ESTIMATE=BLOCKS or STATISTICS sees it; -1 where unknown.
struct TableEstimate
{
    bool ok = false;
    QString errorString;
    qint64 bytes = -1;
    qint64 rows = -1;
};

} // namespace sluice::engine
