#pragma once

#include "engine/importjob/foreignkeyloader.h"
#include "engine/job/workitem.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace sluice::engine {

// PostgreSQL foreign keys of an import are added NOT VALID and then validated, in
// two statements. ADD FOREIGN KEY checks every row while it holds SHARE ROW EXCLUSIVE
// locks on both tables, so keys into one table (order lines and attachments, both
// referencing orders) were checked one after the other. Added NOT VALID, the key
// holds those locks for an instant; VALIDATE CONSTRAINT then reads the table under
// SHARE UPDATE EXCLUSIVE on the referencing table and only ROW SHARE on the
// referenced one, so keys into the same table are checked side by side (the
// scheduler holds the referenced table shared). The key ends up the same: valid, and
// checked against every row. A key the source has NOT VALID stays as it is.
class ForeignKeyValidation
{
public:
    // "ALTER TABLE t ADD CONSTRAINT k FOREIGN KEY ..." -> that statement with NOT VALID,
    // "ALTER TABLE t VALIDATE CONSTRAINT k" and the statement that drops the key again;
    // nullopt for any other form.
    [[nodiscard]] static std::optional<QStringList> rewrite(const QString &statement);

    // Marks the item of key (a ddl item with the key's statement) for a PostgreSQL
    // target: it waits only for its two tables and, when rewritten, holds the
    // referenced table shared and knows its constraint for a restart.
    static void apply(WorkItem &item, const ForeignKeyLoader::Key &key);

    // A restarted item whose key was added by the interrupted run (it stopped between
    // the two statements): true when the first statement must be skipped.
    [[nodiscard]] static bool addedBefore(QSqlDatabase &db, const WorkItem &item);
    // After a failed item: drops the key its first statement added NOT VALID, so that a
    // key whose rows do not hold is not created, as a single ADD FOREIGN KEY would not.
    static void undo(QSqlDatabase &db, const WorkItem &item);
};

} // namespace sluice::engine
