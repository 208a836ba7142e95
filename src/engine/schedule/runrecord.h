#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sluice::engine {

// One run of a saved job, as the run history keeps it.
struct RunRecord
{
    enum class Kind { Completed, CompletedWithErrors, Failed, SkippedDisabled, SkippedOverlap };

    QString runId; // unique per run
    QString jobName;
    bool scheduled = false; // started by the OS scheduler (--scheduled)
    QDateTime start;
    QDateTime end;
    Kind kind = Kind::Failed;
    int exitCode = 1; // 0, 5 or 1 as Data Pump's
    qint64 rows = -1; // rows moved; -1 when unknown
    int warnings = 0;
    int errors = 0;
    QString reason;  // why it failed (Failed only)
    QString logFile; // the job's Data Pump log file, when it has one
    QString runLog;  // the run's own log: what sluice-cli printed, and the runner's notes
    qint64 pid = 0;  // of the runner

    // "completed", "completed with 2 errors", "failed: <reason>", "skipped (disabled)",
    // "skipped (previous run still running)".
    [[nodiscard]] QString outcome() const;
    [[nodiscard]] bool isFailure() const
    {
        return kind == Kind::Failed || kind == Kind::CompletedWithErrors;
    }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static RunRecord fromJson(const QJsonObject &object);
};

} // namespace sluice::engine
