#include "engine/catalog/expressiontranslator.h"

#include "engine/catalog/expressiontokens.h"
#include "engine/catalog/sqlquoting.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sluice::engine {

using namespace expressiontokens;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
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
                *error = QCoreApplication::translate("ExpressionTranslator",
                                                     "unterminated string literal");
                return {};
            }
            tokens.append(make(TokenType::String, value));
        } else if ((c == u'e' || c == u'E') && m_source == Dialect::PostgreSQL && i + 1 < n &&
                   text.at(i + 1) == u'\'') {
            ++i;
            QString value;
            if (!quotedRun(u'\'', true, &value)) {
                *error = QCoreApplication::translate("ExpressionTranslator",
                                                     "unterminated string literal");
                return {};
            }
            tokens.append(make(TokenType::String, value));
        } else if (c == u'"' || c == u'`') {
            QString value;
            if (!quotedRun(c, false, &value)) {
                *error = QCoreApplication::translate("ExpressionTranslator",
                                                     "unterminated quoted identifier");
                return {};
            }
            tokens.append(make(TokenType::Identifier, value, true));
        } else if (c == u'[' && m_source == Dialect::SQLite) {
            const qsizetype end = text.indexOf(u']', i);
            if (end < 0) {
                *error = QCoreApplication::translate("ExpressionTranslator",
                                                     "unterminated quoted identifier");
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
            *error = QCoreApplication::translate("ExpressionTranslator", "dollar-quoted text");
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
            result.failure =
                QCoreApplication::translate("ExpressionTranslator", "a cast without an operand");
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
            result.failure = QCoreApplication::translate("ExpressionTranslator",
                                                         "the cast to %1 has no equivalent on %2")
                                 .arg(type, dialectDisplayName(m_target));
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
                    result.failure = QCoreApplication::translate(
                        "ExpressionTranslator", "SQLite has no regular expression operator");
                    return;
                }
                result.notes << QCoreApplication::translate(
                                    "ExpressionTranslator",
                                    "the regular expression %1 becomes REGEXP, whose syntax and "
                                    "case rules differ")
                                    .arg(t.text);
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
            result.notes << QCoreApplication::translate(
                                "ExpressionTranslator",
                                "ILIKE becomes LIKE, which ignores case only %1")
                                .arg(m_target == Dialect::SQLite
                                         ? u"for ASCII letters"_s
                                         : u"under a case-insensitive collation"_s);
        } else if (like && m_source == Dialect::SQLite && m_target == Dialect::PostgreSQL) {
            // SQLite's LIKE ignores the case of ASCII letters.
            t.text = word == u"LIKE" ? u"ILIKE"_s : u"NOT ILIKE"_s;
            result.notes << QCoreApplication::translate(
                "ExpressionTranslator",
                "LIKE becomes ILIKE, which also ignores the case of non-ASCII "
                "letters");
        } else if (like && m_target == Dialect::SQLite) {
            result.notes << QCoreApplication::translate(
                "ExpressionTranslator", "LIKE ignores the case of ASCII letters on SQLite");
        } else if ((word == u"REGEXP" || word == u"RLIKE") && m_target != Dialect::MariaDB) {
            if (m_target == Dialect::SQLite) {
                result.failure = QCoreApplication::translate(
                    "ExpressionTranslator", "SQLite has no regular expression operator");
                return;
            }
            t.text = u"~"_s;
            t.type = TokenType::Operator;
            result.notes << QCoreApplication::translate(
                "ExpressionTranslator", "REGEXP becomes ~, whose syntax and case rules differ");
        }
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
