#pragma once

#include <QComboBox>

namespace sluice::gui {

class BackgroundTask;

// An editable combo of the saved connection profiles (listed on a worker) that also
// takes a URL. referenceChosen() fires when the user picks or types a connection.
class ImportProfileCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit ImportProfileCombo(QWidget *parent = nullptr);

    // Selects a profile or types a URL; kept until the list has loaded.
    void setReference(const QString &reference);
    [[nodiscard]] QString reference() const { return currentText().trimmed(); }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void referenceChosen(const QString &reference);
    void profilesLoaded();

private:
    void load();

    BackgroundTask *m_task;
    QString m_wanted;
    bool m_loaded = false;
};

} // namespace sluice::gui
