#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sluice::engine {

// A schema, table, partition, column or job name as written in a parameter,
// with whether it was double-quoted.
//
// Name case (the project rule, see docs/parameters.md):
//  - an UNQUOTED name (hr.employees) matches a real identifier case-insensitively,
//    whatever the engine folds unquoted SQL names to; if two real identifiers
//    differ only in case (PostgreSQL "Emp" and emp), the match is an error that
//    lists both, never a silent pick;
//  - a QUOTED name ("Emp") matches exactly (SQLite compares identifiers
//    ASCII-case-insensitively itself, so there it matches that way).
// Data Pump upper-cases unquoted names; Sluice keeps them as typed instead,
// because the match is case-insensitive anyway and PostgreSQL users write lower case.
struct SqlName
{
    QString text;
    bool quoted = false;

    [[nodiscard]] bool isEmpty() const { return text.isEmpty(); }
    // As written in a parfile: text, or "text" with inner quotes doubled.
    [[nodiscard]] QString toParameterText() const;
    // True when an unquoted name carries the TABLES wildcard %.
    [[nodiscard]] bool hasWildcard() const;

    bool operator==(const SqlName &other) const = default;

    enum class Wildcards { Refused, Allowed };
    // Parses one name part: "Mixed Case" (quoted, "" stands for ") or a plain
    // word of letters, digits, _ $ # (and % when wildcards are allowed).
    [[nodiscard]] static std::optional<SqlName> parse(const QString &text, QString *error,
                                                      Wildcards wildcards = Wildcards::Refused);
    // Splits "a"."b".c on dots outside quotes and parses each part. The number
    // of parts is checked by the caller.
    [[nodiscard]] static std::optional<QList<SqlName>>
    parseDotted(const QString &text, QString *error, Wildcards wildcards = Wildcards::Refused);
    // Index of the first ch outside double and single quotes and parentheses, or -1.
    [[nodiscard]] static qsizetype findOutsideQuotes(const QString &text, QChar ch,
                                                     qsizetype from = 0);
    // Index of the last such ch, or -1.
    [[nodiscard]] static qsizetype findLastOutsideQuotes(const QString &text, QChar ch);
};

} // namespace sluice::engine
