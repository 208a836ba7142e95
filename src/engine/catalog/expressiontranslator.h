#pragma once

#include "engine/core/dialect.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// Rewrites an SQL expression or view query from one engine's dialect into
// another's: identifier quoting, string literal escapes, PostgreSQL casts,
// `||` versus CONCAT, LIKE operators, `= ANY (ARRAY[...])`, the engines'
// spellings of the current time, IFNULL, INSTR, and so on. It works on
// tokens, not on a parse tree: what it cannot translate faithfully it
// reports in Result::failure instead of guessing, and every approximation
// (same result on most values, not all) is listed in Result::notes.
// docs/type-mapping.md has the translation table.
class ExpressionTranslator
{
public:
    ExpressionTranslator(Dialect source, Dialect target);

    // Source schema -> target schema, applied to qualified references
    // ("hr.employees", `hr`.`employees`.`salary`). A schema mapped to SQLite's
    // "main" loses its qualifier.
    void setSchemaRenames(const QHash<QString, QString> &renames) { m_schemaRenames = renames; }
    // Table and column names as the target creates them: a bare reference
    // that matches one case-insensitively is quoted with its exact spelling
    // (a bare FirstName from SQLite is "FirstName" on PostgreSQL).
    void setKnownIdentifiers(const QStringList &names);
    // Tables and views that a query names without a schema (SQLite's, whose
    // schema is implicit) are qualified with `schema` on the target.
    void setDefaultSchema(const QString &schema, const QStringList &objects);
    // Strict: a function not known to exist on the target is a failure
    // instead of a note (for table parts, where it would fail CREATE TABLE).
    void setStrictFunctions(bool strict) { m_strict = strict; }

    struct Result
    {
        QString text;
        // Why the expression cannot be written for the target; empty when it can.
        QString failure;
        // Approximations made ("ILIKE becomes LIKE: ...").
        QStringList notes;

        [[nodiscard]] bool ok() const { return failure.isEmpty(); }
    };

    [[nodiscard]] Result translate(const QString &expression) const;

    enum class TokenType {
        Space,
        String,
        Identifier,
        Word,
        Number,
        Operator,
        Open,
        Close,
        Comma,
        Dot,
        Other
    };
    struct Token
    {
        TokenType type = TokenType::Other;
        // Unescaped value for strings and quoted identifiers, else the text.
        QString text;
        // A quoted identifier (as opposed to a bare word).
        bool quoted = false;
        // Written by the translator itself (a function a cast became).
        bool synthetic = false;
    };
    // Splits text in the source dialect's lexical rules.
    [[nodiscard]] QList<Token> tokenize(const QString &text, QString *error) const;

private:
    using Tokens = QList<Token>;
    bool rewriteCasts(Tokens &tokens, Result &result) const;
    void rewriteAnyArray(Tokens &tokens) const;
    void rewriteLikeOperators(Tokens &tokens, Result &result) const;
    bool rewriteFunctions(Tokens &tokens, Result &result) const;
    void rewriteConcatOperator(Tokens &tokens) const;
    void rewriteQualifiers(Tokens &tokens) const;
    void qualifyTables(Tokens &tokens) const;
    [[nodiscard]] QString render(const Tokens &tokens) const;
    [[nodiscard]] QString renderToken(const Tokens &tokens, qsizetype i) const;
    [[nodiscard]] bool castTarget(const QString &type, bool literalOperand, QString *castType,
                                  QString *function) const;

    Dialect m_source;
    Dialect m_target;
    QHash<QString, QString> m_schemaRenames;
    // Lower-cased name -> exact spelling.
    QHash<QString, QString> m_known;
    QString m_defaultSchema;
    bool m_strict = false;
    // Lower-cased names of the objects of the default schema.
    QSet<QString> m_defaultObjects;
};

} // namespace sluice::engine
