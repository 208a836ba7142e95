#include "engine/exportjob/exportstate.h"

#include "engine/catalog/tablekey.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"

#include <QCoreApplication>

namespace sluice::engine {

void ExportState::processing(const QString &objectPath, int worker)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_processed.contains(objectPath))
            return;
        m_processed.insert(objectPath);
    }
    log->processingObjectType(objectPath, worker);
}

void ExportState::markProcessed(const QString &objectPath)
{
    const QMutexLocker lock(&m_mutex);
    m_processed.insert(objectPath);
}

void ExportState::expectTable(const QString &schema, const QString &name, int chunks,
                              int doneChunks, qint64 doneRows, qint64 doneBytes)
{
    const QMutexLocker lock(&m_mutex);
    m_tables.insert(tableKey(schema, name), Tally{chunks, doneChunks, doneRows, doneBytes});
}

void ExportState::chunkDone(const QString &schema, const QString &name, qint64 rows, qint64 bytes,
                            int worker)
{
    Tally tally;
    {
        const QMutexLocker lock(&m_mutex);
        Tally &entry = m_tables[tableKey(schema, name)];
        entry.rows += rows;
        entry.bytes += bytes;
        ++entry.done;
        if (entry.done < entry.chunks)
            return;
        tally = entry;
    }
    log->rows(QStringLiteral("exported"), JobLogFormat::objectName(schema, name), tally.bytes,
              tally.rows, worker);
}

void ExportState::warnLateWorker(int worker)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_warnedLate)
            return;
        m_warnedLate = true;
    }
    log->warning(QCoreApplication::translate(
                     "ExportState",
                     "Worker %1 started after the snapshot's read lock was released "
                     "(PARALLEL raised): MariaDB cannot share the snapshot with it, so "
                     "the chunks it exports are read from a later state")
                     .arg(worker),
                 worker);
}

void ExportState::recordWriteFailure(const QString &error)
{
    const QMutexLocker lock(&m_mutex);
    if (m_writeFailure.isEmpty())
        m_writeFailure = error;
}

QString ExportState::writeFailure() const
{
    const QMutexLocker lock(&m_mutex);
    return m_writeFailure;
}

} // namespace sluice::engine
