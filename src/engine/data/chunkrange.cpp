#include "engine/data/chunkrange.h"

#include "engine/catalog/sqlquoting.h"

#include <QStringList>

namespace sluice::engine {

QString ChunkRange::condition(Dialect dialect) const
{
    if (isWholeTable())
        return {};
    const QString key = SqlQuoting::identifier(keyColumn, dialect);
    const auto value = [&](const QString &bound) {
        return integerKey ? QString::number(bound.toLongLong())
                          : SqlQuoting::literal(bound, dialect);
    };
    QStringList parts;
    if (lower)
        parts << key + u" >= " + value(*lower);
    if (upper)
        parts << key + u" < " + value(*upper);
    return parts.join(u" AND ");
}

} // namespace sluice::engine
