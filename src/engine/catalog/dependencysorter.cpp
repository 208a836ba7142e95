#include "engine/catalog/dependencysorter.h"

#include <QSet>

namespace sluice::engine {

void DependencySorter::add(const QString &name, const QStringList &dependsOn)
{
    if (!m_dependencies.contains(name))
        m_order.append(name);
    m_dependencies[name] += dependsOn;
}

QStringList DependencySorter::sorted()
{
    // Kahn's algorithm, stable: at each round take the first ready item in input order.
    QStringList result;
    QSet<QString> done;
    QStringList pending = m_order;
    m_cycles.clear();
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const QString &name = pending.at(i);
            bool ready = true;
            for (const QString &dep : m_dependencies.value(name)) {
                if (dep != name && m_dependencies.contains(dep) && !done.contains(dep)) {
                    ready = false;
                    break;
                }
            }
            if (ready) {
                result.append(name);
                done.insert(name);
                pending.removeAt(i);
                progressed = true;
                break;
            }
        }
        if (!progressed) {
            m_cycles = pending;
            result += pending;
            break;
        }
    }
    return result;
}

} // namespace sluice::engine
