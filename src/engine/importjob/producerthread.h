#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace sluice::engine {

// One thread that runs tasks in the order they are given: an import worker's reading
// side. The worker's source connection (NETWORK_LINK) is opened, used and closed on
// it, as Qt SQL requires one thread per connection, while the worker thread writes to
// the target through a ChunkPipe.
class ProducerThread
{
public:
    ProducerThread();
    ~ProducerThread(); // runs the tasks already given, then ends the thread
    ProducerThread(const ProducerThread &) = delete;
    ProducerThread &operator=(const ProducerThread &) = delete;

    // Queues task; the future is ready when it has run.
    [[nodiscard]] std::future<void> start(std::function<void()> task);
    // Runs task on the thread and waits for it.
    void run(std::function<void()> task);

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<void()>> m_tasks; // guarded by m_mutex
    bool m_stopping = false;                        // guarded by m_mutex
    std::thread m_thread;
};

} // namespace sluice::engine
