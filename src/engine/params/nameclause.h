#pragma once

#include "engine/core/dialect.h"
#include "engine/params/identifiermatcher.h"

#include <QList>
#include <QString>
#include <optional>

namespace sluice::engine {

// The name_clause of INCLUDE/EXCLUDE (EXCLUDE=INDEX:"LIKE 'EMP%'"), parsed when
// the parameter is read so that syntax errors come early.
//
// Supported: = 'X', != 'X' (also <>), LIKE 'P', NOT LIKE 'P', IN ('A','B'),
// NOT IN ('A','B'). Literals compare with the project's case rule: a literal
// matches identifiers case-insensitively, and if it selects two identifiers that
// differ only in case that is an error listing both; a literal written with
// double quotes inside ('"Emp"') matches exactly. LIKE uses % and _, no ESCAPE.
// Subqueries are refused: there is no Oracle dictionary to run them against.
class NameClause
{
public:
    enum class Operator { Equal, NotEqual, Like, NotLike, In, NotIn };
    struct Literal
    {
        QString text;
        bool exact = false; // written as '"Text"'
        bool operator==(const Literal &other) const = default;
    };

    // Parses the clause text without its enclosing double quotes.
    [[nodiscard]] static std::optional<NameClause> parse(const QString &clause, QString *error);

    [[nodiscard]] Operator op() const { return m_op; }
    [[nodiscard]] const QList<Literal> &literals() const { return m_literals; }
    [[nodiscard]] bool isNegated() const;
    // Canonical text: LIKE 'EMP%', IN ('A','B'), != 'X' (no enclosing double quotes).
    [[nodiscard]] QString toString() const;

    // Whether one identifier satisfies the clause (no ambiguity check).
    [[nodiscard]] bool matches(const QString &identifier, Dialect dialect) const;

    // The identifiers the clause keeps. Fails (Ambiguous, with errorString) when
    // a case-insensitive literal selects two identifiers that differ only in case.
    [[nodiscard]] IdentifierMatcher::Result select(const QStringList &identifiers,
                                                   Dialect dialect) const;

    bool operator==(const NameClause &other) const = default;

private:
    Operator m_op = Operator::Equal;
    QList<Literal> m_literals;
};

} // namespace sluice::engine
