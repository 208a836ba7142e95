#include "engine/schedule/runhistory.h"

#include "engine/core/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QtConcurrent/QtConcurrentRun>

namespace sluice::engine {

namespace {

constexpr int kLockWaitMs = 10000;

} // namespace

RunHistory::RunHistory(QString filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : std::move(filePath))
{}

QString RunHistory::defaultFilePath()
{
    return AppPaths::dataDir() + QStringLiteral("/schedule/history.jsonl");
}

bool RunHistory::append(const RunRecord &record)
{
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        m_errorString = QCoreApplication::translate("RunHistory", "cannot create the folder of %1")
                            .arg(m_filePath);
        return false;
    }
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockWaitMs)) {
        m_errorString = QCoreApplication::translate(
                            "RunHistory", "the run history %1 stayed locked by another process")
                            .arg(m_filePath);
        return false;
    }
    QFile file(m_filePath);
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size() ||
        !file.flush()) {
        m_errorString =
            QCoreApplication::translate("RunHistory", "cannot write the run history %1: %2")
                .arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

QList<RunRecord> RunHistory::records(const QString &jobName, int limit) const
{
    QList<RunRecord> result;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue; // a line cut short by a crash
        RunRecord record = RunRecord::fromJson(document.object());
        if (jobName.isEmpty() || record.jobName == jobName)
            result.append(std::move(record));
    }
    if (limit > 0 && result.size() > limit)
        result = result.mid(result.size() - limit);
    return result;
}

QList<RunRecord> RunHistory::failedRunsSince(const QDateTime &since) const
{
    QList<RunRecord> failed;
    const QList<RunRecord> all = records();
    for (const RunRecord &record : all) {
        if (record.isFailure() && record.end >= since)
            failed.append(record);
    }
    return failed;
}

QFuture<QList<RunRecord>> RunHistory::recordsAsync(const QString &jobName, int limit) const
{
    const RunHistory copy = *this;
    return QtConcurrent::run([copy, jobName, limit] { return copy.records(jobName, limit); });
}

QFuture<QList<RunRecord>> RunHistory::failedRunsSinceAsync(const QDateTime &since) const
{
    const RunHistory copy = *this;
    return QtConcurrent::run([copy, since] { return copy.failedRunsSince(since); });
}

} // namespace sluice::engine
