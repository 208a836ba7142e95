#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace sluice::gui {

// SQL syntax highlighting for every dialect Sluice speaks: keywords, strings,
// comments, numbers and quoted identifiers ("x" and `x`). Block comments,
// strings, quoted identifiers and $$ bodies may span lines; the block state
// carries them over.
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Keyword, String, Comment, Number, QuotedIdentifier };

    explicit SqlHighlighter(QTextDocument *document);

    [[nodiscard]] QTextCharFormat format(Token token) const;
    // True for a word in the dialect-neutral keyword set (any case).
    [[nodiscard]] static bool isKeyword(QStringView word);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = 0, InComment, InString, InQuoted, InBacktick, InDollar };

    // Scans from `from` inside a multi-line construct; returns where it ends (or -1).
    static qsizetype closing(const QString &text, qsizetype from, State state);
    qsizetype scanWord(const QString &text, qsizetype start);
    qsizetype scanNumber(const QString &text, qsizetype start);

    QTextCharFormat m_formats[5];
};

} // namespace sluice::gui
