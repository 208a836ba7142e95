#pragma once

#include <QString>
#include <QStringList>

namespace sluice::engine {

struct TriggerDef
{
    QString name;
    // "BEFORE", "AFTER", "INSTEAD OF".
    QString timing;
    // "INSERT", "UPDATE", "DELETE", "TRUNCATE".
    QStringList events;
    QStringList updateColumns;
    bool forEachRow = true;
    QString when;
    // PostgreSQL: the function it executes ("hr.update_job_history").
    QString function;
    // MariaDB and SQLite: the statement body.
    QString body;
    // The engine's full CREATE TRIGGER text.
    QString definition;
    bool enabled = true;
    // MariaDB: the sql_mode the trigger was created under (it is part of the trigger).
    QString sqlMode;
    // COMMENT ON TRIGGER (PostgreSQL).
    QString comment;

    friend bool operator==(const TriggerDef &, const TriggerDef &) = default;
};

} // namespace sluice::engine
