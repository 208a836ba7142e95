#include "engine/params/sqlname.h"

#include <QCoreApplication>

namespace sluice::engine {

namespace {

bool isPlainNameChar(QChar ch, SqlName::Wildcards wildcards)
{
    return ch.isLetterOrNumber() || ch == u'_' || ch == u'$' || ch == u'#' ||
           (ch == u'%' && wildcards == SqlName::Wildcards::Allowed);
}

// Walks text and calls visit(index) for every character outside quotes and
// parentheses; stops when visit returns true.
template <typename Visit>
void scanOutsideQuotes(const QString &text, Visit visit)
{
    QChar quote;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
            continue;
        }
        if (ch == u'"' || ch == u'\'') {
            quote = ch;
        } else if (ch == u'(') {
            ++depth;
        } else if (ch == u')') {
            --depth;
        } else if (depth == 0 && visit(i)) {
            return;
        }
    }
}

} // namespace

QString SqlName::toParameterText() const
{
    if (!quoted)
        return text;
    QString inner = text;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

bool SqlName::hasWildcard() const
{
    return !quoted && text.contains(u'%');
}

std::optional<SqlName> SqlName::parse(const QString &text, QString *error, Wildcards wildcards)
{
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("SqlName", "an empty name");
        return std::nullopt;
    }
    if (text.startsWith(u'"')) {
        if (text.size() < 3 || !text.endsWith(u'"')) {
            *error =
                QCoreApplication::translate("SqlName", "an unterminated or empty quoted name %1")
                    .arg(text);
            return std::nullopt;
        }
        QString inner = text.mid(1, text.size() - 2);
        // A lone quote inside means two names were glued together ("a""b" is a"b).
        if (inner.replace(QStringLiteral("\"\""), QStringLiteral("\x01")).contains(u'"')) {
            *error = QCoreApplication::translate("SqlName", "a malformed quoted name %1").arg(text);
            return std::nullopt;
        }
        inner.replace(u'\x01', u'"');
        return SqlName{inner, true};
    }
    for (const QChar ch : text) {
        if (!isPlainNameChar(ch, wildcards)) {
            *error = QCoreApplication::translate(
                         "SqlName", "\"%1\" is not a plain name (the character '%2' needs "
                                    "quoting); write it in double quotes, e.g. \"%1\"")
                         .arg(text, ch);
            return std::nullopt;
        }
    }
    return SqlName{text, false};
}

std::optional<QList<SqlName>> SqlName::parseDotted(const QString &text, QString *error,
                                                   Wildcards wildcards)
{
    QList<qsizetype> dots;
    scanOutsideQuotes(text, [&](qsizetype i) {
        if (text.at(i) == u'.')
            dots.append(i);
        return false;
    });
    QList<SqlName> parts;
    qsizetype start = 0;
    dots.append(text.size());
    for (const qsizetype dot : dots) {
        const auto part = parse(text.mid(start, dot - start), error, wildcards);
        if (!part)
            return std::nullopt;
        parts.append(*part);
        start = dot + 1;
    }
    return parts;
}

qsizetype SqlName::findOutsideQuotes(const QString &text, QChar ch, qsizetype from)
{
    qsizetype found = -1;
    scanOutsideQuotes(text, [&](qsizetype i) {
        if (i >= from && text.at(i) == ch) {
            found = i;
            return true;
        }
        return false;
    });
    return found;
}

qsizetype SqlName::findLastOutsideQuotes(const QString &text, QChar ch)
{
    qsizetype found = -1;
    scanOutsideQuotes(text, [&](qsizetype i) {
        if (text.at(i) == ch)
            found = i;
        return false;
    });
    return found;
}

} // namespace sluice::engine
