#pragma once

#include "engine/catalog/objectkind.h"

#include <QString>

namespace sluice::engine {

// One DDL statement, tagged with the object it creates so callers can
// filter, log ("Processing object type ...") and split around the data load.
struct DdlStatement
{
    ObjectKind kind = ObjectKind::Table;
    QString schema;
    QString name;
    // The table (or view) a dependent object belongs to.
    QString parent;
    // The statement, without a trailing semicolon.
    QString sql;

    friend bool operator==(const DdlStatement &, const DdlStatement &) = default;
};

// A conversion that is not exact: a type approximated or narrowed, a default
// or object that cannot exist on the target.
struct DdlWarning
{
    enum class Severity {
        // A documented choice between equivalent forms (tinyint(1) -> boolean).
        Choice,
        // Values survive but behaviour or range changes (timestamptz -> datetime).
        Approximate,
        // Values can be rounded, truncated or lost (numeric(15,2) -> bigint).
        Lossy,
        // The object cannot be created on the target; the closest form is used or it is skipped.
        Unsupported,
    };
    Severity severity = Severity::Approximate;
    // "hr.employees.salary", "hr.emp_details_view".
    QString object;
    QString message;

    friend bool operator==(const DdlWarning &, const DdlWarning &) = default;
};

} // namespace sluice::engine
