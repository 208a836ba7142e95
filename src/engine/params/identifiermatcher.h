#pragma once

#include "engine/core/dialect.h"
#include "engine/params/sqlname.h"

#include <QStringList>

namespace sluice::engine {

// Matches names written in parameters against the identifiers that really
// exist, following the project's case rule (see SqlName):
//  - unquoted: case-insensitive; two real identifiers that differ only in case
//    make the match ambiguous, which is an error listing both;
//  - quoted: exact (on SQLite, ASCII-case-insensitive, as SQLite itself compares).
// LIKE patterns use % and _ with no ESCAPE.
class IdentifierMatcher
{
public:
    enum class Status { Found, NotFound, Ambiguous };
    struct Result
    {
        Status status = Status::NotFound;
        // Found: the matching identifiers (one, or several for a % wildcard).
        // Ambiguous: the identifiers that differ only in case.
        QStringList identifiers;
        QString errorString; // set for Ambiguous
    };

    // Resolves a name (with % wildcards when unquoted and hasWildcard()).
    [[nodiscard]] static Result resolve(const SqlName &name, const QStringList &identifiers,
                                        Dialect dialect);

    // The identifiers a literal or pattern selects. exact: compare case-sensitively.
    // Fails with Ambiguous if a case-insensitive selection holds two identifiers
    // that differ only in case.
    [[nodiscard]] static Result select(const QString &pattern, bool like, bool exact,
                                       const QStringList &identifiers, Dialect dialect);

    // Case folding used for case-insensitive comparison: ASCII-only on SQLite
    // (as SQLite compares identifiers), full Unicode folding elsewhere.
    [[nodiscard]] static QString fold(const QString &text, Dialect dialect);
    [[nodiscard]] static bool equals(const QString &a, const QString &b, bool exact,
                                     Dialect dialect);
    // SQL LIKE with % (any run) and _ (any one character), no ESCAPE.
    [[nodiscard]] static bool like(const QString &text, const QString &pattern, bool exact,
                                   Dialect dialect);
};

} // namespace sluice::engine
