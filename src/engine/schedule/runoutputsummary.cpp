#include "engine/schedule/runoutputsummary.h"

#include "engine/job/jobstore.h"
#include "engine/job/mastertable.h"

#include <QRegularExpression>
#include <QStringList>

namespace sluice::engine {

RunOutputSummary RunOutputSummary::fromOutput(const QString &output)
{
    static const QRegularExpression starting(QStringLiteral("Starting \"[^\"]*\"\\.\"([^\"]+)\":"));
    static const QRegularExpression rowsLine(
        QStringLiteral("^(?:\\S+ )?\\. \\. (?:exported|imported) .* (\\d+) rows"));
    static const QRegularExpression errorsLine(
        QStringLiteral("^(?:.*: )?Job \".*\" completed with (\\d+) error"));
    static const QRegularExpression fatalLine(
        QStringLiteral("^(?:.*: )?Job \".*\" stopped due to fatal error"));
    RunOutputSummary summary;
    QString lastCliError;
    QString lastLine;
    QString previous;
    const QStringList lines = output.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        lastLine = line;
        if (const auto match = starting.match(line); match.hasMatch() && summary.jobName.isEmpty())
            summary.jobName = match.captured(1);
        if (const auto match = rowsLine.match(line); match.hasMatch())
            summary.rows = qMax<qint64>(summary.rows, 0) + match.captured(1).toLongLong();
        if (const auto match = errorsLine.match(line); match.hasMatch())
            summary.errors = match.captured(1).toInt();
        // The line before "stopped due to fatal error" says why.
        if (fatalLine.match(line).hasMatch())
            summary.failure = previous.isEmpty() ? line : previous;
        previous = line;
        if (line.startsWith(QStringLiteral("sluice-cli: ")) &&
            !line.startsWith(QStringLiteral("sluice-cli: warning:")) &&
            !line.startsWith(QStringLiteral("sluice-cli: note:")))
            lastCliError = line.mid(12);
    }
    if (!lastCliError.isEmpty())
        summary.failure = lastCliError;
    else if (summary.failure.isEmpty())
        summary.failure = lastLine;
    return summary;
}

void RunOutputSummary::refineFromMaster(bool keepMaster)
{
    if (jobName.isEmpty())
        return;
    const JobStore store;
    const std::optional<JobStatus> status = store.find(jobName);
    if (!status)
        return;
    {
        MasterTable master;
        if (!master.open(status->masterPath))
            return;
        int warningCount = 0;
        int errorCount = 0;
        for (const MasterTable::LoggedLine &logged : master.logSince(0, 1000000)) {
            warningCount += logged.line.severity == JobLogLine::Severity::Warning ? 1 : 0;
            errorCount += logged.line.severity == JobLogLine::Severity::Error ? 1 : 0;
        }
        warnings = warningCount;
        errors = qMax(errors, errorCount);
        qint64 total = 0;
        bool any = false;
        for (const WorkItem &item : master.workItems(WorkItemState::Completed)) {
            total += item.rows;
            any = true;
        }
        if (any && rows < 0)
            rows = total;
    }
    const bool finished = status->state == JobState::Completed ||
                          status->state == JobState::CompletedWithErrors ||
                          status->state == JobState::Failed;
    QString error;
    if (!keepMaster && finished)
        (void)store.remove(jobName, &error);
}

} // namespace sluice::engine
