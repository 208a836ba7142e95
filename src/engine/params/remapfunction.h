#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sluice::engine {

// One argument of a REMAP_DATA function call: a number or a 'string'.
struct RemapArgument
{
    bool isString = false;
    QString value; // the number's text, or the string without quotes
    bool operator==(const RemapArgument &other) const = default;
};

// A parsed REMAP_DATA function reference: MASK(4), CONSTANT('n/a'), FAKE_EMAIL.
struct RemapFunctionCall
{
    QString name; // canonical upper case
    QList<RemapArgument> arguments;

    // Canonical text: NAME or NAME(arg, ...).
    [[nodiscard]] QString toString() const;
    bool operator==(const RemapFunctionCall &other) const = default;
};

// The built-in REMAP_DATA functions (Data Pump calls PL/SQL packages; Sluice has
// no PL/SQL, so it offers these instead). The import engine implements them;
// every function is deterministic: the same input always gives the same output,
// so keys and foreign keys stay joinable.
class RemapFunction
{
public:
    enum class ArgumentKind { Integer, String, Any };
    struct Definition
    {
        const char *name;
        int minArguments;
        int maxArguments;
        ArgumentKind kinds[2];
        const char *syntax;
        const char *description;
    };

    [[nodiscard]] static const QList<Definition> &all();
    [[nodiscard]] static const Definition *find(QStringView name);
    // Parses "NAME" or "NAME(args)" and checks it against the table.
    [[nodiscard]] static std::optional<RemapFunctionCall> parse(const QString &text,
                                                                QString *error);
    // "NULL, CONSTANT(value), HASH, ..." for messages and help.
    [[nodiscard]] static QString syntaxList();
};

} // namespace sluice::engine
