#pragma once

#include "engine/log/exitcode.h"

#include <QStringList>
#include <QTextStream>

namespace sluice::cli {

// Exit codes as Data Pump's: 0 success, 5 completed with errors, 1 failed. The engine's
// ExitCode is the source; these are its values as ints for main() and run functions.
inline constexpr int ExitSuccess = engine::toInt(engine::ExitCode::Success);
inline constexpr int ExitFailure = engine::toInt(engine::ExitCode::Failure);
inline constexpr int ExitWithErrors = engine::toInt(engine::ExitCode::CompletedWithErrors);

// What every command gets: its arguments (after the command word) and the
// console streams. Commands print through these so tests can read them.
class CliContext
{
public:
    explicit CliContext(QStringList arguments);

    [[nodiscard]] const QStringList &arguments() const { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "sluice-cli: <message>" on stderr and returns ExitFailure.
    int fail(const QString &message);

private:
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sluice::cli
