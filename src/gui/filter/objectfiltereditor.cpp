#include "gui/filter/objectfiltereditor.h"

#include "gui/filter/filterruleform.h"

#include "engine/params/jobspecparser.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sluice::gui {

using engine::ObjectFilter;
using engine::ObjectKind;

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int ObjectRole = Qt::UserRole + 2; // index into m_objects; -1 for a type
constexpr int ExcludeRole = Qt::UserRole + 3;
constexpr int RuleRole = Qt::UserRole + 4;

bool isInRule(const ObjectFilter &rule, const QString &typeName)
{
    return rule.objectType == typeName && rule.nameClause &&
           rule.nameClause->op() == engine::NameClause::Operator::In;
}

// The rule's IN list with one name added or removed; false when it became empty.
bool editInList(ObjectFilter &rule, const QString &name, bool add)
{
    QStringList values;
    bool present = false;
    for (const auto &value : rule.nameClause->literals()) {
        const bool same =
            value.exact ? value.text == name : value.text.compare(name, Qt::CaseInsensitive) == 0;
        present = present || same;
        if (!same || add)
            values.append(value.exact ? u'"' + value.text + u'"' : value.text);
    }
    if (add && !present)
        values.append(name);
    if (values.isEmpty())
        return false;
    QString error;
    rule.nameClause = engine::NameClause::parse(
        FilterRuleForm::clauseText(FilterRuleForm::In, values.join(u',')), &error);
    return rule.nameClause.has_value();
}

} // namespace

ObjectFilterEditor::ObjectFilterEditor(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_rules(new QTreeWidget(this))
    , m_form(new FilterRuleForm(this))
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("objectFilterEditor"));
    m_tree->setObjectName(QStringLiteral("objectTree"));
    m_tree->setHeaderLabels({tr("Objects to export")});
    m_tree->setUniformRowHeights(true);
    m_rules->setObjectName(QStringLiteral("ruleList"));
    m_rules->setHeaderLabels({tr("Parameter"), tr("Rule")});
    m_rules->setRootIsDecorated(false);
    m_rules->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(QStringLiteral("EXCLUDE=TABLE:\"IN ('JOB_HISTORY')\""));
    m_text->setTabChangesFocus(true);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->setWordWrap(true);
    m_form->setTypeNames(engine::ObjectTypes::shortNames());

    setUpLayout();
    connect(m_tree, &QTreeWidget::itemChanged, this, &ObjectFilterEditor::onItemChanged);
    connect(m_form, &FilterRuleForm::ruleEdited, this, &ObjectFilterEditor::updateMatches);
    connect(m_form, &FilterRuleForm::addRequested, this, &ObjectFilterEditor::addRule);
    connect(m_form, &FilterRuleForm::updateRequested, this, &ObjectFilterEditor::updateRule);
    connect(m_rules, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_form->setUpdateEnabled(item != nullptr);
        if (!item)
            return;
        const bool exclude = item->data(0, ExcludeRole).toBool();
        const int index = item->data(0, RuleRole).toInt();
        const auto &list = exclude ? m_excludes : m_includes;
        if (index >= 0 && index < list.size())
            m_form->setRule(exclude, list.at(index));
    });
    refresh();
}

ObjectFilterEditor::~ObjectFilterEditor() = default;

void ObjectFilterEditor::setUse(Use use)
{
    m_use = use;
    switch (use) {
    case Use::Export:
        m_tree->setHeaderLabels({tr("Objects to export")});
        break;
    case Use::Import:
        m_tree->setHeaderLabels({tr("Objects to import")});
        break;
    case Use::Copy:
        m_tree->setHeaderLabels({tr("Objects to copy")});
        break;
    }
    refresh();
}

QString ObjectFilterEditor::keptText(int kept, int total) const
{
    switch (m_use) {
    case Use::Import:
        return tr("%1 of %2 objects are imported.").arg(kept).arg(total);
    case Use::Copy:
        return tr("%1 of %2 objects are copied.").arg(kept).arg(total);
    case Use::Export:
        break;
    }
    return tr("%1 of %2 objects are exported.").arg(kept).arg(total);
}

void ObjectFilterEditor::setUpLayout()
{
    auto *removeButton = new QPushButton(tr("&Remove Rule"), this);
    removeButton->setObjectName(QStringLiteral("removeRuleButton"));
    auto *applyText = new QPushButton(tr("Apply Te&xt"), this);
    applyText->setObjectName(QStringLiteral("applyFilterTextButton"));

    auto *rulesBox = new QGroupBox(tr("INCLUDE / EXCLUDE rules"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_rules, 1);
    rulesLayout->addWidget(removeButton, 0, Qt::AlignLeft);
    rulesLayout->addWidget(m_form);
    auto *textBox = new QGroupBox(tr("As parameters"), this);
    auto *textLayout = new QVBoxLayout(textBox);
    textLayout->addWidget(m_text);
    textLayout->addWidget(applyText, 0, Qt::AlignLeft);
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 5);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(rulesBox, 1);
    rightLayout->addWidget(textBox);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(removeButton, &QPushButton::clicked, this, &ObjectFilterEditor::removeRule);
    connect(applyText, &QPushButton::clicked, this, &ObjectFilterEditor::applyParameterText);
}

engine::Dialect ObjectFilterEditor::dialect() const
{
    return m_catalog ? m_catalog->dialect : engine::Dialect::SQLite;
}

void ObjectFilterEditor::setCatalog(const engine::Catalog &catalog, engine::ObjectPathRoot root)
{
    m_catalog = catalog;
    m_root = root;
    m_objects = FilterPreview::objects(catalog);
    buildTree();
    refresh();
}

void ObjectFilterEditor::setRoot(engine::ObjectPathRoot root)
{
    if (root == m_root)
        return;
    m_root = root;
    buildTree();
    refresh();
}

void ObjectFilterEditor::setFilters(const QList<ObjectFilter> &includes,
                                    const QList<ObjectFilter> &excludes)
{
    m_includes = includes;
    m_excludes = excludes;
    refresh();
}

void ObjectFilterEditor::buildTree()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    if (!m_catalog)
        return;
    const bool oneSchema = m_catalog->schemas.size() == 1;
    QStringList typeNames;
    for (ObjectKind kind : FilterPreview::kinds(dialect(), m_root)) {
        if (engine::ObjectTypes::isIgnored(kind))
            continue;
        typeNames.append(engine::objectKindName(kind));
        auto *type = new QTreeWidgetItem(m_tree, {engine::objectKindName(kind)});
        type->setData(0, KindRole, int(kind));
        type->setData(0, ObjectRole, -1);
        type->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        type->setCheckState(0, Qt::Checked);
        for (int i = 0; i < m_objects.size(); ++i) {
            const FilterObject &object = m_objects.at(i);
            if (object.kind != kind)
                continue;
            QString text =
                oneSchema || kind == ObjectKind::Schema ? object.name : object.qualifiedName();
            if (!object.parent.isEmpty())
                text = tr("%1 (on %2)").arg(text, object.parent);
            auto *item = new QTreeWidgetItem(type, {text});
            item->setData(0, KindRole, int(kind));
            item->setData(0, ObjectRole, i);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
        }
    }
    m_form->setTypeNames(typeNames);
}

QTreeWidgetItem *ObjectFilterEditor::typeItem(ObjectKind kind) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, KindRole).toInt() == int(kind))
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *ObjectFilterEditor::objectItem(ObjectKind kind, const QString &qualifiedName) const
{
    QTreeWidgetItem *type = typeItem(kind);
    for (int i = 0; type && i < type->childCount(); ++i) {
        const int index = type->child(i)->data(0, ObjectRole).toInt();
        if (m_objects.at(index).qualifiedName().compare(qualifiedName, Qt::CaseInsensitive) == 0)
            return type->child(i);
    }
    return nullptr;
}

void ObjectFilterEditor::refresh()
{
    m_preview = {};
    m_previewError.clear();
    if (m_catalog) {
        m_preview = FilterPreview::evaluate(*m_catalog, m_root, m_objects, m_includes, m_excludes);
        m_previewError = m_preview.error;
    }
    if (!m_previewError.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #c01010;"));
        m_status->setText(m_previewError);
    } else {
        m_status->setStyleSheet(QString());
        QString text = m_catalog ? keptText(m_preview.keptCount, int(m_objects.size()))
                                 : tr("No catalog loaded: the rules are not previewed.");
        for (const QString &message : std::as_const(m_preview.messages))
            text += u'\n' + message;
        m_status->setText(text);
    }
    refreshRuleList();
    updateTreeChecks();
    if (!m_text->hasFocus())
        m_text->setPlainText(parameterText());
    updateMatches();
    Q_EMIT filtersChanged();
}

void ObjectFilterEditor::refreshRuleList()
{
    const QSignalBlocker block(m_rules);
    m_rules->clear();
    const auto add = [this](const QList<ObjectFilter> &list, bool exclude) {
        for (int i = 0; i < list.size(); ++i) {
            auto *item = new QTreeWidgetItem(
                m_rules, {exclude ? QStringLiteral("EXCLUDE") : QStringLiteral("INCLUDE"),
                          list.at(i).toParameterText()});
            item->setData(0, ExcludeRole, exclude);
            item->setData(0, RuleRole, i);
        }
    };
    add(m_includes, false);
    add(m_excludes, true);
    m_form->setUpdateEnabled(false);
}

void ObjectFilterEditor::updateTreeChecks()
{
    if (!m_preview.ok)
        return;
    const QSignalBlocker block(m_tree);
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *type = m_tree->topLevelItem(t);
        const QString typeName = type->text(0);
        if (type->childCount() == 0) {
            const auto covers = [&typeName](const ObjectFilter &rule) {
                return rule.objectType == typeName;
            };
            const bool excluded =
                std::any_of(m_excludes.cbegin(), m_excludes.cend(), [&](const ObjectFilter &rule) {
                    return covers(rule) && !rule.nameClause;
                });
            const bool included =
                m_includes.isEmpty() || std::any_of(m_includes.cbegin(), m_includes.cend(), covers);
            type->setCheckState(0, !excluded && included ? Qt::Checked : Qt::Unchecked);
            continue;
        }
        int kept = 0;
        for (int i = 0; i < type->childCount(); ++i) {
            const bool keep = m_preview.kept.at(type->child(i)->data(0, ObjectRole).toInt());
            type->child(i)->setCheckState(0, keep ? Qt::Checked : Qt::Unchecked);
            kept += keep ? 1 : 0;
        }
        // Show where the filter bites: a type with objects left out opens.
        if (kept < type->childCount())
            type->setExpanded(true);
        type->setCheckState(0, kept == type->childCount() ? Qt::Checked
                               : kept == 0                ? Qt::Unchecked
                                                          : Qt::PartiallyChecked);
    }
}

void ObjectFilterEditor::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (column != 0 || !item)
        return;
    const auto kind = ObjectKind(item->data(0, KindRole).toInt());
    const int index = item->data(0, ObjectRole).toInt();
    const bool keep = item->checkState(0) != Qt::Unchecked;
    if (index < 0)
        toggleType(kind, keep);
    else
        toggleObject(kind, m_objects.at(index), keep);
    refresh();
}

void ObjectFilterEditor::toggleType(ObjectKind kind, bool keep)
{
    const QString name = engine::objectKindName(kind);
    const auto sameType = [&name](const ObjectFilter &rule) {
        return rule.objectType == name;
    };
    m_excludes.removeIf(sameType);
    if (!keep) {
        m_includes.removeIf(sameType);
        m_excludes.append(ObjectFilter{name, std::nullopt});
    } else if (!m_includes.isEmpty()) {
        m_includes.removeIf(sameType);
        m_includes.append(ObjectFilter{name, std::nullopt});
    }
}

void ObjectFilterEditor::toggleObject(ObjectKind kind, const FilterObject &object, bool keep)
{
    const QString typeName = engine::objectKindName(kind);
    if (!keep) {
        for (ObjectFilter &rule : m_excludes) {
            if (isInRule(rule, typeName)) {
                editInList(rule, object.name, true);
                return;
            }
        }
        ObjectFilter rule{typeName, std::nullopt};
        editInList(rule, object.name, true);
        m_excludes.append(rule);
        return;
    }
    for (qsizetype i = m_excludes.size() - 1; i >= 0; --i) {
        if (isInRule(m_excludes[i], typeName) && !editInList(m_excludes[i], object.name, false))
            m_excludes.removeAt(i);
    }
    if (m_includes.isEmpty() || !m_catalog)
        return;
    // Still left out by the INCLUDE list: name the object there too.
    const int index = int(m_objects.indexOf(object));
    const FilterPreviewResult now =
        FilterPreview::evaluate(*m_catalog, m_root, m_objects, m_includes, m_excludes);
    if (!now.ok || index < 0 || now.kept.at(index))
        return;
    for (ObjectFilter &rule : m_includes) {
        if (isInRule(rule, typeName)) {
            editInList(rule, object.name, true);
            return;
        }
    }
    ObjectFilter rule{typeName, std::nullopt};
    editInList(rule, object.name, true);
    m_includes.append(rule);
}

void ObjectFilterEditor::updateMatches()
{
    QString error;
    const auto rule = m_form->rule(&error);
    if (!rule)
        return m_form->setMatchesText(error, true);
    if (!m_catalog)
        return m_form->setMatchesText(tr("(no catalog loaded)"), false);
    const QStringList names = FilterPreview::matches(m_objects, dialect(), m_root, *rule, &error);
    if (!error.isEmpty())
        return m_form->setMatchesText(error, true);
    if (names.isEmpty())
        return m_form->setMatchesText(tr("no object"), false);
    constexpr int kShown = 12;
    QString text = names.mid(0, kShown).join(QLatin1String(", "));
    if (names.size() > kShown)
        text += tr(" and %1 more").arg(names.size() - kShown);
    m_form->setMatchesText(text, false);
}

void ObjectFilterEditor::addRule()
{
    QString error;
    const auto rule = m_form->rule(&error);
    if (!rule)
        return m_form->setMatchesText(error, true);
    (m_form->isExclude() ? m_excludes : m_includes).append(*rule);
    refresh();
}

void ObjectFilterEditor::updateRule()
{
    QTreeWidgetItem *item = m_rules->currentItem();
    QString error;
    const auto rule = m_form->rule(&error);
    if (!item || !rule)
        return m_form->setMatchesText(error, true);
    auto &from = item->data(0, ExcludeRole).toBool() ? m_excludes : m_includes;
    const int index = item->data(0, RuleRole).toInt();
    if (index < 0 || index >= from.size())
        return;
    from.removeAt(index);
    (m_form->isExclude() ? m_excludes : m_includes).append(*rule);
    refresh();
}

void ObjectFilterEditor::removeRule()
{
    QTreeWidgetItem *item = m_rules->currentItem();
    if (!item)
        return;
    auto &list = item->data(0, ExcludeRole).toBool() ? m_excludes : m_includes;
    const int index = item->data(0, RuleRole).toInt();
    if (index >= 0 && index < list.size())
        list.removeAt(index);
    refresh();
}

QString ObjectFilterEditor::parameterText() const
{
    QStringList lines;
    for (const ObjectFilter &rule : m_includes)
        lines.append(QStringLiteral("INCLUDE=") + rule.toParameterText());
    for (const ObjectFilter &rule : m_excludes)
        lines.append(QStringLiteral("EXCLUDE=") + rule.toParameterText());
    return lines.join(u'\n');
}

bool ObjectFilterEditor::setParameterText(const QString &text, QString *error)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString keyword = line.section(u'=', 0, 0).trimmed().toUpper();
        if (keyword != QLatin1String("INCLUDE") && keyword != QLatin1String("EXCLUDE")) {
            *error = tr("Only INCLUDE and EXCLUDE belong here, not %1.").arg(keyword);
            return false;
        }
    }
    engine::JobSpecParser parser(engine::JobOperation::Export);
    // The parser wants a whole job: a stand-in connection after the user's lines
    // keeps their line numbers in its messages.
    const std::optional<engine::JobSpec> spec =
        parser.parseParfileText(text + QStringLiteral("\nUSERID=filter_editor\n"));
    if (!spec) {
        *error = parser.errorString();
        return false;
    }
    setFilters(spec->includes, spec->excludes);
    return true;
}

void ObjectFilterEditor::applyParameterText()
{
    QString error;
    if (!setParameterText(m_text->toPlainText(), &error)) {
        m_status->setStyleSheet(QStringLiteral("color: #c01010;"));
        m_status->setText(error);
        return;
    }
    m_text->setPlainText(parameterText());
}

} // namespace sluice::gui
