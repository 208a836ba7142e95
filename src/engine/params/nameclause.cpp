#include "engine/params/nameclause.h"

#include <QCoreApplication>
#include <QSet>

namespace sluice::engine {

namespace {

// A tiny cursor over the clause text.
class ClauseReader
{
public:
    explicit ClauseReader(const QString &text)
        : m_text(text)
    {}
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    QChar peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text.at(m_pos) : QChar();
    }
    bool take(QStringView token)
    {
        skipSpace();
        if (!m_text.mid(m_pos, token.size()).startsWith(token, Qt::CaseInsensitive))
            return false;
        const qsizetype end = m_pos + token.size();
        // Keywords must end at a word boundary (IN must not match INDEX).
        if (token.back().isLetter() && end < m_text.size() && m_text.at(end).isLetterOrNumber())
            return false;
        m_pos = end;
        return true;
    }
    QString word()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() &&
               (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // A '...' literal with '' for a quote. Empty optional if none is here.
    std::optional<QString> literal(QString *error)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != u'\'')
            return std::nullopt;
        QString value;
        for (qsizetype i = m_pos + 1; i < m_text.size(); ++i) {
            if (m_text.at(i) != u'\'') {
                value.append(m_text.at(i));
            } else if (i + 1 < m_text.size() && m_text.at(i + 1) == u'\'') {
                value.append(u'\'');
                ++i;
            } else {
                m_pos = i + 1;
                return value;
            }
        }
        *error = QCoreApplication::translate("NameClause", "an unterminated string literal");
        return std::nullopt;
    }
    QString rest()
    {
        skipSpace();
        return m_text.mid(m_pos);
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
};

std::optional<NameClause::Operator> readOperator(ClauseReader &reader, QString *error)
{
    using Op = NameClause::Operator;
    if (reader.take(u"!=") || reader.take(u"<>") || reader.take(u"^="))
        return Op::NotEqual;
    if (reader.take(u">") || reader.take(u"<")) {
        *error = QCoreApplication::translate(
            "NameClause", "ordering comparisons (<, >, <=, >=) on names depend on the "
                          "engine's collation and are not supported; use =, LIKE or IN");
        return std::nullopt;
    }
    if (reader.take(u"="))
        return Op::Equal;
    if (reader.take(u"LIKE"))
        return Op::Like;
    if (reader.take(u"IN"))
        return Op::In;
    if (reader.take(u"NOT")) {
        if (reader.take(u"LIKE"))
            return Op::NotLike;
        if (reader.take(u"IN"))
            return Op::NotIn;
    }
    *error = QCoreApplication::translate(
                 "NameClause", "it must start with one of =, !=, <>, LIKE, NOT LIKE, IN, NOT IN "
                               "(found \"%1\")")
                 .arg(reader.rest());
    return std::nullopt;
}

std::optional<NameClause::Literal> readLiteral(ClauseReader &reader, QString *error)
{
    const auto text = reader.literal(error);
    if (!text) {
        if (error->isEmpty()) {
            const QString found = reader.rest();
            *error = found.startsWith(u'"')
                         ? QCoreApplication::translate(
                               "NameClause", "names in a name clause are written as string "
                                             "literals in single quotes, e.g. 'EMP' (found %1)")
                               .arg(found)
                         : QCoreApplication::translate(
                               "NameClause", "expected a name in single quotes, e.g. 'EMP', but "
                                             "found \"%1\"; if the quotes went missing, the shell "
                                             "removed them: use a PARFILE or escape them")
                               .arg(found);
        }
        return std::nullopt;
    }
    if (text->size() >= 2 && text->startsWith(u'"') && text->endsWith(u'"'))
        return NameClause::Literal{text->mid(1, text->size() - 2), true};
    return NameClause::Literal{*text, false};
}

bool readList(ClauseReader &reader, QList<NameClause::Literal> &literals, QString *error)
{
    if (reader.peek() != u'(') {
        *error = QCoreApplication::translate(
            "NameClause", "IN needs a parenthesised list, e.g. IN ('EMP','DEPT')");
        return false;
    }
    reader.take(u"(");
    if (reader.take(u"SELECT") || reader.take(u"WITH")) {
        *error = QCoreApplication::translate(
            "NameClause", "subqueries are not supported in name clauses: there is no "
                          "Oracle dictionary to run them against; list the names, or use "
                          "LIKE");
        return false;
    }
    while (true) {
        const auto literal = readLiteral(reader, error);
        if (!literal)
            return false;
        literals.append(*literal);
        if (reader.take(u","))
            continue;
        if (reader.take(u")"))
            return true;
        *error = QCoreApplication::translate("NameClause",
                                             "expected , or ) in the IN list, found \"%1\"")
                     .arg(reader.rest());
        return false;
    }
}

} // namespace

std::optional<NameClause> NameClause::parse(const QString &clause, QString *error)
{
    ClauseReader reader(clause);
    if (reader.atEnd()) {
        *error = QCoreApplication::translate("NameClause", "the name clause is empty");
        return std::nullopt;
    }
    const auto op = readOperator(reader, error);
    if (!op)
        return std::nullopt;
    NameClause result;
    result.m_op = *op;
    if (*op == Operator::In || *op == Operator::NotIn) {
        if (!readList(reader, result.m_literals, error))
            return std::nullopt;
    } else {
        if (reader.peek() == u'(') {
            *error = QCoreApplication::translate(
                         "NameClause", "subqueries and parenthesised values are not supported "
                                       "after %1: there is no Oracle dictionary to run them "
                                       "against; write a single name in single quotes")
                         .arg(QString(clause).trimmed().section(u' ', 0, 0));
            return std::nullopt;
        }
        const auto literal = readLiteral(reader, error);
        if (!literal)
            return std::nullopt;
        result.m_literals.append(*literal);
    }
    if (!reader.atEnd()) {
        const QString rest = reader.rest();
        *error = rest.startsWith(QLatin1String("ESCAPE"), Qt::CaseInsensitive)
                     ? QCoreApplication::translate(
                           "NameClause", "ESCAPE is not supported in name clauses: % and _ are "
                                         "always wildcards in LIKE")
                     : QCoreApplication::translate("NameClause",
                                                   "unexpected text \"%1\" after the name clause")
                           .arg(rest);
        return std::nullopt;
    }
    return result;
}

bool NameClause::isNegated() const
{
    return m_op == Operator::NotEqual || m_op == Operator::NotLike || m_op == Operator::NotIn;
}

QString NameClause::toString() const
{
    QStringList values;
    for (const Literal &literal : m_literals) {
        QString text = literal.exact ? u'"' + literal.text + u'"' : literal.text;
        values.append(u'\'' + text.replace(u'\'', QStringLiteral("''")) + u'\'');
    }
    switch (m_op) {
    case Operator::Equal:
        return QStringLiteral("= ") + values.value(0);
    case Operator::NotEqual:
        return QStringLiteral("!= ") + values.value(0);
    case Operator::Like:
        return QStringLiteral("LIKE ") + values.value(0);
    case Operator::NotLike:
        return QStringLiteral("NOT LIKE ") + values.value(0);
    case Operator::In:
        return QStringLiteral("IN (") + values.join(u',') + u')';
    case Operator::NotIn:
        return QStringLiteral("NOT IN (") + values.join(u',') + u')';
    }
    return {};
}

bool NameClause::matches(const QString &identifier, Dialect dialect) const
{
    const bool isLike = m_op == Operator::Like || m_op == Operator::NotLike;
    bool hit = false;
    for (const Literal &literal : m_literals) {
        hit =
            hit ||
            (isLike ? IdentifierMatcher::like(identifier, literal.text, literal.exact, dialect)
                    : IdentifierMatcher::equals(identifier, literal.text, literal.exact, dialect));
    }
    return hit != isNegated();
}

IdentifierMatcher::Result NameClause::select(const QStringList &identifiers, Dialect dialect) const
{
    const bool isLike = m_op == Operator::Like || m_op == Operator::NotLike;
    QSet<QString> hits;
    for (const Literal &literal : m_literals) {
        auto one =
            IdentifierMatcher::select(literal.text, isLike, literal.exact, identifiers, dialect);
        if (one.status == IdentifierMatcher::Status::Ambiguous) {
            one.errorString =
                QCoreApplication::translate(
                    "NameClause", "the name clause \"%1\" is ambiguous: '%2' matches both \"%3\" "
                                  "and \"%4\", which differ only in case; write '\"%3\"' inside "
                                  "the quotes to match one exactly")
                    .arg(toString(), literal.text, one.identifiers.at(0), one.identifiers.at(1));
            return one;
        }
        for (const QString &identifier : std::as_const(one.identifiers))
            hits.insert(identifier);
    }
    IdentifierMatcher::Result result;
    for (const QString &identifier : identifiers) {
        if (hits.contains(identifier) != isNegated())
            result.identifiers.append(identifier);
    }
    result.status = result.identifiers.isEmpty() ? IdentifierMatcher::Status::NotFound
                                                 : IdentifierMatcher::Status::Found;
    return result;
}

} // namespace sluice::engine
