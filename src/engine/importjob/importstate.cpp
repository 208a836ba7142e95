#include "engine/importjob/importstate.h"

#include "engine/catalog/tablekey.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"

namespace sluice::engine {

void ImportState::processing(const QString &objectPath, int worker)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_processed.contains(objectPath))
            return;
        m_processed.insert(objectPath);
    }
    log->processingObjectType(objectPath, worker);
}

void ImportState::expectTable(const QString &schema, const QString &name, int chunks,
                              int doneChunks, qint64 doneRows, qint64 doneBytes)
{
    const QMutexLocker lock(&m_mutex);
    m_tables.insert(tableKey(schema, name), Tally{chunks, doneChunks, doneRows, doneBytes});
}

void ImportState::chunkDone(const QString &schema, const QString &name, qint64 rows, qint64 bytes,
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
    log->rows(QStringLiteral("imported"), JobLogFormat::objectName(schema, name), tally.bytes,
              tally.rows, worker);
}

qint64 ImportState::loadedRows(const QString &schema, const QString &name)
{
    const QMutexLocker lock(&m_mutex);
    return m_tables.value(tableKey(schema, name)).rows;
}

} // namespace sluice::engine
