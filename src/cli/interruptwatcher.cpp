#include "interruptwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace sluice::cli {

namespace {

InterruptWatcher *s_instance = nullptr;
#ifndef Q_OS_WIN
int s_pipe[2] = {-1, -1}; // self-pipe: the signal handler may only write()

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_pipe[1], &byte, 1);
}
#else
BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE;
    if (s_instance)
        QMetaObject::invokeMethod(s_instance, &InterruptWatcher::interrupted, Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    s_instance = this;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) == 0) {
        m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::onActivated);
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
    }
#endif
}

InterruptWatcher::~InterruptWatcher()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
#else
    ::signal(SIGINT, SIG_DFL);
    delete m_notifier;
    for (int &fd : s_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
    s_instance = nullptr;
}

void InterruptWatcher::onActivated()
{
#ifndef Q_OS_WIN
    char buffer[16];
    [[maybe_unused]] const auto readBytes = ::read(s_pipe[0], buffer, sizeof buffer);
#endif
    Q_EMIT interrupted();
}

} // namespace sluice::cli
