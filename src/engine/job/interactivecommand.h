#pragma once

#include "engine/params/parameterdefinition.h"

#include <QString>
#include <optional>

namespace sluice::engine {

// One command typed at the `Export>` / `Import>` prompt (DATAPUMP.md A.3), parsed
// and checked. Abbreviations are accepted only when they name one command, and
// STOP_JOB and KILL_JOB need at least their first four letters, so a stray "s"
// or "st" never asks to stop the job (a known Data Pump pain point).
struct InteractiveCommand
{
    enum class Kind {
        AddFile,
        ContinueClient,
        ExitClient,
        FileSize,
        Help,
        KillJob,
        Parallel,
        ReuseDumpFiles,
        StartJob,
        Status,
        StopJob,
    };

    Kind kind = Kind::Help;
    QString name;     // canonical keyword: "STOP_JOB"
    QString argument; // canonical value: "IMMEDIATE", "4", "YES", the file list...

    // nullopt with *error when the text is not a valid command for the operation.
    [[nodiscard]] static std::optional<InteractiveCommand>
    parse(const QString &text, JobOperation operation, QString *error);
    // The HELP text for the operation's prompt.
    [[nodiscard]] static QString helpText(JobOperation operation);
};

} // namespace sluice::engine
