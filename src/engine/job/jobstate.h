#pragma once

#include <QString>
#include <optional>

namespace sluice::engine {

// A job's state, as Data Pump's DBA_DATAPUMP_JOBS.STATE shows it. The master table
// stores the state the host last wrote; a reader turns an active state whose host is
// gone into NotRunning (crashed, restartable): see JobStore::effectiveState().
enum class JobState {
    Defining,            // the client created the master table; the host defines the work
    Executing,           // workers run the work items
    StopPending,         // STOP_JOB: workers finish their current item, then stop
    Stopping,            // STOP_JOB=IMMEDIATE: current items are cancelled
    NotRunning,          // stopped or crashed; START_JOB restarts it where it left off
    Completing,          // every item is done; the plan's finish hook runs
    Completed,           // finished without errors
    CompletedWithErrors, // finished; some items failed (exit code 5)
    Failed,              // could not be defined (no plan, bad parameters): not restartable
    Killed,              // KILL_JOB; the master table is being removed
};

// "EXECUTING", "STOP PENDING", "NOT RUNNING", "COMPLETED WITH ERRORS", ...
[[nodiscard]] QString jobStateName(JobState state);
[[nodiscard]] std::optional<JobState> jobStateFromName(const QString &name);
// A host process should be alive in these states.
[[nodiscard]] bool isActiveJobState(JobState state);
// Nothing more will happen to the job: Completed, CompletedWithErrors, Failed, Killed.
[[nodiscard]] bool isFinishedJobState(JobState state);

// A work item's state in the master table.
enum class WorkItemState { Pending, Executing, Completed, Failed, Skipped };

[[nodiscard]] QString workItemStateName(WorkItemState state);
[[nodiscard]] std::optional<WorkItemState> workItemStateFromName(const QString &name);

} // namespace sluice::engine
