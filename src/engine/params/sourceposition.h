#pragma once

#include <QCoreApplication>
#include <QString>

namespace sluice::engine {

// Where a parameter came from, for error messages: "argument 3" (counted after
// the command word) or "hr.par line 4".
struct SourcePosition
{
    QString parfile; // empty: the command line
    int number = 0;  // argument index (1-based) or parfile line (1-based)

    [[nodiscard]] bool isValid() const { return number > 0; }
    [[nodiscard]] QString describe() const
    {
        if (!isValid())
            return QCoreApplication::translate("SourcePosition", "job specification");
        if (parfile.isEmpty())
            return QCoreApplication::translate("SourcePosition", "argument %1").arg(number);
        return QCoreApplication::translate("SourcePosition", "%1 line %2").arg(parfile).arg(number);
    }
    bool operator==(const SourcePosition &other) const = default;
};

// A failed parse: the message names the parameter, the offending text and the fix.
struct ParameterError
{
    QString parameter; // canonical keyword, empty when none applies
    QString text;      // the offending text as read
    SourcePosition position;
    QString message;

    // "argument 3: NOLOGFILE ..." -- what the CLI prints.
    [[nodiscard]] QString toString() const { return position.describe() + u": " + message; }
};

} // namespace sluice::engine
