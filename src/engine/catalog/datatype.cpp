#include "engine/catalog/datatype.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

// Splits "'a','b,c','it''s'" into its unquoted members.
QStringList parseMembers(const QString &inside)
{
    QStringList members;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < inside.size(); ++i) {
        const QChar c = inside.at(i);
        if (quoted) {
            if (c == u'\'' && i + 1 < inside.size() && inside.at(i + 1) == u'\'') {
                current += c;
                ++i;
            } else if (c == u'\'') {
                quoted = false;
                members.append(current);
                current.clear();
            } else {
                current += c;
            }
        } else if (c == u'\'') {
            quoted = true;
        }
    }
    return members;
}

bool takeSuffix(QString &text, QStringView suffix)
{
    if (!text.endsWith(suffix))
        return false;
    text.chop(suffix.size());
    text = text.trimmed();
    return true;
}

} // namespace

DataType DataType::parse(const QString &text)
{
    DataType type;
    type.text = text.trimmed();
    const QString original = type.text.simplified();
    QString rest = original.toLower();
    while (takeSuffix(rest, u"[]"))
        ++type.arrayDimensions;
    for (bool changed = true; changed;) {
        changed = takeSuffix(rest, u" zerofill");
        if (changed)
            type.zeroFill = true;
        if (takeSuffix(rest, u" unsigned")) {
            type.isUnsigned = true;
            changed = true;
        }
        changed = takeSuffix(rest, u" signed") || changed;
    }

    const qsizetype open = rest.indexOf(u'(');
    const qsizetype close = rest.lastIndexOf(u')');
    if (open < 0 || close < open) {
        type.name = rest;
        return type;
    }
    type.name = QString(rest.left(open).trimmed() + u' ' + rest.mid(close + 1).trimmed()).trimmed();
    // Keep the members' original case: only the type name is case-insensitive.
    const QString inside = original.mid(open + 1, close - open - 1);
    if (type.name == u"enum" || type.name == u"set") {
        type.members = parseMembers(inside);
        return type;
    }
    for (const QString &part : inside.split(u',')) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (ok)
            type.arguments.append(value);
    }
    return type;
}

QString DataType::toSql() const
{
    QString args;
    if (name == u"enum" || name == u"set") {
        QStringList quoted;
        for (const QString &member : members)
            quoted.append(u'\'' + QString(member).replace(u'\'', u"''"_s) + u'\'');
        args = u'(' + quoted.join(u',') + u')';
    } else if (!arguments.isEmpty()) {
        QStringList parts;
        for (int a : arguments)
            parts.append(QString::number(a));
        args = u'(' + parts.join(u',') + u')';
    }
    QString sql;
    // "timestamp(3) with time zone": the modifier goes after the first word.
    static const QRegularExpression zoned(u"^(\\w+)( with(out)? time zone)$"_s);
    const QRegularExpressionMatch m = zoned.match(name);
    if (m.hasMatch())
        sql = m.captured(1) + args + m.captured(2);
    else
        sql = name + args;
    if (isUnsigned)
        sql += u" unsigned"_s;
    if (zeroFill)
        sql += u" zerofill"_s;
    for (int i = 0; i < arrayDimensions; ++i)
        sql += u"[]"_s;
    return sql;
}

} // namespace sluice::engine
