#include "clicontext.h"
#include "commands.h"

#include "engine/core/sampledatabase.h"

#include <QDir>

namespace sluice::cli {

// sluice-cli sample: makes sure the user's working copy of the HR sample
// exists and prints its path, for use in sqlite:/// URLs and scripts.
int runSample(CliContext &context)
{
    if (!context.arguments().isEmpty())
        return context.fail(QStringLiteral("\"sample\" takes no arguments"));
    engine::SampleDatabase sample;
    if (!sample.ensureWorkingCopy())
        return context.fail(sample.errorString());
    context.out() << QDir::toNativeSeparators(engine::SampleDatabase::workingCopyPath())
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace sluice::cli
