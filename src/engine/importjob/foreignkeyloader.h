#pragma once

#include "engine/catalog/constraintdef.h"
#include "engine/catalog/ddlstatement.h"
#include "engine/catalog/tabledef.h"
#include "engine/job/workitem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace sluice::engine {

class DdlWriter;

// The foreign-key phase of an import into MariaDB. One ALTER TABLE ... ADD FOREIGN KEY
// with foreign_key_checks on makes InnoDB copy the whole table, once per key. Instead,
// each key is checked first with one anti-join (rows whose key, all of it non-NULL as
// MATCH SIMPLE says, has no parent row), a key that does not hold is reported like a
// failed object (its DDL, the table, the parent and a sample of the orphan values), and
// the keys that hold are added with one ALTER TABLE per table under
// foreign_key_checks=0, which InnoDB does in place, without copying the table. The
// session's setting is restored afterwards. All keys run in one item, one table after
// the other: MariaDB's ALTER TABLE locks both tables, so two at once can deadlock.
class ForeignKeyLoader
{
    Q_DECLARE_TR_FUNCTIONS(ForeignKeyLoader)

public:
    // One foreign key to add: the referencing table (target names; its columns and
    // schema), the key, and the key's own ALTER TABLE statement.
    struct Key
    {
        TableDef table;
        ConstraintDef key;
        DdlStatement ddl;
    };

    // How many orphan key values a failure names.
    static constexpr int kSampleSize = 5;

    // The foreign keys of table, each with its own statement (DdlWriter's dialect).
    [[nodiscard]] static QList<Key> keysOf(DdlWriter &ddl, const TableDef &table);

    // SELECT DISTINCT of the key columns of up to limit rows of the referencing table
    // whose key has no parent row; rows with a NULL key column are not checked.
    [[nodiscard]] static QString orphanQuery(const TableDef &table, const ConstraintDef &key,
                                             int limit);
    // COUNT(*) of the same rows.
    [[nodiscard]] static QString orphanCount(const TableDef &table, const ConstraintDef &key);

    // The statements that add keys: the checks' setting saved and switched off, one
    // ALTER TABLE per referencing table with every key of it, the setting restored.
    // SQLFILE writes these; the item runs them after the checks.
    [[nodiscard]] static QStringList statements(const QList<Key> &keys);

    // The payload of the item that checks and adds keys (type "foreignkeys").
    [[nodiscard]] static QJsonObject payload(const QList<Key> &keys);

    // Runs such an item on a MariaDB connection. Keys that do not hold, and keys the
    // server refuses, are listed in the failure; the others are added.
    [[nodiscard]] static WorkItemResult run(QSqlDatabase &db, const WorkItem &item);

private:
    static bool holds(QSqlDatabase &db, const QJsonObject &key, QString *failure);
    static QStringList existingKeys(QSqlDatabase &db, const QJsonObject &table);
    static qsizetype addTable(QSqlDatabase &db, const QJsonObject &table,
                              const QList<QJsonObject> &keys, QStringList *failures);
};

} // namespace sluice::engine
