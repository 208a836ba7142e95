#pragma once

#include <QString>
#include <QStringList>

namespace sluice::engine {

enum class ConstraintType { PrimaryKey, Unique, Check, ForeignKey, Exclusion };

// A table constraint. Foreign keys are REF_CONSTRAINT objects for filtering
// and ordering, the others CONSTRAINT.
struct ConstraintDef
{
    QString name;
    ConstraintType type = ConstraintType::PrimaryKey;
    QStringList columns;
    // CHECK expression (without the CHECK keyword and outer parentheses).
    QString expression;

    // Foreign keys.
    QString referencedSchema;
    QString referencedTable;
    QStringList referencedColumns;
    // "NO ACTION" (default), "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT".
    QString onDelete;
    QString onUpdate;
    // "SIMPLE" (default), "FULL", "PARTIAL".
    QString match;
    bool deferrable = false;
    bool initiallyDeferred = false;
    // False for PostgreSQL NOT VALID constraints.
    bool validated = true;

    // The engine's own text of the constraint body (pg_get_constraintdef), for
    // same-engine DDL where exactness matters.
    QString definition;
    // COMMENT ON CONSTRAINT (PostgreSQL).
    QString comment;

    [[nodiscard]] bool isForeignKey() const { return type == ConstraintType::ForeignKey; }
    friend bool operator==(const ConstraintDef &, const ConstraintDef &) = default;
};

} // namespace sluice::engine
