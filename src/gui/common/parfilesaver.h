#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace sluice::gui {

class BackgroundTask;

// "Save as Parfile" of the export and import summary pages: a file dialog, then the
// text written on a worker (QSaveFile, so a failed write leaves no half file);
// saved(ok, message) reports in words the page shows.
class ParfileSaver : public QObject
{
    Q_OBJECT

public:
    explicit ParfileSaver(QWidget *parent);

    // Opens the file dialog (object name "saveParfileDialog"); a chosen path goes to
    // onChosen, which saves with the page's current text.
    void chooseFile(std::function<void(const QString &path)> onChosen);
    void save(const QString &path, const QString &text);

Q_SIGNALS:
    void saved(bool ok, const QString &message);

private:
    QWidget *m_parent;
    BackgroundTask *m_task;
};

} // namespace sluice::gui
