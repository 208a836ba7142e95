#pragma once

#include <QString>
#include <optional>

namespace sluice::engine {

// Reads a password from the terminal without echo: termios on Unix, SetConsoleMode
// on Windows. Only used when standard input is a terminal, so an unattended run can
// never hang at a prompt.
class TerminalPrompt
{
public:
    [[nodiscard]] static bool stdinIsTerminal();
    // Writes prompt to stderr, reads one line with echo off. nullopt on end of input
    // or when stdin is not a terminal.
    [[nodiscard]] static std::optional<QString> readPassword(const QString &prompt);
};

} // namespace sluice::engine
