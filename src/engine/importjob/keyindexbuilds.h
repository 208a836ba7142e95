#pragma once

#include "engine/core/dialect.h"
#include "engine/job/workitem.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace sluice::engine {

// On a PostgreSQL target, primary keys and unique constraints are built as unique
// indexes in the index phase, then attached (ALTER TABLE ... ADD CONSTRAINT ... USING
// INDEX, which only renames the index). ADD PRIMARY KEY holds an ACCESS EXCLUSIVE lock
// for its whole build, so a table's key and its other indexes were built one after the
// other, in two phases; CREATE UNIQUE INDEX takes the SHARE lock CREATE INDEX takes,
// so the workers build a big table's key and indexes at the same time. Only
// constraints of the plain form "PRIMARY KEY (columns)" / "UNIQUE (columns)" are
// rewritten, and not on partitioned tables (USING INDEX does not take them); any
// other constraint keeps its item in the constraint phase.
class KeyIndexBuilds
{
public:
    static void apply(QList<WorkItem> &items, Dialect target);
    // The two statements for one ALTER TABLE ... ADD CONSTRAINT, or nullopt.
    [[nodiscard]] static std::optional<QStringList> rewrite(const QString &statement);
};

} // namespace sluice::engine
