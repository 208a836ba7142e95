#include "engine/schedule/schedulerbackend.h"

#include <QCoreApplication>

#include "engine/schedule/crontabbackend.h"
#include "engine/schedule/systemdtimerbackend.h"
#include "engine/schedule/windowstaskbackend.h"

namespace sluice::engine {

QStringList SchedulerBackend::backendNames()
{
    return {QStringLiteral("systemd"), QStringLiteral("crontab"), QStringLiteral("windows")};
}

std::unique_ptr<SchedulerBackend> SchedulerBackend::create(const QString &preferred, QString *error)
{
    const QString wanted = preferred.toLower();
    if (!wanted.isEmpty() && !backendNames().contains(wanted)) {
        *error = QCoreApplication::translate("SchedulerBackend",
                                             "unknown scheduler backend \"%1\"; choose %2")
                     .arg(preferred, backendNames().join(QStringLiteral(", ")));
        return nullptr;
    }
    std::vector<std::unique_ptr<SchedulerBackend>> candidates;
    if (wanted.isEmpty() || wanted == u"windows")
        candidates.push_back(std::make_unique<WindowsTaskBackend>());
    if (wanted.isEmpty() || wanted == u"systemd")
        candidates.push_back(std::make_unique<SystemdTimerBackend>());
    if (wanted.isEmpty() || wanted == u"crontab")
        candidates.push_back(std::make_unique<CrontabBackend>());
    for (auto &candidate : candidates) {
        if (candidate->isAvailable())
            return std::move(candidate);
    }
    if (!wanted.isEmpty())
        *error =
            wanted == u"windows"
                ? QCoreApplication::translate("SchedulerBackend",
                                              "Windows Task Scheduler is only available on Windows")
            : wanted == u"systemd"
                ? QCoreApplication::translate("SchedulerBackend",
                                              "systemd user timers are not available here "
                                              "(\"systemctl --user show-environment\" failed)")
                : QCoreApplication::translate("SchedulerBackend",
                                              "there is no crontab program in PATH");
    else
        *error = QCoreApplication::translate(
            "SchedulerBackend", "no OS scheduler found: neither \"systemctl --user\" answers nor "
                                "is there a crontab program in PATH");
    return nullptr;
}

} // namespace sluice::engine
