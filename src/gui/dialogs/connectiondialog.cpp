#include "gui/dialogs/connectiondialog.h"

#include "gui/common/backgroundtask.h"
#include "gui/connections/connectiontester.h"
#include "gui/connections/credentialprovider.h"
#include "ui_connectiondialog.h"

#include <QFileDialog>
#include <QPointer>
#include <QPushButton>

namespace sluice::gui {

namespace {

const QString kCreateOption = QStringLiteral("create");

} // namespace

ConnectionDialog::ConnectionDialog(Mode mode, CredentialProvider *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_credentials(credentials)
    , m_test(new BackgroundTask(this))
    , m_mode(mode)
{
    m_ui->setupUi(this);
    setWindowTitle(mode == Mode::Add ? tr("New Connection") : tr("Edit Connection"));
    setUpEngines();
    m_ui->testProgress->hide();
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_ui->keychainLabel->hide();
    m_ui->nameEdit->setReadOnly(mode == Mode::Edit);
    alignLabels();

    for (QLineEdit *edit : {m_ui->fileEdit, m_ui->hostEdit, m_ui->userEdit, m_ui->databaseEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateUrl);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::updateUrl);
    connect(m_ui->createCheck, &QCheckBox::toggled, this, &ConnectionDialog::updateUrl);
    connect(m_ui->engineCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::updatePage);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectionDialog::browseFile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_test, &BackgroundTask::busyChanged, this, &ConnectionDialog::setTesting);
    updatePage();
}

ConnectionDialog::~ConnectionDialog() = default;

// The form is split over three layouts (identity, SQLite page, server page):
// give their label columns one width so the fields line up.
void ConnectionDialog::alignLabels()
{
    const QList<QLabel *> labels{m_ui->nameLabel,     m_ui->engineLabel,  m_ui->fileLabel,
                                 m_ui->hostLabel,     m_ui->portLabel,    m_ui->userLabel,
                                 m_ui->databaseLabel, m_ui->passwordLabel};
    int width = 0;
    for (const QLabel *label : labels)
        width = qMax(width, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(width);
}

void ConnectionDialog::setUpEngines()
{
    for (auto dialect :
         {engine::Dialect::SQLite, engine::Dialect::PostgreSQL, engine::Dialect::MariaDB})
        m_ui->engineCombo->addItem(engine::dialectDisplayName(dialect), int(dialect));
}

void ConnectionDialog::setProfile(const engine::ConnectionProfile &profile)
{
    m_originalName = m_mode == Mode::Edit ? profile.name : QString();
    m_ui->nameEdit->setText(profile.name);
    const engine::ConnectionParams &params = profile.params;
    m_ui->engineCombo->setCurrentIndex(m_ui->engineCombo->findData(int(params.dialect)));
    m_otherOptions = params.options;
    m_ui->createCheck->setChecked(params.optionEnabled(kCreateOption));
    m_otherOptions.remove(kCreateOption);
    m_ui->fileEdit->setText(params.filePath);
    m_ui->hostEdit->setText(params.host);
    m_ui->portSpin->setValue(params.port);
    m_ui->userEdit->setText(params.user);
    m_ui->databaseEdit->setText(params.database);
    m_ui->savePasswordCheck->setChecked(profile.savePassword);
    updatePage();
}

void ConnectionDialog::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
}

engine::ConnectionParams ConnectionDialog::params() const
{
    engine::ConnectionParams params;
    params.dialect = engine::Dialect(m_ui->engineCombo->currentData().toInt());
    params.options = m_otherOptions;
    if (params.dialect == engine::Dialect::SQLite) {
        params.filePath = m_ui->fileEdit->text().trimmed();
        if (m_ui->createCheck->isChecked())
            params.options.insert(kCreateOption, QStringLiteral("yes"));
        return params;
    }
    params.host = m_ui->hostEdit->text().trimmed();
    params.port = m_ui->portSpin->value();
    params.user = m_ui->userEdit->text().trimmed();
    params.database = m_ui->databaseEdit->text().trimmed();
    return params;
}

engine::ConnectionProfile ConnectionDialog::profile() const
{
    engine::ConnectionProfile profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.params = params();
    profile.savePassword = profile.params.dialect != engine::Dialect::SQLite &&
                           m_ui->savePasswordCheck->isEnabled() &&
                           m_ui->savePasswordCheck->isChecked();
    return profile;
}

QString ConnectionDialog::password() const
{
    return params().dialect == engine::Dialect::SQLite ? QString() : m_ui->passwordEdit->text();
}

bool ConnectionDialog::isTesting() const
{
    return m_test->isBusy() || m_waitingForPassword;
}

void ConnectionDialog::updatePage()
{
    const auto dialect = engine::Dialect(m_ui->engineCombo->currentData().toInt());
    const bool sqlite = dialect == engine::Dialect::SQLite;
    m_ui->paramsStack->setCurrentWidget(sqlite ? m_ui->sqlitePage : m_ui->serverPage);
    if (!sqlite) {
        engine::ConnectionParams probe;
        probe.dialect = dialect;
        m_ui->portSpin->setSpecialValueText(tr("Default (%1)").arg(probe.effectivePort()));
    }
    updateUrl();
}

void ConnectionDialog::updateUrl()
{
    const engine::ConnectionParams current = params();
    const QString problem = current.validationError();
    if (problem.isEmpty()) {
        m_ui->urlLabel->setText(current.toUrl().toHtmlEscaped());
        return;
    }
    m_ui->urlLabel->setText(
        QStringLiteral("<span style=\"color: gray\">%1</span>").arg(problem.toHtmlEscaped()));
}

void ConnectionDialog::browseFile()
{
    auto *picker = new QFileDialog(this, tr("SQLite Database File"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::AnyFile);
    picker->setNameFilters({tr("SQLite databases (*.db *.sqlite *.sqlite3)"), tr("All files (*)")});
    const QString current = m_ui->fileEdit->text().trimmed();
    if (!current.isEmpty())
        picker->selectFile(current);
    connect(picker, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_ui->fileEdit->setText(file); });
    picker->open();
}

void ConnectionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_keychainChecked) {
        m_keychainChecked = true;
        checkKeychain();
    }
}

// Asks the keychain for this profile's entry: the answer tells whether a keychain
// is there at all, and whether a password is saved already.
void ConnectionDialog::checkKeychain()
{
    m_credentials->probeKeychain(
        m_originalName, this, [this](bool available, bool hasEntry, const QString &reason) {
            m_ui->savePasswordCheck->setEnabled(available);
            if (!available) {
                m_ui->savePasswordCheck->setChecked(false);
                m_ui->keychainLabel->setText(
                    tr("The system keychain is not available (%1): the password is kept for "
                       "this session only.")
                        .arg(reason));
                m_ui->keychainLabel->show();
            } else if (hasEntry) {
                m_ui->passwordEdit->setPlaceholderText(tr("saved in the keychain"));
            }
            Q_EMIT keychainChecked(available);
        });
}

QString ConnectionDialog::validationError() const
{
    const engine::ConnectionProfile current = profile();
    if (const QString error = engine::ConnectionProfile::nameError(current.name); !error.isEmpty())
        return error;
    if (m_mode == Mode::Add && m_existingNames.contains(current.name, Qt::CaseInsensitive))
        return tr("A connection named \"%1\" exists already.").arg(current.name);
    return current.params.validationError();
}

void ConnectionDialog::accept()
{
    const QString error = validationError();
    m_ui->errorLabel->setText(error);
    if (!error.isEmpty())
        return;
    QDialog::accept();
}

void ConnectionDialog::testConnection()
{
    const engine::ConnectionParams current = params();
    if (const QString problem = current.validationError(); !problem.isEmpty()) {
        showTestMessage(false, ConnectionTester::errorTitle(engine::OpenError::InvalidParams) +
                                   tr(": ") + problem);
        return;
    }
    const QString typed = password();
    if (!typed.isEmpty() || current.dialect == engine::Dialect::SQLite || m_mode == Mode::Add)
        return runTest(current, typed);
    // A saved profile tested without typing its password: use the stored one.
    m_waitingForPassword = true;
    setTesting(true);
    QPointer<ConnectionDialog> self = this;
    m_credentials->obtain({m_originalName, current, m_ui->savePasswordCheck->isChecked()}, this,
                          [self, current](std::optional<QString> password) {
                              if (!self)
                                  return;
                              self->m_waitingForPassword = false;
                              if (!password) {
                                  self->setTesting(false);
                                  self->showTestMessage(false, tr("No password was given."));
                                  return;
                              }
                              self->runTest(current, *password);
                          });
}

void ConnectionDialog::runTest(const engine::ConnectionParams &params, const QString &password)
{
    m_ui->testStatusLabel->setText(tr("Connecting…"));
    m_ui->testStatusLabel->setStyleSheet({});
    // Only values go to the worker: the dialog may close before it finishes.
    m_test->start([params, password] { return ConnectionTester::run(params, password); },
                  [this](const ConnectionTestResult &result) { showTestResult(result); });
}

void ConnectionDialog::showTestResult(const ConnectionTestResult &result)
{
    showTestMessage(result.ok, ConnectionTester::describe(result));
}

void ConnectionDialog::showTestMessage(bool ok, const QString &message)
{
    m_ui->testStatusLabel->setText(message);
    m_ui->testStatusLabel->setStyleSheet(ok ? QStringLiteral("color: #1b5e20")
                                            : QStringLiteral("color: #b00020"));
    Q_EMIT testFinished(ok, message);
}

void ConnectionDialog::setTesting(bool testing)
{
    testing = testing || isTesting();
    m_ui->testProgress->setVisible(testing);
    m_ui->testButton->setEnabled(!testing);
}

} // namespace sluice::gui
