#include "engine/data/typefamily.h"

#include <QHash>

namespace sluice::engine {

TypeFamily typeFamilyOf(const DataType &type)
{
    if (type.arrayDimensions > 0)
        return TypeFamily::Text;
    static const QHash<QString, TypeFamily> families = {
        {QStringLiteral("smallint"), TypeFamily::Integer},
        {QStringLiteral("integer"), TypeFamily::Integer},
        {QStringLiteral("int"), TypeFamily::Integer},
        {QStringLiteral("bigint"), TypeFamily::Integer},
        {QStringLiteral("int2"), TypeFamily::Integer},
        {QStringLiteral("int4"), TypeFamily::Integer},
        {QStringLiteral("int8"), TypeFamily::Integer},
        {QStringLiteral("tinyint"), TypeFamily::Integer},
        {QStringLiteral("mediumint"), TypeFamily::Integer},
        {QStringLiteral("serial"), TypeFamily::Integer},
        {QStringLiteral("bigserial"), TypeFamily::Integer},
        {QStringLiteral("smallserial"), TypeFamily::Integer},
        {QStringLiteral("year"), TypeFamily::Integer},
        {QStringLiteral("numeric"), TypeFamily::Decimal},
        {QStringLiteral("decimal"), TypeFamily::Decimal},
        {QStringLiteral("dec"), TypeFamily::Decimal},
        {QStringLiteral("fixed"), TypeFamily::Decimal},
        {QStringLiteral("real"), TypeFamily::Float4},
        {QStringLiteral("float4"), TypeFamily::Float4},
        {QStringLiteral("float"), TypeFamily::Float4},
        {QStringLiteral("double precision"), TypeFamily::Float8},
        {QStringLiteral("double"), TypeFamily::Float8},
        {QStringLiteral("float8"), TypeFamily::Float8},
        {QStringLiteral("boolean"), TypeFamily::Boolean},
        {QStringLiteral("bool"), TypeFamily::Boolean},
        {QStringLiteral("bytea"), TypeFamily::Binary},
        {QStringLiteral("blob"), TypeFamily::Binary},
        {QStringLiteral("tinyblob"), TypeFamily::Binary},
        {QStringLiteral("mediumblob"), TypeFamily::Binary},
        {QStringLiteral("longblob"), TypeFamily::Binary},
        {QStringLiteral("binary"), TypeFamily::Binary},
        {QStringLiteral("varbinary"), TypeFamily::Binary},
        {QStringLiteral("date"), TypeFamily::Date},
        {QStringLiteral("time"), TypeFamily::Time},
        {QStringLiteral("time without time zone"), TypeFamily::Time},
        {QStringLiteral("time with time zone"), TypeFamily::TimeTz},
        {QStringLiteral("timetz"), TypeFamily::TimeTz},
        {QStringLiteral("timestamp"), TypeFamily::Timestamp},
        {QStringLiteral("datetime"), TypeFamily::Timestamp},
        {QStringLiteral("timestamp without time zone"), TypeFamily::Timestamp},
        {QStringLiteral("timestamp with time zone"), TypeFamily::TimestampTz},
        {QStringLiteral("timestamptz"), TypeFamily::TimestampTz},
        {QStringLiteral("bit"), TypeFamily::Bit},
        {QStringLiteral("bit varying"), TypeFamily::Bit},
        {QStringLiteral("varbit"), TypeFamily::Bit},
    };
    // "float(p)" above 24 bits of precision is a double (PostgreSQL and MariaDB agree).
    if (type.name == u"float" && type.argument(0) > 24)
        return TypeFamily::Float8;
    return families.value(type.name.toLower(), TypeFamily::Text);
}

} // namespace sluice::engine
