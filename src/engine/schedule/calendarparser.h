#pragma once

#include "engine/schedule/calendarspec.h"

#include <QString>
#include <optional>

namespace sluice::engine {

// Why a schedule text was refused: where (1-based character position), the
// offending token as written, and what would be accepted instead.
struct CalendarError
{
    int position = 0;
    QString token;
    QString message;
    // "at 14 (BYSECOND=5): BYSECOND is not supported ..."
    [[nodiscard]] QString toString() const;
};

// Reads a schedule: DBMS_SCHEDULER calendar syntax ("FREQ=DAILY; INTERVAL=1;
// BYHOUR=4; BYMINUTE=30") or the short forms the GUI offers:
//   daily 04:30 | weekly mon,fri 04:30 | monthly 1,15 04:30 (monthly last 04:30)
// which become the same CalendarSpec.
class CalendarParser
{
public:
    [[nodiscard]] std::optional<CalendarSpec> parse(const QString &text);
    [[nodiscard]] const CalendarError &error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_error.toString(); }

    // The keywords accepted in calendar syntax, in the order toString() writes them.
    [[nodiscard]] static QStringList keywords();

private:
    struct Token
    {
        QString text;
        int position = 0; // 1-based
    };

    std::optional<CalendarSpec> parseCalendar(const QString &text);
    std::optional<CalendarSpec> parseShortForm(const QString &text);
    bool applyClause(const QString &name, const Token &value, CalendarSpec &spec);
    bool parseNumbers(const QString &name, const Token &value, int low, int high, bool negative,
                      QList<int> &out);
    bool parseWeekdays(const Token &value, QList<CalendarSpec::WeekdayRule> &out);
    bool parseTime(const Token &token, CalendarSpec &spec);
    bool checkCombination(const CalendarSpec &spec, const QString &text);
    bool fail(int position, const QString &token, const QString &message);

    CalendarError m_error;
    QList<QString> m_seen;
};

} // namespace sluice::engine
