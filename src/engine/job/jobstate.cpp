#include "engine/job/jobstate.h"

#include <array>

namespace sluice::engine {

namespace {

constexpr std::array kJobStateNames{
    "DEFINING",   "EXECUTING", "STOP PENDING",          "STOPPING", "NOT RUNNING",
    "COMPLETING", "COMPLETED", "COMPLETED WITH ERRORS", "FAILED",   "KILLED",
};

constexpr std::array kItemStateNames{"PENDING", "EXECUTING", "COMPLETED", "FAILED", "SKIPPED"};

template <typename E, std::size_t N>
std::optional<E> fromName(const std::array<const char *, N> &names, const QString &name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

} // namespace

QString jobStateName(JobState state)
{
    return QLatin1String(kJobStateNames[static_cast<std::size_t>(state)]);
}

std::optional<JobState> jobStateFromName(const QString &name)
{
    return fromName<JobState>(kJobStateNames, name);
}

bool isActiveJobState(JobState state)
{
    switch (state) {
    case JobState::Defining:
    case JobState::Executing:
    case JobState::StopPending:
    case JobState::Stopping:
    case JobState::Completing:
        return true;
    default:
        return false;
    }
}

bool isFinishedJobState(JobState state)
{
    return state == JobState::Completed || state == JobState::CompletedWithErrors ||
           state == JobState::Failed || state == JobState::Killed;
}

QString workItemStateName(WorkItemState state)
{
    return QLatin1String(kItemStateNames[static_cast<std::size_t>(state)]);
}

std::optional<WorkItemState> workItemStateFromName(const QString &name)
{
    return fromName<WorkItemState>(kItemStateNames, name);
}

} // namespace sluice::engine
