#pragma once

#include "engine/params/sourceposition.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace sluice::engine {

// One value word of a parameter, as read (quotes kept, backslash escapes removed).
struct RawValue
{
    QString text;
    SourcePosition position;
    // True when the word stood on its own (after a space or comma) rather than
    // right after KEYWORD=; the bare-keyword check looks only at these.
    bool separateWord = false;
};

// KEYWORD=value[ value...] as read, before any meaning is given to it.
struct RawParameter
{
    QString keyword; // as typed
    SourcePosition position;
    QList<RawValue> values;
};

// Splits command-line arguments or PARFILE text into parameters, following
// Data Pump's rules:
//  - the arguments are read as one text joined by spaces (as expdp does), so
//    a quoted value may span arguments the shell split;
//  - values are separated by commas or white space; "...", '...' and (...) group;
//  - a backslash before " ' ( ) or \ stands for that character, so the shell-escaped
//    forms (TABLES='\"Emp\"', EXCLUDE=TABLE:\"IN \(\'EMP\'\)\") read like a parfile's;
//  - KEYWORD=value, KEYWORD = value; words without = continue the previous
//    parameter's list (TABLES=emp dept); a first word without = is the connection;
//  - parfiles: # starts a comment (at the start of a line, or after white space
//    outside quotes), a backslash at the end of a line continues it, a newline
//    separates like a comma, and a quote must close on its line.
class ParamTokenizer
{
public:
    struct Result
    {
        QList<RawParameter> parameters;
        std::optional<RawValue> leadingWord; // positional connection reference
        std::optional<ParameterError> error;
    };

    [[nodiscard]] static Result tokenizeArguments(const QStringList &arguments);
    [[nodiscard]] static Result tokenizeParfile(const QString &text, const QString &fileName);

    // Splits a value such as "(a, b)" or "a,b" (after unwrapping one level of
    // parentheses) into its words, honouring quotes and parentheses.
    [[nodiscard]] static QStringList splitList(const QString &text);
    // Removes one enclosing pair of double quotes, turning "" into ".
    [[nodiscard]] static QString unquote(const QString &text);
    // True when text is one "..." string from its first to its last character.
    [[nodiscard]] static bool isDoubleQuoted(const QString &text);
};

} // namespace sluice::engine
