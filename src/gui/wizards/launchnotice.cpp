#include "gui/wizards/launchnotice.h"

#include "gui/jobs/launchticket.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

namespace sluice::gui {

bool LaunchNotice::withdraw(const LaunchTicket &ticket, QWidget *wizard)
{
    if (ticket.cancel() != LaunchTicket::State::Abandoned)
        return false;
    // The wizard closes (and may be deleted) right after this: the box belongs to
    // its parent window so that it stays.
    QWidget *parent = wizard ? wizard->parentWidget() : nullptr;
    auto *box = new QMessageBox(
        QMessageBox::Information,
        QCoreApplication::translate("sluice::gui::LaunchNotice", "Job Runs in the Background"),
        QCoreApplication::translate(
            "sluice::gui::LaunchNotice",
            "The job had already been created when the wizard was closed, so it was not "
            "cancelled. It goes on running in the background: find it in the Jobs view "
            "(View > Jobs), where you can attach to it, stop it or kill it."),
        QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("jobInBackgroundBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

} // namespace sluice::gui
