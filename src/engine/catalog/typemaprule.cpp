#include "engine/catalog/typemaprule.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

using Flag = TypeMapRule::Flag;
using Severity = DdlWarning::Severity;

// Fluent construction of table rows, so each rule reads as one line.
class Rule
{
public:
    Rule(Dialect source, Dialect target, const QString &types, const QString &targetType)
    {
        m_rule.source = source;
        m_rule.target = target;
        m_rule.types = types.split(u'|');
        m_rule.targetType = targetType;
    }
    Rule &first(int min, int max)
    {
        m_rule.firstMin = min;
        m_rule.firstMax = max;
        return *this;
    }
    Rule &second(int min, int max)
    {
        m_rule.secondMin = min;
        m_rule.secondMax = max;
        return *this;
    }
    Rule &args(bool present)
    {
        m_rule.hasArguments = present ? Flag::Yes : Flag::No;
        return *this;
    }
    Rule &isUnsigned(bool value)
    {
        m_rule.isUnsigned = value ? Flag::Yes : Flag::No;
        return *this;
    }
    Rule &array()
    {
        m_rule.isArray = Flag::Yes;
        return *this;
    }
    Rule &warn(Severity severity, const char *note)
    {
        m_rule.warns = true;
        m_rule.severity = severity;
        m_rule.note = QString::fromUtf8(note);
        return *this;
    }
    Rule &choice(const char *note) { return warn(Severity::Choice, note); }
    Rule &approximate(const char *note) { return warn(Severity::Approximate, note); }
    Rule &lossy(const char *note) { return warn(Severity::Lossy, note); }
    operator TypeMapRule() const { return m_rule; }

private:
    TypeMapRule m_rule;
};

constexpr Dialect P = Dialect::PostgreSQL;
constexpr Dialect M = Dialect::MariaDB;
constexpr Dialect S = Dialect::SQLite;

const char *const kSqliteDigits = QT_TRANSLATE_NOOP(
    "TypeMapRule",
    "SQLite keeps numbers as 64-bit integers or 8-byte floats: digits beyond 15 significant "
    "ones are lost");
const char *const kNoOffset = QT_TRANSLATE_NOOP(
    "TypeMapRule", "the UTC offset is not kept: values are written in UTC without a zone");

QList<TypeMapRule> postgresRules()
{
    return {
        // PostgreSQL -> MariaDB
        Rule(P, M, u"array"_s, u"json"_s)
            .array()
            .approximate(QT_TRANSLATE_NOOP("TypeMapRule", "the array is stored as JSON text")),
        Rule(P, M, u"smallint"_s, u"smallint"_s),
        Rule(P, M, u"integer"_s, u"int"_s),
        Rule(P, M, u"bigint"_s, u"bigint"_s),
        Rule(P, M, u"numeric"_s, u"decimal({1},{2})"_s).first(1, 65).second(0, 38),
        Rule(P, M, u"numeric"_s, u"decimal(65,30)"_s)
            .lossy(QT_TRANSLATE_NOOP(
                "TypeMapRule",
                "MariaDB decimals hold at most 65 digits, 30 after the point: longer "
                "values are rounded")),
        Rule(P, M, u"real"_s, u"float"_s),
        Rule(P, M, u"double precision"_s, u"double"_s),
        Rule(P, M, u"boolean"_s, u"tinyint(1)"_s)
            .choice(QT_TRANSLATE_NOOP("TypeMapRule",
                                      "MariaDB's BOOLEAN is tinyint(1): true/false become 1/0")),
        Rule(P, M, u"character varying"_s, u"varchar({1})"_s).args(true),
        Rule(P, M, u"character varying"_s, u"longtext"_s)
            .choice(QT_TRANSLATE_NOOP("TypeMapRule", "varchar without a length becomes longtext")),
        Rule(P, M, u"character"_s, u"char({1})"_s).first(1, 255),
        Rule(P, M, u"character"_s, u"varchar({1})"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule", "char longer than 255 becomes varchar: no blank padding")),
        Rule(P, M, u"text"_s, u"longtext"_s),
        Rule(P, M, u"bytea"_s, u"longblob"_s),
        Rule(P, M, u"date"_s, u"date"_s),
        Rule(P, M, u"time without time zone"_s, u"time({1})"_s).args(true),
        Rule(P, M, u"time without time zone"_s, u"time(6)"_s),
        Rule(P, M, u"time with time zone"_s, u"time(6)"_s).approximate(kNoOffset),
        Rule(P, M, u"timestamp without time zone"_s, u"datetime({1})"_s).args(true),
        Rule(P, M, u"timestamp without time zone"_s, u"datetime(6)"_s),
        Rule(P, M, u"timestamp with time zone"_s, u"datetime(6)"_s).approximate(kNoOffset),
        Rule(P, M, u"interval"_s, u"varchar(64)"_s)
            .approximate(
                QT_TRANSLATE_NOOP("TypeMapRule", "MariaDB has no interval type: stored as text")),
        Rule(P, M, u"uuid"_s, u"uuid"_s),
        Rule(P, M, u"json|jsonb"_s, u"json"_s),
        Rule(P, M, u"inet|cidr"_s, u"varchar(43)"_s)
            .approximate(QT_TRANSLATE_NOOP("TypeMapRule", "network addresses are stored as text")),
        Rule(P, M, u"macaddr|macaddr8"_s, u"varchar(23)"_s)
            .approximate(QT_TRANSLATE_NOOP("TypeMapRule", "MAC addresses are stored as text")),
        Rule(P, M, u"money"_s, u"decimal(19,2)"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule", "money becomes decimal(19,2): the currency format is dropped")),
        Rule(P, M, u"bit"_s, u"bit({1})"_s).first(1, 64),
        Rule(P, M, u"xml|tsvector|tsquery"_s, u"longtext"_s)
            .approximate(
                QT_TRANSLATE_NOOP("TypeMapRule", "stored as text without the type's checks")),
        Rule(P, M, u"\"char\""_s, u"char(1)"_s),
        Rule(P, M, u"name"_s, u"varchar(63)"_s),
        Rule(P, M, u"*"_s, u"longtext"_s)
            .lossy(QT_TRANSLATE_NOOP(
                "TypeMapRule", "MariaDB has no equivalent: values are stored as their text form")),

        // PostgreSQL -> SQLite
        Rule(P, S, u"array"_s, u"text"_s)
            .array()
            .approximate(QT_TRANSLATE_NOOP("TypeMapRule", "the array is stored as JSON text")),
        Rule(P, S, u"smallint|integer|bigint"_s, u"{type}"_s),
        Rule(P, S, u"numeric"_s, u"numeric({1},{2})"_s).first(1, 15),
        Rule(P, S, u"numeric"_s, u"numeric({1},{2})"_s).args(true).lossy(kSqliteDigits),
        Rule(P, S, u"numeric"_s, u"numeric"_s).lossy(kSqliteDigits),
        Rule(P, S, u"real"_s, u"real"_s),
        Rule(P, S, u"double precision"_s, u"double"_s),
        Rule(P, S, u"boolean"_s, u"boolean"_s),
        Rule(P, S, u"character varying"_s, u"varchar({1})"_s).args(true),
        Rule(P, S, u"character varying|text|name"_s, u"text"_s),
        Rule(P, S, u"character"_s, u"char({1})"_s),
        Rule(P, S, u"bytea"_s, u"blob"_s),
        Rule(P, S, u"date"_s, u"date"_s),
        Rule(P, S, u"time without time zone"_s, u"time"_s),
        Rule(P, S, u"timestamp without time zone"_s, u"timestamp"_s),
        Rule(P, S, u"time with time zone"_s, u"time"_s).approximate(kNoOffset),
        Rule(P, S, u"timestamp with time zone"_s, u"timestamp"_s).approximate(kNoOffset),
        Rule(P, S, u"json|jsonb"_s, u"json"_s),
        Rule(P, S, u"*"_s, u"text"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule", "SQLite has no such type: values are stored as their text form")),
    };
}

QList<TypeMapRule> mariadbRules()
{
    return {
        // MariaDB -> PostgreSQL
        Rule(M, P, u"tinyint"_s, u"boolean"_s)
            .first(1, 1)
            .isUnsigned(false)
            .choice(QT_TRANSLATE_NOOP(
                "TypeMapRule", "tinyint(1) is read as boolean: 0 is false, any other value true")),
        Rule(M, P, u"tinyint|smallint"_s, u"smallint"_s).isUnsigned(false),
        Rule(M, P, u"tinyint"_s, u"smallint"_s),
        Rule(M, P, u"smallint|mediumint|int|integer"_s, u"integer"_s).isUnsigned(false),
        Rule(M, P, u"smallint|mediumint"_s, u"integer"_s),
        Rule(M, P, u"int|integer"_s, u"bigint"_s),
        Rule(M, P, u"bigint"_s, u"bigint"_s).isUnsigned(false),
        Rule(M, P, u"bigint"_s, u"numeric(20,0)"_s)
            .choice(QT_TRANSLATE_NOOP(
                "TypeMapRule",
                "bigint unsigned becomes numeric(20,0) to hold values above 2^63-1")),
        Rule(M, P, u"decimal|numeric|dec|fixed"_s, u"numeric({1},{2})"_s).isUnsigned(false),
        Rule(M, P, u"decimal|numeric|dec|fixed"_s, u"numeric({1},{2})"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule", "unsigned is not enforced: negative values are accepted")),
        Rule(M, P, u"float"_s, u"real"_s).isUnsigned(false),
        Rule(M, P, u"double|real|double precision"_s, u"double precision"_s).isUnsigned(false),
        Rule(M, P, u"float|double|real|double precision"_s, u"double precision"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule", "unsigned is not enforced: negative values are accepted")),
        Rule(M, P, u"bit"_s, u"boolean"_s)
            .first(1, 1)
            .choice(QT_TRANSLATE_NOOP("TypeMapRule", "bit(1) is read as boolean")),
        Rule(M, P, u"bit"_s, u"bit({1})"_s),
        Rule(M, P, u"char"_s, u"character({1})"_s),
        Rule(M, P, u"varchar"_s, u"character varying({1})"_s),
        Rule(M, P, u"tinytext|text|mediumtext|longtext"_s, u"text"_s),
        Rule(M, P, u"binary|varbinary|tinyblob|blob|mediumblob|longblob"_s, u"bytea"_s),
        Rule(M, P, u"date"_s, u"date"_s),
        Rule(M, P, u"datetime"_s, u"timestamp({1}) without time zone"_s).args(true),
        Rule(M, P, u"datetime"_s, u"timestamp(0) without time zone"_s),
        Rule(M, P, u"timestamp"_s, u"timestamp({1}) with time zone"_s)
            .args(true)
            .choice(QT_TRANSLATE_NOOP(
                "TypeMapRule", "MariaDB TIMESTAMP is stored in UTC: it becomes timestamptz")),
        Rule(M, P, u"timestamp"_s, u"timestamp(0) with time zone"_s)
            .choice(QT_TRANSLATE_NOOP(
                "TypeMapRule", "MariaDB TIMESTAMP is stored in UTC: it becomes timestamptz")),
        Rule(M, P, u"time"_s, u"time({1}) without time zone"_s)
            .args(true)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule", "MariaDB TIME holds durations up to 838 hours; PostgreSQL time only "
                               "00:00 to 24:00")),
        Rule(M, P, u"time"_s, u"time(0) without time zone"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule", "MariaDB TIME holds durations up to 838 hours; PostgreSQL time only "
                               "00:00 to 24:00")),
        Rule(M, P, u"year"_s, u"smallint"_s)
            .choice(QT_TRANSLATE_NOOP("TypeMapRule", "YEAR becomes smallint")),
        Rule(M, P, u"enum"_s, u"text"_s)
            .choice(
                QT_TRANSLATE_NOOP("TypeMapRule", "ENUM becomes text with a CHECK on its values")),
        Rule(M, P, u"set"_s, u"text"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule", "SET becomes comma-separated text; members are not checked")),
        Rule(M, P, u"json"_s, u"json"_s),
        Rule(M, P, u"uuid"_s, u"uuid"_s),
        Rule(M, P, u"inet4|inet6"_s, u"inet"_s),
        Rule(M, P, u"*"_s, u"text"_s)
            .lossy(QT_TRANSLATE_NOOP(
                "TypeMapRule",
                "PostgreSQL has no equivalent: values are stored as their text form")),

        // MariaDB -> SQLite
        Rule(M, S, u"tinyint"_s, u"boolean"_s)
            .first(1, 1)
            .isUnsigned(false)
            .choice(QT_TRANSLATE_NOOP("TypeMapRule", "tinyint(1) is read as boolean")),
        Rule(M, S, u"bigint"_s, u"integer"_s)
            .isUnsigned(true)
            .lossy(QT_TRANSLATE_NOOP(
                "TypeMapRule",
                "SQLite integers are signed 64-bit: values above 2^63-1 do not fit")),
        Rule(M, S, u"tinyint|smallint|mediumint|int|integer|bigint"_s, u"integer"_s),
        Rule(M, S, u"decimal|numeric|dec|fixed"_s, u"numeric({1},{2})"_s).first(1, 15),
        Rule(M, S, u"decimal|numeric|dec|fixed"_s, u"numeric({1},{2})"_s).lossy(kSqliteDigits),
        Rule(M, S, u"float"_s, u"real"_s),
        Rule(M, S, u"double|real|double precision"_s, u"double"_s),
        Rule(M, S, u"bit"_s, u"integer"_s),
        Rule(M, S, u"char"_s, u"char({1})"_s),
        Rule(M, S, u"varchar"_s, u"varchar({1})"_s),
        Rule(M, S, u"tinytext|text|mediumtext|longtext|json"_s, u"text"_s),
        Rule(M, S, u"binary|varbinary|tinyblob|blob|mediumblob|longblob"_s, u"blob"_s),
        Rule(M, S, u"date"_s, u"date"_s),
        Rule(M, S, u"datetime"_s, u"datetime"_s),
        Rule(M, S, u"timestamp"_s, u"timestamp"_s),
        Rule(M, S, u"time"_s, u"time"_s),
        Rule(M, S, u"year"_s, u"integer"_s),
        Rule(M, S, u"enum"_s, u"text"_s)
            .choice(
                QT_TRANSLATE_NOOP("TypeMapRule", "ENUM becomes text with a CHECK on its values")),
        Rule(M, S, u"set"_s, u"text"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule", "SET becomes comma-separated text; members are not checked")),
        Rule(M, S, u"*"_s, u"text"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule", "SQLite has no such type: values are stored as their text form")),
    };
}

QList<TypeMapRule> sqliteRules()
{
    const char *const noType = QT_TRANSLATE_NOOP(
        "TypeMapRule",
        "the column has no declared type (it takes any value): values are stored as text");
    return {
        // SQLite -> PostgreSQL (declared names first, then SQLite's affinity rules)
        Rule(S, P, u"tinyint|smallint|int2"_s, u"smallint"_s),
        Rule(S, P, u"bigint|int8|integer|int|mediumint|unsigned big int"_s, u"bigint"_s),
        Rule(S, P, u"numeric|decimal"_s, u"numeric({1},{2})"_s).args(true),
        Rule(S, P, u"numeric|decimal"_s, u"numeric"_s),
        Rule(S, P, u"real|double|double precision|float"_s, u"double precision"_s),
        Rule(S, P, u"boolean|bool"_s, u"boolean"_s),
        Rule(S, P, u"varchar|character varying|nvarchar|varying character"_s,
             u"character varying({1})"_s)
            .args(true),
        Rule(S, P, u"char|character|nchar|native character"_s, u"character({1})"_s).args(true),
        Rule(S, P, u"blob"_s, u"bytea"_s),
        Rule(S, P, u"date"_s, u"date"_s),
        Rule(S, P, u"datetime|timestamp"_s, u"timestamp without time zone"_s),
        Rule(S, P, u"time"_s, u"time without time zone"_s),
        Rule(S, P, u"json"_s, u"json"_s),
        Rule(S, P, u"uuid"_s, u"uuid"_s),
        Rule(S, P, u""_s, u"text"_s).approximate(noType),
        Rule(S, P, u"*int*"_s, u"bigint"_s),
        Rule(S, P, u"*char*|*clob*|*text*"_s, u"text"_s),
        Rule(S, P, u"*blob*"_s, u"bytea"_s),
        Rule(S, P, u"*real*|*floa*|*doub*"_s, u"double precision"_s),
        Rule(S, P, u"*"_s, u"numeric"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule",
                "an unknown declared type has NUMERIC affinity in SQLite: it becomes "
                "numeric")),

        // SQLite -> MariaDB
        Rule(S, M, u"tinyint|smallint|int2"_s, u"smallint"_s),
        Rule(S, M, u"bigint|int8|integer|int|mediumint|unsigned big int"_s, u"bigint"_s),
        Rule(S, M, u"numeric|decimal"_s, u"decimal({1},{2})"_s).args(true).first(1, 65),
        Rule(S, M, u"numeric|decimal"_s, u"decimal(65,30)"_s)
            .lossy(QT_TRANSLATE_NOOP(
                "TypeMapRule",
                "MariaDB decimals hold at most 65 digits, 30 after the point: longer "
                "values are rounded")),
        Rule(S, M, u"real|double|double precision|float"_s, u"double"_s),
        Rule(S, M, u"boolean|bool"_s, u"tinyint(1)"_s),
        Rule(S, M, u"varchar|character varying|nvarchar|varying character"_s, u"varchar({1})"_s)
            .args(true),
        Rule(S, M, u"char|character|nchar|native character"_s, u"char({1})"_s).first(1, 255),
        Rule(S, M, u"blob"_s, u"longblob"_s),
        Rule(S, M, u"date"_s, u"date"_s),
        Rule(S, M, u"datetime|timestamp"_s, u"datetime(6)"_s),
        Rule(S, M, u"time"_s, u"time(6)"_s),
        Rule(S, M, u"json"_s, u"json"_s),
        Rule(S, M, u"uuid"_s, u"uuid"_s),
        Rule(S, M, u""_s, u"longtext"_s).approximate(noType),
        Rule(S, M, u"*int*"_s, u"bigint"_s),
        Rule(S, M, u"*char*|*clob*|*text*"_s, u"longtext"_s),
        Rule(S, M, u"*blob*"_s, u"longblob"_s),
        Rule(S, M, u"*real*|*floa*|*doub*"_s, u"double"_s),
        Rule(S, M, u"*"_s, u"decimal(65,30)"_s)
            .approximate(QT_TRANSLATE_NOOP(
                "TypeMapRule",
                "an unknown declared type has NUMERIC affinity in SQLite: it becomes "
                "decimal(65,30)")),
    };
}

bool withinBounds(const DataType &type, int index, int min, int max)
{
    if (min < 0 && max < 0)
        return true;
    if (index >= type.arguments.size())
        return false;
    const int value = type.arguments.at(index);
    return (min < 0 || value >= min) && (max < 0 || value <= max);
}

bool flagMatches(TypeMapRule::Flag flag, bool value)
{
    return flag == TypeMapRule::Flag::Any || (flag == TypeMapRule::Flag::Yes) == value;
}

} // namespace

bool TypeMapRule::matches(const DataType &type) const
{
    if (!flagMatches(isArray, type.arrayDimensions > 0))
        return false;
    if (isArray != Flag::Yes) {
        bool named = false;
        for (const QString &pattern : types) {
            if (pattern.contains(u'*')) {
                named = QRegularExpression::fromWildcard(pattern, Qt::CaseInsensitive)
                            .match(type.name)
                            .hasMatch();
            } else {
                named = pattern == type.name;
            }
            if (named)
                break;
        }
        if (!named)
            return false;
    }
    return flagMatches(hasArguments, !type.arguments.isEmpty()) &&
           flagMatches(isUnsigned, type.isUnsigned) && withinBounds(type, 0, firstMin, firstMax) &&
           withinBounds(type, 1, secondMin, secondMax);
}

QString TypeMapRule::targetFor(const DataType &type) const
{
    QString result = targetType;
    result.replace(u"{type}"_s, type.toSql());
    result.replace(u"{1}"_s, QString::number(type.argument(0, 0)));
    // A missing scale means 0 (MariaDB "decimal(10)", SQLite "numeric(10)").
    result.replace(u"{2}"_s, QString::number(type.argument(1, 0)));
    return result;
}

const QList<TypeMapRule> &TypeMapRule::rules()
{
    static const QList<TypeMapRule> all = postgresRules() + mariadbRules() + sqliteRules();
    return all;
}

} // namespace sluice::engine
