#pragma once

#include "engine/params/jobspec.h"
#include "engine/params/paramtokenizer.h"
#include "engine/params/sourceposition.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace sluice::engine {

struct ParameterDefinition;

// Reads an export or import job from command-line arguments (as the shell passes
// them, after the command word) or from PARFILE text, and validates it into a
// JobSpec. It never connects to anything and never checks that profiles or
// directory objects exist; the job does that when it starts.
//
//   JobSpecParser parser(JobOperation::Export);
//   if (const auto spec = parser.parseArguments(args)) ... else parser.errorString();
class JobSpecParser
{
public:
    explicit JobSpecParser(JobOperation operation);

    // Folder that a relative PARFILE path is read from (default: the current folder).
    void setWorkingDirectory(const QString &path) { m_workingDirectory = path; }

    [[nodiscard]] std::optional<JobSpec> parseArguments(const QStringList &arguments);
    // Parses parfile text on its own (what ParfileWriter produced, or a file's contents).
    [[nodiscard]] std::optional<JobSpec> parseParfileText(const QString &text,
                                                          const QString &fileName = {});

    [[nodiscard]] const ParameterError &error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_error.toString(); }
    // Non-fatal advice, e.g. a password given on the command line.
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }

private:
    struct Item
    {
        QString text;
        SourcePosition position;
    };

    void reset();
    std::optional<JobSpec> run(const ParamTokenizer::Result &tokens, bool fromParfile);
    bool expandParfiles(const ParamTokenizer::Result &tokens, QList<RawParameter> &out);
    bool applyLeadingWord(const RawValue &word, JobSpec &spec);
    bool applyParameter(const RawParameter &raw, JobSpec &spec);
    bool checkSupport(const ParameterDefinition &definition, const RawParameter &raw);
    bool checkBareKeywords(const RawParameter &raw);
    std::optional<QList<Item>> collectItems(const ParameterDefinition &definition,
                                            const RawParameter &raw);
    bool dispatch(const QString &keyword, const QList<Item> &items, JobSpec &spec);
    bool applySelection(const QString &keyword, const Item &item, JobSpec &spec);
    bool applyFiles(const QString &keyword, const Item &item, JobSpec &spec);
    bool applyRemaps(const QString &keyword, const Item &item, JobSpec &spec);
    bool applyFlags(const QString &keyword, const Item &item, JobSpec &spec);
    bool applyKeyword(const QString &keyword, const Item &item, JobSpec &spec);
    bool applyOther(const QString &keyword, const Item &item, JobSpec &spec);
    bool finish(JobSpec &spec);
    bool fail(const QString &keyword, const QString &text, const SourcePosition &position,
              const QString &message);
    bool failValue(const QString &keyword, const Item &item, const QString &detail);

    JobOperation m_operation;
    QString m_workingDirectory;
    ParameterError m_error;
    QStringList m_warnings;
    // First position of each parameter given, by canonical keyword.
    QHash<QString, SourcePosition> m_seen;
    std::optional<bool> m_full;
    bool m_encryptionModePassword = false;
};

} // namespace sluice::engine
