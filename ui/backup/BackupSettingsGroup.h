// The vault's backup settings — the folder automatic backups go to and how many are kept — as one box
// that both the Backups page and the Settings page show. Admins and the owner may change them; others
// see them read-only. A folder on a network file system or in a synced folder is refused with core's
// explanation; the owner is asked instead whether to accept the risk, and the box then says which.
// While the folder is on the vault's own disk (as the default beside it is), the box says plainly that
// such a backup does not survive a dead disk, and offers to choose a USB drive or another disk.
#pragma once

#include "backup/ManagedBackups.h"

#include <QGroupBox>

class QFormLayout;
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
    // Change… and Choose Another Disk…: the folder chooser (object name "backupFolderDialog"), open
    // without blocking; the folder chosen goes to setFolder().
    void chooseFolder();
    // As if chosen with Change… (empty: the default); the owner is asked about a risky folder first.
    void setFolder(const QString& folder);

signals:
    void changed();

private:
    void addSameDiskWarning(QFormLayout* form, bool mayEdit);
    void applyFolder(const QString& folder, bool acceptRisk); // asks whether the backups move along
    void moveFolder(const QString& folder, bool acceptRisk, FolderChange change);
    void askToAcceptRisk(const QString& folder, const QString& why);
    void applyKeep();
    void showError(const QString& message);

    Vault& m_vault;
    QLineEdit* m_folder;
    QPushButton* m_change = nullptr;
    QPushButton* m_default = nullptr;
    QSpinBox* m_keep;
    QTimer* m_keepDelay;
    QLabel* m_risk;
    QLabel* m_sameDisk = nullptr; // the notice, object name "sameDiskWarning"
    QPushButton* m_chooseOtherDisk = nullptr;
    QLabel* m_error;
};

} // namespace coffer
