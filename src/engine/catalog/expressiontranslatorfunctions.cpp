// ExpressionTranslator, continued: function calls and the concatenation
// operator, which differ most between the engines. Kept apart from
// expressiontranslator.cpp so each file stays readable; the class is one.

#include "engine/catalog/expressiontranslator.h"

#include "engine/catalog/expressiontokens.h"
#include "engine/catalog/sqlquoting.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sluice::engine {

using namespace expressiontokens;

namespace {

// Functions every engine has with the same meaning for the usual arguments.
const QSet<QString> &portableFunctions()
{
    static const QSet<QString> names{
        u"lower"_s, u"upper"_s, u"coalesce"_s, u"nullif"_s,  u"abs"_s,    u"round"_s,
        u"trim"_s,  u"ltrim"_s, u"rtrim"_s,    u"replace"_s, u"substr"_s, u"substring"_s,
        u"count"_s, u"sum"_s,   u"avg"_s,      u"min"_s,     u"max"_s,    u"cast"_s};
    return names;
}

// SQLite's built-in functions (3.40): a call to anything else fails there.
const QSet<QString> &sqliteFunctions()
{
    static const QSet<QString> names{
        u"abs"_s,         u"char"_s,      u"coalesce"_s, u"format"_s,       u"glob"_s,
        u"hex"_s,         u"ifnull"_s,    u"iif"_s,      u"instr"_s,        u"length"_s,
        u"like"_s,        u"lower"_s,     u"ltrim"_s,    u"max"_s,          u"min"_s,
        u"nullif"_s,      u"printf"_s,    u"quote"_s,    u"random"_s,       u"randomblob"_s,
        u"replace"_s,     u"round"_s,     u"rtrim"_s,    u"sign"_s,         u"substr"_s,
        u"substring"_s,   u"trim"_s,      u"typeof"_s,   u"unicode"_s,      u"upper"_s,
        u"zeroblob"_s,    u"date"_s,      u"time"_s,     u"datetime"_s,     u"julianday"_s,
        u"strftime"_s,    u"unixepoch"_s, u"avg"_s,      u"count"_s,        u"group_concat"_s,
        u"sum"_s,         u"total"_s,     u"json"_s,     u"json_extract"_s, u"json_array"_s,
        u"json_object"_s, u"cast"_s};
    return names;
}

// Functions known on PostgreSQL and on MariaDB besides the portable ones.
const QSet<QString> &knownFunctions(Dialect dialect)
{
    static const QSet<QString> postgres{
        u"length"_s,     u"char_length"_s, u"octet_length"_s, u"strpos"_s,   u"concat"_s,
        u"md5"_s,        u"ceil"_s,        u"floor"_s,        u"greatest"_s, u"least"_s,
        u"left"_s,       u"right"_s,       u"lpad"_s,         u"rpad"_s,     u"split_part"_s,
        u"date_trunc"_s, u"to_char"_s,     u"random"_s,       u"sqrt"_s,     u"power"_s,
        u"mod"_s,        u"sign"_s,        u"trunc"_s,        u"position"_s, u"now"_s};
    static const QSet<QString> mariadb{
        u"length"_s,      u"char_length"_s, u"concat"_s, u"instr"_s,
        u"md5"_s,         u"ceil"_s,        u"floor"_s,  u"greatest"_s,
        u"least"_s,       u"left"_s,        u"right"_s,  u"lpad"_s,
        u"rpad"_s,        u"year"_s,        u"month"_s,  u"day"_s,
        u"date_format"_s, u"now"_s,         u"ifnull"_s, u"if"_s,
        u"mod"_s,         u"power"_s,       u"sqrt"_s,   u"sign"_s,
        u"truncate"_s,    u"ucase"_s,       u"lcase"_s,  u"substring_index"_s,
        u"group_concat"_s};
    return dialect == Dialect::MariaDB ? mariadb : postgres;
}

} // namespace

bool ExpressionTranslator::rewriteFunctions(Tokens &tokens, Result &result) const
{
    const QString target = dialectDisplayName(m_target);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens.at(i).type != TokenType::Word || tokens.at(i + 1).type != TokenType::Open ||
            tokens.at(i + 1).text != u"(" || (i > 0 && tokens.at(i - 1).type == TokenType::Dot))
            continue;
        const QString fn = tokens.at(i).text.toLower();
        if (keywords().contains(fn) || tokens.at(i).synthetic)
            continue;
        const qsizetype close = matching(tokens, i + 1);
        if (close < 0) {
            result.failure =
                QCoreApplication::translate("ExpressionTranslator", "unbalanced parentheses");
            return false;
        }
        const QList<Tokens> args = arguments(tokens, i + 1, close);
        auto replace = [&](const Tokens &with) {
            replaceRange(tokens, i, close, with);
            i += with.size() - 1;
        };
        auto word = [](const QString &text) {
            return make(TokenType::Word, text);
        };
        const bool nowArg = args.size() == 1 && args.first().size() == 1 &&
                            args.first().first().type == TokenType::String &&
                            args.first().first().text.compare(u"now"_s, Qt::CaseInsensitive) == 0;
        static const QHash<QString, QString> clocks{
            {u"now"_s, u"CURRENT_TIMESTAMP"_s},
            {u"current_timestamp"_s, u"CURRENT_TIMESTAMP"_s},
            {u"localtimestamp"_s, u"CURRENT_TIMESTAMP"_s},
            {u"curdate"_s, u"CURRENT_DATE"_s},
            {u"current_date"_s, u"CURRENT_DATE"_s},
            {u"curtime"_s, u"CURRENT_TIME"_s},
            {u"current_time"_s, u"CURRENT_TIME"_s}};
        static const QHash<QString, QString> sqliteClocks{{u"datetime"_s, u"CURRENT_TIMESTAMP"_s},
                                                          {u"date"_s, u"CURRENT_DATE"_s},
                                                          {u"time"_s, u"CURRENT_TIME"_s}};
        if (clocks.contains(fn) && m_source != Dialect::SQLite) {
            QString clock = clocks.value(fn);
            if (args.size() == 1 && m_target == Dialect::PostgreSQL)
                clock += u'(' + render(args.first()) + u')';
            else if (args.size() == 1)
                result.notes << QCoreApplication::translate(
                                    "ExpressionTranslator",
                                    "%1(%2) loses its fractional seconds on %3")
                                    .arg(fn, render(args.first()), target);
            replace({word(clock)});
        } else if (sqliteClocks.contains(fn) && m_source == Dialect::SQLite) {
            if (!nowArg) {
                result.failure = QCoreApplication::translate(
                                     "ExpressionTranslator",
                                     "SQLite's %1() with these arguments has no equivalent on %2")
                                     .arg(fn, target);
                return false;
            }
            result.notes << QCoreApplication::translate(
                                "ExpressionTranslator",
                                "%1('now') is UTC text on SQLite; %2 follows the session time zone "
                                "on %3")
                                .arg(fn, sqliteClocks.value(fn), target);
            replace({word(sqliteClocks.value(fn))});
        } else if (fn == u"ifnull" && m_target == Dialect::PostgreSQL) {
            tokens[i].text = u"coalesce"_s;
        } else if (fn == u"instr" && m_target == Dialect::PostgreSQL && args.size() == 2) {
            tokens[i].text = u"strpos"_s;
        } else if (fn == u"concat" && m_source == Dialect::MariaDB) {
            // MariaDB's CONCAT is NULL when an argument is, as || is.
            replace(
                Tokens{make(TokenType::Open, u"("_s)} +
                joined(args, {make(TokenType::Space, u" "_s), make(TokenType::Operator, u"||"_s),
                              make(TokenType::Space, u" "_s)}) +
                Tokens{make(TokenType::Close, u")"_s)});
        } else if (fn == u"if" && m_source == Dialect::MariaDB && args.size() == 3) {
            replace(Tokens{word(u"CASE WHEN "_s)} + args.at(0) + Tokens{word(u" THEN "_s)} +
                    args.at(1) + Tokens{word(u" ELSE "_s)} + args.at(2) + Tokens{word(u" END"_s)});
        } else if (fn == u"length" &&
                   (m_source == Dialect::MariaDB) != (m_target == Dialect::MariaDB)) {
            // MariaDB's LENGTH counts bytes, the others' count characters.
            if (m_source == Dialect::MariaDB && m_target == Dialect::SQLite)
                result.notes << QCoreApplication::translate(
                    "ExpressionTranslator",
                    "LENGTH counts bytes on MariaDB and characters on SQLite");
            tokens[i].text = m_target == Dialect::MariaDB      ? u"char_length"_s
                             : m_target == Dialect::PostgreSQL ? u"octet_length"_s
                                                               : u"length"_s;
        } else if ((fn == u"char_length" || fn == u"character_length") &&
                   m_target == Dialect::SQLite) {
            tokens[i].text = u"length"_s;
        } else if (fn == u"nextval" && m_source == Dialect::PostgreSQL) {
            if (m_target != Dialect::MariaDB || args.size() != 1 || args.first().isEmpty() ||
                args.first().first().type != TokenType::String) {
                result.failure = QCoreApplication::translate("ExpressionTranslator",
                                                             "%1 has no sequences for nextval()")
                                     .arg(target);
                return false;
            }
            const QString sequence = args.first().first().text;
            QString schema = sequence.contains(u'.') ? sequence.section(u'.', 0, 0) : QString();
            schema = m_schemaRenames.value(schema, schema);
            replace(
                {word(u"NEXTVAL("_s +
                      SqlQuoting::qualified(schema, sequence.section(u'.', -1), m_target) + u')')});
        } else if (fn == u"round" && args.size() == 2 && m_target == Dialect::PostgreSQL) {
            // PostgreSQL rounds to a number of places only numeric values.
            replace(Tokens{word(u"round"_s), make(TokenType::Open, u"("_s),
                           make(TokenType::Open, u"("_s)} +
                    args.at(0) +
                    Tokens{make(TokenType::Close, u")"_s), word(u"::numeric"_s),
                           make(TokenType::Comma, u","_s), make(TokenType::Space, u" "_s)} +
                    args.at(1) + Tokens{make(TokenType::Close, u")"_s)});
        } else if ((fn == u"ucase" || fn == u"lcase") && m_target != Dialect::MariaDB) {
            tokens[i].text = fn == u"ucase" ? u"upper"_s : u"lower"_s;
        } else if (m_target == Dialect::SQLite && !sqliteFunctions().contains(fn)) {
            result.failure =
                QCoreApplication::translate("ExpressionTranslator", "SQLite has no function %1()")
                    .arg(fn);
            return false;
        } else if (m_strict && m_target != Dialect::SQLite && !portableFunctions().contains(fn) &&
                   !knownFunctions(m_target).contains(fn)) {
            result.failure =
                QCoreApplication::translate("ExpressionTranslator", "%1 may have no function %2()")
                    .arg(target, fn);
            return false;
        } else if (m_target == Dialect::SQLite && !sqliteFunctions().contains(fn)) {
            result.failure =
                QCoreApplication::translate("ExpressionTranslator", "SQLite has no function %1()")
                    .arg(fn);
            return false;
        } else if (!portableFunctions().contains(fn)) {
            result.notes << QCoreApplication::translate(
                                "ExpressionTranslator",
                                "the function %1() is copied as written; check that %2 has it")
                                .arg(fn, target);
        }
    }
    return true;
}

void ExpressionTranslator::rewriteConcatOperator(Tokens &tokens) const
{
    // "a || b" concatenates on PostgreSQL and SQLite but means OR on MariaDB.
    static const QSet<QString> stops{
        u"and"_s,  u"or"_s,    u"not"_s,    u"is"_s,     u"in"_s,       u"like"_s,
        u"when"_s, u"then"_s,  u"else"_s,   u"end"_s,    u"as"_s,       u"case"_s,
        u"from"_s, u"where"_s, u"select"_s, u"on"_s,     u"by"_s,       u"between"_s,
        u"desc"_s, u"asc"_s,   u"having"_s, u"escape"_s, u"not like"_s, u"not in"_s};
    static const QSet<QString> comparisons{u"="_s,  u"<>"_s, u"!="_s,  u"<"_s, u">"_s,
                                           u"<="_s, u">="_s, u"<=>"_s, u";"_s};
    auto boundary = [&](const Token &t) {
        return t.type == TokenType::Comma ||
               (t.type == TokenType::Word && stops.contains(t.text.trimmed().toLower())) ||
               (t.type == TokenType::Operator && comparisons.contains(t.text));
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!is(tokens.at(i), TokenType::Operator, u"||"))
            continue;
        qsizetype from = i;
        for (int depth = 0; from > 0; --from) {
            const Token &t = tokens.at(from - 1);
            if (t.type == TokenType::Close)
                ++depth;
            else if (t.type == TokenType::Open && depth-- == 0)
                break;
            if (depth == 0 && boundary(t))
                break;
        }
        qsizetype to = i;
        for (int depth = 0; to + 1 < tokens.size(); ++to) {
            const Token &t = tokens.at(to + 1);
            if (t.type == TokenType::Open)
                ++depth;
            else if (t.type == TokenType::Close && depth-- == 0)
                break;
            if (depth == 0 && boundary(t))
                break;
        }
        from = skipSpace(tokens, from, 1);
        to = skipSpace(tokens, to, -1);
        QList<Tokens> parts{Tokens()};
        int depth = 0;
        for (qsizetype j = from; j <= to; ++j) {
            const Token &t = tokens.at(j);
            depth += t.type == TokenType::Open ? 1 : t.type == TokenType::Close ? -1 : 0;
            if (depth == 0 && is(t, TokenType::Operator, u"||"))
                parts.append(Tokens());
            else
                parts.last().append(t);
        }
        for (Tokens &part : parts) {
            while (!part.isEmpty() && part.first().type == TokenType::Space)
                part.removeFirst();
            while (!part.isEmpty() && part.last().type == TokenType::Space)
                part.removeLast();
        }
        const Tokens call =
            Tokens{make(TokenType::Word, u"CONCAT"_s), make(TokenType::Open, u"("_s)} +
            joined(parts, {make(TokenType::Comma, u","_s), make(TokenType::Space, u" "_s)}) +
            Tokens{make(TokenType::Close, u")"_s)};
        replaceRange(tokens, from, to, call);
        i = from;
    }
}

} // namespace sluice::engine
