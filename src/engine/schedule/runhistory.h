#pragma once

#include "engine/schedule/runrecord.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace sluice::engine {

// The run history of all saved jobs: JSON lines in AppPaths::dataDir()/schedule/
// history.jsonl, one line per finished run. Appends take a QLockFile beside the
// file and write the whole line in one append, so concurrent runs never interleave
// or corrupt lines; readers skip a line they cannot parse.
class RunHistory
{
public:
    // filePath defaults to defaultFilePath(); tests pass a temporary one.
    explicit RunHistory(QString filePath = {});

    [[nodiscard]] static QString defaultFilePath();
    [[nodiscard]] QString filePath() const { return m_filePath; }

    [[nodiscard]] bool append(const RunRecord &record);
    // Oldest first; one job's only when jobName is given; the last `limit` when > 0.
    [[nodiscard]] QList<RunRecord> records(const QString &jobName = {}, int limit = 0) const;
    // Runs that ended at or after `since` and failed (exit 1) or completed with errors
    // (exit 5): what the GUI points out at its start.
    [[nodiscard]] QList<RunRecord> failedRunsSince(const QDateTime &since) const;

    // The same, off the calling thread (for the GUI: watch the future, never wait()).
    [[nodiscard]] QFuture<QList<RunRecord>> recordsAsync(const QString &jobName = {},
                                                         int limit = 0) const;
    [[nodiscard]] QFuture<QList<RunRecord>> failedRunsSinceAsync(const QDateTime &since) const;

    [[nodiscard]] QString errorString() const { return m_errorString; }

private:
    QString m_filePath;
    QString m_errorString;
};

} // namespace sluice::engine
