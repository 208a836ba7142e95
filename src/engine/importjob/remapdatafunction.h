#pragma once

#include "engine/catalog/datatype.h"
#include "engine/params/remapfunction.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace sluice::engine {

// One REMAP_DATA function bound to one column: it rewrites that column's values as
// they travel from the source (or the dump) to the target. Values are the column's
// canonical COPY text form (docs/data-format.md), unescaped, so a function works
// the same whatever engine the data comes from. Every function is deterministic:
// the same input always gives the same output, so a key hashed in a parent table
// and in its child table still joins. NULL stays NULL, except for the NULL function.
//
//   NULL            every value becomes NULL
//   CONSTANT(v)     every non-NULL value becomes v
//   HASH            HMAC-SHA256 of the value under the job's REMAP_DATA key, shaped
//                   to the column's type: an integer in the type's non-negative
//                   range, a decimal with the column's precision and scale, hex text
//                   cut to the column's length, a UUID, bytes, a date or timestamp
//   MASK(n[,'c'])   every character but the last n becomes c (default '*'); in
//                   numeric columns digits become 0 so the value stays a number
//   SHIFT_DAYS(n)   dates and timestamps move n days (time of day and zone kept)
//   FAKE_EMAIL      u<hex>@example.com, the hex a keyed hash of the address
//
// docs/import.md documents the functions and where the key comes from.
class RemapDataFunction
{
public:
    // Binds call to a column of the given logical type. nullopt with *error when the
    // function cannot apply to that type (SHIFT_DAYS on text, FAKE_EMAIL on a number).
    // key: the HMAC key of HASH and FAKE_EMAIL (required by them, unused otherwise).
    [[nodiscard]] static std::optional<RemapDataFunction> create(const RemapFunctionCall &call,
                                                                 const DataType &type,
                                                                 const QByteArray &key,
                                                                 QString *error);

    // Rewrites one value in place. *isNull in: whether the value is NULL; out: whether
    // the result is. False with *error when the value cannot be rewritten (a date
    // SHIFT_DAYS cannot read): the chunk then fails as a whole.
    [[nodiscard]] bool apply(QByteArray &value, bool &isNull, QString *error) const;

    // Whether the function needs the REMAP_DATA key.
    [[nodiscard]] static bool needsKey(const RemapFunctionCall &call);

private:
    enum class Op { Null, Constant, Hash, Mask, ShiftDays, FakeEmail };
    enum class Shape {
        Integer,
        Decimal,
        Float,
        Boolean,
        Text,
        Uuid,
        Json,
        Binary,
        Date,
        Time,
        Timestamp,
        TimestampTz,
        Other
    };

    [[nodiscard]] QByteArray digest(QByteArrayView value) const;
    [[nodiscard]] QByteArray hashValue(QByteArrayView value) const;
    [[nodiscard]] QByteArray maskValue(const QByteArray &value) const;
    [[nodiscard]] std::optional<QByteArray> shiftValue(const QByteArray &value) const;
    [[nodiscard]] QByteArray fakeEmail(QByteArrayView value) const;
    [[nodiscard]] static Shape shapeOf(const DataType &type);
    [[nodiscard]] static quint64 integerMaximum(const DataType &type);

    Op m_op = Op::Null;
    Shape m_shape = Shape::Text;
    DataType m_type;
    QByteArray m_key;
    QByteArray m_constant;
    int m_keep = 0;
    QString m_maskCharacter = QStringLiteral("*");
    int m_days = 0;
    int m_maxLength = -1; // character columns: the declared length
};

} // namespace sluice::engine
