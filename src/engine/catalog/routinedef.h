#pragma once

#include <QString>
#include <QStringList>

namespace sluice::engine {

enum class RoutineKind { Function, Procedure, Aggregate };

struct RoutineDef
{
    QString schema;
    QString name;
    RoutineKind kind = RoutineKind::Function;
    // Identity arguments ("p_emp_id integer, p_start_date date"): with the
    // name they tell overloads apart.
    QString arguments;
    QString returns;
    // "sql", "plpgsql", "c", ... (PostgreSQL); "SQL" (MariaDB).
    QString language;
    // The full CREATE text from the engine (pg_get_functiondef, SHOW CREATE).
    QString definition;
    QString comment;
    // Objects the body references, when the engine records them, for ordering.
    QStringList dependsOn;
    // MariaDB: the sql_mode the routine was created under (it is part of the routine).
    QString sqlMode;

    // "name(arguments)": unique within a schema.
    [[nodiscard]] QString signature() const { return name + u'(' + arguments + u')'; }
    friend bool operator==(const RoutineDef &, const RoutineDef &) = default;
};

} // namespace sluice::engine
