#include "engine/schedule/processtool.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace sluice::engine {

QString ProcessTool::Result::describe(const QString &program) const
{
    if (!started)
        return QCoreApplication::translate("ProcessTool", "%1 could not be started").arg(program);
    if (timedOut)
        return QCoreApplication::translate("ProcessTool", "%1 did not finish in time").arg(program);
    const QString detail = QString::fromLocal8Bit(err.isEmpty() ? out : err).trimmed();
    return QCoreApplication::translate("ProcessTool", "%1 ended with exit code %2%3")
        .arg(program)
        .arg(exitCode)
        .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
}

QString ProcessTool::find(const QString &program)
{
    if (program.contains(u'/'))
        return QFileInfo(program).isExecutable() ? QFileInfo(program).absoluteFilePath()
                                                 : QString();
    return QStandardPaths::findExecutable(program);
}

ProcessTool::Result ProcessTool::run(const QString &program, const QStringList &arguments,
                                     const QByteArray &input, int timeoutMs)
{
    Result result;
    const QString path = find(program);
    if (path.isEmpty())
        return result;
    QProcess process;
    process.setProgram(path);
    process.setArguments(arguments);
    if (input.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(timeoutMs))
        return result;
    result.started = true;
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(2000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace sluice::engine
