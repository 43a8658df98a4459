// After the data key changed: the managed backups taken before still open with the old key, and with the
// passwords people had then — a removed user's too. This dialog says how many there are and what stays
// out of Coffer's reach (exports, restored copies, unreachable folders: RemainingCopies), and offers to
// destroy their key slots (RemainingCopies::pruneOldKeys: a backup under the new key is verified first).
// "Keep Them" is the default: nothing is destroyed by a stray Enter.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace coffer {

class NoticeLabel;
class Vault;

class OldKeyBackupsDialog : public QDialog
{
    Q_OBJECT
public:
    OldKeyBackupsDialog(Vault& vault, int oldBackups, QWidget* parent = nullptr);

    // When the signed-in user may manage backups and some backups open with an older key: opens the
    // dialog (window-modal, deleted on close) over parent and returns it; otherwise nullptr.
    static OldKeyBackupsDialog* offer(Vault& vault, QWidget* parent);

private:
    void destroyOld();

    Vault& m_vault;
    QLabel* m_text;
    NoticeLabel* m_notice;
    QPushButton* m_destroy;
    QPushButton* m_keep;
};

} // namespace coffer
