#pragma once

#include "engine/params/jobspec.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sluice::gui {

// The expression editor of one INCLUDE/EXCLUDE rule: parameter, object type,
// operator and values, turned into object_type[:name_clause] with the engine's
// NameClause parser, so what the form accepts is what a parfile accepts.
class FilterRuleForm : public QWidget
{
    Q_OBJECT

public:
    enum Operator { AllObjects, Equal, NotEqual, Like, NotLike, In, NotIn };

    explicit FilterRuleForm(QWidget *parent = nullptr);

    void setTypeNames(const QStringList &names);
    void setRule(bool exclude, const engine::ObjectFilter &rule);
    // The rule as typed, or nullopt with *error (an empty value, a bad clause).
    [[nodiscard]] std::optional<engine::ObjectFilter> rule(QString *error) const;
    [[nodiscard]] bool isExclude() const;
    void setMatchesText(const QString &text, bool isError);
    void setUpdateEnabled(bool enabled);

    // The clause text for an operator and comma-separated values: IN ('A','B').
    // A value in double quotes ("Emp") stays exact.
    [[nodiscard]] static QString clauseText(Operator op, const QString &values);

Q_SIGNALS:
    void ruleEdited();
    void addRequested();
    void updateRequested();

private:
    QComboBox *m_action;
    QComboBox *m_type;
    QComboBox *m_operator;
    QLineEdit *m_values;
    QPushButton *m_add;
    QPushButton *m_update;
    QLabel *m_matches;
};

} // namespace sluice::gui
