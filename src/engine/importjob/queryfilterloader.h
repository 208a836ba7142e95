#pragma once

#include "engine/core/dialect.h"
#include "engine/data/tablewriter.h"

#include <QCoreApplication>
#include <QString>

namespace sluice::engine {

struct TableDef;

// QUERY on an import from a dump file set: the dump's rows were exported without the
// clause, so it is evaluated on the target. Each chunk is loaded into a temporary
// staging table with the target table's columns (through the target's own writer),
// and only the rows the clause keeps are moved with one
//     INSERT INTO target (columns) SELECT columns FROM staging WHERE <clause>
// in the chunk's transaction (PostgreSQL, SQLite: the staging load, the INSERT and the
// staging table's DROP commit together; MariaDB: the single INSERT ... SELECT is the
// only statement that touches the target, and InnoDB makes it all-or-nothing). So a
// chunk is still all-or-nothing and a restart still finds whole chunks. The clause is
// in the target's dialect and names the target table's columns. The rows it kept are
// the chunk's row count (master table, log, VERIFY=COUNT).
// A TableWriter in front of the target's writer, so the chunk's stream is unchanged.
class QueryFilterLoader : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(QueryFilterLoader)

public:
    QueryFilterLoader(TableWriter &writer, Dialect dialect, QString clause);

    [[nodiscard]] WriteResult write(QSqlDatabase &db, const WriteRequest &request,
                                    const ByteSource &source) override;

    // The staging table the writer fills for target (schema and name).
    [[nodiscard]] static TableDef stagingTable(Dialect dialect, const TableDef &target,
                                               const QString &name);
    [[nodiscard]] static QString createStaging(Dialect dialect, const TableDef &target,
                                               const TableDef &staging);
    // The INSERT ... SELECT of the rows the clause keeps (a leading WHERE and a
    // trailing ORDER BY of the clause are dropped).
    [[nodiscard]] static QString insertKept(Dialect dialect, const TableDef &target,
                                            const TableDef &staging, const QString &clause);
    [[nodiscard]] static QString dropStaging(Dialect dialect, const TableDef &staging);

private:
    bool begin(QSqlDatabase &db, QString *error);
    bool end(QSqlDatabase &db, bool commit, QString *error);

    TableWriter &m_writer;
    Dialect m_dialect;
    QString m_clause;
    QString m_stagingName;
    bool m_nested = false;
};

} // namespace sluice::engine
