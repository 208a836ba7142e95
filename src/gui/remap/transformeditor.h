#pragma once

#include "engine/params/jobspec.h"

#include <QWidget>

class QComboBox;

namespace sluice::gui {

// The TRANSFORM options Sluice applies, each with a short explanation of what it
// does on these engines: "default", Y or N per transform.
class TransformEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TransformEditor(QWidget *parent = nullptr);

    void setTransforms(const QList<engine::TransformSpec> &transforms);
    [[nodiscard]] QList<engine::TransformSpec> transforms() const;
    // The plain-language explanation of a transform (SEGMENT_ATTRIBUTES, ...).
    [[nodiscard]] static QString explanation(const QString &name);

Q_SIGNALS:
    void changed();

private:
    QList<QComboBox *> m_combos; // in kNames order
    // Transforms limited to an object type: kept as they were (no editor row).
    QList<engine::TransformSpec> m_scoped;
};

} // namespace sluice::gui
