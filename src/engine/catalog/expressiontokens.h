#pragma once

// Token helpers shared by the parts of ExpressionTranslator (the tokenizer and
// the rewrites in expressiontranslator.cpp, the function calls in
// expressiontranslatorfunctions.cpp). Internal to the catalog module.

#include "engine/catalog/expressiontranslator.h"

#include <QSet>

namespace sluice::engine::expressiontokens {

using namespace Qt::StringLiterals;

using Token = ExpressionTranslator::Token;
using TokenType = ExpressionTranslator::TokenType;
using Tokens = QList<Token>;

// Words that may precede "(" without being a function call.
inline const QSet<QString> &keywords()
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

inline Token make(TokenType type, const QString &text, bool quoted = false)
{
    return Token{type, text, quoted};
}

inline bool is(const Token &t, TokenType type, QStringView text = {})
{
    return t.type == type && (text.isEmpty() || t.text.compare(text, Qt::CaseInsensitive) == 0);
}

// Index of the next (or previous) token that is not a space.
inline qsizetype skipSpace(const Tokens &tokens, qsizetype i, int step)
{
    while (i >= 0 && i < tokens.size() && tokens.at(i).type == TokenType::Space)
        i += step;
    return i;
}

// The index of the bracket closing the one opened at `open`, or -1.
inline qsizetype matching(const Tokens &tokens, qsizetype open)
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

inline qsizetype matchingBackwards(const Tokens &tokens, qsizetype close)
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
inline QList<Tokens> arguments(const Tokens &tokens, qsizetype open, qsizetype close)
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

inline void replaceRange(Tokens &tokens, qsizetype from, qsizetype to, const Tokens &with)
{
    tokens.remove(from, to - from + 1);
    for (qsizetype i = 0; i < with.size(); ++i)
        tokens.insert(from + i, with.at(i));
}

inline Tokens joined(const QList<Tokens> &parts, const Tokens &separator)
{
    Tokens result;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            result += separator;
        result += parts.at(i);
    }
    return result;
}

} // namespace sluice::engine::expressiontokens
