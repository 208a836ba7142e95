#include "gui/jobs/joblogview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace sluice::gui {

namespace {

// Long jobs write many lines; the view keeps the newest (the log file has them all).
constexpr int kMaxBlocks = 20000;

} // namespace

JobLogView::JobLogView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(kMaxBlocks);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

bool JobLogView::isFollowing() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 1;
}

void JobLogView::appendLines(const QList<engine::JobLogLine> &lines)
{
    if (lines.isEmpty())
        return;
    const bool follow = isFollowing();
    const int scrolledTo = verticalScrollBar()->value();
    QTextCharFormat normal;
    QTextCharFormat warning;
    warning.setForeground(QColor(0x9a, 0x60, 0x00));
    warning.setFontWeight(QFont::Bold);
    QTextCharFormat error;
    error.setForeground(QColor(0xc0, 0x10, 0x10));
    error.setFontWeight(QFont::Bold);

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::End);
    for (const engine::JobLogLine &line : lines) {
        const QTextCharFormat *format = &normal;
        if (line.severity == engine::JobLogLine::Severity::Warning) {
            format = &warning;
            ++m_warnings;
        } else if (line.severity == engine::JobLogLine::Severity::Error) {
            format = &error;
            ++m_errors;
        }
        if (!document()->isEmpty())
            cursor.insertBlock();
        cursor.insertText(line.text, *format);
    }
    cursor.endEditBlock();
    if (follow)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    else
        verticalScrollBar()->setValue(scrolledTo);
}

} // namespace sluice::gui
