#pragma once

#include <QString>

namespace sluice::engine {

// A table's size as ESTIMATE=BLOCKS or STATISTICS sees it; -1 where unknown.
struct TableEstimate
{
    bool ok = false;
    QString errorString;
    qint64 bytes = -1; // by the method asked for
    qint64 rows = -1;
    // The STATISTICS figure, which the same queries give whatever the method: the
    // chunk planner sizes chunks with it.
    qint64 statisticsBytes = -1;
};

} // namespace sluice::engine
