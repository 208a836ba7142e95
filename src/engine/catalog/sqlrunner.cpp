#include "engine/catalog/sqlrunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sluice::engine {

bool SqlRunner::exec(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!ok())
        return false;
    query = QSqlQuery(m_db);
    query.setForwardOnly(true);
    bool done = false;
    if (binds.isEmpty()) {
        done = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &value : binds)
            query.addBindValue(value);
        done = query.exec();
    }
    if (!done)
        setError(QCoreApplication::translate("SqlRunner", "%1\n(while running: %2)")
                     .arg(query.lastError().text(), sql.simplified()));
    return done;
}

QStringList SqlRunner::jsonStrings(const QVariant &value)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        result.append(v.toString());
    return result;
}

void SqlRunner::setError(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

} // namespace sluice::engine
