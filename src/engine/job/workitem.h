#pragma once

#include "engine/job/jobstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sluice::engine {

// Phases are barriers: no item of a phase starts before every item of the phases
// below it is done. Plans use these values (and may use others in between).
namespace JobPhase {
inline constexpr int Metadata = 100;
inline constexpr int TableData = 200;
inline constexpr int Index = 300;
inline constexpr int Constraint = 400;
inline constexpr int RefConstraint = 500;
inline constexpr int Post = 600;
} // namespace JobPhase

// One row of the master table's work_item table: an object or a data chunk.
struct WorkItem
{
    qint64 id = 0;
    int phase = JobPhase::Metadata;
    int processOrder = 0; // within a phase: process_order, then id
    QString objectPath;   // "SCHEMA_EXPORT/TABLE/TABLE_DATA"
    QString schema;
    QString name;
    int chunk = 0;
    QJsonObject payload; // plan-specific: key range, DDL, member name...
    WorkItemState state = WorkItemState::Pending;
    int worker = 0;   // the worker that ran it last (1-based); 0: none
    int attempts = 0; // >0 on a pending item: it was started before and must be discarded
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 estimateBytes = 0;
    QDateTime started;
    QDateTime finished;
    QString error;
    QJsonObject result; // plan-specific: dump member name, checksum...
};

// What WorkItemExecutor::execute() returns.
struct WorkItemResult
{
    bool ok = false;
    qint64 rows = 0;
    qint64 bytes = 0;
    QJsonObject result;
    QString error; // when !ok: the reason, logged and recorded in the item
    // When !ok: the job cannot go on (a full disk, a dump file set that cannot be
    // written). The item stays EXECUTING, the job stops with a fatal error and a
    // restart runs the item again, instead of recording it FAILED and going on.
    bool fatal = false;

    [[nodiscard]] static WorkItemResult success(qint64 rows, qint64 bytes, QJsonObject result = {})
    {
        return {true, rows, bytes, std::move(result), {}};
    }
    [[nodiscard]] static WorkItemResult failure(QString error)
    {
        return {false, 0, 0, {}, std::move(error)};
    }
    [[nodiscard]] static WorkItemResult fatalFailure(QString error)
    {
        return {false, 0, 0, {}, std::move(error), true};
    }
};

} // namespace sluice::engine
