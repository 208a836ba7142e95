#include "gui/sqlviewer/linenumbergutter.h"

#include "gui/sqlviewer/codeview.h"

namespace sluice::gui {

LineNumberGutter::LineNumberGutter(CodeView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("lineNumberGutter"));
}

QSize LineNumberGutter::sizeHint() const
{
    return {m_view->gutterWidth(), 0};
}

void LineNumberGutter::paintEvent(QPaintEvent *event)
{
    m_view->paintGutter(event);
}

} // namespace sluice::gui
