#include "gui/wizards/exportfilespage.h"

#include "gui/common/backgroundtask.h"
#include "ui_exportfilespage.h"

#include "engine/directory/directoryobjectstore.h"

namespace sluice::gui {

namespace {

struct DirectoryList
{
    QStringList names;
    QStringList paths;
    QString error;
};

constexpr qint64 kUnits[] = {1024, 1024 * 1024, 1024LL * 1024 * 1024};
constexpr const char *kUnitSuffixes[] = {"KB", "MB", "GB"};

// Index 0 of the keyword combos means "not given" (the default).
template <typename E>
void fillKeywords(QComboBox *combo, const QString &defaultText)
{
    combo->addItem(defaultText);
    for (const char *name : engine::EnumKeywords<E>::names)
        combo->addItem(QLatin1String(name));
}

template <typename E>
std::optional<E> keywordOf(const QComboBox *combo)
{
    if (combo->currentIndex() <= 0)
        return std::nullopt;
    return E(combo->currentIndex() - 1);
}

template <typename E>
void selectKeyword(QComboBox *combo, const std::optional<E> &value)
{
    combo->setCurrentIndex(value ? int(*value) + 1 : 0);
}

} // namespace

ExportFilesPage::ExportFilesPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ExportFilesPage>())
    , m_directoriesTask(new BackgroundTask(this))
{
    m_ui->setupUi(this);
    for (const char *suffix : kUnitSuffixes)
        m_ui->fileSizeUnitCombo->addItem(QLatin1String(suffix));
    m_ui->fileSizeUnitCombo->setCurrentIndex(1);
    fillKeywords<engine::CompressionScope>(m_ui->compressionCombo, tr("default (none)"));
    fillKeywords<engine::CompressionAlgorithm>(m_ui->algorithmCombo, tr("default (BASIC)"));
    m_ui->directoryCombo->setEditable(true);
    m_ui->directoryCombo->setInsertPolicy(QComboBox::NoInsert);
    for (QLineEdit *edit : {m_ui->passwordEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &ExportFilesPage::updateState);
    connect(m_ui->encryptCheck, &QCheckBox::toggled, this, &ExportFilesPage::updateState);
    connect(m_ui->compressionCombo, &QComboBox::currentIndexChanged, this,
            &ExportFilesPage::updateState);
    connect(m_ui->directoryCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->directoryPathLabel->setText(m_ui->directoryCombo->itemData(index).toString());
    });
    updateState();
    loadDirectories();
}

ExportFilesPage::~ExportFilesPage() = default;

void ExportFilesPage::loadDirectories()
{
    m_ui->directoryPathLabel->setText(tr("Loading the directory objects…"));
    m_directoriesTask->start(
        [] {
            DirectoryList list;
            engine::DirectoryObjectStore store;
            if (!store.load())
                list.error = store.errorString();
            for (const auto &directory : store.directories()) {
                list.names.append(directory.name);
                list.paths.append(directory.path);
            }
            return list;
        },
        [this](const DirectoryList &list) {
            const QString current = m_wantedDirectory.isEmpty()
                                        ? m_ui->directoryCombo->currentText()
                                        : m_wantedDirectory;
            m_ui->directoryCombo->clear();
            const qsizetype fallback = list.names.indexOf(QStringLiteral("DATA_PUMP_DIR"));
            m_ui->directoryCombo->addItem(tr("(default: DATA_PUMP_DIR)"),
                                          fallback >= 0 ? list.paths.at(fallback) : QString());
            for (qsizetype i = 0; i < list.names.size(); ++i)
                m_ui->directoryCombo->addItem(QIcon(QStringLiteral(":/icons/folder.svg")),
                                              list.names.at(i), list.paths.at(i));
            const int index = current.isEmpty() ? 0 : m_ui->directoryCombo->findText(current);
            if (index >= 0)
                m_ui->directoryCombo->setCurrentIndex(index);
            else
                m_ui->directoryCombo->setCurrentText(current);
            m_ui->directoryPathLabel->setText(
                list.error.isEmpty() ? m_ui->directoryCombo->currentData().toString() : list.error);
            m_wantedDirectory.clear();
        });
}

void ExportFilesPage::updateState()
{
    const bool encrypt = m_ui->encryptCheck->isChecked();
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->passwordEdit, m_ui->confirmEdit, m_ui->passwordLabel, m_ui->confirmLabel})
        widget->setEnabled(encrypt);
    const bool compress = m_ui->compressionCombo->currentIndex() > 0 &&
                          m_ui->compressionCombo->currentText() != QLatin1String("NONE");
    m_ui->algorithmCombo->setEnabled(compress);
    m_ui->filesMessageLabel->setText(errorText());
    Q_EMIT completeChanged();
}

QString ExportFilesPage::errorText() const
{
    if (!m_ui->encryptCheck->isChecked())
        return {};
    if (m_ui->passwordEdit->text().isEmpty())
        return tr("Type the encryption password; it is needed again to import the dump.");
    if (m_ui->passwordEdit->text() != m_ui->confirmEdit->text())
        return tr("The two passwords differ.");
    return {};
}

bool ExportFilesPage::isComplete() const
{
    // A missing password does not hold the user here: the summary still shows the
    // parfile (ENCRYPTION_PWD_PROMPT=YES) and keeps Run disabled until it is typed.
    return errorText().isEmpty() || m_ui->passwordEdit->text().isEmpty();
}

void ExportFilesPage::readSpec(const engine::JobSpec &spec)
{
    // The list may still be loading: the text stands until it arrives.
    m_wantedDirectory = m_directoriesTask->isBusy() ? spec.directory : QString();
    const int index = spec.directory.isEmpty() ? 0 : m_ui->directoryCombo->findText(spec.directory);
    if (index >= 0 && m_ui->directoryCombo->count() > 0)
        m_ui->directoryCombo->setCurrentIndex(index);
    else
        m_ui->directoryCombo->setCurrentText(spec.directory);
    QStringList files;
    for (const engine::FileSpec &file : spec.dumpFiles)
        files.append(file.toParameterText());
    m_ui->dumpFileEdit->setText(files.join(QLatin1String(", ")));
    m_ui->reuseCheck->setChecked(spec.reuseDumpFiles);
    int unit = 0;
    for (int i = 2; i >= 0; --i) {
        if (spec.fileSize > 0 && spec.fileSize % kUnits[i] == 0) {
            unit = i;
            break;
        }
    }
    m_ui->fileSizeUnitCombo->setCurrentIndex(spec.fileSize > 0 ? unit : 1);
    m_ui->fileSizeSpin->setValue(int(spec.fileSize / kUnits[unit]));
    selectKeyword(m_ui->compressionCombo, spec.compression);
    selectKeyword(m_ui->algorithmCombo, spec.compressionAlgorithm);
    m_ui->encryptCheck->setChecked(spec.hasEncryptionPassword());
    m_ui->passwordEdit->setText(spec.encryptionPassword);
    m_ui->confirmEdit->setText(spec.encryptionPassword);
    updateState();
}

void ExportFilesPage::writeSpec(engine::JobSpec &spec) const
{
    const QString directory = m_ui->directoryCombo->currentText().trimmed();
    spec.directory =
        m_ui->directoryCombo->currentIndex() == 0 && directory == m_ui->directoryCombo->itemText(0)
            ? QString()
            : directory.toUpper();
    spec.dumpFiles.clear();
    for (const QString &part : m_ui->dumpFileEdit->text().split(u',', Qt::SkipEmptyParts)) {
        const QString text = part.trimmed();
        if (text.isEmpty())
            continue;
        const qsizetype colon = text.indexOf(u':');
        spec.dumpFiles.append(
            colon > 0 ? engine::FileSpec{text.left(colon).toUpper(), text.mid(colon + 1)}
                      : engine::FileSpec{QString(), text});
    }
    spec.reuseDumpFiles = m_ui->reuseCheck->isChecked();
    spec.fileSize = qint64(m_ui->fileSizeSpin->value()) *
                    kUnits[std::max(0, m_ui->fileSizeUnitCombo->currentIndex())];
    spec.compression = keywordOf<engine::CompressionScope>(m_ui->compressionCombo);
    spec.compressionAlgorithm = keywordOf<engine::CompressionAlgorithm>(m_ui->algorithmCombo);
    spec.encryptionPassword.clear();
    spec.encryptionPasswordPrompt = false;
    if (m_ui->encryptCheck->isChecked()) {
        spec.encryptionPassword = m_ui->passwordEdit->text();
        // A parfile read back says ENCRYPTION_PWD_PROMPT=YES until a password is typed.
        spec.encryptionPasswordPrompt = spec.encryptionPassword.isEmpty();
    }
}

} // namespace sluice::gui
