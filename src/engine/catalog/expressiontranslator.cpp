#include "engine/catalog/expressiontranslator.h"

#include "engine/catalog/sqlquoting.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

using Token = ExpressionTranslator::Token;
using TokenType = ExpressionTranslator::TokenType;
using Tokens = QList<Token>;

// Words that may precede "(" without being a function call.
const QSet<QString> &keywords()
{
    static const QSet<QString> words{
        u"and"_s,    u"or"_s,        u"not"_s,      u"in"_s,      u"exists"_s,   u"any"_s,
        u"all"_s,    u"some"_s,      u"on"_s,       u"as"_s,      u"values"_s,   u"using"_s,
        u"over"_s,   u"filter"_s,    u"join"_s,     u"from"_s,    u"where"_s,    u"select"_s,
        u"when"_s,   u"then"_s,      u"else"_s,     u"by"_s,      u"is"_s,       u"between"_s,
        u"case"_s,   u"like"_s,      u"ilike"_s,    u"with"_s,    u"distinct"_s, u"union"_s,
        u"except"_s, u"intersect"_s, u"having"_s,   u"group"_s,   u"order"_s,    u"limit"_s,
        u"array"_s,  u"row"_s,       u"interval"_s, u"end"_s,     u"escape"_s,   u"set"_s,
        u"into"_s,   u"default"_s,   u"check"_s,    u"cast"_s,    u"lateral"_s,  u"collate"_s,
        u"regexp"_s, u"rlike"_s,     u"div"_s,      u"mod"_s,     u"xor"_s,      u"null"_s,
        u"true"_s,   u"false"_s,     u"asc"_s,      u"desc"_s,    u"left"_s,     u"right"_s,
        u"inner"_s,  u"outer"_s,     u"cross"_s,    u"natural"_s, u"full"_s};
    return words;
}

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

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

Token make(TokenType type, const QString &text, bool quoted = false)
{
    return Token{type, text, quoted};
}

bool is(const Token &t, TokenType type, QStringView text = {})
{
    return t.type == type && (text.isEmpty() || t.text.compare(text, Qt::CaseInsensitive) == 0);
}

// Index of the next (or previous) token that is not a space.
qsizetype skipSpace(const Tokens &tokens, qsizetype i, int step)
{
    while (i >= 0 && i < tokens.size() && tokens.at(i).type == TokenType::Space)
        i += step;
    return i;
}

// The index of the bracket closing the one opened at `open`, or -1.
qsizetype matching(const Tokens &tokens, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < tokens.size(); ++i) {
        if (tokens.at(i).type == TokenType::Open)
            ++depth;
        else if (tokens.at(i).type == TokenType::Close && --depth == 0)
            return i;
    }
    return -1;
}

qsizetype matchingBackwards(const Tokens &tokens, qsizetype close)
{
    int depth = 0;
    for (qsizetype i = close; i >= 0; --i) {
        if (tokens.at(i).type == TokenType::Close)
            ++depth;
        else if (tokens.at(i).type == TokenType::Open && --depth == 0)
            return i;
    }
    return -1;
}

// Arguments of a call whose "(" is at `open` and ")" at `close`, split at
// top-level commas, without surrounding spaces.
QList<Tokens> arguments(const Tokens &tokens, qsizetype open, qsizetype close)
{
    QList<Tokens> args;
    Tokens current;
    int depth = 0;
    for (qsizetype i = open + 1; i < close; ++i) {
        const Token &t = tokens.at(i);
        if (t.type == TokenType::Open)
            ++depth;
        else if (t.type == TokenType::Close)
            --depth;
        if (depth == 0 && t.type == TokenType::Comma) {
            args.append(current);
            current.clear();
            continue;
        }
        current.append(t);
    }
    if (!current.isEmpty() || !args.isEmpty())
        args.append(current);
    for (Tokens &arg : args) {
        while (!arg.isEmpty() && arg.first().type == TokenType::Space)
            arg.removeFirst();
        while (!arg.isEmpty() && arg.last().type == TokenType::Space)
            arg.removeLast();
    }
    return args;
}

void replaceRange(Tokens &tokens, qsizetype from, qsizetype to, const Tokens &with)
{
    tokens.remove(from, to - from + 1);
    for (qsizetype i = 0; i < with.size(); ++i)
        tokens.insert(from + i, with.at(i));
}

Tokens joined(const QList<Tokens> &parts, const Tokens &separator)
{
    Tokens result;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            result += separator;
        result += parts.at(i);
    }
    return result;
}

const QStringList &multiWordTypes()
{
    static const QStringList types{u"character varying"_s,
                                   u"double precision"_s,
                                   u"bit varying"_s,
                                   u"timestamp without time zone"_s,
                                   u"timestamp with time zone"_s,
                                   u"time without time zone"_s,
                                   u"time with time zone"_s};
    return types;
}

} // namespace

ExpressionTranslator::ExpressionTranslator(Dialect source, Dialect target)
    : m_source(source)
    , m_target(target)
{}

void ExpressionTranslator::setKnownIdentifiers(const QStringList &names)
{
    m_known.clear();
    for (const QString &name : names)
        m_known.insert(name.toLower(), name);
}

void ExpressionTranslator::setDefaultSchema(const QString &schema, const QStringList &objects)
{
    m_defaultSchema = schema;
    m_defaultObjects.clear();
    for (const QString &name : objects)
        m_defaultObjects.insert(name.toLower());
}

void ExpressionTranslator::qualifyTables(Tokens &tokens) const
{
    if (m_defaultSchema.isEmpty() || (m_target == Dialect::SQLite && m_defaultSchema == u"main"))
        return;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if ((t.type != TokenType::Word && t.type != TokenType::Identifier) ||
            !m_defaultObjects.contains(t.text.toLower()))
            continue;
        const qsizetype before = skipSpace(tokens, i - 1, -1);
        const qsizetype after = skipSpace(tokens, i + 1, 1);
        if (before < 0 || (after < tokens.size() && (tokens.at(after).type == TokenType::Dot ||
                                                     is(tokens.at(after), TokenType::Open, u"("))))
            continue;
        // A table follows FROM, JOIN, or a comma inside a FROM list.
        const Token &b = tokens.at(before);
        bool table = is(b, TokenType::Word, u"FROM") || is(b, TokenType::Word, u"JOIN");
        for (qsizetype j = before; !table && b.type == TokenType::Comma && j >= 0; --j) {
            const Token &p = tokens.at(j);
            if (p.type == TokenType::Word && (p.text.compare(u"FROM"_s, Qt::CaseInsensitive) == 0))
                table = true;
            else if (p.type == TokenType::Word &&
                     (p.text.compare(u"SELECT"_s, Qt::CaseInsensitive) == 0 ||
                      p.text.compare(u"WHERE"_s, Qt::CaseInsensitive) == 0 ||
                      p.text.compare(u"ON"_s, Qt::CaseInsensitive) == 0))
                break;
        }
        if (!table)
            continue;
        tokens.insert(i, make(TokenType::Dot, u"."_s));
        tokens.insert(i, make(TokenType::Identifier, m_defaultSchema, true));
        i += 2;
    }
}

QList<ExpressionTranslator::Token> ExpressionTranslator::tokenize(const QString &text,
                                                                  QString *error) const
{
    Tokens tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    // A quoted run from `i` (at the opening quote) to its closing quote.
    auto quotedRun = [&](QChar quote, bool backslashes, QString *value) {
        qsizetype j = i + 1;
        while (j < n) {
            const QChar c = text.at(j);
            if (backslashes && c == u'\\' && j + 1 < n) {
                const QChar e = text.at(j + 1);
                value->append(e == u'n'   ? QChar(u'\n')
                              : e == u't' ? QChar(u'\t')
                              : e == u'r' ? QChar(u'\r')
                              : e == u'0' ? QChar(u'\0')
                                          : e);
                j += 2;
            } else if (c == quote && j + 1 < n && text.at(j + 1) == quote) {
                value->append(quote);
                j += 2;
            } else if (c == quote) {
                i = j + 1;
                return true;
            } else {
                value->append(c);
                ++j;
            }
        }
        return false;
    };
    static const QStringList operators{u"!~~*"_s, u"!~~"_s, u"~~*"_s, u"->>"_s, u"::"_s,
                                       u"||"_s,   u"<>"_s,  u"!="_s,  u"<="_s,  u">="_s,
                                       u"=="_s,   u"~~"_s,  u"<<"_s,  u">>"_s,  u"->"_s,
                                       u"<=>"_s,  u"!~*"_s, u"!~"_s,  u"~*"_s};
    while (i < n) {
        const QChar c = text.at(i);
        const qsizetype start = i;
        if (c.isSpace()) {
            while (i < n && text.at(i).isSpace())
                ++i;
            tokens.append(make(TokenType::Space, text.mid(start, i - start)));
        } else if (c == u'-' && i + 1 < n && text.at(i + 1) == u'-') {
            while (i < n && text.at(i) != u'\n')
                ++i;
            tokens.append(make(TokenType::Space, u" "_s));
        } else if (c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            tokens.append(make(TokenType::Space, u" "_s));
        } else if (c == u'\'' || (c == u'"' && m_source == Dialect::MariaDB)) {
            QString value;
            if (!quotedRun(c, m_source == Dialect::MariaDB, &value)) {
                *error = u"unterminated string literal"_s;
                return {};
            }
            tokens.append(make(TokenType::String, value));
        } else if ((c == u'e' || c == u'E') && m_source == Dialect::PostgreSQL && i + 1 < n &&
                   text.at(i + 1) == u'\'') {
            ++i;
            QString value;
            if (!quotedRun(u'\'', true, &value)) {
                *error = u"unterminated string literal"_s;
                return {};
            }
            tokens.append(make(TokenType::String, value));
        } else if (c == u'"' || c == u'`') {
            QString value;
            if (!quotedRun(c, false, &value)) {
                *error = u"unterminated quoted identifier"_s;
                return {};
            }
            tokens.append(make(TokenType::Identifier, value, true));
        } else if (c == u'[' && m_source == Dialect::SQLite) {
            const qsizetype end = text.indexOf(u']', i);
            if (end < 0) {
                *error = u"unterminated quoted identifier"_s;
                return {};
            }
            tokens.append(make(TokenType::Identifier, text.mid(i + 1, end - i - 1), true));
            i = end + 1;
        } else if (c == u'(' || c == u'[') {
            tokens.append(make(TokenType::Open, QString(c)));
            ++i;
        } else if (c == u')' || c == u']') {
            tokens.append(make(TokenType::Close, QString(c)));
            ++i;
        } else if (c == u',') {
            tokens.append(make(TokenType::Comma, u","_s));
            ++i;
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && text.at(i + 1).isDigit())) {
            while (i < n && (text.at(i).isDigit() || text.at(i) == u'.'))
                ++i;
            if (i < n && (text.at(i) == u'e' || text.at(i) == u'E')) {
                qsizetype j = i + 1;
                if (j < n && (text.at(j) == u'+' || text.at(j) == u'-'))
                    ++j;
                if (j < n && text.at(j).isDigit()) {
                    i = j;
                    while (i < n && text.at(i).isDigit())
                        ++i;
                }
            }
            tokens.append(make(TokenType::Number, text.mid(start, i - start)));
        } else if (c == u'.') {
            tokens.append(make(TokenType::Dot, u"."_s));
            ++i;
        } else if (c == u'$' && m_source == Dialect::PostgreSQL) {
            *error = u"dollar-quoted text"_s;
            return {};
        } else if (isWordChar(c)) {
            while (i < n && isWordChar(text.at(i)))
                ++i;
            // MariaDB charset introducers (_utf8mb4'text') carry nothing across engines.
            if (c == u'_' && i < n && text.at(i) == u'\'' && m_source == Dialect::MariaDB)
                continue;
            tokens.append(make(TokenType::Word, text.mid(start, i - start)));
        } else {
            QString op(c);
            for (const QString &candidate : operators) {
                if (QStringView(text).mid(i).startsWith(candidate)) {
                    op = candidate;
                    break;
                }
            }
            i += op.size();
            tokens.append(make(QStringLiteral("=<>!~*+-/%|&^#@:?;").contains(c)
                                   ? TokenType::Operator
                                   : TokenType::Other,
                               op));
        }
    }
    return tokens;
}

ExpressionTranslator::Result ExpressionTranslator::translate(const QString &expression) const
{
    Result result;
    Tokens tokens = tokenize(expression, &result.failure);
    if (!result.ok())
        return result;
    rewriteQualifiers(tokens);
    qualifyTables(tokens);
    if (m_source != m_target) {
        rewriteAnyArray(tokens);
        if (!rewriteCasts(tokens, result))
            return result;
        rewriteLikeOperators(tokens, result);
        if (!result.ok() || !rewriteFunctions(tokens, result))
            return result;
        if (m_target == Dialect::MariaDB && m_source != Dialect::MariaDB)
            rewriteConcatOperator(tokens);
    }
    result.text = render(tokens);
    return result;
}

void ExpressionTranslator::rewriteQualifiers(Tokens &tokens) const
{
    if (m_schemaRenames.isEmpty())
        return;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        Token &t = tokens[i];
        if ((t.type != TokenType::Word && t.type != TokenType::Identifier) ||
            tokens.at(i + 1).type != TokenType::Dot ||
            (i > 0 && tokens.at(i - 1).type == TokenType::Dot))
            continue;
        // A bare name matches case-insensitively where the source folds case.
        QString key = t.text;
        if (!t.quoted && !m_schemaRenames.contains(key)) {
            for (auto it = m_schemaRenames.cbegin(); it != m_schemaRenames.cend(); ++it) {
                if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                    key = it.key();
            }
        }
        if (!m_schemaRenames.contains(key))
            continue;
        const QString renamed = m_schemaRenames.value(key);
        if (m_target == Dialect::SQLite && (renamed == u"main" || renamed.isEmpty())) {
            tokens.remove(i, 2);
            --i;
            continue;
        }
        t = make(TokenType::Identifier, renamed, true);
    }
}

void ExpressionTranslator::rewriteAnyArray(Tokens &tokens) const
{
    // PostgreSQL deparses "x IN ('a', 'b')" as "x = ANY (ARRAY['a', 'b'])".
    if (m_source != Dialect::PostgreSQL)
        return;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool any = is(tokens.at(i), TokenType::Operator, u"=");
        const bool all = is(tokens.at(i), TokenType::Operator, u"<>");
        if (!any && !all)
            continue;
        const qsizetype quantifier = skipSpace(tokens, i + 1, 1);
        if (quantifier >= tokens.size() ||
            !is(tokens.at(quantifier), TokenType::Word, any ? u"ANY" : u"ALL"))
            continue;
        const qsizetype open = skipSpace(tokens, quantifier + 1, 1);
        const qsizetype array = skipSpace(tokens, open + 1, 1);
        if (array + 1 >= tokens.size() || !is(tokens.at(open), TokenType::Open, u"(") ||
            !is(tokens.at(array), TokenType::Word, u"ARRAY") ||
            !is(tokens.at(array + 1), TokenType::Open, u"["))
            continue;
        const qsizetype closeBracket = matching(tokens, array + 1);
        if (closeBracket < 0)
            continue;
        tokens.remove(closeBracket);
        tokens.remove(array, 2);
        tokens.remove(i, quantifier - i + 1);
        tokens.insert(i, make(TokenType::Word, any ? u"IN"_s : u"NOT IN"_s));
    }
}

bool ExpressionTranslator::castTarget(const QString &type, bool literalOperand, QString *castType,
                                      QString *function) const
{
    castType->clear();
    function->clear();
    if (type.contains(u'['))
        return false;
    const QString base = type.section(u'(', 0, 0).trimmed().toLower();
    const QString args = type.contains(u'(') ? u'(' + type.section(u'(', 1) : QString();
    const bool sqlite = m_target == Dialect::SQLite;
    static const QSet<QString> texts{u"text"_s,    u"character varying"_s,
                                     u"varchar"_s, u"character"_s,
                                     u"char"_s,    u"bpchar"_s,
                                     u"name"_s,    u"citext"_s};
    static const QSet<QString> integers{u"smallint"_s, u"integer"_s, u"int"_s, u"bigint"_s,
                                        u"int2"_s,     u"int4"_s,    u"int8"_s};
    static const QSet<QString> floats{u"real"_s, u"double precision"_s, u"float4"_s, u"float8"_s};
    if (texts.contains(base) || (base == u"regclass" && literalOperand)) {
        // Between string types the value is the same: PostgreSQL deparses
        // every varchar column compared with text as "(col)::text". A
        // regclass literal names a sequence for nextval(), handled later.
        return true;
    }
    if (integers.contains(base))
        *castType = literalOperand ? QString() : sqlite ? u"INTEGER"_s : u"SIGNED"_s;
    else if (base == u"numeric" || base == u"decimal")
        *castType = literalOperand ? QString()
                    : sqlite       ? u"NUMERIC"_s
                                   : u"DECIMAL"_s + (args.isEmpty() ? u"(65,30)"_s : args);
    else if (floats.contains(base))
        *castType = literalOperand ? QString() : sqlite ? u"REAL"_s : u"DOUBLE"_s;
    else if (base == u"date")
        (sqlite ? *function : *castType) =
            sqlite ? (literalOperand ? QString() : u"date"_s) : u"DATE"_s;
    else if (base == u"timestamp" || base == u"timestamp without time zone")
        (sqlite ? *function : *castType) =
            sqlite ? (literalOperand ? QString() : u"datetime"_s) : u"DATETIME(6)"_s;
    else if (base == u"time" || base == u"time without time zone")
        (sqlite ? *function : *castType) =
            sqlite ? (literalOperand ? QString() : u"time"_s) : u"TIME(6)"_s;
    else if (base == u"json" || base == u"jsonb" || !base.contains(u' ')) {
        // Enum labels and JSON documents are plain strings on the other engines.
        static const QSet<QString> opaque{u"regclass"_s, u"regtype"_s, u"regproc"_s, u"oid"_s,
                                          u"boolean"_s,  u"bool"_s,    u"bytea"_s,   u"interval"_s,
                                          u"uuid"_s,     u"inet"_s,    u"cidr"_s,    u"money"_s};
        return literalOperand && !opaque.contains(base);
    } else {
        return false;
    }
    return true;
}

bool ExpressionTranslator::rewriteCasts(Tokens &tokens, Result &result) const
{
    if (m_source != Dialect::PostgreSQL)
        return true;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        if (!is(tokens.at(k), TokenType::Operator, u"::"))
            continue;
        // The type: words (multi-word names), optional (args), optional [].
        qsizetype end = k + 1;
        QString type;
        while (end < tokens.size()) {
            const Token &t = tokens.at(end);
            const QString candidate =
                type.isEmpty() ? t.text.toLower() : type + u' ' + t.text.toLower();
            const bool word = t.type == TokenType::Word || t.type == TokenType::Identifier;
            if (word && type.isEmpty()) {
                type = candidate;
                ++end;
            } else if (t.type == TokenType::Dot && end + 1 < tokens.size()) {
                type = tokens.at(end + 1).text.toLower();
                end += 2;
            } else if (t.type == TokenType::Space && end + 1 < tokens.size() &&
                       tokens.at(end + 1).type == TokenType::Word &&
                       std::any_of(multiWordTypes().cbegin(), multiWordTypes().cend(),
                                   [&](const QString &m) {
                                       return m.startsWith(type + u' ' +
                                                           tokens.at(end + 1).text.toLower());
                                   })) {
                type += u' ' + tokens.at(end + 1).text.toLower();
                end += 2;
            } else {
                break;
            }
        }
        if (end < tokens.size() && is(tokens.at(end), TokenType::Open, u"(")) {
            const qsizetype close = matching(tokens, end);
            for (qsizetype j = end; j <= close && close > 0; ++j)
                type += tokens.at(j).text;
            end = close + 1;
        }
        while (end + 1 < tokens.size() && is(tokens.at(end), TokenType::Open, u"[") &&
               is(tokens.at(end + 1), TokenType::Close, u"]")) {
            type += u"[]"_s;
            end += 2;
        }
        // The operand: a literal or name, or a parenthesised group (a call).
        qsizetype from = k - 1;
        if (from < 0) {
            result.failure = u"a cast without an operand"_s;
            return false;
        }
        bool literal =
            tokens.at(from).type == TokenType::String || tokens.at(from).type == TokenType::Number;
        if (tokens.at(from).type == TokenType::Close) {
            from = matchingBackwards(tokens, from);
            const Tokens inner = tokens.mid(from + 1, k - from - 2);
            literal = inner.size() == 1 && (inner.first().type == TokenType::Number ||
                                            inner.first().type == TokenType::String);
            if (from > 0 && tokens.at(from - 1).type == TokenType::Word &&
                !keywords().contains(tokens.at(from - 1).text.toLower()))
                --from;
        }
        while (from >= 2 && tokens.at(from - 1).type == TokenType::Dot)
            from -= 2;
        QString castType;
        QString function;
        if (!castTarget(type, literal, &castType, &function)) {
            result.failure =
                u"the cast to %1 has no equivalent on %2"_s.arg(type, dialectDisplayName(m_target));
            return false;
        }
        const Tokens operand = tokens.mid(from, k - from);
        Tokens replacement;
        Token functionToken = make(TokenType::Word, function);
        functionToken.synthetic = true;
        if (!function.isEmpty())
            replacement = Tokens{functionToken, make(TokenType::Open, u"("_s)} + operand +
                          Tokens{make(TokenType::Close, u")"_s)};
        else if (!castType.isEmpty())
            replacement =
                Tokens{make(TokenType::Word, u"CAST"_s), make(TokenType::Open, u"("_s)} + operand +
                Tokens{make(TokenType::Word, u" AS "_s + castType), make(TokenType::Close, u")"_s)};
        else
            replacement = operand;
        replaceRange(tokens, from, end - 1, replacement);
        k = from + replacement.size() - 1;
    }
    return true;
}

void ExpressionTranslator::rewriteLikeOperators(Tokens &tokens, Result &result) const
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        Token &t = tokens[i];
        if (m_source == Dialect::PostgreSQL && t.type == TokenType::Operator) {
            static const QHash<QString, QString> words{{u"~~"_s, u"LIKE"_s},
                                                       {u"!~~"_s, u"NOT LIKE"_s},
                                                       {u"~~*"_s, u"ILIKE"_s},
                                                       {u"!~~*"_s, u"NOT ILIKE"_s}};
            if (words.contains(t.text))
                t = make(TokenType::Word, words.value(t.text));
            else if (t.text == u"~" || t.text == u"!~" || t.text == u"~*" || t.text == u"!~*") {
                if (m_target == Dialect::SQLite) {
                    result.failure = u"SQLite has no regular expression operator"_s;
                    return;
                }
                result.notes << u"the regular expression %1 becomes REGEXP, whose syntax and "
                                u"case rules differ"_s.arg(t.text);
                t = make(TokenType::Word, t.text.startsWith(u'!') ? u"NOT REGEXP"_s : u"REGEXP"_s);
            }
        }
        if (t.type != TokenType::Word)
            continue;
        const QString word = t.text.toUpper();
        const bool ilike = word.endsWith(u"ILIKE"_s);
        const bool like = word == u"LIKE" || word == u"NOT LIKE";
        if (ilike && m_target != Dialect::PostgreSQL) {
            t.text = word.startsWith(u"NOT"_s) ? u"NOT LIKE"_s : u"LIKE"_s;
            result.notes << u"ILIKE becomes LIKE, which ignores case only %1"_s.arg(
                m_target == Dialect::SQLite ? u"for ASCII letters"_s
                                            : u"under a case-insensitive collation"_s);
        } else if (like && m_source == Dialect::SQLite && m_target == Dialect::PostgreSQL) {
            // SQLite's LIKE ignores the case of ASCII letters.
            t.text = word == u"LIKE" ? u"ILIKE"_s : u"NOT ILIKE"_s;
            result.notes << u"LIKE becomes ILIKE, which also ignores the case of non-ASCII "
                            u"letters"_s;
        } else if (like && m_target == Dialect::SQLite) {
            result.notes << u"LIKE ignores the case of ASCII letters on SQLite"_s;
        } else if ((word == u"REGEXP" || word == u"RLIKE") && m_target != Dialect::MariaDB) {
            if (m_target == Dialect::SQLite) {
                result.failure = u"SQLite has no regular expression operator"_s;
                return;
            }
            t.text = u"~"_s;
            t.type = TokenType::Operator;
            result.notes << u"REGEXP becomes ~, whose syntax and case rules differ"_s;
        }
    }
}

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
            result.failure = u"unbalanced parentheses"_s;
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
                result.notes << u"%1(%2) loses its fractional seconds on %3"_s.arg(
                    fn, render(args.first()), target);
            replace({word(clock)});
        } else if (sqliteClocks.contains(fn) && m_source == Dialect::SQLite) {
            if (!nowArg) {
                result.failure =
                    u"SQLite's %1() with these arguments has no equivalent on %2"_s.arg(fn, target);
                return false;
            }
            result.notes << u"%1('now') is UTC text on SQLite; %2 follows the session time zone "
                            u"on %3"_s.arg(fn, sqliteClocks.value(fn), target);
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
                result.notes << u"LENGTH counts bytes on MariaDB and characters on SQLite"_s;
            tokens[i].text = m_target == Dialect::MariaDB      ? u"char_length"_s
                             : m_target == Dialect::PostgreSQL ? u"octet_length"_s
                                                               : u"length"_s;
        } else if ((fn == u"char_length" || fn == u"character_length") &&
                   m_target == Dialect::SQLite) {
            tokens[i].text = u"length"_s;
        } else if (fn == u"nextval" && m_source == Dialect::PostgreSQL) {
            if (m_target != Dialect::MariaDB || args.size() != 1 || args.first().isEmpty() ||
                args.first().first().type != TokenType::String) {
                result.failure = u"%1 has no sequences for nextval()"_s.arg(target);
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
            result.failure = u"SQLite has no function %1()"_s.arg(fn);
            return false;
        } else if (m_strict && m_target != Dialect::SQLite && !portableFunctions().contains(fn) &&
                   !knownFunctions(m_target).contains(fn)) {
            result.failure = u"%1 may have no function %2()"_s.arg(target, fn);
            return false;
        } else if (m_target == Dialect::SQLite && !sqliteFunctions().contains(fn)) {
            result.failure = u"SQLite has no function %1()"_s.arg(fn);
            return false;
        } else if (!portableFunctions().contains(fn)) {
            result.notes << u"the function %1() is copied as written; check that %2 has it"_s.arg(
                fn, target);
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

QString ExpressionTranslator::render(const Tokens &tokens) const
{
    QString text;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        text += renderToken(tokens, i);
    return text;
}

QString ExpressionTranslator::renderToken(const Tokens &tokens, qsizetype i) const
{
    const Token &t = tokens.at(i);
    switch (t.type) {
    case TokenType::String:
        return SqlQuoting::literal(t.text, m_target);
    case TokenType::Identifier:
        return SqlQuoting::identifier(t.text, m_target);
    case TokenType::Word: {
        const QString exact = m_known.value(t.text.toLower());
        const bool call = i + 1 < tokens.size() && is(tokens.at(i + 1), TokenType::Open, u"(");
        if (exact.isEmpty() || call || keywords().contains(t.text.toLower()) ||
            SqlQuoting::isReservedWord(t.text, Dialect::PostgreSQL))
            return t.text;
        // A bare name the target would fold or match differently.
        const QString quoted = SqlQuoting::identifier(exact, m_target);
        if (exact != t.text || (m_target == Dialect::PostgreSQL && quoted != exact))
            return quoted;
        return t.text;
    }
    default:
        return t.text;
    }
}

} // namespace sluice::engine
