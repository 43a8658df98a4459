// Settings → Security, for administrators and the owner: when the data key last changed (and a warning
// when access was taken away since without a change, after `--no-rekey`), "Change the Data Key…"
// (KeyChange), "Destroy Older Backups…" while backups under an older key remain (OldKeyBackupsDialog), and
// for the owner "Replace the Recovery Key…" — or "Make a Recovery Key…" when the vault has none since a
// hand-over (RecoveryKeyDialog).
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace coffer {

class NoticeLabel;
class Vault;

class SecurityGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit SecurityGroup(Vault& vault, QWidget* parent = nullptr);
    // Shows what the vault's keys are like now, and what the signed-in user's role allows.
    void refresh();

protected:
    // The keys may have changed elsewhere (a removal on the Users page) since the page was last shown.
    void showEvent(QShowEvent* event) override;

private:
    void changeDataKey();
    void replaceRecoveryKey();
    void destroyOlderBackups();

    Vault& m_vault;
    QLabel* m_keyState;
    QLabel* m_recoveryState;
    QPushButton* m_changeKey;
    QPushButton* m_olderBackups;
    QPushButton* m_recovery;
    NoticeLabel* m_notice;
};

} // namespace coffer
