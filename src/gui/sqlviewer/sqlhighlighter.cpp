#include "gui/sqlviewer/sqlhighlighter.h"

#include <QSet>

namespace sluice::gui {

namespace {

// Keywords common to SQLite, PostgreSQL and MariaDB (and the SQL standard).
const QSet<QString> &keywords()
{
    static const QSet<QString> s_keywords = [] {
        const char *const words[] = {"ADD",
                                     "AFTER",
                                     "ALL",
                                     "ALTER",
                                     "ALWAYS",
                                     "AND",
                                     "ANY",
                                     "AS",
                                     "ASC",
                                     "AUTOINCREMENT",
                                     "AUTO_INCREMENT",
                                     "BEFORE",
                                     "BEGIN",
                                     "BETWEEN",
                                     "BIGINT",
                                     "BLOB",
                                     "BOOLEAN",
                                     "BOTH",
                                     "BY",
                                     "CASCADE",
                                     "CASE",
                                     "CAST",
                                     "CHAR",
                                     "CHARACTER",
                                     "CHECK",
                                     "COLLATE",
                                     "COLUMN",
                                     "COMMENT",
                                     "COMMIT",
                                     "CONSTRAINT",
                                     "CREATE",
                                     "CROSS",
                                     "CURRENT_DATE",
                                     "CURRENT_TIMESTAMP",
                                     "CYCLE",
                                     "DATABASE",
                                     "DATE",
                                     "DECIMAL",
                                     "DEFAULT",
                                     "DEFERRABLE",
                                     "DEFERRED",
                                     "DELETE",
                                     "DESC",
                                     "DISTINCT",
                                     "DO",
                                     "DOUBLE",
                                     "DROP",
                                     "EACH",
                                     "ELSE",
                                     "END",
                                     "ENGINE",
                                     "ESCAPE",
                                     "EXCEPT",
                                     "EXECUTE",
                                     "EXISTS",
                                     "FALSE",
                                     "FETCH",
                                     "FLOAT",
                                     "FOR",
                                     "FOREIGN",
                                     "FROM",
                                     "FULL",
                                     "FUNCTION",
                                     "GENERATED",
                                     "GRANT",
                                     "GROUP",
                                     "HAVING",
                                     "IDENTITY",
                                     "IF",
                                     "IMMEDIATE",
                                     "IN",
                                     "INCREMENT",
                                     "INDEX",
                                     "INITIALLY",
                                     "INNER",
                                     "INSERT",
                                     "INSTEAD",
                                     "INT",
                                     "INTEGER",
                                     "INTERSECT",
                                     "INTERVAL",
                                     "INTO",
                                     "IS",
                                     "JOIN",
                                     "KEY",
                                     "LANGUAGE",
                                     "LEFT",
                                     "LIKE",
                                     "LIMIT",
                                     "LOCK",
                                     "MATCH",
                                     "MAXVALUE",
                                     "MINVALUE",
                                     "NATURAL",
                                     "NO",
                                     "NOT",
                                     "NULL",
                                     "NUMERIC",
                                     "OF",
                                     "OFFSET",
                                     "ON",
                                     "OR",
                                     "ORDER",
                                     "OUTER",
                                     "OVER",
                                     "OWNED",
                                     "PARTITION",
                                     "PRAGMA",
                                     "PRIMARY",
                                     "PROCEDURE",
                                     "REAL",
                                     "RECURSIVE",
                                     "REFERENCES",
                                     "RENAME",
                                     "REPLACE",
                                     "RESTRICT",
                                     "RETURN",
                                     "RETURNS",
                                     "REVOKE",
                                     "RIGHT",
                                     "ROLLBACK",
                                     "ROW",
                                     "ROWID",
                                     "SCHEMA",
                                     "SELECT",
                                     "SEQUENCE",
                                     "SET",
                                     "SMALLINT",
                                     "START",
                                     "STORED",
                                     "TABLE",
                                     "TEMPORARY",
                                     "TEXT",
                                     "THEN",
                                     "TIME",
                                     "TIMESTAMP",
                                     "TO",
                                     "TRANSACTION",
                                     "TRIGGER",
                                     "TRUE",
                                     "TRUNCATE",
                                     "TYPE",
                                     "UNION",
                                     "UNIQUE",
                                     "UNSIGNED",
                                     "UPDATE",
                                     "USING",
                                     "VALUES",
                                     "VARCHAR",
                                     "VIEW",
                                     "VIRTUAL",
                                     "WHEN",
                                     "WHERE",
                                     "WINDOW",
                                     "WITH",
                                     "WITHOUT",
                                     "ZEROFILL"};
        QSet<QString> set;
        for (const char *word : words)
            set.insert(QLatin1String(word));
        return set;
    }();
    return s_keywords;
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_formats[int(Token::Keyword)].setForeground(QColor(0x1a, 0x4f, 0xa0));
    m_formats[int(Token::Keyword)].setFontWeight(QFont::Bold);
    m_formats[int(Token::String)].setForeground(QColor(0x2e, 0x7d, 0x32));
    m_formats[int(Token::Comment)].setForeground(QColor(0x80, 0x80, 0x80));
    m_formats[int(Token::Comment)].setFontItalic(true);
    m_formats[int(Token::Number)].setForeground(QColor(0xad, 0x14, 0x57));
    m_formats[int(Token::QuotedIdentifier)].setForeground(QColor(0x00, 0x83, 0x8f));
}

QTextCharFormat SqlHighlighter::format(Token token) const
{
    return m_formats[int(token)];
}

bool SqlHighlighter::isKeyword(QStringView word)
{
    return keywords().contains(word.toString().toUpper());
}

qsizetype SqlHighlighter::closing(const QString &text, qsizetype from, State state)
{
    switch (state) {
    case InComment: {
        const qsizetype end = text.indexOf(QLatin1String("*/"), from);
        return end < 0 ? -1 : end + 2;
    }
    case InDollar: {
        const qsizetype end = text.indexOf(QLatin1String("$$"), from);
        return end < 0 ? -1 : end + 2;
    }
    case InString:
    case InQuoted:
    case InBacktick: {
        const QChar quote = state == InString ? u'\'' : state == InQuoted ? u'"' : u'`';
        for (qsizetype i = from; i < text.size(); ++i) {
            if (state == InString && text.at(i) == u'\\' && i + 1 < text.size()) {
                ++i; // MariaDB escapes; harmless elsewhere
                continue;
            }
            if (text.at(i) != quote)
                continue;
            if (i + 1 < text.size() && text.at(i + 1) == quote) {
                ++i; // a doubled quote stays inside
                continue;
            }
            return i + 1;
        }
        return -1;
    }
    case Normal:
        break;
    }
    return from;
}

qsizetype SqlHighlighter::scanWord(const QString &text, qsizetype start)
{
    qsizetype end = start;
    while (end < text.size() && isWordPart(text.at(end)))
        ++end;
    if (isKeyword(QStringView(text).mid(start, end - start)))
        setFormat(int(start), int(end - start), m_formats[int(Token::Keyword)]);
    return end;
}

qsizetype SqlHighlighter::scanNumber(const QString &text, qsizetype start)
{
    qsizetype end = start;
    while (end < text.size() && (text.at(end).isDigit() || text.at(end) == u'.'))
        ++end;
    if (end < text.size() && (text.at(end) == u'e' || text.at(end) == u'E')) {
        qsizetype exponent = end + 1;
        if (exponent < text.size() && (text.at(exponent) == u'+' || text.at(exponent) == u'-'))
            ++exponent;
        if (exponent < text.size() && text.at(exponent).isDigit()) {
            end = exponent;
            while (end < text.size() && text.at(end).isDigit())
                ++end;
        }
    }
    setFormat(int(start), int(end - start), m_formats[int(Token::Number)]);
    return end;
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    auto state = State(qMax(previousBlockState(), 0));
    qsizetype i = 0;
    setCurrentBlockState(Normal);
    while (i < text.size()) {
        if (state != Normal) {
            const qsizetype end = closing(text, i, state);
            const Token token = state == InComment                       ? Token::Comment
                                : state == InString || state == InDollar ? Token::String
                                                                         : Token::QuotedIdentifier;
            const qsizetype stop = end < 0 ? text.size() : end;
            setFormat(int(i), int(stop - i), m_formats[int(token)]);
            if (end < 0) {
                setCurrentBlockState(state);
                return;
            }
            i = end;
            state = Normal;
            continue;
        }
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            setFormat(int(i), int(text.size() - i), m_formats[int(Token::Comment)]);
            return;
        }
        if (c == u'/' && next == u'*') {
            state = InComment;
            setFormat(int(i), 2, m_formats[int(Token::Comment)]);
            i += 2;
        } else if (c == u'$' && next == u'$') {
            state = InDollar;
            setFormat(int(i), 2, m_formats[int(Token::String)]);
            i += 2;
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            state = c == u'\'' ? InString : c == u'"' ? InQuoted : InBacktick;
            setFormat(int(i), 1,
                      m_formats[int(state == InString ? Token::String : Token::QuotedIdentifier)]);
            ++i;
        } else if (isWordStart(c)) {
            i = scanWord(text, i);
        } else if (c.isDigit() || (c == u'.' && next.isDigit())) {
            i = scanNumber(text, i);
        } else {
            ++i;
        }
    }
}

} // namespace sluice::gui
