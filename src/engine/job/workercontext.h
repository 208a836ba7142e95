#pragma once

#include <QtGlobal>
#include <atomic>

namespace sluice::engine {

class JobLog;

// What a WorkItemExecutor gets while it runs an item on its worker thread: the
// cancel flag (STOP_JOB=IMMEDIATE, KILL_JOB), a way to report rows and bytes as it
// goes (read by the runner's progress timer) and the job's log.
class WorkerContext
{
public:
    WorkerContext(int workerNumber, JobLog &log)
        : m_workerNumber(workerNumber)
        , m_log(log)
    {}

    [[nodiscard]] int workerNumber() const { return m_workerNumber; }
    [[nodiscard]] JobLog &log() const { return m_log; }

    // Executors check this between rows or batches and return early when it is set;
    // the item then stays EXECUTING and is discarded and re-run on restart.
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

    // Rows and bytes of the current item so far (absolute values, not increments).
    void reportProgress(qint64 rows, qint64 bytes)
    {
        m_rows.store(rows, std::memory_order_relaxed);
        m_bytes.store(bytes, std::memory_order_relaxed);
    }
    [[nodiscard]] qint64 rows() const { return m_rows.load(std::memory_order_relaxed); }
    [[nodiscard]] qint64 bytes() const { return m_bytes.load(std::memory_order_relaxed); }

private:
    const int m_workerNumber;
    JobLog &m_log;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_rows{0};
    std::atomic<qint64> m_bytes{0};
};

} // namespace sluice::engine
