#include "gui/wizards/importprofilecombo.h"

#include "gui/common/backgroundtask.h"

#include "engine/connection/connectionprofilestore.h"

#include <QLineEdit>

namespace sluice::gui {

namespace {

struct ProfileList
{
    QStringList names;
    QStringList urls;
};

} // namespace

ImportProfileCombo::ImportProfileCombo(QWidget *parent)
    : QComboBox(parent)
    , m_task(new BackgroundTask(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(24);
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT referenceChosen(reference()); });
    connect(lineEdit(), &QLineEdit::editingFinished, this,
            [this] { Q_EMIT referenceChosen(reference()); });
    connect(this, &QComboBox::currentIndexChanged, this,
            [this](int index) { setToolTip(itemData(index).toString()); });
    load();
}

void ImportProfileCombo::load()
{
    m_task->start(
        [] {
            ProfileList list;
            engine::ConnectionProfileStore store;
            if (store.load())
                (void)store.ensureSampleProfile();
            for (const auto &profile : store.profiles()) {
                list.names << profile.name;
                list.urls << profile.params.toUrl();
            }
            return list;
        },
        [this](const ProfileList &list) {
            const QString wanted = m_wanted.isEmpty() ? currentText() : m_wanted;
            clear();
            for (qsizetype i = 0; i < list.names.size(); ++i)
                addItem(QIcon(QStringLiteral(":/icons/database.svg")), list.names.at(i),
                        list.urls.at(i));
            m_loaded = true;
            m_wanted.clear();
            setReference(wanted);
            Q_EMIT profilesLoaded();
        });
}

void ImportProfileCombo::setReference(const QString &reference)
{
    if (!m_loaded)
        m_wanted = reference;
    const int index = findText(reference, Qt::MatchFixedString);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setCurrentText(reference);
    if (m_loaded && !reference.isEmpty())
        Q_EMIT referenceChosen(reference);
}

} // namespace sluice::gui
