// The schedule language: DBMS_SCHEDULER calendar syntax and the short forms,
// their errors, and the run times they produce.
#include "engine/schedule/calendarparser.h"

#include <QStandardPaths>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

class TestScheduleCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void canonical_data();
    void canonical();
    void errors_data();
    void errors();
    void nextRuns_data();
    void nextRuns();
    void matchesAgreesWithNextRuns_data() { nextRuns_data(); }
    void matchesAgreesWithNextRuns();
};

void TestScheduleCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Fixed wall clock: no daylight-saving change inside the tables' dates.
    qputenv("TZ", "UTC");
}

void TestScheduleCalendar::canonical_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seed") << u"FREQ=DAILY; INTERVAL=1"_s << u"FREQ=DAILY"_s;
    QTest::newRow("lower case") << u"freq=daily; byhour=4; byminute=30"_s
                                << u"FREQ=DAILY; BYHOUR=4; BYMINUTE=30"_s;
    QTest::newRow("no spaces, trailing ;")
        << u"FREQ=HOURLY;INTERVAL=6;BYMINUTE=15;"_s << u"FREQ=HOURLY; INTERVAL=6; BYMINUTE=15"_s;
    QTest::newRow("order normalized")
        << u"BYMINUTE=5; BYHOUR=1,13; FREQ=DAILY"_s << u"FREQ=DAILY; BYHOUR=1,13; BYMINUTE=5"_s;
    QTest::newRow("full day names") << u"FREQ=MONTHLY; BYDAY=-1friday; BYHOUR=18"_s
                                    << u"FREQ=MONTHLY; BYDAY=-1FRI; BYHOUR=18"_s;
    QTest::newRow("yearly") << u"FREQ=YEARLY; BYMONTH=1,7; BYMONTHDAY=1; BYHOUR=2"_s
                            << u"FREQ=YEARLY; BYMONTH=1,7; BYMONTHDAY=1; BYHOUR=2"_s;
    QTest::newRow("daily short") << u"daily 04:30"_s << u"FREQ=DAILY; BYHOUR=4; BYMINUTE=30"_s;
    QTest::newRow("weekly short") << u"Weekly mon,FRI 22:05"_s
                                  << u"FREQ=WEEKLY; BYDAY=MON,FRI; BYHOUR=22; BYMINUTE=5"_s;
    QTest::newRow("monthly short")
        << u"monthly 1,15 4:00"_s << u"FREQ=MONTHLY; BYMONTHDAY=1,15; BYHOUR=4; BYMINUTE=0"_s;
    QTest::newRow("monthly last") << u"monthly last 23:00"_s
                                  << u"FREQ=MONTHLY; BYMONTHDAY=-1; BYHOUR=23; BYMINUTE=0"_s;
}

void TestScheduleCalendar::canonical()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    CalendarParser parser;
    const std::optional<CalendarSpec> spec = parser.parse(text);
    QVERIFY2(spec, qPrintable(parser.errorString()));
    QCOMPARE(spec->toString(), expected);
    // The canonical text parses back to the same spec.
    const std::optional<CalendarSpec> again = parser.parse(spec->toString());
    QVERIFY2(again, qPrintable(parser.errorString()));
    QCOMPARE(*again, *spec);
}

void TestScheduleCalendar::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"  "_s << 1 << QString() << u"the schedule is empty"_s;
    QTest::newRow("bad FREQ") << u"FREQ=DAYLY"_s << 6 << u"DAYLY"_s
                              << u"FREQ must be one of YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, "
                                 "MINUTELY"_s;
    QTest::newRow("SECONDLY") << u"FREQ=SECONDLY"_s << 6 << u"SECONDLY"_s
                              << u"(runs are to the minute)"_s;
    QTest::newRow("unsupported") << u"FREQ=DAILY; BYSECOND=5"_s << 13 << u"BYSECOND=5"_s
                                 << u"BYSECOND is DBMS_SCHEDULER syntax that Sluice does not "
                                    "support; it accepts FREQ, INTERVAL, BYMONTH, BYMONTHDAY, "
                                    "BYDAY, BYHOUR, BYMINUTE"_s;
    QTest::newRow("unknown") << u"FREQ=DAILY; FOO=1"_s << 13 << u"FOO=1"_s
                             << u"unknown keyword \"FOO\""_s;
    QTest::newRow("hour range") << u"FREQ=DAILY; BYHOUR=4,25"_s << 22 << u"25"_s
                                << u"BYHOUR takes whole numbers 0 to 23, separated by commas"_s;
    QTest::newRow("minute text") << u"FREQ=DAILY; BYMINUTE=half"_s << 22 << u"half"_s
                                 << u"BYMINUTE takes whole numbers 0 to 59"_s;
    QTest::newRow("month day") << u"FREQ=MONTHLY; BYMONTHDAY=0"_s << 26 << u"0"_s
                               << u"or -31 to -1 counting from the end of the month"_s;
    QTest::newRow("bad weekday") << u"FREQ=WEEKLY; BYDAY=MON,FRX"_s << 24 << u"FRX"_s
                                 << u"BYDAY takes MON, TUE, WED, THU, FRI, SAT or SUN"_s;
    QTest::newRow("ordinal range")
        << u"FREQ=MONTHLY; BYDAY=6MON"_s << 21 << u"6MON"_s << u"must be 1 to 5 or -1 to -5"_s;
    QTest::newRow("ordinal not monthly")
        << u"FREQ=DAILY; BYDAY=1MON"_s << 13 << u"1MON"_s << u"needs FREQ=MONTHLY"_s;
    QTest::newRow("interval zero") << u"FREQ=DAILY; INTERVAL=0"_s << 22 << u"0"_s
                                   << u"INTERVAL must be a whole number from 1 to 99"_s;
    QTest::newRow("interval big") << u"FREQ=DAILY; INTERVAL=100"_s << 22 << u"100"_s
                                  << u"INTERVAL must be a whole number from 1 to 99"_s;
    QTest::newRow("no FREQ") << u"BYHOUR=4"_s << 1 << u"BYHOUR=4"_s << u"FREQ is missing"_s;
    QTest::newRow("twice") << u"FREQ=DAILY; FREQ=WEEKLY"_s << 13 << u"FREQ=WEEKLY"_s
                           << u"FREQ is given twice"_s;
    QTest::newRow("not NAME=value")
        << u"FREQ=DAILY; BYHOUR 4"_s << 13 << u"BYHOUR 4"_s << u"not NAME=value"_s;
    QTest::newRow("empty clause") << u"FREQ=DAILY;; BYHOUR=4"_s << 12 << QString()
                                  << u"an empty clause"_s;
    QTest::newRow("no value") << u"FREQ=DAILY; BYHOUR="_s << 20 << u"BYHOUR="_s
                              << u"BYHOUR has no value"_s;
    QTest::newRow("weekly without BYDAY")
        << u"FREQ=WEEKLY; BYHOUR=4"_s << 1 << u"FREQ=WEEKLY"_s << u"FREQ=WEEKLY needs BYDAY"_s;
    QTest::newRow("monthly without day")
        << u"FREQ=MONTHLY; BYHOUR=4"_s << 1 << u"FREQ=MONTHLY"_s << u"needs BYMONTHDAY"_s;
    QTest::newRow("yearly without month")
        << u"FREQ=YEARLY; BYMONTHDAY=1"_s << 1 << u"FREQ=YEARLY"_s << u"needs BYMONTH and"_s;
    QTest::newRow("short bad time")
        << u"daily 25:00"_s << 7 << u"25:00"_s << u"the time must be HH:MM"_s;
    QTest::newRow("short no days")
        << u"weekly 04:30"_s << 8 << u"04:30"_s << u"write \"weekly DAYS HH:MM\""_s;
    QTest::newRow("short extra") << u"daily 04:30 now"_s << 13 << u"now"_s
                                 << u"write \"daily HH:MM\""_s;
    QTest::newRow("short unknown")
        << u"yearly 04:30"_s << 1 << u"yearly"_s << u"a schedule is \"daily HH:MM\""_s;
}

void TestScheduleCalendar::errors()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, token);
    QFETCH(QString, message);
    CalendarParser parser;
    const std::optional<CalendarSpec> spec = parser.parse(text);
    QVERIFY2(!spec, qPrintable(u"accepted: "_s + (spec ? spec->toString() : QString())));
    QVERIFY2(parser.error().message.contains(message), qPrintable(parser.errorString()));
    QCOMPARE(parser.error().token, token);
    QCOMPARE(parser.error().position, position);
    QVERIFY(parser.errorString().startsWith(u"at %1"_s.arg(position)));
}

void TestScheduleCalendar::nextRuns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QStringList>("expected");
    const QDate anchor(2025, 1, 1); // a Wednesday
    const auto at = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi));
    };
    QTest::newRow("daily") << u"FREQ=DAILY; BYHOUR=4; BYMINUTE=30"_s << anchor
                           << at(2025, 1, 1, 5, 0)
                           << QStringList{u"2025-01-02T04:30"_s, u"2025-01-03T04:30"_s,
                                          u"2025-01-04T04:30"_s};
    QTest::newRow("daily later today") << u"daily 04:30"_s << anchor << at(2025, 1, 1, 4, 0)
                                       << QStringList{u"2025-01-01T04:30"_s, u"2025-01-02T04:30"_s};
    QTest::newRow("strictly after") << u"daily 04:30"_s << anchor << at(2025, 1, 1, 4, 30)
                                    << QStringList{u"2025-01-02T04:30"_s};
    QTest::newRow("every third day")
        << u"FREQ=DAILY; INTERVAL=3; BYHOUR=4"_s << anchor << at(2025, 1, 1, 0, 0)
        << QStringList{u"2025-01-01T04:00"_s, u"2025-01-04T04:00"_s, u"2025-01-07T04:00"_s};
    QTest::newRow("weekdays") << u"FREQ=DAILY; BYDAY=MON,TUE,WED,THU,FRI; BYHOUR=4"_s << anchor
                              << at(2025, 1, 3, 5, 0)
                              << QStringList{u"2025-01-06T04:00"_s, u"2025-01-07T04:00"_s};
    QTest::newRow("weekly") << u"FREQ=WEEKLY; BYDAY=MON,FRI; BYHOUR=22"_s << anchor
                            << at(2025, 1, 1, 0, 0)
                            << QStringList{u"2025-01-03T22:00"_s, u"2025-01-06T22:00"_s,
                                           u"2025-01-10T22:00"_s};
    QTest::newRow("fortnightly") << u"FREQ=WEEKLY; INTERVAL=2; BYDAY=MON; BYHOUR=1"_s << anchor
                                 << at(2025, 1, 1, 0, 0)
                                 << QStringList{u"2025-01-13T01:00"_s, u"2025-01-27T01:00"_s};
    QTest::newRow("last day") << u"FREQ=MONTHLY; BYMONTHDAY=-1; BYHOUR=23; BYMINUTE=59"_s << anchor
                              << at(2025, 1, 1, 0, 0)
                              << QStringList{u"2025-01-31T23:59"_s, u"2025-02-28T23:59"_s,
                                             u"2025-03-31T23:59"_s};
    QTest::newRow("first Monday") << u"FREQ=MONTHLY; BYDAY=1MON; BYHOUR=6"_s << anchor
                                  << at(2025, 1, 1, 0, 0)
                                  << QStringList{u"2025-01-06T06:00"_s, u"2025-02-03T06:00"_s,
                                                 u"2025-03-03T06:00"_s};
    QTest::newRow("last Friday") << u"FREQ=MONTHLY; BYDAY=-1FRI; BYHOUR=18"_s << anchor
                                 << at(2025, 1, 1, 0, 0)
                                 << QStringList{u"2025-01-31T18:00"_s, u"2025-02-28T18:00"_s,
                                                u"2025-03-28T18:00"_s};
    QTest::newRow("1st and 15th") << u"monthly 1,15 04:30"_s << anchor << at(2025, 1, 1, 5, 0)
                                  << QStringList{u"2025-01-15T04:30"_s, u"2025-02-01T04:30"_s};
    QTest::newRow("every 6 hours")
        << u"FREQ=HOURLY; INTERVAL=6; BYMINUTE=15"_s << anchor << at(2025, 1, 1, 0, 0)
        << QStringList{u"2025-01-01T00:15"_s, u"2025-01-01T06:15"_s, u"2025-01-01T12:15"_s};
    QTest::newRow("hours and minutes")
        << u"FREQ=HOURLY; BYHOUR=8,12; BYMINUTE=0,30"_s << anchor << at(2025, 1, 1, 0, 0)
        << QStringList{u"2025-01-01T08:00"_s, u"2025-01-01T08:30"_s, u"2025-01-01T12:00"_s,
                       u"2025-01-01T12:30"_s, u"2025-01-02T08:00"_s};
    QTest::newRow("every 20 minutes at 9")
        << u"FREQ=MINUTELY; INTERVAL=20; BYHOUR=9"_s << anchor << at(2025, 1, 1, 8, 0)
        << QStringList{u"2025-01-01T09:00"_s, u"2025-01-01T09:20"_s, u"2025-01-01T09:40"_s,
                       u"2025-01-02T09:00"_s};
    QTest::newRow("every 7 minutes")
        << u"FREQ=MINUTELY; INTERVAL=7"_s << anchor << at(2025, 1, 1, 23, 50)
        << QStringList{u"2025-01-01T23:55"_s, u"2025-01-02T00:02"_s};
    QTest::newRow("leap day") << u"FREQ=YEARLY; BYMONTH=2; BYMONTHDAY=29; BYHOUR=0"_s << anchor
                              << at(2025, 1, 1, 0, 0)
                              << QStringList{u"2028-02-29T00:00"_s, u"2032-02-29T00:00"_s};
    QTest::newRow("never") << u"FREQ=YEARLY; BYMONTH=2; BYMONTHDAY=30"_s << anchor
                           << at(2025, 1, 1, 0, 0) << QStringList{};
}

void TestScheduleCalendar::nextRuns()
{
    QFETCH(QString, text);
    QFETCH(QDate, anchor);
    QFETCH(QDateTime, from);
    QFETCH(QStringList, expected);
    CalendarParser parser;
    std::optional<CalendarSpec> spec = parser.parse(text);
    QVERIFY2(spec, qPrintable(parser.errorString()));
    spec->anchor = anchor;
    QStringList runs;
    for (const QDateTime &time : spec->nextRuns(from, int(qMax<qsizetype>(expected.size(), 1))))
        runs.append(time.toString(u"yyyy-MM-ddTHH:mm"_s));
    QCOMPARE(runs, expected);
}

void TestScheduleCalendar::matchesAgreesWithNextRuns()
{
    QFETCH(QString, text);
    QFETCH(QDate, anchor);
    QFETCH(QDateTime, from);
    QFETCH(QStringList, expected);
    CalendarParser parser;
    std::optional<CalendarSpec> spec = parser.parse(text);
    QVERIFY(spec);
    spec->anchor = anchor;
    for (const QString &run : expected) {
        const QDateTime time = QDateTime::fromString(run, u"yyyy-MM-ddTHH:mm"_s);
        QVERIFY2(spec->matches(time), qPrintable(run));
        QVERIFY2(!spec->matches(time.addSecs(-60)) ||
                     spec->frequency == CalendarSpec::Frequency::Minutely,
                 qPrintable(run));
    }
}

QTEST_GUILESS_MAIN(TestScheduleCalendar)
#include "tst_schedulecalendar.moc"
