#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <type_traits>
#include <utility>

class QThreadPool;

namespace sluice::gui {

// The one way widgets run engine work: "run this call on a worker thread and hand
// the result to this widget if it is still wanted".
//
// - The work runs in the GUI's own thread pool (never the GUI thread). It gets
//   only values (ConnectionParams, paths, ...), never a widget or `this`.
// - The result comes back through a QFutureWatcher owned by this object (a child
//   of the widget), so a widget that dies first simply never hears of it; the
//   worker finishes on its own and its result is dropped. (QFuture::then with a
//   context object asserts in Qt 6.4 when the context dies first.)
// - With Policy::LatestOnly every start() and cancel() bumps a generation counter
//   and only the newest call's result is delivered (a Refresh replaces the
//   previous one). Policy::Every delivers all results, in completion order, for
//   operations that must each be reported (saving a profile, dropping a folder).
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    enum class Policy { LatestOnly, Every };

    explicit BackgroundTask(QObject *owner, Policy policy = Policy::LatestOnly);
    ~BackgroundTask() override;

    // The pool all GUI-side engine calls share. Bigger than the core count:
    // most calls wait on a server or a disk rather than compute.
    [[nodiscard]] static QThreadPool *pool();

    // Runs work() on a worker thread, then done(result) on this object's thread.
    template <typename Work, typename Done>
    void start(Work work, Done done)
    {
        using Result = std::invoke_result_t<Work>;
        const quint64 generation = begin();
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, generation, done = std::move(done)]() mutable {
                    watcher->deleteLater();
                    if (end(generation))
                        done(watcher->result());
                });
        watcher->setFuture(QtConcurrent::run(pool(), std::move(work)));
    }

    // For work that produces its result in pieces (a large file): work(QPromise<T>&)
    // adds results as it goes; onPieces receives each batch that arrived, then
    // onFinished runs once. A cancelled or superseded call also asks the worker to
    // stop (promise.isCanceled()).
    template <typename T, typename Work, typename Pieces, typename Finished>
    void startStreaming(Work work, Pieces onPieces, Finished onFinished)
    {
        const quint64 generation = begin();
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::resultsReadyAt, this,
                [this, watcher, generation, onPieces](int first, int last) mutable {
                    if (generation != m_generation)
                        return;
                    QList<T> pieces;
                    pieces.reserve(last - first);
                    for (int i = first; i < last; ++i)
                        pieces.append(watcher->resultAt(i));
                    onPieces(pieces);
                });
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, generation, onFinished = std::move(onFinished)]() mutable {
                    watcher->deleteLater();
                    if (end(generation))
                        onFinished();
                });
        connect(this, &BackgroundTask::cancelRequested, watcher, &QFutureWatcherBase::cancel);
        watcher->setFuture(QtConcurrent::run(pool(), std::move(work)));
    }

    // Drops the result of the call under way (LatestOnly) and asks streaming work to stop.
    void cancel();
    // True while the newest call has not delivered its result yet.
    [[nodiscard]] bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void cancelRequested();

private:
    quint64 begin();
    // Whether the call of this generation is still wanted.
    bool end(quint64 generation);
    void setBusy(bool busy);

    Policy m_policy;
    quint64 m_generation = 0;
    int m_inFlight = 0; // Policy::Every: calls not finished yet
    bool m_busy = false;
};

} // namespace sluice::gui
