#include "gui/connectiontreemodel.h"

#include "gui/common/guiresources.h"

#include "gui/common/backgroundtask.h"
#include "gui/connections/profilestorecontroller.h"

#include "engine/connection/connectionprofilestore.h"

#include <QIcon>
#include <QMutex>

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
    QMutexLocker locker(&ProfileStoreController::storeMutex());
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
        result.entries.append(
            {profile.name, profile.params.dialect, profile.params.toUrl(), profile.savePassword});
    return result;
}

} // namespace

ConnectionTreeModel::ConnectionTreeModel(QObject *parent)
    : QStandardItemModel(parent)
    , m_loader(new BackgroundTask(this))
{
    ensureGuiResources();
    setHorizontalHeaderLabels({tr("Connection")});
}

void ConnectionTreeModel::reload()
{
    m_loader->start(&loadProfiles, [this](const LoadResult &result) {
        setEntries(result.entries);
        Q_EMIT loadFinished(result.error.isEmpty(), result.error);
    });
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
            item->setData(entry.savePassword, SavePasswordRole);
            item->setData(QIcon(QStringLiteral(":/icons/connection.svg")), Qt::DecorationRole);
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
            if (groupItem->child(row)
                    ->data(ProfileNameRole)
                    .toString()
                    .compare(name, Qt::CaseInsensitive) == 0)
                return groupItem->child(row)->index();
        }
    }
    return {};
}

std::optional<ConnectionTreeModel::Entry>
ConnectionTreeModel::entryAt(const QModelIndex &index) const
{
    const QString name = index.data(ProfileNameRole).toString();
    if (name.isEmpty())
        return std::nullopt;
    const auto params = engine::ConnectionParams::fromUrl(index.data(UrlRole).toString());
    if (!params)
        return std::nullopt;
    return Entry{name, params->dialect, index.data(UrlRole).toString(),
                 index.data(SavePasswordRole).toBool()};
}

std::optional<ConnectionTreeModel::Entry> ConnectionTreeModel::entry(const QString &name) const
{
    return entryAt(indexOfProfile(name));
}

} // namespace sluice::gui
