#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// Orders named items so each comes after the items it depends on (a view
// after the views it selects from). Dependencies on names outside the set are
// ignored. Items in a cycle keep their input order, after everything they do
// not share the cycle with, and are reported by cycles().
class DependencySorter
{
public:
    void add(const QString &name, const QStringList &dependsOn);
    [[nodiscard]] QStringList sorted();
    // The items that could not be ordered, from the last sorted() call.
    [[nodiscard]] QStringList cycles() const { return m_cycles; }

private:
    QStringList m_order;
    QHash<QString, QStringList> m_dependencies;
    QStringList m_cycles;
};

} // namespace sluice::engine
