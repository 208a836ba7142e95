#include "gui/sqlviewer/findbar.h"

#include "gui/sqlviewer/codeview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QToolButton>

namespace sluice::gui {

FindBar::FindBar(CodeView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matchCase(new QCheckBox(tr("Match ca&se"), this))
    , m_highlightAll(new QCheckBox(tr("Highlight a&ll"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find"));
    m_edit->setClearButtonEnabled(true);
    m_previous->setObjectName(QStringLiteral("findPreviousButton"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Find previous (Shift+F3)"));
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setObjectName(QStringLiteral("findNextButton"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Find next (F3)"));
    m_next->setArrowType(Qt::DownArrow);
    m_matchCase->setObjectName(QStringLiteral("matchCaseCheck"));
    m_highlightAll->setObjectName(QStringLiteral("highlightAllCheck"));
    m_status->setObjectName(QStringLiteral("findStatusLabel"));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAutoRaise(true);

    auto *label = new QLabel(tr("F&ind:"), this);
    label->setBuddy(m_edit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_highlightAll);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::updateHighlights);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindBar::updateHighlights);
    connect(m_highlightAll, &QCheckBox::toggled, this, &FindBar::updateHighlights);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::activate()
{
    show();
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_edit->setText(selected);
    m_edit->setFocus();
    m_edit->selectAll();
}

QTextDocument::FindFlags FindBar::flags() const
{
    return m_matchCase->isChecked() ? QTextDocument::FindCaseSensitively
                                    : QTextDocument::FindFlags();
}

bool FindBar::find(bool backwards)
{
    const QString needle = m_edit->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags findFlags = flags();
    if (backwards)
        findFlags |= QTextDocument::FindBackward;
    QTextCursor found = m_view->document()->find(needle, m_view->textCursor(), findFlags);
    if (found.isNull()) {
        // Wrap around once, as editors do.
        QTextCursor start(m_view->document());
        if (backwards)
            start.movePosition(QTextCursor::End);
        found = m_view->document()->find(needle, start, findFlags);
    }
    const bool ok = !found.isNull();
    if (ok) {
        m_view->setTextCursor(found);
        m_view->centerCursor();
    }
    m_status->setText(ok ? QString() : tr("Not found"));
    Q_EMIT matchFound(ok);
    return ok;
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

void FindBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

void FindBar::setHighlightAll(bool on)
{
    m_highlightAll->setChecked(on);
}

void FindBar::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections = m_view->extraSelections();
    // The first selection is the view's current-line highlight; keep it.
    if (selections.size() > 1)
        selections.erase(selections.begin() + 1, selections.end());
    m_highlightCount = 0;
    const QString needle = m_edit->text();
    if (m_highlightAll->isChecked() && !needle.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xeb, 0x3b));
        QTextCursor cursor(m_view->document());
        while (m_highlightCount < kMaxHighlights) {
            cursor = m_view->document()->find(needle, cursor, flags());
            if (cursor.isNull())
                break;
            selections.append({cursor, format});
            ++m_highlightCount;
        }
        m_status->setText(m_highlightCount >= kMaxHighlights
                              ? tr("%1+ matches").arg(kMaxHighlights)
                              : tr("matches: %1").arg(m_highlightCount));
    } else {
        m_status->clear();
    }
    m_view->setExtraSelections(selections);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace sluice::gui
