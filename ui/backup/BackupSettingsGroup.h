// The vault's backup settings — the folder automatic backups go to and how many are kept — as one box
// that both the Backups page and the Settings page show. Admins and the owner may change them; others
// see them read-only.
#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace coffer {

class Vault;

class BackupSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit BackupSettingsGroup(Vault& vault, QWidget* parent = nullptr);
    ~BackupSettingsGroup() override;

public slots:
    void reload(); // the vault's current settings into the fields

signals:
    void changed();

private:
    void chooseFolder();
    void setFolder(const QString& folder);
    void applyKeep();
    void showError(const QString& message);

    Vault& m_vault;
    QLineEdit* m_folder;
    QPushButton* m_change = nullptr;
    QPushButton* m_default = nullptr;
    QSpinBox* m_keep;
    QTimer* m_keepDelay;
    QLabel* m_error;
};

} // namespace coffer
