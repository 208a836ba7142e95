#include "engine/log/joblogformat.h"

#include <QLocale>

namespace sluice::engine {

namespace {

// Data Pump's row lines: a 13-character lead (". . exported ", ".  estimated "), the
// name, the size right-aligned to column 62, " KB", the rows right-aligned in 8.
constexpr qsizetype kLeadWidth = 13;
constexpr qsizetype kSizeEndColumn = 62;
constexpr qsizetype kRowsWidth = 8;

QString nameAndSize(const QString &lead, const QString &qualifiedName, qint64 bytes)
{
    const QString sizeText = JobLogFormat::size(bytes);
    const qsizetype number = sizeText.indexOf(u' ');
    const QString value = sizeText.left(number);
    const QString unit = sizeText.mid(number);
    QString line = lead.leftJustified(kLeadWidth) + qualifiedName;
    const qsizetype gap = kSizeEndColumn - line.size() - value.size();
    line += gap >= 1 ? QString(gap, u' ') : QStringLiteral(" ");
    return line + value + unit;
}

} // namespace

QString JobLogFormat::size(qint64 bytes)
{
    static const char *const units[] = {"KB", "MB", "GB", "TB"};
    double value = double(qMax<qint64>(bytes, 0)) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    // Data Pump prints about 4 significant digits (8.851 KB, 17.08 KB, 123.4 KB) and
    // never a unit below KB; below 1 KB it keeps at most 3 decimals, so 52 bytes read
    // 0.051 KB rather than 0.05078 KB (a byte is about 0.001 KB).
    QString number = QLocale::c().toString(value, 'g', 4);
    if (number.contains(u'e') || (unit == 0 && value < 1.0))
        number = QLocale::c().toString(value, 'f', 3);
    if (number.contains(u'.')) {
        while (number.endsWith(u'0'))
            number.chop(1);
        if (number.endsWith(u'.'))
            number.chop(1);
    }
    return number + u' ' + QLatin1String(units[unit]);
}

QString JobLogFormat::elapsed(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(milliseconds, 0) / 1000;
    return QStringLiteral("%1 %2:%3:%4")
        .arg(seconds / 86400)
        .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString JobLogFormat::dateTime(const QDateTime &time)
{
    return QLocale::c().toString(time, QStringLiteral("ddd MMM dd HH:mm:ss yyyy"));
}

QString JobLogFormat::timestampPrefix(const QDateTime &time)
{
    return QLocale::c().toString(time, QStringLiteral("dd-MMM-yy HH:mm:ss.zzz")).toUpper() +
           QStringLiteral(": ");
}

QString JobLogFormat::objectName(const QString &schema, const QString &name,
                                 const QString &partition)
{
    QString result;
    if (!schema.isEmpty())
        result = u'"' + schema + QStringLiteral("\".");
    result += u'"' + name + u'"';
    if (!partition.isEmpty())
        result += QStringLiteral(":\"") + partition + u'"';
    return result;
}

QString JobLogFormat::rowsLine(const QString &verb, const QString &qualifiedName, qint64 bytes,
                               qint64 rows)
{
    return nameAndSize(QStringLiteral(". . ") + verb, qualifiedName, bytes) + u' ' +
           QString::number(rows).rightJustified(kRowsWidth - 1) + QStringLiteral(" rows");
}

QString JobLogFormat::estimateLine(const QString &qualifiedName, qint64 bytes)
{
    return nameAndSize(QStringLiteral(".  estimated"), qualifiedName, bytes);
}

} // namespace sluice::engine
