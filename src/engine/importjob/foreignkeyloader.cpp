#include "engine/importjob/foreignkeyloader.h"

#include "engine/catalog/ddlwriter.h"
#include "engine/catalog/sqlquoting.h"
#include "engine/catalog/tablekey.h"
#include "engine/log/joblogformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sluice::engine {

namespace {

QString ident(const QString &name)
{
    return SqlQuoting::identifier(name, Dialect::MariaDB);
}

QString parentSchema(const TableDef &table, const ConstraintDef &key)
{
    return key.referencedSchema.isEmpty() ? table.schema : key.referencedSchema;
}

// FROM and WHERE of the anti-join: child rows whose non-NULL key finds no parent row
// (MATCH SIMPLE: a key with a NULL column is not checked). Empty when the key does not
// name its parent's columns (the server then checks it).
QString orphanRows(const TableDef &table, const ConstraintDef &key)
{
    if (key.columns.isEmpty() || key.columns.size() != key.referencedColumns.size())
        return {};
    QStringList join;
    QStringList notNull;
    for (qsizetype i = 0; i < key.columns.size(); ++i) {
        join << QStringLiteral("p.%1 = c.%2")
                    .arg(ident(key.referencedColumns.at(i)), ident(key.columns.at(i)));
        notNull << QStringLiteral("c.%1 IS NOT NULL").arg(ident(key.columns.at(i)));
    }
    return QStringLiteral(" FROM %1 AS c LEFT JOIN %2 AS p ON %3 WHERE %4 AND p.%5 IS NULL")
        .arg(SqlQuoting::qualified(table.schema, table.name, Dialect::MariaDB),
             SqlQuoting::qualified(parentSchema(table, key), key.referencedTable, Dialect::MariaDB),
             join.join(QStringLiteral(" AND ")), notNull.join(QStringLiteral(" AND ")),
             ident(key.referencedColumns.constFirst()));
}

QString alterPrefix(const QString &schema, const QString &name)
{
    return QStringLiteral("ALTER TABLE ") + SqlQuoting::qualified(schema, name, Dialect::MariaDB) +
           u' ';
}

// The ADD ... part of a key's own ALTER TABLE, or empty when it is not of that form.
QString clauseOf(const ForeignKeyLoader::Key &key)
{
    const QString prefix = alterPrefix(key.table.schema, key.table.name);
    if (!key.ddl.sql.startsWith(prefix) || orphanRows(key.table, key.key).isEmpty())
        return {};
    return key.ddl.sql.mid(prefix.size());
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text().trimmed();
    return false;
}

QString failed(const QString &error, const QString &sql)
{
    return QCoreApplication::translate("ForeignKeyLoader", "%1\nFailing sql is:\n%2")
        .arg(error, sql);
}

const QString kSave = QStringLiteral("SET @sluice_foreign_key_checks = @@foreign_key_checks");
const QString kOff = QStringLiteral("SET foreign_key_checks = 0");
const QString kRestore = QStringLiteral("SET foreign_key_checks = @sluice_foreign_key_checks");

} // namespace

QList<ForeignKeyLoader::Key> ForeignKeyLoader::keysOf(DdlWriter &ddl, const TableDef &table)
{
    QList<Key> keys;
    for (const ConstraintDef &key : table.foreignKeys()) {
        TableDef only = table;
        only.constraints = {key};
        const QList<DdlStatement> statements = ddl.createConstraints(only, true);
        if (statements.size() == 1)
            keys << Key{table, key, statements.constFirst()};
    }
    return keys;
}

QString ForeignKeyLoader::orphanQuery(const TableDef &table, const ConstraintDef &key, int limit)
{
    const QString rows = orphanRows(table, key);
    if (rows.isEmpty())
        return {};
    QStringList columns;
    for (const QString &column : key.columns)
        columns << QStringLiteral("c.") + ident(column);
    return QStringLiteral("SELECT DISTINCT %1%2 LIMIT %3")
        .arg(columns.join(QStringLiteral(", ")), rows)
        .arg(limit);
}

QString ForeignKeyLoader::orphanCount(const TableDef &table, const ConstraintDef &key)
{
    const QString rows = orphanRows(table, key);
    return rows.isEmpty() ? QString() : QStringLiteral("SELECT COUNT(*)") + rows;
}

// Keys grouped by referencing table, in the order they first appear.
QJsonObject ForeignKeyLoader::payload(const QList<Key> &keys)
{
    QJsonArray tables;
    QHash<QString, qsizetype> index;
    for (const Key &key : keys) {
        const QString id = tableKey(key.table.schema, key.table.name);
        if (!index.contains(id)) {
            index.insert(id, tables.size());
            tables << QJsonObject{{QStringLiteral("schema"), key.table.schema},
                                  {QStringLiteral("name"), key.table.name},
                                  {QStringLiteral("keys"), QJsonArray()}};
        }
        QJsonObject table = tables.at(index.value(id)).toObject();
        QJsonArray list = table.value(u"keys").toArray();
        list << QJsonObject{
            {QStringLiteral("name"), key.key.name},
            {QStringLiteral("parent"),
             JobLogFormat::objectName(parentSchema(key.table, key.key), key.key.referencedTable)},
            {QStringLiteral("columns"), key.key.columns.join(QStringLiteral(", "))},
            {QStringLiteral("width"), int(key.key.columns.size())},
            {QStringLiteral("sql"), key.ddl.sql},
            {QStringLiteral("clause"), clauseOf(key)},
            {QStringLiteral("check"), orphanQuery(key.table, key.key, kSampleSize)},
            {QStringLiteral("count"), orphanCount(key.table, key.key)}};
        table.insert(QStringLiteral("keys"), list);
        tables.replace(index.value(id), table);
    }
    QJsonArray sql;
    for (const QString &statement : statements(keys))
        sql << statement;
    return {{QStringLiteral("type"), QStringLiteral("foreignkeys")},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("statements"), sql}};
}

QStringList ForeignKeyLoader::statements(const QList<Key> &keys)
{
    QStringList order;
    QHash<QString, QStringList> clauses;
    QStringList checkedByServer; // keys without a check of ours keep the server's check
    for (const Key &key : keys) {
        const QString clause = clauseOf(key);
        if (clause.isEmpty()) {
            checkedByServer << key.ddl.sql;
            continue;
        }
        const QString prefix = alterPrefix(key.table.schema, key.table.name);
        if (!clauses.contains(prefix))
            order << prefix;
        clauses[prefix] << clause;
    }
    QStringList result;
    if (!order.isEmpty()) {
        result << kSave << kOff;
        for (const QString &prefix : std::as_const(order))
            result << prefix + clauses.value(prefix).join(QStringLiteral(", "));
        result << kRestore;
    }
    return result + checkedByServer;
}

// A key holds when no row with a complete key misses its parent row; otherwise the
// failure names the key, the table, the parent and some of the orphan values.
bool ForeignKeyLoader::holds(QSqlDatabase &db, const QJsonObject &key, QString *failure)
{
    const QString sql = key.value(u"sql").toString();
    QSqlQuery query(db);
    if (!query.exec(key.value(u"check").toString())) {
        *failure = failed(query.lastError().text().trimmed(), sql);
        return false;
    }
    QStringList sample;
    const int columns = key.value(u"width").toInt();
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < columns; ++i) {
            const QVariant value = query.value(i);
            const bool number =
                value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
                value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong;
            values << (number ? value.toString()
                              : SqlQuoting::literal(value.toString(), Dialect::MariaDB));
        }
        sample << (columns > 1 ? u'(' + values.join(QStringLiteral(", ")) + u')'
                               : values.constFirst());
    }
    if (sample.isEmpty())
        return true;
    QString count = QStringLiteral("?");
    if (query.exec(key.value(u"count").toString()) && query.next())
        count = query.value(0).toString();
    const QString keyColumns = key.value(u"columns").toString();
    *failure = failed(
        tr("Foreign key %1 of table %2 does not hold: %3 row(s) reference no row of %4, "
           "e.g. (%5) = %6")
            .arg(key.value(u"name").toString(), key.value(u"table").toString(), count,
                 key.value(u"parent").toString(), keyColumns, sample.join(QStringLiteral(", "))),
        sql);
    return false;
}

// Names of the foreign keys the table already has: a restarted job does not add them
// twice.
QStringList ForeignKeyLoader::existingKeys(QSqlDatabase &db, const QJsonObject &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS WHERE "
        "CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ? AND CONSTRAINT_TYPE = 'FOREIGN KEY'"));
    query.addBindValue(table.value(u"schema").toString());
    query.addBindValue(table.value(u"name").toString());
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

// Adds the checked keys of one table in one ALTER TABLE with the checks off; when the
// server refuses it, each key on its own, so one bad key does not cost the others.
// Returns how many keys were added.
qsizetype ForeignKeyLoader::addTable(QSqlDatabase &db, const QJsonObject &table,
                                     const QList<QJsonObject> &keys, QStringList *failures)
{
    QStringList clauses;
    for (const QJsonObject &key : keys)
        clauses << key.value(u"clause").toString();
    const QString alter =
        alterPrefix(table.value(u"schema").toString(), table.value(u"name").toString()) +
        clauses.join(QStringLiteral(", "));
    QString error;
    if (!exec(db, kSave, &error) || !exec(db, kOff, &error)) {
        *failures << failed(error, kOff);
        return 0;
    }
    qsizetype added = 0;
    if (exec(db, alter, &error)) {
        added = keys.size();
    } else if (keys.size() == 1) {
        *failures << failed(error, keys.constFirst().value(u"sql").toString());
    } else {
        for (const QJsonObject &key : keys) {
            if (exec(db, key.value(u"sql").toString(), &error))
                ++added;
            else
                *failures << failed(error, key.value(u"sql").toString());
        }
    }
    if (!exec(db, kRestore, &error))
        *failures << failed(error, kRestore);
    return added;
}

WorkItemResult ForeignKeyLoader::run(QSqlDatabase &db, const WorkItem &item)
{
    QStringList failures;
    qint64 added = 0;
    for (const QJsonValue &value : item.payload.value(u"tables").toArray()) {
        const QJsonObject table = value.toObject();
        const QString object = JobLogFormat::objectName(table.value(u"schema").toString(),
                                                        table.value(u"name").toString());
        const QStringList existing = existingKeys(db, table);
        QList<QJsonObject> checked;
        for (const QJsonValue &keyValue : table.value(u"keys").toArray()) {
            QJsonObject key = keyValue.toObject();
            key.insert(QStringLiteral("table"), object);
            const QString name = key.value(u"name").toString();
            if (!name.isEmpty() && existing.contains(name, Qt::CaseInsensitive)) {
                ++added; // added by an earlier run of this item
                continue;
            }
            QString failure;
            if (key.value(u"check").toString().isEmpty() ||
                key.value(u"clause").toString().isEmpty()) {
                // No check of ours: the server checks the key as it adds it.
                QString error;
                if (exec(db, key.value(u"sql").toString(), &error))
                    ++added;
                else
                    failures << failed(error, key.value(u"sql").toString());
            } else if (holds(db, key, &failure)) {
                checked << key;
            } else {
                failures << failure;
            }
        }
        if (!checked.isEmpty())
            added += addTable(db, table, checked, &failures);
    }
    if (!failures.isEmpty()) {
        const QString kind = item.payload.value(u"kind").toString();
        return WorkItemResult::failure(
            QCoreApplication::translate("ForeignKeyLoader",
                                        "Object type %1 failed to create with error:\n%2")
                .arg(kind + u':' + JobLogFormat::objectName(item.schema, item.name),
                     failures.join(u'\n')));
    }
    return WorkItemResult::success(0, 0, {{QStringLiteral("statements"), added}});
}

} // namespace sluice::engine
