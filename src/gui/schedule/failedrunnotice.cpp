#include "gui/schedule/failedrunnotice.h"

#include "engine/core/apppaths.h"
#include "engine/schedule/runhistory.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QSettings>

namespace sluice::gui {

namespace {

constexpr char kLastStartKey[] = "schedule/lastGuiStart";

} // namespace

FailedRunNotice::FailedRunNotice(QObject *parent)
    : QObject(parent)
{}

QString FailedRunNotice::settingsPath()
{
    return engine::AppPaths::configDir() + QStringLiteral("/gui.ini");
}

QString FailedRunNotice::message(const QList<engine::RunRecord> &runs, const QDateTime &since)
{
    QStringList lines;
    for (const engine::RunRecord &run : runs)
        lines << QStringLiteral("%1 (%2): %3")
                     .arg(run.jobName,
                          QLocale().toString(run.start.toLocalTime(), QLocale::ShortFormat),
                          run.outcome());
    return tr("%n run(s) of saved jobs failed or had errors since Sluice was last opened "
              "(%1):",
              nullptr, int(runs.size()))
               .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)) +
           u'\n' + lines.join(u'\n');
}

void FailedRunNotice::check()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QDateTime lastStart = settings.value(QLatin1String(kLastStartKey)).toDateTime();
    settings.setValue(QLatin1String(kLastStartKey), QDateTime::currentDateTimeUtc());
    if (!lastStart.isValid()) { // first start: nothing to compare with
        Q_EMIT checked(0);
        return;
    }
    auto *watcher = new QFutureWatcher<QList<engine::RunRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, lastStart] {
        watcher->deleteLater();
        const QList<engine::RunRecord> runs = watcher->result();
        if (!runs.isEmpty())
            Q_EMIT failedRunsFound(runs, message(runs, lastStart));
        Q_EMIT checked(int(runs.size()));
    });
    watcher->setFuture(engine::RunHistory().failedRunsSinceAsync(lastStart));
}

} // namespace sluice::gui
