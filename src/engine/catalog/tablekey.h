#pragma once

#include <QString>

namespace sluice::engine {

// The key of a table (or another schema object) in hash maps and sets: schema and
// name joined by a character neither can contain.
[[nodiscard]] inline QString tableKey(const QString &schema, const QString &name)
{
    return schema + QChar(0) + name;
}

} // namespace sluice::engine
