// The Settings page: your account, the vault's keys (Security, for administrators and the owner), when
// the vault locks itself, how long a copied value stays on the clipboard, the backup folder and count,
// who may erase clients (the owner's choice; others see it), the defaults of "Export all…", and for the
// owner a Danger zone to cancel the account. Preferences are saved as they change; nothing here needs a
// Save button.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace coffer {

class SecurityGroup;
class Vault;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Vault& vault, QWidget* parent = nullptr);
    ~SettingsPage() override;
    // Shows what the signed-in user's role allows now (after handing ownership over: no Danger zone).
    void applyRole();

signals:
    void autoLockChanged(int minutes);
    void cancelAccountRequested();
    void changePasswordRequested();

private:
    QWidget* makeAccountGroup();
    QWidget* makeLockingGroup();
    QWidget* makeLanguageGroup();
    QWidget* makeEraseGroup();
    void showWhoMayErase();
    QWidget* makeExportGroup();
    QWidget* makeDangerZone();

    Vault& m_vault;
    QSpinBox* m_autoLock = nullptr;
    QSpinBox* m_clipboard = nullptr;
    QComboBox* m_whoMayErase = nullptr;
    QLabel* m_whoMayEraseNote = nullptr;
    QWidget* m_dangerZone = nullptr;
    SecurityGroup* m_security = nullptr;
};

} // namespace coffer
