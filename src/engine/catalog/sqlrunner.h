#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sluice::engine {

// Runs catalog queries forward-only and remembers the first error with the
// statement that caused it, so readers can chain queries and check once.
class SqlRunner
{
public:
    explicit SqlRunner(const QSqlDatabase &db)
        : m_db(db)
    {}

    // Prepares, binds positionally and executes; false (and errorString) on failure.
    [[nodiscard]] bool exec(QSqlQuery &query, const QString &sql, const QVariantList &binds = {});
    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    void setError(const QString &error);
    [[nodiscard]] QSqlDatabase database() const { return m_db; }
    // A json_agg() column of names (PostgreSQL) as a list; empty for NULL.
    [[nodiscard]] static QStringList jsonStrings(const QVariant &value);

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace sluice::engine
