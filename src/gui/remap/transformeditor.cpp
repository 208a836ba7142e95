#include "gui/remap/transformeditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

namespace sluice::gui {

namespace {

constexpr const char *kNames[] = {"SEGMENT_ATTRIBUTES", "STORAGE", "DISABLE_ARCHIVE_LOGGING"};

} // namespace

QString TransformEditor::explanation(const QString &name)
{
    if (name == u"SEGMENT_ATTRIBUTES")
        return tr("N drops tablespaces and storage parameters from the tables created, so "
                  "they go to the target's defaults.");
    if (name == u"STORAGE")
        return tr("N drops storage parameters (PostgreSQL fillfactor and similar) but "
                  "keeps tablespaces.");
    if (name == u"DISABLE_ARCHIVE_LOGGING")
        return tr("Y asks for less logging while loading; these engines have no per-table "
                  "switch for it, so it only appears in the log.");
    return {};
}

TransformEditor::TransformEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    int row = 0;
    for (const char *name : kNames) {
        const QString text = QLatin1String(name);
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("transform_") + text);
        combo->addItems({tr("default (Y)"), QStringLiteral("Y"), QStringLiteral("N")});
        if (text == u"DISABLE_ARCHIVE_LOGGING")
            combo->setItemText(0, tr("default (N)"));
        auto *label = new QLabel(text + u':', this);
        label->setBuddy(combo);
        auto *help = new QLabel(explanation(text), this);
        help->setWordWrap(true);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(help, row, 2);
        m_combos << combo;
        connect(combo, &QComboBox::currentIndexChanged, this, &TransformEditor::changed);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
}

void TransformEditor::setTransforms(const QList<engine::TransformSpec> &transforms)
{
    m_scoped.clear();
    for (QComboBox *combo : std::as_const(m_combos))
        combo->setCurrentIndex(0);
    for (const engine::TransformSpec &spec : transforms) {
        int index = -1;
        for (int i = 0; i < m_combos.size(); ++i) {
            if (spec.name == QLatin1String(kNames[i]))
                index = i;
        }
        if (index < 0 || !spec.objectType.isEmpty()) {
            m_scoped << spec;
            continue;
        }
        m_combos.at(index)->setCurrentIndex(spec.value == u"Y" ? 1 : 2);
    }
}

QList<engine::TransformSpec> TransformEditor::transforms() const
{
    QList<engine::TransformSpec> result;
    for (int i = 0; i < m_combos.size(); ++i) {
        const int choice = m_combos.at(i)->currentIndex();
        if (choice > 0)
            result << engine::TransformSpec{QLatin1String(kNames[i]),
                                            choice == 1 ? QStringLiteral("Y") : QStringLiteral("N"),
                                            {}};
    }
    return result + m_scoped;
}

} // namespace sluice::gui
