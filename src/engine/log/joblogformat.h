#pragma once

#include <QDateTime>
#include <QString>

namespace sluice::engine {

// Data Pump's ways of printing sizes, times and object names, shared by the log
// writer, STATUS output and the GUI's completion summary.
class JobLogFormat
{
public:
    // "8.851 KB", "6 KB", "17.08 KB", "2.259 MB": four significant digits, trailing
    // zeros dropped, in KB, MB, GB or TB (1024-based; never below KB).
    [[nodiscard]] static QString size(qint64 bytes);
    // "0 00:00:31": days, then hours:minutes:seconds.
    [[nodiscard]] static QString elapsed(qint64 milliseconds);
    // "Sat Feb 25 18:46:34 2023", always in English as Data Pump prints it.
    [[nodiscard]] static QString dateTime(const QDateTime &time);
    // "02-JUL-25 13:42:29.036: ", the LOGTIME prefix.
    [[nodiscard]] static QString timestampPrefix(const QDateTime &time);
    // "\"HR\".\"EMPLOYEES\"" or "\"HR\".\"SALES\":\"P1\"" (an empty schema is left out).
    [[nodiscard]] static QString objectName(const QString &schema, const QString &name,
                                            const QString &partition = {});
    // ". . exported " + name, padded so the size ends in column 62 and the row count
    // in column 78, as Data Pump aligns them.
    [[nodiscard]] static QString rowsLine(const QString &verb, const QString &qualifiedName,
                                          qint64 bytes, qint64 rows);
    // ".  estimated " + name with the size ending in column 62.
    [[nodiscard]] static QString estimateLine(const QString &qualifiedName, qint64 bytes);
};

} // namespace sluice::engine
