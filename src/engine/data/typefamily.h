#pragma once

#include "engine/catalog/datatype.h"

namespace sluice::engine {

// How a column's values are written in canonical COPY text (docs/data-format.md).
// Readers and writers decide on the logical column type: the source's type as the
// catalog (or the dump's catalog) describes it, whatever engine holds the data now.
enum class TypeFamily {
    Integer,
    Decimal,
    Float4,
    Float8,
    Boolean,
    Text, // also JSON, UUID, enums, intervals, arrays: passed through as text
    Binary,
    Date,
    Time,
    TimeTz,
    Timestamp,
    TimestampTz,
    Bit,
};

[[nodiscard]] TypeFamily typeFamilyOf(const DataType &type);

} // namespace sluice::engine
