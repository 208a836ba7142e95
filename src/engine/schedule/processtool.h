#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// Runs an OS tool (systemctl, crontab, schtasks) to completion with a timeout, so a
// wedged tool never blocks a caller for ever. Blocking: call it from the CLI or a
// worker thread, never from the GUI thread.
struct ProcessTool
{
    struct Result
    {
        bool started = false;
        bool timedOut = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        [[nodiscard]] bool ok() const { return started && !timedOut && exitCode == 0; }
        // "crontab: exit code 1: <stderr>" for messages.
        [[nodiscard]] QString describe(const QString &program) const;
    };

    // program: a name looked up in PATH, or a path.
    [[nodiscard]] static Result run(const QString &program, const QStringList &arguments,
                                    const QByteArray &input = {}, int timeoutMs = 30000);
    // The absolute path of a program in PATH; empty when there is none.
    [[nodiscard]] static QString find(const QString &program);
};

} // namespace sluice::engine
