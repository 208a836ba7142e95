#include "clicontext.h"

#include <cstdio>

namespace sluice::cli {

CliContext::CliContext(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{}

int CliContext::fail(const QString &message)
{
    m_err << "sluice-cli: " << message << Qt::endl;
    return ExitFailure;
}

} // namespace sluice::cli
