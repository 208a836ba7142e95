#include "engine/catalog/sqliteddlparser.h"

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

struct Token
{
    enum Kind { Word, Quoted, String, Number, Punct };
    Kind kind = Punct;
    // Identifiers unquoted; punctuation as is.
    QString text;
    qsizetype begin = 0;
    qsizetype end = 0;
};

qsizetype skipQuoted(const QString &sql, qsizetype i, QChar close, QString *text)
{
    const QChar open = sql.at(i);
    for (++i; i < sql.size(); ++i) {
        if (sql.at(i) == close) {
            // A doubled closing quote stands for itself (not for [ ]).
            if (open != u'[' && i + 1 < sql.size() && sql.at(i + 1) == close) {
                *text += close;
                ++i;
                continue;
            }
            return i + 1;
        }
        *text += sql.at(i);
    }
    return i;
}

QList<Token> tokenize(const QString &sql)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && sql.mid(i, 2) == u"--") {
            while (i < sql.size() && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && sql.mid(i, 2) == u"/*") {
            const qsizetype close = sql.indexOf(u"*/"_s, i + 2);
            i = close < 0 ? sql.size() : close + 2;
        } else if (c == u'"' || c == u'`' || c == u'[' || c == u'\'') {
            Token t;
            t.kind = c == u'\'' ? Token::String : Token::Quoted;
            t.begin = i;
            i = skipQuoted(sql, i, c == u'[' ? u']' : c, &t.text);
            t.end = i;
            tokens.append(t);
        } else if (c.isLetter() || c == u'_') {
            Token t{Token::Word, {}, i, i};
            while (i < sql.size() &&
                   (sql.at(i).isLetterOrNumber() || sql.at(i) == u'_' || sql.at(i) == u'$'))
                ++i;
            t.end = i;
            t.text = sql.mid(t.begin, i - t.begin);
            tokens.append(t);
        } else if (c.isDigit() || (c == u'.' && i + 1 < sql.size() && sql.at(i + 1).isDigit())) {
            Token t{Token::Number, {}, i, i};
            while (i < sql.size() && (sql.at(i).isLetterOrNumber() || sql.at(i) == u'.'))
                ++i;
            t.end = i;
            t.text = sql.mid(t.begin, i - t.begin);
            tokens.append(t);
        } else {
            tokens.append(Token{Token::Punct, QString(c), i, i + 1});
            ++i;
        }
    }
    return tokens;
}

// A position in the token list with the small helpers a recursive reader needs.
class Cursor
{
public:
    Cursor(const QString &sql, const QList<Token> &tokens, qsizetype begin, qsizetype end)
        : m_sql(sql)
        , m_tokens(tokens)
        , m_pos(begin)
        , m_end(end)
    {}

    [[nodiscard]] bool atEnd() const { return m_pos >= m_end; }
    [[nodiscard]] const Token &peek(qsizetype ahead = 0) const
    {
        static const Token none;
        return m_pos + ahead < m_end ? m_tokens.at(m_pos + ahead) : none;
    }
    [[nodiscard]] bool is(QStringView word, qsizetype ahead = 0) const
    {
        const Token &t = peek(ahead);
        return m_pos + ahead < m_end && (t.kind == Token::Word || t.kind == Token::Punct) &&
               t.text.compare(word, Qt::CaseInsensitive) == 0;
    }
    bool accept(QStringView word)
    {
        if (!is(word))
            return false;
        ++m_pos;
        return true;
    }
    Token take() { return atEnd() ? Token{} : m_tokens.at(m_pos++); }
    [[nodiscard]] qsizetype pos() const { return m_pos; }
    void seek(qsizetype pos) { m_pos = pos; }

    // The index just past the parenthesis matching the "(" at the cursor.
    [[nodiscard]] qsizetype matching() const
    {
        int depth = 0;
        for (qsizetype i = m_pos; i < m_end; ++i) {
            const Token &t = m_tokens.at(i);
            if (t.kind != Token::Punct)
                continue;
            if (t.text == u"(")
                ++depth;
            else if (t.text == u")" && --depth == 0)
                return i + 1;
        }
        return m_end;
    }
    // The source text of tokens [from, to).
    [[nodiscard]] QString text(qsizetype from, qsizetype to) const
    {
        if (from >= to)
            return {};
        const qsizetype b = m_tokens.at(from).begin;
        const qsizetype e = m_tokens.at(to - 1).end;
        return m_sql.mid(b, e - b);
    }
    // Consumes a parenthesised group and returns the text inside it.
    QString group()
    {
        if (!is(u"("))
            return {};
        const qsizetype close = matching();
        const QString inside = text(m_pos + 1, close - 1);
        m_pos = close;
        return inside;
    }
    // Consumes "(a, b, c)" and returns the names (first token of each item).
    QStringList nameList()
    {
        QStringList names;
        if (!is(u"("))
            return names;
        const qsizetype close = matching();
        bool expectName = true;
        for (qsizetype i = m_pos + 1; i < close - 1; ++i) {
            const Token &t = m_tokens.at(i);
            if (t.kind == Token::Punct && t.text == u",")
                expectName = true;
            else if (expectName) {
                names.append(t.text);
                expectName = false;
            }
        }
        m_pos = close;
        return names;
    }

private:
    const QString &m_sql;
    const QList<Token> &m_tokens;
    qsizetype m_pos;
    qsizetype m_end;
};

// Splits [begin, end) at top-level commas.
QList<std::pair<qsizetype, qsizetype>> splitItems(const QList<Token> &tokens, qsizetype begin,
                                                  qsizetype end)
{
    QList<std::pair<qsizetype, qsizetype>> items;
    int depth = 0;
    qsizetype start = begin;
    for (qsizetype i = begin; i < end; ++i) {
        const Token &t = tokens.at(i);
        if (t.kind != Token::Punct)
            continue;
        if (t.text == u"(")
            ++depth;
        else if (t.text == u")")
            --depth;
        else if (t.text == u"," && depth == 0) {
            items.append({start, i});
            start = i + 1;
        }
    }
    if (start < end)
        items.append({start, end});
    return items;
}

QString referentialAction(Cursor &c)
{
    if (c.accept(u"SET")) {
        if (c.accept(u"NULL"))
            return u"SET NULL"_s;
        c.accept(u"DEFAULT");
        return u"SET DEFAULT"_s;
    }
    if (c.accept(u"CASCADE"))
        return u"CASCADE"_s;
    if (c.accept(u"RESTRICT"))
        return u"RESTRICT"_s;
    c.accept(u"NO");
    c.accept(u"ACTION");
    return u"NO ACTION"_s;
}

// REFERENCES t (cols) [ON DELETE|UPDATE action | MATCH name]* [[NOT] DEFERRABLE ...]
void readReferences(Cursor &c, ConstraintDef &fk)
{
    fk.type = ConstraintType::ForeignKey;
    fk.onDelete = u"NO ACTION"_s;
    fk.onUpdate = u"NO ACTION"_s;
    fk.match = u"SIMPLE"_s;
    fk.referencedTable = c.take().text;
    fk.referencedColumns = c.nameList();
    while (!c.atEnd()) {
        if (c.accept(u"ON")) {
            const bool del = c.accept(u"DELETE");
            if (!del)
                c.accept(u"UPDATE");
            (del ? fk.onDelete : fk.onUpdate) = referentialAction(c);
        } else if (c.accept(u"MATCH")) {
            fk.match = c.take().text.toUpper();
        } else if (c.is(u"NOT") && c.is(u"DEFERRABLE", 1)) {
            c.take();
            c.take();
            fk.deferrable = false;
        } else if (c.accept(u"DEFERRABLE")) {
            fk.deferrable = true;
            if (c.accept(u"INITIALLY"))
                fk.initiallyDeferred =
                    c.take().text.compare(u"DEFERRED"_s, Qt::CaseInsensitive) == 0;
        } else {
            break;
        }
    }
}

void skipConflictClause(Cursor &c)
{
    if (c.is(u"ON") && c.is(u"CONFLICT", 1)) {
        c.take();
        c.take();
        c.take();
    }
}

bool isColumnConstraintStart(const Cursor &c)
{
    static const QStringList words{u"CONSTRAINT"_s, u"PRIMARY"_s,   u"NOT"_s,     u"NULL"_s,
                                   u"UNIQUE"_s,     u"CHECK"_s,     u"DEFAULT"_s, u"COLLATE"_s,
                                   u"REFERENCES"_s, u"GENERATED"_s, u"AS"_s};
    for (const QString &word : words) {
        if (c.is(word))
            return true;
    }
    return false;
}

void readColumn(Cursor &c, SqliteDdlParser::Table &table)
{
    SqliteDdlParser::Column column;
    column.name = c.take().text;
    while (!c.atEnd() && !isColumnConstraintStart(c)) {
        if (c.is(u"("))
            c.group();
        else
            c.take();
    }
    QString name;
    while (!c.atEnd()) {
        ConstraintDef constraint;
        constraint.columns = {column.name};
        if (c.accept(u"CONSTRAINT")) {
            name = c.take().text;
            continue;
        }
        constraint.name = name;
        name.clear();
        if (c.accept(u"PRIMARY")) {
            c.accept(u"KEY");
            if (!c.accept(u"ASC"))
                c.accept(u"DESC");
            skipConflictClause(c);
            column.autoIncrement = c.accept(u"AUTOINCREMENT");
            constraint.type = ConstraintType::PrimaryKey;
            table.constraints.append(constraint);
        } else if (c.accept(u"UNIQUE")) {
            skipConflictClause(c);
            constraint.type = ConstraintType::Unique;
            table.constraints.append(constraint);
        } else if (c.accept(u"CHECK")) {
            // Where a CHECK is declared says nothing about the columns it
            // reads: like a table CHECK it lists none.
            constraint.type = ConstraintType::Check;
            constraint.columns.clear();
            constraint.expression = c.group().trimmed();
            table.constraints.append(constraint);
        } else if (c.accept(u"REFERENCES")) {
            readReferences(c, constraint);
            table.constraints.append(constraint);
        } else if (c.accept(u"COLLATE")) {
            column.collation = c.take().text;
        } else if (c.accept(u"GENERATED") || c.is(u"AS")) {
            c.accept(u"ALWAYS");
            c.accept(u"AS");
            column.generatedExpression = c.group().trimmed();
            column.generatedStored = c.accept(u"STORED");
            c.accept(u"VIRTUAL");
        } else if (c.accept(u"DEFAULT")) {
            // The pragma reports the default text; only skip it here.
            if (c.is(u"("))
                c.group();
            else if (c.is(u"-") || c.is(u"+"))
                c.seek(c.pos() + 2);
            else
                c.take();
        } else if (c.accept(u"NOT") || c.accept(u"NULL")) {
            c.accept(u"NULL");
            skipConflictClause(c);
        } else {
            c.take();
        }
    }
    table.columns.append(column);
}

void readTableConstraint(Cursor &c, SqliteDdlParser::Table &table)
{
    ConstraintDef constraint;
    if (c.accept(u"CONSTRAINT"))
        constraint.name = c.take().text;
    if (c.accept(u"PRIMARY")) {
        c.accept(u"KEY");
        constraint.type = ConstraintType::PrimaryKey;
        constraint.columns = c.nameList();
    } else if (c.accept(u"UNIQUE")) {
        constraint.type = ConstraintType::Unique;
        constraint.columns = c.nameList();
    } else if (c.accept(u"CHECK")) {
        constraint.type = ConstraintType::Check;
        constraint.expression = c.group().trimmed();
    } else if (c.accept(u"FOREIGN")) {
        c.accept(u"KEY");
        constraint.columns = c.nameList();
        c.accept(u"REFERENCES");
        readReferences(c, constraint);
    } else {
        return;
    }
    table.constraints.append(constraint);
}

bool isTableConstraintStart(const Cursor &c)
{
    return c.is(u"CONSTRAINT") || c.is(u"PRIMARY") || c.is(u"UNIQUE") || c.is(u"CHECK") ||
           c.is(u"FOREIGN");
}

// Moves the cursor past "CREATE ... <kind> [IF NOT EXISTS] name".
void skipHeader(Cursor &c, QStringView kind)
{
    while (!c.atEnd() && !c.accept(kind))
        c.take();
    if (c.is(u"IF") && c.is(u"NOT", 1) && c.is(u"EXISTS", 2)) {
        c.take();
        c.take();
        c.take();
    }
    c.take();
    // schema.name
    if (c.is(u".")) {
        c.take();
        c.take();
    }
}

} // namespace

SqliteDdlParser::Table SqliteDdlParser::parseTable(const QString &sql)
{
    Table table;
    const QList<Token> tokens = tokenize(sql);
    Cursor c(sql, tokens, 0, tokens.size());
    skipHeader(c, u"TABLE");
    if (!c.is(u"("))
        return table;
    const qsizetype close = c.matching();
    for (const auto &[begin, end] : splitItems(tokens, c.pos() + 1, close - 1)) {
        Cursor item(sql, tokens, begin, end);
        if (isTableConstraintStart(item))
            readTableConstraint(item, table);
        else
            readColumn(item, table);
    }
    c.seek(close);
    while (!c.atEnd()) {
        if (c.accept(u"WITHOUT")) {
            c.accept(u"ROWID");
            table.withoutRowid = true;
        } else if (c.accept(u"STRICT")) {
            table.strict = true;
        } else {
            c.take();
        }
    }
    table.ok = true;
    return table;
}

SqliteDdlParser::Index SqliteDdlParser::parseIndex(const QString &sql)
{
    Index index;
    const QList<Token> tokens = tokenize(sql);
    Cursor c(sql, tokens, 0, tokens.size());
    skipHeader(c, u"INDEX");
    if (!c.accept(u"ON"))
        return index;
    c.take();
    if (!c.is(u"("))
        return index;
    const qsizetype close = c.matching();
    for (const auto &[begin, end] : splitItems(tokens, c.pos() + 1, close - 1)) {
        Cursor item(sql, tokens, begin, end);
        IndexKey key;
        qsizetype last = end;
        // Trailing COLLATE x and ASC/DESC belong to the key, not its expression.
        while (last > begin) {
            const Token &t = tokens.at(last - 1);
            const bool order =
                t.kind == Token::Word && (t.text.compare(u"ASC"_s, Qt::CaseInsensitive) == 0 ||
                                          t.text.compare(u"DESC"_s, Qt::CaseInsensitive) == 0);
            if (order) {
                key.descending = t.text.compare(u"DESC"_s, Qt::CaseInsensitive) == 0;
                --last;
            } else if (last - 2 >= begin &&
                       tokens.at(last - 2).text.compare(u"COLLATE"_s, Qt::CaseInsensitive) == 0) {
                key.collation = t.text;
                last -= 2;
            } else {
                break;
            }
        }
        if (last - begin == 1 && tokens.at(begin).kind != Token::String &&
            tokens.at(begin).kind != Token::Number)
            key.column = tokens.at(begin).text;
        else if (item.is(u"(") && item.matching() == last)
            // A key written as "(expr)" is the expression inside.
            key.expression = item.text(begin + 1, last - 1).trimmed();
        else
            key.expression = item.text(begin, last);
        index.keys.append(key);
    }
    c.seek(close);
    if (c.accept(u"WHERE"))
        index.where = c.text(c.pos(), tokens.size()).trimmed();
    index.ok = true;
    return index;
}

TriggerDef SqliteDdlParser::parseTrigger(const QString &sql)
{
    TriggerDef trigger;
    trigger.definition = sql;
    const QList<Token> tokens = tokenize(sql);
    Cursor c(sql, tokens, 0, tokens.size());
    skipHeader(c, u"TRIGGER");
    trigger.timing = u"BEFORE"_s;
    if (c.accept(u"BEFORE") || c.accept(u"AFTER"))
        trigger.timing = tokens.at(c.pos() - 1).text.toUpper();
    else if (c.accept(u"INSTEAD")) {
        c.accept(u"OF");
        trigger.timing = u"INSTEAD OF"_s;
    }
    const QString event = c.take().text.toUpper();
    trigger.events = {event};
    if (event == u"UPDATE" && c.accept(u"OF")) {
        while (!c.atEnd() && !c.is(u"ON")) {
            const Token t = c.take();
            if (t.text != u",")
                trigger.updateColumns.append(t.text);
        }
    }
    c.accept(u"ON");
    c.take();
    trigger.forEachRow = true;
    if (c.accept(u"FOR")) {
        c.accept(u"EACH");
        c.accept(u"ROW");
    }
    if (c.accept(u"WHEN")) {
        const qsizetype from = c.pos();
        while (!c.atEnd() && !c.is(u"BEGIN"))
            c.take();
        trigger.when = c.text(from, c.pos()).trimmed();
    }
    if (c.is(u"BEGIN"))
        trigger.body = c.text(c.pos(), tokens.size());
    return trigger;
}

QString SqliteDdlParser::viewQuery(const QString &sql)
{
    const QList<Token> tokens = tokenize(sql);
    Cursor c(sql, tokens, 0, tokens.size());
    skipHeader(c, u"VIEW");
    if (c.is(u"("))
        c.group();
    if (!c.accept(u"AS"))
        return {};
    return c.text(c.pos(), tokens.size()).trimmed();
}

QStringList SqliteDdlParser::identifiers(const QString &sql)
{
    QStringList names;
    for (const Token &t : tokenize(sql)) {
        if (t.kind == Token::Word || t.kind == Token::Quoted)
            names.append(t.text);
    }
    return names;
}

} // namespace sluice::engine
