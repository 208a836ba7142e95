#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace sluice::gui {

// Edits a table cell with a line edit that completes from a list of names (the
// schemas, tables or tablespaces of the loaded catalogs), per column.
class CompletingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CompletingDelegate(QObject *parent = nullptr);

    void setCompletions(int column, const QStringList &names);
    [[nodiscard]] QStringList completions(int column) const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    QList<QStringList> m_completions; // by column
};

} // namespace sluice::gui
