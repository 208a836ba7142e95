#pragma once

#include <QtGlobal>

namespace sluice::engine {

// The few process facts the job framework needs, per platform.
class HostProcess
{
public:
    [[nodiscard]] static qint64 currentPid();
    // Whether a process with this id exists (a zombie counts as gone).
    [[nodiscard]] static bool isAlive(qint64 pid);
    // Called first thing in a job host: a new session without a controlling terminal,
    // and SIGINT/SIGHUP/SIGPIPE ignored, so Ctrl-C or closing the client's terminal
    // does not end the job.
    static void detachFromTerminal();
};

} // namespace sluice::engine
