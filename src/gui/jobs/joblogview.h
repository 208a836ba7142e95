#pragma once

#include "engine/log/joblogline.h"

#include <QList>
#include <QPlainTextEdit>

namespace sluice::gui {

// A job's live log: read-only, errors and warnings coloured, following new lines
// unless the user scrolled up to read something (then it stays where it is).
class JobLogView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JobLogView(QWidget *parent = nullptr);

    void appendLines(const QList<engine::JobLogLine> &lines);
    [[nodiscard]] int warningCount() const { return m_warnings; }
    [[nodiscard]] int errorCount() const { return m_errors; }
    // Whether new lines scroll the view (the user has not scrolled up).
    [[nodiscard]] bool isFollowing() const;

private:
    int m_warnings = 0;
    int m_errors = 0;
};

} // namespace sluice::gui
