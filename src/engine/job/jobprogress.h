#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sluice::engine {

// What one worker is doing, for STATUS and the GUI.
struct WorkerProgress
{
    int number = 0;     // 1-based
    QString state;      // "EXECUTING", "WORK WAITING", "FINISHED"
    QString objectPath; // of the current item
    QString schema;
    QString name;
    qint64 rows = 0;  // of the current item so far
    qint64 bytes = 0; // of the current item so far
    double bytesPerSecond = 0;
    qint64 completedObjects = 0; // in this run of the host
};

// A job's progress, emitted by JobRunner (in the host) and JobClient (in clients)
// about ten times per second at most.
struct JobProgress
{
    qint64 bytesDone = 0;
    qint64 bytesEstimated = 0;
    qint64 objectsDone = 0; // completed, failed or skipped items
    qint64 objectsTotal = 0;
    qint64 elapsedMs = 0;   // since the host (re)started the job
    qint64 etaSeconds = -1; // -1: unknown
    int parallel = 0;       // the requested degree
    QList<WorkerProgress> workers;

    [[nodiscard]] int percentDone() const
    {
        if (objectsTotal <= 0)
            return 0;
        if (bytesEstimated > 0 && bytesDone < bytesEstimated)
            return int(bytesDone * 100 / bytesEstimated);
        return int(objectsDone * 100 / objectsTotal);
    }
};

} // namespace sluice::engine

Q_DECLARE_METATYPE(sluice::engine::JobProgress)
