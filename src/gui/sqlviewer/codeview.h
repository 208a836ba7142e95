#pragma once

#include <QPlainTextEdit>

namespace sluice::gui {

// A read-only plain-text view with a line-number gutter (after Qt's code editor
// example). Wrapping is off and undo is disabled, so large files stay cheap.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);

    [[nodiscard]] int gutterWidth() const;
    // Paints the gutter; called by the gutter widget.
    void paintGutter(QPaintEvent *event);
    // Moves the cursor to the start of a line (1-based) and centres it. False when out of range.
    bool goToLine(int line);
    [[nodiscard]] int currentLine() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void highlightCurrentLine();

    QWidget *m_gutter;
    int m_gutterWidth = 0;
};

} // namespace sluice::gui
