#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace sluice::engine {

// Every kind of object Sluice can describe, filter, order and write as DDL.
// The names follow Data Pump's object types (TABLE, INDEX, REF_CONSTRAINT, ...);
// Domain and Aggregate are Sluice's own, for PostgreSQL objects Oracle lacks.
// The order is not significant: creation order lives in the dependency sorter.
enum class ObjectKind : quint8 {
    Schema,
    User,
    Role,
    SystemGrant,
    RoleGrant,
    Type,
    Domain,
    Sequence,
    Table,
    TableData,
    Comment,
    Index,
    Constraint,
    RefConstraint,
    Trigger,
    ObjectGrant,
    View,
    MaterializedView,
    Function,
    Procedure,
    Aggregate,
    Statistics,
};

inline constexpr int kObjectKindCount = int(ObjectKind::Statistics) + 1;

// Data Pump's short name of a kind: "TABLE", "REF_CONSTRAINT", "OBJECT_GRANT", ...
[[nodiscard]] QString objectKindName(ObjectKind kind);

// A small set of object kinds (a bit mask), used for filter results and
// dependency closures.
class ObjectKindSet
{
public:
    constexpr ObjectKindSet() = default;
    constexpr ObjectKindSet(std::initializer_list<ObjectKind> kinds)
    {
        for (ObjectKind kind : kinds)
            insert(kind);
    }

    constexpr void insert(ObjectKind kind) { m_bits |= bit(kind); }
    constexpr void remove(ObjectKind kind) { m_bits &= ~bit(kind); }
    constexpr void unite(ObjectKindSet other) { m_bits |= other.m_bits; }
    [[nodiscard]] constexpr bool contains(ObjectKind kind) const { return m_bits & bit(kind); }
    [[nodiscard]] constexpr bool containsAll(ObjectKindSet other) const
    {
        return (m_bits & other.m_bits) == other.m_bits;
    }
    [[nodiscard]] constexpr bool intersects(ObjectKindSet other) const
    {
        return m_bits & other.m_bits;
    }
    [[nodiscard]] constexpr bool isEmpty() const { return m_bits == 0; }
    [[nodiscard]] int count() const;
    [[nodiscard]] QList<ObjectKind> toList() const;
    // Short names joined with ", ", in enum order (for messages and tests).
    [[nodiscard]] QString toString() const;

    friend constexpr bool operator==(ObjectKindSet a, ObjectKindSet b) = default;

private:
    static constexpr quint32 bit(ObjectKind kind) { return quint32(1) << quint32(kind); }
    quint32 m_bits = 0;
};

static_assert(kObjectKindCount <= 32, "ObjectKindSet holds at most 32 kinds");

} // namespace sluice::engine
