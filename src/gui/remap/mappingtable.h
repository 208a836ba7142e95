#pragma once

#include <QPair>
#include <QStringList>
#include <QWidget>

class QTableWidget;

namespace sluice::gui {

class CompletingDelegate;

// A two-column "from → to" table (schemas, tables or tablespaces) with Add and
// Remove; both columns complete from the names of the loaded catalogs.
class MappingTable : public QWidget
{
    Q_OBJECT

public:
    MappingTable(const QString &fromHeader, const QString &toHeader, QWidget *parent = nullptr);

    void setCompletions(const QStringList &from, const QStringList &to);
    [[nodiscard]] QStringList fromCompletions() const;
    void setPairs(const QList<QPair<QString, QString>> &pairs);
    // Rows with both cells filled, trimmed.
    [[nodiscard]] QList<QPair<QString, QString>> pairs() const;
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    // Adds a row (and starts editing its first cell when edit is true).
    void addRow(const QString &from = {}, const QString &to = {}, bool edit = false);

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table;
    CompletingDelegate *m_delegate;
    bool m_filling = false;
};

} // namespace sluice::gui
