#pragma once

#include <QString>

namespace sluice::engine {

// What a run of `sluice-cli export|import` reported: read from its console output
// (the same lines as its log), then refined from the job's master table, which the
// runner keeps (KEEP_MASTER=YES) until it has read the counts.
struct RunOutputSummary
{
    QString jobName;  // from `Starting "OWNER"."JOB_NAME":`
    qint64 rows = -1; // sum of the ". . exported/imported ... N rows" lines
    int errors = 0;   // from "completed with N error(s)"
    int warnings = 0;
    QString failure; // the last "sluice-cli: ..." message or the job's fatal-error line

    [[nodiscard]] static RunOutputSummary fromOutput(const QString &output);
    // Counts warnings and errors from the master table's log and rows from its work
    // items; removes the master table unless keepMaster or the job can be restarted.
    void refineFromMaster(bool keepMaster);
};

} // namespace sluice::engine
