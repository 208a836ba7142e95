#include "engine/importjob/foreignkeyvalidation.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/job/workscheduler.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sluice::engine {

std::optional<QStringList> ForeignKeyValidation::rewrite(const QString &statement)
{
    // The DdlWriter's form: ALTER TABLE <table> ADD CONSTRAINT <name> FOREIGN KEY ...
    static const QRegularExpression form(
        QStringLiteral(R"(^ALTER TABLE (.+?) ADD CONSTRAINT ("(?:[^"]|"")+"|[a-z_][a-z0-9_$]*) )"
                       R"(FOREIGN KEY .+$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString sql = statement.trimmed();
    const QRegularExpressionMatch match = form.match(sql);
    if (!match.hasMatch() || sql.endsWith(QLatin1String("NOT VALID")))
        return std::nullopt;
    return QStringList{sql + QStringLiteral(" NOT VALID"),
                       QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                           .arg(match.captured(1), match.captured(2)),
                       QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                           .arg(match.captured(1), match.captured(2))};
}

void ForeignKeyValidation::apply(WorkItem &item, const ForeignKeyLoader::Key &key)
{
    const QString parentSchema =
        key.key.referencedSchema.isEmpty() ? key.table.schema : key.key.referencedSchema;
    const QPair<QString, QString> child{key.table.schema, key.table.name};
    const QPair<QString, QString> parent{parentSchema, key.key.referencedTable};
    WorkScheduler::waitForTablesOnly(item, {child, parent});
    const std::optional<QStringList> pair = rewrite(key.ddl.sql);
    if (!pair)
        return; // one ADD FOREIGN KEY: both tables held exclusively
    item.payload.insert(QStringLiteral("statements"), QJsonArray{pair->at(0), pair->at(1)});
    item.payload.insert(
        QStringLiteral("constraint"),
        QJsonObject{{QStringLiteral("table"),
                     SqlQuoting::qualified(child.first, child.second, Dialect::PostgreSQL)},
                    {QStringLiteral("name"), key.key.name},
                    {QStringLiteral("drop"), pair->at(2)}});
    if (parent != child)
        WorkScheduler::shareTables(item, {parent});
}

bool ForeignKeyValidation::addedBefore(QSqlDatabase &db, const WorkItem &item)
{
    const QJsonObject constraint = item.payload.value(u"constraint").toObject();
    if (item.attempts == 0 || constraint.isEmpty())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_constraint WHERE conrelid = "
                                 "to_regclass(?) AND conname = ?"));
    query.addBindValue(constraint.value(u"table").toString());
    query.addBindValue(constraint.value(u"name").toString());
    return query.exec() && query.next();
}

void ForeignKeyValidation::undo(QSqlDatabase &db, const WorkItem &item)
{
    const QString drop = item.payload.value(u"constraint").toObject().value(u"drop").toString();
    if (!drop.isEmpty())
        QSqlQuery(db).exec(drop);
}

} // namespace sluice::engine
