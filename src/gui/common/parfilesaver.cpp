#include "gui/common/parfilesaver.h"

#include "gui/common/backgroundtask.h"

#include <QFileDialog>
#include <QSaveFile>

namespace sluice::gui {

ParfileSaver::ParfileSaver(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_task(new BackgroundTask(this, BackgroundTask::Policy::Every))
{}

void ParfileSaver::chooseFile(std::function<void(const QString &path)> onChosen)
{
    auto *dialog = new QFileDialog(m_parent, tr("Save as Parfile"), QString(),
                                   tr("Parameter files (*.par);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveParfileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("par"));
    connect(dialog, &QFileDialog::fileSelected, this, std::move(onChosen));
    dialog->open();
}

void ParfileSaver::save(const QString &path, const QString &text)
{
    m_task->start(
        [path, text] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Text) ||
                file.write(text.toUtf8()) < 0 || !file.commit())
                return file.errorString();
            return QString();
        },
        [this, path](const QString &error) {
            Q_EMIT saved(error.isEmpty(), error.isEmpty()
                                              ? tr("Saved as %1.").arg(path)
                                              : tr("Could not save %1: %2").arg(path, error));
        });
}

} // namespace sluice::gui
