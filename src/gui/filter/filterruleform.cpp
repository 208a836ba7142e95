#include "gui/filter/filterruleform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sluice::gui {

namespace {

static_assert(int(engine::NameClause::Operator::Equal) + 1 == FilterRuleForm::Equal &&
                  int(engine::NameClause::Operator::NotIn) + 1 == FilterRuleForm::NotIn,
              "the operator combo follows NameClause::Operator");

QString literal(QString value)
{
    value = value.trimmed();
    return u'\'' + value.replace(u'\'', QLatin1String("''")) + u'\'';
}

} // namespace

FilterRuleForm::FilterRuleForm(QWidget *parent)
    : QWidget(parent)
    , m_action(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_values(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Rule"), this))
    , m_update(new QPushButton(tr("&Update Rule"), this))
    , m_matches(new QLabel(this))
{
    m_action->setObjectName(QStringLiteral("ruleActionCombo"));
    m_action->addItem(tr("EXCLUDE – leave out"), QStringLiteral("EXCLUDE"));
    m_action->addItem(tr("INCLUDE – only these"), QStringLiteral("INCLUDE"));
    m_type->setObjectName(QStringLiteral("ruleTypeCombo"));
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_operator->setObjectName(QStringLiteral("ruleOperatorCombo"));
    m_operator->addItems({tr("all objects of the type"), QStringLiteral("="), QStringLiteral("!="),
                          QStringLiteral("LIKE"), QStringLiteral("NOT LIKE"), QStringLiteral("IN"),
                          QStringLiteral("NOT IN")});
    m_values->setObjectName(QStringLiteral("ruleValuesEdit"));
    m_values->setPlaceholderText(tr("EMPLOYEES, JOB%"));
    m_values->setToolTip(tr("Names separated by commas; LIKE takes % and _. Plain names match "
                            "in any case, a name in double quotes (\"Emp\") matches exactly."));
    m_add->setObjectName(QStringLiteral("addRuleButton"));
    m_update->setObjectName(QStringLiteral("updateRuleButton"));
    m_update->setEnabled(false);
    m_matches->setObjectName(QStringLiteral("ruleMatchesLabel"));
    m_matches->setWordWrap(true);
    m_matches->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Parameter:"), m_action);
    form->addRow(tr("Object t&ype:"), m_type);
    auto *condition = new QHBoxLayout;
    condition->addWidget(m_operator);
    condition->addWidget(m_values, 1);
    auto *operatorLabel = new QLabel(tr("Na&mes:"), this);
    operatorLabel->setBuddy(m_operator);
    form->addRow(operatorLabel, condition);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_update);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(tr("Matches:"), m_matches);

    const auto edited = [this] {
        m_values->setEnabled(m_operator->currentIndex() != AllObjects);
        Q_EMIT ruleEdited();
    };
    connect(m_action, &QComboBox::currentIndexChanged, this, edited);
    connect(m_type, &QComboBox::currentTextChanged, this, edited);
    connect(m_operator, &QComboBox::currentIndexChanged, this, edited);
    connect(m_values, &QLineEdit::textChanged, this, edited);
    connect(m_add, &QPushButton::clicked, this, &FilterRuleForm::addRequested);
    connect(m_update, &QPushButton::clicked, this, &FilterRuleForm::updateRequested);
    m_values->setEnabled(false);
}

void FilterRuleForm::setTypeNames(const QStringList &names)
{
    const QString current = m_type->currentText();
    const QSignalBlocker block(m_type);
    m_type->clear();
    m_type->addItems(names);
    m_type->setCurrentText(current.isEmpty() ? QStringLiteral("TABLE") : current);
}

QString FilterRuleForm::clauseText(Operator op, const QString &values)
{
    static const char *const kOps[] = {"", "=", "!=", "LIKE", "NOT LIKE", "IN", "NOT IN"};
    const QString name = QLatin1String(kOps[op]);
    if (op == In || op == NotIn) {
        QStringList literals;
        for (const QString &value : values.split(u',', Qt::SkipEmptyParts)) {
            if (!value.trimmed().isEmpty())
                literals.append(literal(value));
        }
        return name + QStringLiteral(" (") + literals.join(u',') + u')';
    }
    return name + u' ' + literal(values);
}

std::optional<engine::ObjectFilter> FilterRuleForm::rule(QString *error) const
{
    engine::ObjectFilter filter;
    filter.objectType = m_type->currentText().trimmed().toUpper();
    if (filter.objectType.isEmpty()) {
        *error = tr("Choose an object type.");
        return std::nullopt;
    }
    const auto op = Operator(m_operator->currentIndex());
    if (op == AllObjects)
        return filter;
    if (m_values->text().trimmed().isEmpty()) {
        *error = tr("Type the names to match.");
        return std::nullopt;
    }
    auto clause = engine::NameClause::parse(clauseText(op, m_values->text()), error);
    if (!clause)
        return std::nullopt;
    filter.nameClause = *clause;
    return filter;
}

bool FilterRuleForm::isExclude() const
{
    return m_action->currentIndex() == 0;
}

void FilterRuleForm::setRule(bool exclude, const engine::ObjectFilter &rule)
{
    const QSignalBlocker blockAction(m_action);
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockOperator(m_operator);
    const QSignalBlocker blockValues(m_values);
    m_action->setCurrentIndex(exclude ? 0 : 1);
    m_type->setCurrentText(rule.objectType);
    if (!rule.nameClause) {
        m_operator->setCurrentIndex(AllObjects);
        m_values->clear();
    } else {
        m_operator->setCurrentIndex(int(rule.nameClause->op()) + 1); // same order as Operator
        QStringList values;
        for (const auto &value : rule.nameClause->literals())
            values.append(value.exact ? u'"' + value.text + u'"' : value.text);
        m_values->setText(values.join(QLatin1String(", ")));
    }
    m_values->setEnabled(m_operator->currentIndex() != AllObjects);
    Q_EMIT ruleEdited();
}

void FilterRuleForm::setMatchesText(const QString &text, bool isError)
{
    m_matches->setText(text);
    m_matches->setStyleSheet(isError ? QStringLiteral("color: #c01010;") : QString());
}

void FilterRuleForm::setUpdateEnabled(bool enabled)
{
    m_update->setEnabled(enabled);
}

} // namespace sluice::gui
