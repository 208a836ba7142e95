#pragma once

#include <QStringList>
#include <QTextStream>

namespace sluice::cli {

// Exit codes as Data Pump's: 0 success, 5 completed with errors, 1 failed.
enum ExitCode : int { ExitSuccess = 0, ExitFailure = 1, ExitWithErrors = 5 };

// What every command gets: its arguments (after the command word) and the
// console streams. Commands print through these so tests can read them.
class CliContext {
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
