#pragma once

class QWidget;

namespace sluice::gui {

class LaunchTicket;

// What the export, import and schema copy wizards do when they are cancelled or
// closed while Run is under way.
class LaunchNotice
{
public:
    // Withdraws the launch of ticket. When the job was already being created, tells
    // the user (a message box beside the wizard, over its parent) that it runs on in
    // the background and where to find it. Returns true when a job will exist.
    static bool withdraw(const LaunchTicket &ticket, QWidget *wizard);
};

} // namespace sluice::gui
