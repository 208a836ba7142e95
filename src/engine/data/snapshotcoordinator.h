#pragma once

#include "engine/connection/connectionparams.h"
#include "engine/data/snapshot.h"

#include <QStringList>
#include <optional>

class QSqlDatabase;

namespace sluice::engine {

// Takes one consistent snapshot that every worker of a job reads from.
//
//  - PostgreSQL: the coordinator's REPEATABLE READ READ ONLY transaction exports a
//    snapshot; each worker imports it (SET TRANSACTION SNAPSHOT). The coordinator
//    transaction stays open until finish(), so workers started later (PARALLEL raised)
//    still import the same snapshot.
//  - MariaDB (as mydumper): FLUSH TABLES WITH READ LOCK, then every worker starts a
//    REPEATABLE READ transaction WITH CONSISTENT SNAPSHOT, then releaseLock() unlocks.
//    Workers joining after releaseLock() cannot share the snapshot, so a job must open
//    every worker connection it may use before releasing. Only InnoDB tables are
//    consistent; the others are named in Snapshot::warnings.
//  - SQLite (Debian's library lacks SQLITE_ENABLE_SNAPSHOT): the coordinator holds the
//    database's write lock (BEGIN IMMEDIATE) until finish(), so no other connection can
//    commit while the workers read; each worker reads in its own read transaction.
//    Writers elsewhere wait (or get SQLITE_BUSY) for the job's duration. A read-only
//    file holds a read transaction instead, which blocks commits only without WAL
//    (a warning says so for WAL files).
//
// FLASHBACK_TIME / FLASHBACK_SCN are refused: none of the engines can read a past
// state of ordinary tables. The coordinator connection belongs to the calling thread.
class SnapshotCoordinator
{
public:
    SnapshotCoordinator() = default;
    ~SnapshotCoordinator();
    SnapshotCoordinator(const SnapshotCoordinator &) = delete;
    SnapshotCoordinator &operator=(const SnapshotCoordinator &) = delete;

    // Why FLASHBACK_TIME / FLASHBACK_SCN cannot be honoured on dialect, for the job's
    // validation message.
    [[nodiscard]] static QString flashbackRefusal(Dialect dialect);

    // Opens the coordinator connection and takes the snapshot. schemas (MariaDB) limit
    // the storage-engine check to the job's databases.
    [[nodiscard]] std::optional<Snapshot>
    begin(const ConnectionParams &params, const QString &password, const QStringList &schemas = {});
    // MariaDB: UNLOCK TABLES once every worker has joined. No-op elsewhere.
    [[nodiscard]] bool releaseLock();
    // Ends the coordinator transaction and closes its connection.
    void finish();

    // On a worker's connection (after DataSession::prepare()): starts the transaction
    // that reads the snapshot. End it with COMMIT (or by closing) when the work is done.
    [[nodiscard]] static bool join(QSqlDatabase &db, const Snapshot &snapshot,
                                   QString *errorString);

    [[nodiscard]] QString errorString() const { return m_errorString; }

private:
    bool run(const QStringList &statements);
    bool lockSqlite(Snapshot *snapshot);
    QStringList nonTransactionalTables(const QStringList &schemas);

    QString m_connectionName;
    Dialect m_dialect = Dialect::SQLite;
    bool m_locked = false;
    QString m_errorString;
};

} // namespace sluice::engine
