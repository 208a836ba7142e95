#include "engine/job/jobstatusformat.h"

#include "engine/log/joblogformat.h"

namespace sluice::engine {

QString JobStatusFormat::groupedNumber(qint64 value)
{
    QString digits = QString::number(qAbs(value));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return value < 0 ? u'-' + digits : digits;
}

QString JobStatusFormat::text(const JobStatus &status)
{
    const JobProgress &progress = status.progress;
    QString out;
    const auto line = [&out](const QString &label, const QString &value) {
        out += QStringLiteral("  %1: %2\n").arg(label, value);
    };
    out += QStringLiteral("Job: %1\n").arg(status.name);
    line(QStringLiteral("Operation"), status.operation);
    line(QStringLiteral("Mode"), status.mode);
    if (status.started.isValid())
        line(QStringLiteral("Start Time"), JobLogFormat::dateTime(status.started));
    line(QStringLiteral("State"), jobStateName(status.state));
    if (status.state == JobState::NotRunning && !status.stopReason.isEmpty())
        line(QStringLiteral("Stop Reason"), status.stopReason);
    line(QStringLiteral("Bytes Processed"), groupedNumber(progress.bytesDone));
    if (progress.bytesEstimated > 0)
        line(QStringLiteral("Bytes Estimated"), groupedNumber(progress.bytesEstimated));
    line(QStringLiteral("Percent Done"), QString::number(progress.percentDone()));
    line(QStringLiteral("Objects Done"),
         QStringLiteral("%1 of %2").arg(progress.objectsDone).arg(progress.objectsTotal));
    if (progress.etaSeconds >= 0 && isActiveJobState(status.state))
        line(QStringLiteral("Time Remaining"), JobLogFormat::elapsed(progress.etaSeconds * 1000));
    line(QStringLiteral("Current Parallelism"), QString::number(progress.parallel));
    line(QStringLiteral("Job Error Count"), QString::number(status.errorCount));
    for (const QString &file : status.dumpFiles)
        line(QStringLiteral("Dump File"), file);
    for (const WorkerProgress &worker : progress.workers) {
        out += QStringLiteral("\nWorker %1 Status:\n").arg(worker.number);
        line(QStringLiteral("Process Name"),
             QStringLiteral("DW%1").arg(worker.number - 1, 2, 10, QLatin1Char('0')));
        line(QStringLiteral("State"), worker.state);
        if (!worker.objectPath.isEmpty()) {
            line(QStringLiteral("Object Schema"), worker.schema);
            line(QStringLiteral("Object Name"), worker.name);
            line(QStringLiteral("Object Type"), worker.objectPath);
            line(QStringLiteral("Completed Rows"), groupedNumber(worker.rows));
        }
        line(QStringLiteral("Completed Objects"), QString::number(worker.completedObjects));
        line(QStringLiteral("Worker Parallelism"), QStringLiteral("1"));
    }
    return out;
}

} // namespace sluice::engine
