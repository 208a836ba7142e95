#include "engine/params/paramtokenizer.h"

#include <QRegularExpression>

namespace sluice::engine {

namespace {

struct Segment
{
    QString text;
    SourcePosition position;
};

struct Word
{
    QString text;
    SourcePosition position;
};

struct LexResult
{
    QList<Word> words;
    std::optional<ParameterError> error;
};

bool isEscapable(QChar ch)
{
    return ch == u'"' || ch == u'\'' || ch == u'(' || ch == u')' || ch == u'\\';
}

ParameterError lexError(const SourcePosition &position, const QString &text, const QString &msg)
{
    return ParameterError{QString(), text, position, msg};
}

QString unterminatedMessage(QChar quote, const QString &word, bool parfile)
{
    const QString kind = quote == u'"' ? QStringLiteral("double") : QStringLiteral("single");
    QString message =
        QStringLiteral("unterminated %1 quote in \"%2\": close the quote").arg(kind, word);
    if (parfile)
        return message + QStringLiteral("; a quoted value must end on its line (end the line "
                                        "with \\ to continue it on the next)");
    return message + QStringLiteral("; on a Unix shell, escape quotes the shell should pass on "
                                    "(\\\" and \\') or put the value in a PARFILE");
}

// Joins the segments (with joiner between them), removes backslash escapes and
// splits into words at top-level white space and commas.
LexResult lex(const QList<Segment> &segments, QChar joiner, bool parfile, bool unescape = true)
{
    QString chars;
    QList<int> owner; // segment index of each character
    for (int s = 0; s < segments.size(); ++s) {
        if (s > 0) {
            chars.append(joiner);
            owner.append(s);
        }
        const QString &text = segments.at(s).text;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (unescape && text.at(i) == u'\\' && i + 1 < text.size() &&
                isEscapable(text.at(i + 1)))
                ++i;
            chars.append(text.at(i));
            owner.append(s);
        }
    }
    LexResult result;
    QChar quote;
    qsizetype quoteStart = 0;
    int depth = 0;
    qsizetype start = -1;
    const auto flush = [&](qsizetype end) {
        if (start >= 0)
            result.words.append(
                {chars.mid(start, end - start), segments.at(owner.at(start)).position});
        start = -1;
    };
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const QChar ch = chars.at(i);
        if (!quote.isNull()) {
            if (ch == u'\n')
                break;
            if (ch == quote)
                quote = QChar();
            continue;
        }
        if (depth == 0 && (ch.isSpace() || ch == u',')) {
            flush(i);
            continue;
        }
        if (start < 0)
            start = i;
        if (ch == u'"' || ch == u'\'') {
            quote = ch;
            quoteStart = i;
        } else if (ch == u'(') {
            ++depth;
        } else if (ch == u')' && --depth < 0) {
            const QString word = chars.mid(start, i - start + 1);
            result.error = lexError(segments.at(owner.at(i)).position, word,
                                    QStringLiteral("unbalanced ) in \"%1\": remove it or add the "
                                                   "matching (")
                                        .arg(word));
            return result;
        }
    }
    if (!quote.isNull()) {
        const QString word = chars.mid(start).section(u'\n', 0, 0);
        result.error = lexError(segments.at(owner.at(quoteStart)).position, word,
                                unterminatedMessage(quote, word, parfile));
        return result;
    }
    if (depth > 0) {
        const QString word = chars.mid(start);
        result.error =
            lexError(segments.at(owner.at(start)).position, word,
                     QStringLiteral("unclosed ( in \"%1\": add the matching )").arg(word));
        return result;
    }
    flush(chars.size());
    return result;
}

// Length of the KEYWORD at the start of text (letters, digits, _ $ #), 0 if none.
qsizetype keywordLength(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$#]*"));
    const auto match = re.match(text);
    return match.hasMatch() ? match.capturedLength() : 0;
}

ParamTokenizer::Result group(const LexResult &lexed)
{
    ParamTokenizer::Result result;
    result.error = lexed.error;
    if (result.error)
        return result;
    const QList<Word> &words = lexed.words;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &word = words.at(i);
        const qsizetype length = keywordLength(word.text);
        QString rest;
        bool isParameter = false;
        if (length > 0 && length == word.text.size() && i + 1 < words.size() &&
            words.at(i + 1).text.startsWith(u'=')) {
            isParameter = true;
            rest = words.at(++i).text.mid(1);
        } else if (length > 0 && length < word.text.size() && word.text.at(length) == u'=') {
            isParameter = true;
            rest = word.text.mid(length + 1);
        }
        // Data Pump accepts ATTACH without a value: attach to the user's only job.
        if (!isParameter && word.text.compare(QLatin1String("ATTACH"), Qt::CaseInsensitive) == 0) {
            result.parameters.append(RawParameter{word.text, word.position, {}});
            continue;
        }
        if (isParameter) {
            RawParameter parameter{word.text.left(length), word.position, {}};
            if (!rest.isEmpty())
                parameter.values.append({rest, word.position, false});
            result.parameters.append(parameter);
        } else if (!result.parameters.isEmpty()) {
            result.parameters.last().values.append({word.text, word.position, true});
        } else if (!result.leadingWord) {
            result.leadingWord = RawValue{word.text, word.position, true};
        } else {
            result.error = ParameterError{
                QString(), word.text, word.position,
                QStringLiteral("unexpected \"%1\" after the connection \"%2\": parameters are "
                               "written KEYWORD=value")
                    .arg(word.text, result.leadingWord->text)};
            return result;
        }
    }
    return result;
}

// Cuts a # comment: at the start of the line or after white space, outside quotes.
QString stripComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (ch == u'\\') {
            ++i;
        } else if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
        } else if (ch == u'"' || ch == u'\'') {
            quote = ch;
        } else if (ch == u'#' && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

// Index of the ) closing the ( at index 0, outside quotes; -1 if none.
qsizetype matchingParen(const QString &text)
{
    QChar quote;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
        } else if (ch == u'"' || ch == u'\'') {
            quote = ch;
        } else if (ch == u'(') {
            ++depth;
        } else if (ch == u')' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

} // namespace

ParamTokenizer::Result ParamTokenizer::tokenizeArguments(const QStringList &arguments)
{
    QList<Segment> segments;
    for (int i = 0; i < arguments.size(); ++i)
        segments.append({arguments.at(i), SourcePosition{QString(), i + 1}});
    return group(lex(segments, u' ', false));
}

ParamTokenizer::Result ParamTokenizer::tokenizeParfile(const QString &text, const QString &fileName)
{
    QList<Segment> segments;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        const int first = i + 1;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().startsWith(u'#'))
            continue;
        // A backslash at the very end continues the line; the pieces are joined
        // without a separator, as Data Pump does for a wrapped long name.
        while (line.endsWith(u'\\') && !line.endsWith(QStringLiteral("\\\\")) &&
               i + 1 < lines.size()) {
            line.chop(1);
            QString next = lines.at(++i);
            if (next.endsWith(u'\r'))
                next.chop(1);
            line += next;
        }
        segments.append({stripComment(line), SourcePosition{fileName, first}});
    }
    return group(lex(segments, u'\n', true));
}

QStringList ParamTokenizer::splitList(const QString &text)
{
    QString inner = text;
    // Unwrap only if the first ( closes at the very end: (a),(b) stays as is.
    if (inner.startsWith(u'(') && matchingParen(inner) == inner.size() - 1)
        inner = inner.mid(1, inner.size() - 2);
    const auto lexed = lex({{inner, {}}}, u' ', false, false);
    if (lexed.error)
        return {inner};
    QStringList result;
    for (const Word &word : lexed.words)
        result.append(word.text);
    return result;
}

bool ParamTokenizer::isDoubleQuoted(const QString &text)
{
    if (text.size() < 2 || !text.startsWith(u'"'))
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) != u'"')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'"') {
            ++i;
            continue;
        }
        return i == text.size() - 1;
    }
    return false;
}

QString ParamTokenizer::unquote(const QString &text)
{
    if (!isDoubleQuoted(text))
        return text;
    return text.mid(1, text.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
}

} // namespace sluice::engine
