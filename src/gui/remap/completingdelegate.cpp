#include "gui/remap/completingdelegate.h"

#include <QCompleter>
#include <QLineEdit>

namespace sluice::gui {

CompletingDelegate::CompletingDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void CompletingDelegate::setCompletions(int column, const QStringList &names)
{
    while (m_completions.size() <= column)
        m_completions.append(QStringList());
    m_completions[column] = names;
}

QStringList CompletingDelegate::completions(int column) const
{
    return m_completions.value(column);
}

QWidget *CompletingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *edit = qobject_cast<QLineEdit *>(editor);
    const QStringList names = completions(index.column());
    if (edit && !names.isEmpty()) {
        auto *completer = new QCompleter(names, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    return editor;
}

} // namespace sluice::gui
