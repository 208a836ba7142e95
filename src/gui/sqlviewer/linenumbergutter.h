#pragma once

#include <QWidget>

namespace sluice::gui {

class CodeView;

// The strip left of a CodeView that shows line numbers; the view paints it.
class LineNumberGutter : public QWidget
{
    Q_OBJECT

public:
    explicit LineNumberGutter(CodeView *view);

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CodeView *m_view;
};

} // namespace sluice::gui
