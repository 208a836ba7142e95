#include "gui/connectiontreemodel.h"

#include "engine/connection/connectionprofilestore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace sluice::gui {

namespace {

struct LoadResult
{
    QList<ConnectionTreeModel::Entry> entries;
    QString error;
};

// Runs on a worker thread: reads the profile store (and makes sure the sample
// profile exists) without touching any widget or model.
LoadResult loadProfiles()
{
    LoadResult result;
    engine::ConnectionProfileStore store;
    if (!store.load()) {
        result.error = store.errorString();
        return result;
    }
    if (!store.ensureSampleProfile())
        result.error = store.errorString();
    const auto profiles = store.profiles();
    for (const auto &profile : profiles)
        result.entries.append({profile.name, profile.params.dialect, profile.params.toUrl()});
    return result;
}

} // namespace

ConnectionTreeModel::ConnectionTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Connection")});
}

void ConnectionTreeModel::reload()
{
    const quint64 generation = ++m_generation;
    // A watcher owned by the model, rather than QFuture::then(this, ...): when the
    // model is destroyed first, the watcher goes with it and the result is dropped.
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer reload is under way
        const LoadResult result = watcher->result();
        setEntries(result.entries);
        Q_EMIT loadFinished(result.error.isEmpty(), result.error);
    });
    watcher->setFuture(QtConcurrent::run(&loadProfiles));
}

QStandardItem *ConnectionTreeModel::groupItem(engine::Dialect dialect)
{
    const QString title = engine::dialectDisplayName(dialect);
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row)->text() == title)
            return item(row);
    }
    auto *group = new QStandardItem(title);
    group->setSelectable(false);
    appendRow(group);
    return group;
}

void ConnectionTreeModel::setEntries(const QList<Entry> &entries)
{
    removeRows(0, rowCount());
    // Fixed engine order, so the tree does not reshuffle between reloads.
    for (auto dialect :
         {engine::Dialect::SQLite, engine::Dialect::PostgreSQL, engine::Dialect::MariaDB}) {
        for (const Entry &entry : entries) {
            if (entry.dialect != dialect)
                continue;
            auto *item = new QStandardItem(entry.name);
            item->setData(entry.name, ProfileNameRole);
            item->setData(entry.url, UrlRole);
            item->setToolTip(entry.url);
            groupItem(dialect)->appendRow(item);
        }
    }
    m_profileCount = int(entries.size());
}

QModelIndex ConnectionTreeModel::indexOfProfile(const QString &name) const
{
    for (int group = 0; group < rowCount(); ++group) {
        const QStandardItem *groupItem = item(group);
        for (int row = 0; row < groupItem->rowCount(); ++row) {
            if (groupItem->child(row)->data(ProfileNameRole).toString() == name)
                return groupItem->child(row)->index();
        }
    }
    return {};
}

} // namespace sluice::gui
