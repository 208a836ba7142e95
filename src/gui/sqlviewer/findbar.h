#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace sluice::gui {

class CodeView;

// The Ctrl+F bar under a CodeView: find next / previous, match case, highlight all.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(CodeView *view, QWidget *parent = nullptr);

    // Most matches "highlight all" marks: beyond it a 100 MB file would stall the GUI.
    static constexpr int kMaxHighlights = 2000;

    [[nodiscard]] QString text() const;
    [[nodiscard]] int highlightCount() const { return m_highlightCount; }

public Q_SLOTS:
    void activate();
    bool findNext();
    bool findPrevious();
    void setMatchCase(bool on);
    void setHighlightAll(bool on);
    void updateHighlights();

Q_SIGNALS:
    void matchFound(bool found);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backwards);
    [[nodiscard]] QTextDocument::FindFlags flags() const;

    CodeView *m_view;
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_matchCase;
    QCheckBox *m_highlightAll;
    QLabel *m_status;
    int m_highlightCount = 0;
};

} // namespace sluice::gui
