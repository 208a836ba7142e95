#include "gui/remap/mappingtable.h"

#include "gui/remap/completingdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sluice::gui {

MappingTable::MappingTable(const QString &fromHeader, const QString &toHeader, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_delegate(new CompletingDelegate(this))
{
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels({fromHeader, toHeader});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(m_delegate);
    m_table->setTabKeyNavigation(false);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add"), this);
    auto *remove =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), this);
    add->setObjectName(QStringLiteral("addMappingButton"));
    remove->setObjectName(QStringLiteral("removeMappingButton"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addRow({}, {}, true); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
}

void MappingTable::setCompletions(const QStringList &from, const QStringList &to)
{
    m_delegate->setCompletions(0, from);
    m_delegate->setCompletions(1, to);
}

QStringList MappingTable::fromCompletions() const
{
    return m_delegate->completions(0);
}

void MappingTable::addRow(const QString &from, const QString &to, bool edit)
{
    const int row = m_table->rowCount();
    m_filling = true;
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(from));
    m_table->setItem(row, 1, new QTableWidgetItem(to));
    m_filling = false;
    if (edit) {
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    }
}

void MappingTable::setPairs(const QList<QPair<QString, QString>> &pairs)
{
    m_filling = true;
    m_table->setRowCount(0);
    m_filling = false;
    for (const auto &[from, to] : pairs)
        addRow(from, to);
    Q_EMIT changed();
}

QList<QPair<QString, QString>> MappingTable::pairs() const
{
    QList<QPair<QString, QString>> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString from =
            m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString to =
            m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (!from.isEmpty() && !to.isEmpty())
            result.append({from, to});
    }
    return result;
}

} // namespace sluice::gui
