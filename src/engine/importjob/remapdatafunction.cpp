#include "engine/importjob/remapdatafunction.h"

#include "engine/data/canonicalformat.h"
#include "engine/data/typefamily.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QMessageAuthenticationCode>
#include <QUuid>

namespace sluice::engine {

namespace {

quint64 digestWord(const QByteArray &digest, int index)
{
    quint64 word = 0;
    for (int i = 0; i < 8; ++i)
        word = (word << 8) | quint8(digest.at((index * 8 + i) % digest.size()));
    return word;
}

QByteArray digits(quint64 value, int width)
{
    QByteArray text = QByteArray::number(value);
    if (width > 0 && text.size() < width)
        text.prepend(QByteArray(width - text.size(), '0'));
    return text;
}

quint64 powerOfTen(int exponent)
{
    quint64 result = 1;
    for (int i = 0; i < qMin(exponent, 18); ++i)
        result *= 10;
    return result;
}

bool isCharacterType(const QString &name)
{
    return name.contains(u"char") || name == u"text" || name.endsWith(u"text") ||
           name == u"string" || name == u"clob";
}

} // namespace

bool RemapDataFunction::needsKey(const RemapFunctionCall &call)
{
    return call.name == u"HASH" || call.name == u"FAKE_EMAIL";
}

RemapDataFunction::Shape RemapDataFunction::shapeOf(const DataType &type)
{
    if (type.arrayDimensions > 0)
        return Shape::Other;
    if (type.name == u"uuid")
        return Shape::Uuid;
    if (type.name == u"json" || type.name == u"jsonb")
        return Shape::Json;
    switch (typeFamilyOf(type)) {
    case TypeFamily::Integer:
        return Shape::Integer;
    case TypeFamily::Decimal:
        return Shape::Decimal;
    case TypeFamily::Float4:
    case TypeFamily::Float8:
        return Shape::Float;
    case TypeFamily::Boolean:
        return Shape::Boolean;
    case TypeFamily::Binary:
        return Shape::Binary;
    case TypeFamily::Date:
        return Shape::Date;
    case TypeFamily::Time:
        return Shape::Time;
    case TypeFamily::Timestamp:
        return Shape::Timestamp;
    case TypeFamily::TimestampTz:
        return Shape::TimestampTz;
    case TypeFamily::Text:
        // Enums, sets, intervals, ranges, network types...: a hash or mask would not
        // be a valid value of the type.
        return isCharacterType(type.name) || type.name.isEmpty() ? Shape::Text : Shape::Other;
    case TypeFamily::TimeTz:
    case TypeFamily::Bit:
        break;
    }
    return Shape::Other;
}

quint64 RemapDataFunction::integerMaximum(const DataType &type)
{
    const QString &name = type.name;
    const bool isUnsigned = type.isUnsigned;
    if (name == u"tinyint" || name == u"int1")
        return isUnsigned ? 255 : 127;
    if (name == u"smallint" || name == u"int2" || name == u"smallserial")
        return isUnsigned ? 65535 : 32767;
    if (name == u"mediumint" || name == u"int3")
        return isUnsigned ? 16777215 : 8388607;
    if (name == u"year")
        return 2155;
    if (name == u"bigint" || name == u"int8" || name == u"bigserial")
        return quint64(std::numeric_limits<qint64>::max());
    if (name == u"integer" || name == u"int" || name == u"int4" || name == u"serial")
        return isUnsigned ? 4294967295ULL : 2147483647ULL;
    // SQLite's INTEGER is 64-bit, but its declared "integer" is handled above as the
    // 32-bit SQL type, which fits every engine.
    return 2147483647ULL;
}

std::optional<RemapDataFunction> RemapDataFunction::create(const RemapFunctionCall &call,
                                                           const DataType &type,
                                                           const QByteArray &key, QString *error)
{
    RemapDataFunction function;
    function.m_type = type;
    function.m_key = key;
    function.m_shape = shapeOf(type);
    if (function.m_shape == Shape::Text && type.argument(0) > 0 && type.name.contains(u"char"))
        function.m_maxLength = type.argument(0);
    const QString typeText = type.text.isEmpty() ? type.toSql() : type.text;
    const auto refuse = [&](const QString &why) {
        *error = QCoreApplication::translate(
                     "RemapDataFunction",
                     "REMAP_DATA function %1 cannot apply to a column of type %2: %3")
                     .arg(call.toString(), typeText, why);
        return std::nullopt;
    };
    if (needsKey(call) && key.isEmpty()) {
        *error = QCoreApplication::translate(
                     "RemapDataFunction",
                     "REMAP_DATA function %1 needs a key: set SLUICE_REMAP_KEY in the "
                     "environment of the client that starts the job")
                     .arg(call.name);
        return std::nullopt;
    }
    const QString name = call.name;
    if (name == u"NULL") {
        function.m_op = Op::Null;
    } else if (name == u"CONSTANT") {
        function.m_op = Op::Constant;
        function.m_constant = call.arguments.value(0).value.toUtf8();
    } else if (name == u"HASH") {
        function.m_op = Op::Hash;
        if (function.m_shape == Shape::Other || function.m_shape == Shape::Time)
            return refuse(QCoreApplication::translate(
                "RemapDataFunction", "no hashed value of that type can be formed"));
    } else if (name == u"MASK") {
        function.m_op = Op::Mask;
        function.m_keep = qMax(0, call.arguments.value(0).value.toInt());
        if (call.arguments.size() > 1)
            function.m_maskCharacter = call.arguments.at(1).value;
        const bool numeric =
            function.m_shape == Shape::Integer || function.m_shape == Shape::Decimal;
        if (!numeric && function.m_shape != Shape::Text)
            return refuse(QCoreApplication::translate(
                "RemapDataFunction", "MASK applies to character and numeric columns"));
        if (function.m_maskCharacter.size() != 1)
            return refuse(
                QCoreApplication::translate("RemapDataFunction", "the mask must be one character"));
        if (numeric && call.arguments.size() > 1 && !function.m_maskCharacter.at(0).isDigit())
            return refuse(QCoreApplication::translate(
                "RemapDataFunction", "a numeric column can only be masked with a digit"));
        if (numeric && call.arguments.size() < 2)
            function.m_maskCharacter = QStringLiteral("0");
    } else if (name == u"SHIFT_DAYS") {
        function.m_op = Op::ShiftDays;
        function.m_days = call.arguments.value(0).value.toInt();
        if (function.m_shape != Shape::Date && function.m_shape != Shape::Timestamp &&
            function.m_shape != Shape::TimestampTz)
            return refuse(QCoreApplication::translate(
                "RemapDataFunction", "SHIFT_DAYS applies to date and timestamp columns"));
    } else if (name == u"FAKE_EMAIL") {
        function.m_op = Op::FakeEmail;
        if (function.m_shape != Shape::Text)
            return refuse(QCoreApplication::translate("RemapDataFunction",
                                                      "FAKE_EMAIL applies to character columns"));
        if (function.m_maxLength >= 0 && function.m_maxLength < 17)
            return refuse(QCoreApplication::translate(
                "RemapDataFunction", "a fake address needs at least 17 characters"));
    } else {
        *error = QCoreApplication::translate("RemapDataFunction",
                                             "Unknown REMAP_DATA function %1; the functions are %2")
                     .arg(name, RemapFunction::syntaxList());
        return std::nullopt;
    }
    return function;
}

bool RemapDataFunction::apply(QByteArray &value, bool &isNull, QString *error) const
{
    if (m_op == Op::Null) {
        isNull = true;
        value.clear();
        return true;
    }
    if (isNull)
        return true;
    switch (m_op) {
    case Op::Null:
        break;
    case Op::Constant:
        value = m_constant;
        break;
    case Op::Hash:
        value = hashValue(value);
        break;
    case Op::Mask:
        value = maskValue(value);
        break;
    case Op::ShiftDays: {
        const std::optional<QByteArray> shifted = shiftValue(value);
        if (!shifted) {
            *error = QCoreApplication::translate("RemapDataFunction",
                                                 "SHIFT_DAYS(%1) cannot read the date \"%2\"")
                         .arg(m_days)
                         .arg(QString::fromUtf8(value));
            return false;
        }
        value = *shifted;
        break;
    }
    case Op::FakeEmail:
        value = fakeEmail(value);
        break;
    }
    return true;
}

QByteArray RemapDataFunction::digest(QByteArrayView value) const
{
    return QMessageAuthenticationCode::hash(value.toByteArray(), m_key, QCryptographicHash::Sha256);
}

QByteArray RemapDataFunction::hashValue(QByteArrayView value) const
{
    const QByteArray mac = digest(value);
    const quint64 word = digestWord(mac, 0);
    switch (m_shape) {
    case Shape::Integer: {
        const quint64 maximum = integerMaximum(m_type);
        if (m_type.name == u"year")
            return QByteArray::number(1901 + word % 255);
        return QByteArray::number(word % (maximum + 1));
    }
    case Shape::Decimal: {
        // numeric(p,s): up to p-s integer digits and exactly s decimals; without a
        // declared precision: 9 integer digits and the value's own scale.
        const int declaredScale = m_type.argument(1, -1);
        const int scale = declaredScale >= 0    ? declaredScale
                          : value.contains('.') ? int(value.size() - value.indexOf('.') - 1)
                                                : 0;
        const int precision = m_type.argument(0, scale + 9);
        const int integerDigits = qMax(0, precision - scale);
        QByteArray text = QByteArray::number(word % powerOfTen(qMin(integerDigits, 18)));
        if (integerDigits == 0)
            text = "0";
        if (scale > 0)
            text += '.' + digits(digestWord(mac, 1) % powerOfTen(qMin(scale, 18)), scale);
        return text;
    }
    case Shape::Float: {
        QByteArray text;
        CanonicalFormat::appendFloat8(text, double(word % 100000000ULL) / 100.0);
        return text;
    }
    case Shape::Boolean:
        return (word & 1) ? "t" : "f";
    case Shape::Uuid: {
        QByteArray bytes = mac.left(16);
        bytes[6] = char((quint8(bytes[6]) & 0x0f) | 0x80); // version 8: custom
        bytes[8] = char((quint8(bytes[8]) & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toByteArray(QUuid::WithoutBraces);
    }
    case Shape::Json:
        return '"' + mac.toHex() + '"';
    case Shape::Binary:
        // The unescaped canonical form; the row remapper escapes it again.
        return QByteArrayLiteral("\\x") + mac.toHex();
    case Shape::Date:
    case Shape::Timestamp:
    case Shape::TimestampTz: {
        const QDate date = QDate(1970, 1, 1).addDays(qint64(word % 36525));
        QByteArray text = date.toString(QStringLiteral("yyyy-MM-dd")).toLatin1();
        if (m_shape == Shape::Date)
            return text;
        const quint64 seconds = digestWord(mac, 1) % 86400;
        text += ' ' + digits(seconds / 3600, 2) + ':' + digits(seconds / 60 % 60, 2) + ':' +
                digits(seconds % 60, 2);
        return m_shape == Shape::TimestampTz ? text + "+00" : text;
    }
    case Shape::Text: {
        QByteArray text = mac.toHex();
        if (m_maxLength > 0)
            text.truncate(m_maxLength);
        return text;
    }
    case Shape::Time:
    case Shape::Other:
        break;
    }
    return mac.toHex();
}

QByteArray RemapDataFunction::maskValue(const QByteArray &value) const
{
    QList<uint> characters = QString::fromUtf8(value).toUcs4();
    const uint mask = m_maskCharacter.toUcs4().value(0, '*');
    const bool numeric = m_shape != Shape::Text;
    // Counted from the end: the last m_keep characters (numeric: digits) stay.
    int kept = 0;
    for (qsizetype i = characters.size() - 1; i >= 0; --i) {
        const uint c = characters.at(i);
        const bool maskable = !numeric || (c >= '0' && c <= '9');
        if (!maskable)
            continue;
        if (kept < m_keep) {
            ++kept;
            continue;
        }
        characters[i] = mask;
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()),
                             characters.size())
        .toUtf8();
}

std::optional<QByteArray> RemapDataFunction::shiftValue(const QByteArray &value) const
{
    // PostgreSQL's special values have no day to shift.
    if (value == "infinity" || value == "-infinity")
        return value;
    if (value.size() < 10 || value.endsWith(" BC"))
        return std::nullopt;
    const QDate date = QDate::fromString(QString::fromLatin1(value.left(10)), u"yyyy-MM-dd");
    if (!date.isValid())
        return std::nullopt;
    const QDate shifted = date.addDays(m_days);
    if (!shifted.isValid() || shifted.year() < 1 || shifted.year() > 9999)
        return std::nullopt;
    return shifted.toString(QStringLiteral("yyyy-MM-dd")).toLatin1() + value.mid(10);
}

QByteArray RemapDataFunction::fakeEmail(QByteArrayView value) const
{
    if (value.isEmpty())
        return {};
    // Addresses differing only in case are the same mailbox: the same fake.
    const QByteArray normalized = QString::fromUtf8(value).trimmed().toLower().toUtf8();
    static constexpr QByteArrayView domain = "@example.com";
    int hexDigits = 16;
    if (m_maxLength > 0)
        hexDigits = qBound(4, m_maxLength - int(domain.size()) - 1, 16);
    return 'u' + digest(normalized).toHex().left(hexDigits) + domain.toByteArray();
}

} // namespace sluice::engine
