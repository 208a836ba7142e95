#include "engine/params/jobspec.h"

#include <QLocale>
#include <QRegularExpression>

namespace sluice::engine {

namespace {

QString doubleQuoted(QString text)
{
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

QString TableRef::toParameterText() const
{
    QString text = table.toParameterText();
    if (!schema.isEmpty())
        text = schema.toParameterText() + u'.' + text;
    if (!partition.isEmpty())
        text += u':' + partition.toParameterText();
    return text;
}

bool FileSpec::isTemplate() const
{
    return fileName.contains(QLatin1String("%U"), Qt::CaseInsensitive) ||
           fileName.contains(QLatin1String("%L"), Qt::CaseInsensitive);
}

QString FileSpec::expanded(int index) const
{
    static const QRegularExpression fixed(QStringLiteral("%[Uu]"));
    static const QRegularExpression growing(QStringLiteral("%[Ll]"));
    QString name = fileName;
    name.replace(fixed, QStringLiteral("%1").arg(index, 2, 10, QLatin1Char('0')));
    name.replace(growing, QStringLiteral("%1").arg(index, 2, 10, QLatin1Char('0')));
    return name;
}

QString FileSpec::toParameterText() const
{
    return directory.isEmpty() ? fileName : directory + u':' + fileName;
}

QString ObjectFilter::toParameterText() const
{
    if (!nameClause)
        return objectType;
    return objectType + u':' + doubleQuoted(nameClause->toString());
}

QString QuerySpec::toParameterText() const
{
    const QString quoted = doubleQuoted(clause);
    return table ? table->toParameterText() + u':' + quoted : quoted;
}

QString SampleSpec::toParameterText() const
{
    const QString number = QString::number(percent, 'f', QLocale::FloatingPointShortest);
    return table ? table->toParameterText() + u':' + number : number;
}

QString RemapPair::toParameterText() const
{
    return from.toParameterText() + u':' + to.toParameterText();
}

QString RemapTableSpec::toParameterText() const
{
    QString text = source.table.toParameterText();
    if (!source.schema.isEmpty())
        text = source.schema.toParameterText() + u'.' + text;
    if (!source.partition.isEmpty())
        text += u'.' + source.partition.toParameterText();
    return text + u':' + newName.toParameterText();
}

QString RemapDataSpec::toParameterText() const
{
    QString text = table.toParameterText() + u'.' + column.toParameterText();
    if (!schema.isEmpty())
        text = schema.toParameterText() + u'.' + text;
    return text + u':' + function.toString();
}

QString TransformSpec::toParameterText() const
{
    QString text = name + u':' + value;
    if (!objectType.isEmpty())
        text += u':' + objectType;
    return text;
}

QString FlashbackTime::toParameterText() const
{
    if (systimestamp)
        return QStringLiteral("SYSTIMESTAMP");
    const bool millis = time.time().msec() != 0;
    const QString value = time.toString(millis ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                               : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString format = millis ? QStringLiteral("YYYY-MM-DD HH24:MI:SS.FF3")
                                  : QStringLiteral("YYYY-MM-DD HH24:MI:SS");
    return QStringLiteral("\"TO_TIMESTAMP('%1','%2')\"").arg(value, format);
}

JobContent JobSpec::effectiveContent() const
{
    return content.value_or(JobContent::All);
}

TableExistsAction JobSpec::effectiveTableExistsAction() const
{
    if (tableExistsAction)
        return *tableExistsAction;
    return effectiveContent() == JobContent::DataOnly ? TableExistsAction::Append
                                                      : TableExistsAction::Skip;
}

CompressionScope JobSpec::effectiveCompression() const
{
    return compression.value_or(CompressionScope::MetadataOnly);
}

CompressionAlgorithm JobSpec::effectiveCompressionAlgorithm() const
{
    return compressionAlgorithm.value_or(CompressionAlgorithm::Basic);
}

EncryptionScope JobSpec::effectiveEncryption() const
{
    if (encryption)
        return *encryption;
    return hasEncryptionPassword() ? EncryptionScope::All : EncryptionScope::None;
}

EstimateMethod JobSpec::effectiveEstimate() const
{
    return estimate.value_or(EstimateMethod::Blocks);
}

LogTime JobSpec::effectiveLogTime() const
{
    return logTime.value_or(LogTime::None);
}

VerifyMode JobSpec::effectiveVerify() const
{
    return verify.value_or(VerifyMode::Count);
}

QList<FileSpec> JobSpec::effectiveDumpFiles() const
{
    if (!dumpFiles.isEmpty())
        return dumpFiles;
    return {FileSpec{QString(), QStringLiteral("expdat.dmp")}};
}

std::optional<FileSpec> JobSpec::effectiveLogFile() const
{
    if (noLogFile)
        return std::nullopt;
    if (logFile)
        return logFile;
    return FileSpec{QString(), operation == JobOperation::Export ? QStringLiteral("export.log")
                                                                 : QStringLiteral("import.log")};
}

} // namespace sluice::engine
