#include "gui/wizards/importsourcepage.h"

#include "gui/common/backgroundtask.h"
#include "gui/wizards/importprofilecombo.h"
#include "gui/wizards/importwizard.h"
#include "gui/wizards/wizardcatalogsource.h"

#include "engine/directory/directoryobjectstore.h"
#include "engine/directory/directoryresolver.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sluice::gui {

namespace {

QStringList directoryNames()
{
    engine::DirectoryObjectStore store;
    QStringList names;
    if (store.load()) {
        for (const auto &directory : store.directories())
            names << directory.name;
    }
    return names;
}

} // namespace

ImportSourcePage::ImportSourcePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_folderTask(new BackgroundTask(this))
    , m_dumpTask(new BackgroundTask(this))
    , m_fromDump(new QRadioButton(tr("From a &dump file set"), this))
    , m_fromDatabase(new QRadioButton(tr("Straight from a data&base (NETWORK_LINK)"), this))
    , m_dumpBox(new QGroupBox(this))
    , m_directory(new QComboBox(this))
    , m_dumpFile(new QLineEdit(this))
    , m_files(new QListWidget(this))
    , m_password(new QLineEdit(this))
    , m_passwordLabel(new QLabel(tr("Pass&word:"), this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_header(new QLabel(this))
    , m_objects(new QTreeWidget(this))
    , m_networkBox(new QGroupBox(this))
    , m_source(new ImportProfileCombo(this))
    , m_networkState(new QLabel(this))
{
    setObjectName(QStringLiteral("ImportSourcePage"));
    setTitle(tr("Source"));
    setSubTitle(tr("Choose the dump to import and look at what it holds, or copy straight "
                   "from another database."));
    m_fromDump->setObjectName(QStringLiteral("fromDumpRadio"));
    m_fromDatabase->setObjectName(QStringLiteral("fromDatabaseRadio"));
    m_fromDump->setChecked(true);
    m_directory->setObjectName(QStringLiteral("directoryCombo"));
    m_dumpFile->setObjectName(QStringLiteral("dumpFileEdit"));
    m_dumpFile->setPlaceholderText(QStringLiteral("expdat.dmp"));
    m_files->setObjectName(QStringLiteral("dumpFileList"));
    m_files->setMaximumHeight(64);
    m_password->setObjectName(QStringLiteral("dumpPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_header->setObjectName(QStringLiteral("dumpHeaderLabel"));
    m_header->setWordWrap(true);
    m_objects->setObjectName(QStringLiteral("dumpObjectTree"));
    m_objects->setHeaderLabels({tr("Object"), tr("Type"), tr("Rows"), tr("Size")});
    m_objects->header()->setStretchLastSection(false);
    m_objects->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_source->setObjectName(QStringLiteral("networkLinkCombo"));
    m_networkState->setWordWrap(true);

    auto *dumpForm = new QFormLayout(m_dumpBox);
    auto *directoryLabel = new QLabel(tr("Di&rectory object:"), this);
    directoryLabel->setBuddy(m_directory);
    dumpForm->addRow(directoryLabel, m_directory);
    auto *fileLabel = new QLabel(tr("D&ump file:"), this);
    fileLabel->setBuddy(m_dumpFile);
    dumpForm->addRow(fileLabel, m_dumpFile);
    dumpForm->addRow(QString(), m_files);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_unlock);
    dumpForm->addRow(m_passwordLabel, passwordRow);
    dumpForm->addRow(m_header);
    dumpForm->addRow(m_objects);
    auto *networkForm = new QFormLayout(m_networkBox);
    auto *sourceLabel = new QLabel(tr("Source &connection:"), this);
    sourceLabel->setBuddy(m_source);
    networkForm->addRow(sourceLabel, m_source);
    networkForm->addRow(m_networkState);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_fromDump);
    choice->addWidget(m_fromDatabase);
    choice->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_dumpBox, 1);
    layout->addWidget(m_networkBox);
    layout->addStretch(0);

    connect(m_fromDump, &QRadioButton::toggled, this, &ImportSourcePage::updateMode);
    connect(m_directory, &QComboBox::currentTextChanged, this, &ImportSourcePage::listFolder);
    connect(m_files, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_dumpFile->setText(item->text());
        readDump();
    });
    connect(m_files, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_dumpFile->setText(item->text());
        readDump();
    });
    connect(m_dumpFile, &QLineEdit::editingFinished, this, &ImportSourcePage::readDump);
    connect(m_unlock, &QPushButton::clicked, this, &ImportSourcePage::readDump);
    connect(m_password, &QLineEdit::returnPressed, this, &ImportSourcePage::readDump);
    connect(m_source, &ImportProfileCombo::referenceChosen, this, [this](const QString &reference) {
        if (m_fromDatabase->isChecked())
            m_wizard->loadNetworkCatalog(reference);
        Q_EMIT completeChanged();
    });
    connect(wizard, &ImportWizardBase::sourceCatalogChanged, this,
            &ImportSourcePage::showNetworkState);
    m_folderTask->start([] { return directoryNames(); },
                        [this](const QStringList &names) {
                            const QString current = m_directory->currentText();
                            m_directory->blockSignals(true);
                            m_directory->clear();
                            m_directory->addItems(names);
                            m_directory->blockSignals(false);
                            const int index = m_directory->findText(
                                current.isEmpty() ? QStringLiteral("DATA_PUMP_DIR") : current);
                            m_directory->setCurrentIndex(qMax(0, index));
                            listFolder();
                        });
    updateMode();
}

ImportSourcePage::~ImportSourcePage() = default;

void ImportSourcePage::updateMode()
{
    const bool dump = m_fromDump->isChecked();
    m_dumpBox->setVisible(dump);
    m_networkBox->setVisible(!dump);
    if (!dump && !m_source->reference().isEmpty())
        m_wizard->loadNetworkCatalog(m_source->reference());
    const bool locked = dump && m_overview.header.encrypted();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_password, m_passwordLabel, m_unlock})
        widget->setVisible(locked);
    m_wizard->sourceChanged();
    Q_EMIT completeChanged();
}

void ImportSourcePage::listFolder()
{
    const QString directory = m_directory->currentText();
    m_files->clear();
    m_folderTask->start([directory] { return ImportDumpBrowser::listFolder(directory, QString()); },
                        [this](const DumpFolderListing &listing) {
                            m_files->clear();
                            m_files->addItems(listing.fileNames);
                            m_files->setToolTip(listing.error.isEmpty() ? listing.folder
                                                                        : listing.error);
                            if (!listing.error.isEmpty())
                                m_header->setText(listing.error);
                            if (!m_dumpFile->text().isEmpty())
                                readDump();
                        });
}

bool ImportSourcePage::isReading() const
{
    return m_dumpTask->isBusy();
}

void ImportSourcePage::readDump()
{
    if (!m_fromDump->isChecked() || m_dumpFile->text().trimmed().isEmpty())
        return;
    engine::JobSpec spec;
    spec.operation = engine::JobOperation::Import;
    writeSpec(spec);
    m_header->setText(tr("Reading the dump's catalog…"));
    m_objects->clear();
    m_wizard->setEncryptionPassword(m_password->text());
    m_readKey = spec.directory + u'|' + m_dumpFile->text();
    m_dumpTask->start(
        [spec, password = m_password->text()] { return ImportDumpBrowser::read(spec, password); },
        [this](const DumpOverview &overview) { showOverview(overview); });
    Q_EMIT completeChanged();
}

void ImportSourcePage::showOverview(const DumpOverview &overview)
{
    m_overview = overview;
    m_objects->clear();
    const QLocale locale;
    if (!overview.files.isEmpty()) {
        const engine::DumpHeader &header = overview.header;
        QString text =
            tr("<b>%1 %2</b>, exported %3 by %4 (job %5). %n file(s), ", nullptr,
               int(overview.files.size()))
                .arg(
                    header.sourceEngine.toHtmlEscaped(), // "SQLite 3.40.1" names its engine already
                    header.serverVersion.startsWith(header.sourceEngine)
                        ? header.serverVersion.mid(header.sourceEngine.size()).trimmed()
                        : header.serverVersion.toHtmlEscaped(),
                    locale.toString(header.created.toLocalTime(), QLocale::ShortFormat),
                    header.producer.toHtmlEscaped(), header.jobName.toHtmlEscaped()) +
            locale.formattedDataSize(overview.fileBytes) + u'.';
        if (header.encrypted())
            text += u' ' + (overview.locked ? tr("Encrypted: type the password and Unlock.")
                                            : tr("Encrypted; unlocked."));
        if (!overview.error.isEmpty())
            text += QStringLiteral("<br><span style='color:#c01010'>%1</span>")
                        .arg(overview.error.toHtmlEscaped());
        m_header->setText(text);
    } else {
        m_header->setText(QStringLiteral("<span style='color:#c01010'>%1</span>")
                              .arg(overview.error.toHtmlEscaped()));
    }
    QHash<QString, QTreeWidgetItem *> schemas;
    for (const DumpObjectRow &row : overview.objects) {
        // A schema's own member names it; its objects go under it.
        const bool isSchema = row.type == u"SCHEMA" && row.schema.isEmpty();
        const QString schemaName = isSchema ? row.name : row.schema;
        QTreeWidgetItem *&schema = schemas[schemaName];
        if (!schema) {
            schema = new QTreeWidgetItem(
                m_objects, {schemaName.isEmpty() ? tr("(database)") : schemaName, tr("SCHEMA")});
            schema->setExpanded(true);
        }
        if (isSchema)
            continue;
        auto *item = new QTreeWidgetItem(schema, {row.name, row.type});
        if (row.rows >= 0) {
            item->setText(2, locale.toString(row.rows));
            item->setText(3, locale.formattedDataSize(row.bytes));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_objects->resizeColumnToContents(1);
    updateMode();
    m_wizard->setDumpOverview(overview);
    Q_EMIT dumpRead(overview.ok);
    Q_EMIT completeChanged();
}

void ImportSourcePage::showNetworkState()
{
    const WizardCatalogSource *source = m_wizard->networkSource();
    if (source->isLoading())
        m_networkState->setText(tr("Reading the catalog of %1…").arg(source->reference()));
    else if (const auto &catalog = source->catalog())
        m_networkState->setText(
            tr("%1 %2: %n schema(s).", nullptr, int(catalog->schemas.size()))
                .arg(engine::dialectDisplayName(catalog->dialect), catalog->serverVersion));
    else if (!source->errorString().isEmpty())
        m_networkState->setText(tr("The catalog could not be read: %1").arg(source->errorString()));
    Q_EMIT completeChanged();
}

QString ImportSourcePage::errorText() const
{
    if (m_fromDatabase->isChecked())
        return m_source->reference().isEmpty() ? tr("Choose the source connection.") : QString();
    if (m_dumpFile->text().trimmed().isEmpty())
        return tr("Choose a dump file.");
    if (isReading())
        return tr("Reading the dump…");
    if (m_overview.locked)
        return tr("The dump is encrypted: type its password and Unlock.");
    if (!m_overview.ok)
        return m_overview.error.isEmpty() ? tr("The dump has not been read.") : m_overview.error;
    return {};
}

bool ImportSourcePage::isComplete() const
{
    return errorText().isEmpty();
}

void ImportSourcePage::readSpec(const engine::JobSpec &spec)
{
    const bool network = !spec.networkLink.isEmpty();
    (network ? m_fromDatabase : m_fromDump)->setChecked(true);
    if (network) {
        m_source->setReference(spec.networkLink);
    } else {
        const QList<engine::FileSpec> files = spec.dumpFiles;
        QStringList names;
        QString directory = spec.directory;
        for (const engine::FileSpec &file : files) {
            names << file.fileName;
            if (!file.directory.isEmpty())
                directory = file.directory;
        }
        if (!directory.isEmpty()) {
            m_directory->setCurrentText(directory);
            if (m_directory->findText(directory) < 0)
                m_directory->addItem(directory);
            m_directory->setCurrentIndex(m_directory->findText(directory));
        }
        m_dumpFile->setText(names.join(u','));
        readDump();
    }
    updateMode();
}

void ImportSourcePage::writeSpec(engine::JobSpec &spec) const
{
    spec.networkLink.clear();
    spec.dumpFiles.clear();
    spec.directory.clear();
    if (m_fromDatabase->isChecked()) {
        spec.networkLink = m_source->reference();
        return;
    }
    const QString directory = m_directory->currentText();
    if (!directory.isEmpty() && directory != QLatin1String("DATA_PUMP_DIR"))
        spec.directory = directory;
    for (const QString &part : m_dumpFile->text().split(u',', Qt::SkipEmptyParts)) {
        const auto [dir, name] = engine::DirectoryResolver::splitSpec(part.trimmed());
        spec.dumpFiles << engine::FileSpec{dir, name};
    }
}

} // namespace sluice::gui
