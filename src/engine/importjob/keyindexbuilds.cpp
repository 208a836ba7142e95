#include "engine/importjob/keyindexbuilds.h"

#include "engine/catalog/tablekey.h"
#include "engine/job/workscheduler.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace sluice::engine {

std::optional<QStringList> KeyIndexBuilds::rewrite(const QString &statement)
{
    // The DdlWriter's form: ALTER TABLE <table> ADD CONSTRAINT <name> <body>, where the
    // body is exactly a key and its column list (no INCLUDE, WITH, tablespace, ...).
    static const QRegularExpression form(
        QStringLiteral(R"(^ALTER TABLE (.+) ADD CONSTRAINT ("(?:[^"]|"")+"|[a-z_][a-z0-9_$]*) )"
                       R"((PRIMARY KEY|UNIQUE) (\([^()]+\))$)"));
    const QRegularExpressionMatch match = form.match(statement.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString table = match.captured(1);
    const QString name = match.captured(2);
    // The index goes to the table's schema, where USING INDEX looks for it. IF NOT
    // EXISTS: a restart after a kill between the two statements attaches the index
    // built before (the import created the table, so no other index has its name).
    return QStringList{QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1 ON %2 %3")
                           .arg(name, table, match.captured(4)),
                       QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3 USING INDEX %2")
                           .arg(table, name, match.captured(3))};
}

namespace {

// Tables created with PARTITION BY: ADD CONSTRAINT ... USING INDEX is not supported
// on a partitioned table, so its keys keep their ALTER TABLE.
QSet<QString> partitionedTables(const QList<WorkItem> &items)
{
    QSet<QString> tables;
    for (const WorkItem &item : items) {
        for (const QJsonValue &value : item.payload.value(u"statements").toArray()) {
            if (value.toString().contains(QLatin1String("PARTITION BY")))
                tables.insert(tableKey(item.schema, item.name));
        }
    }
    return tables;
}

} // namespace

void KeyIndexBuilds::apply(QList<WorkItem> &items, Dialect target)
{
    if (target != Dialect::PostgreSQL)
        return;
    const QSet<QString> partitioned = partitionedTables(items);
    for (WorkItem &item : items) {
        if (item.phase != JobPhase::Constraint ||
            item.payload.value(u"type").toString() != u"ddl" ||
            partitioned.contains(tableKey(item.schema, item.name)))
            continue;
        QJsonArray rewritten;
        bool all = true;
        for (const QJsonValue &value : item.payload.value(u"statements").toArray()) {
            const std::optional<QStringList> pair = rewrite(value.toString());
            if (!pair) {
                all = false;
                break;
            }
            for (const QString &statement : *pair)
                rewritten << statement;
        }
        if (!all || rewritten.isEmpty())
            continue;
        item.phase = JobPhase::Index;
        item.payload.insert(QStringLiteral("statements"), rewritten);
        // Like the table's other indexes, the key waits only for the table's own rows.
        WorkScheduler::waitForTableDataOnly(item, item.schema, item.name);
    }
}

} // namespace sluice::engine
