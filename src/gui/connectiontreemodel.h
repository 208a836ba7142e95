#pragma once

#include "engine/core/dialect.h"

#include <QStandardItemModel>
#include <optional>

namespace sluice::gui {

class BackgroundTask;

// Saved connection profiles grouped by engine. Loading reads the profile store
// on a worker thread; the model is filled when the result arrives.
class ConnectionTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name;
        engine::Dialect dialect = engine::Dialect::SQLite;
        QString url; // without password, for display
        bool savePassword = false;
    };

    enum Role { ProfileNameRole = Qt::UserRole + 1, UrlRole, SavePasswordRole };

    explicit ConnectionTreeModel(QObject *parent = nullptr);

    // Starts loading the profiles in the background; loadFinished() reports the end.
    void reload();
    void setEntries(const QList<Entry> &entries);
    [[nodiscard]] int profileCount() const { return m_profileCount; }
    // The index of the profile with this name, or an invalid index.
    [[nodiscard]] QModelIndex indexOfProfile(const QString &name) const;
    // The entry shown at index, or nullopt for a group row or an invalid index.
    [[nodiscard]] std::optional<Entry> entryAt(const QModelIndex &index) const;
    [[nodiscard]] std::optional<Entry> entry(const QString &name) const;

Q_SIGNALS:
    void loadFinished(bool ok, const QString &message);

private:
    QStandardItem *groupItem(engine::Dialect dialect);

    int m_profileCount = 0;
    BackgroundTask *m_loader = nullptr; // drops results of superseded reloads
};

} // namespace sluice::gui
