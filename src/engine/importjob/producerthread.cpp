#include "engine/importjob/producerthread.h"

namespace sluice::engine {

ProducerThread::ProducerThread()
    : m_thread([this] { loop(); })
{}

ProducerThread::~ProducerThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

std::future<void> ProducerThread::start(std::function<void()> task)
{
    std::packaged_task<void()> packaged(std::move(task));
    std::future<void> done = packaged.get_future();
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(packaged));
    }
    m_wake.notify_one();
    return done;
}

void ProducerThread::run(std::function<void()> task)
{
    start(std::move(task)).get();
}

void ProducerThread::loop()
{
    for (;;) {
        std::packaged_task<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                return; // stopping, nothing left
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task();
    }
}

} // namespace sluice::engine
