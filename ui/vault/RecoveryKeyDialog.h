// A new recovery key, shown once (RecoveryKeyPanel): after the owner replaced the old one (Settings →
// Security), or made the first one of their own after ownership was handed to them. Done is enabled once
// the owner ticks that the key is stored; the dialog cannot be closed before, because the key it shows
// already replaced the old one and is not kept anywhere else.
#pragma once

#include <QDialog>

class QPushButton;

namespace coffer {

class RecoveryKeyPanel;
class Secret;
class Vault;

class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Reason { Replaced, NewOwner };
    RecoveryKeyDialog(const QString& vaultFolder, const Secret& key, Reason reason, QWidget* parent = nullptr);

    // Makes the vault's new recovery key (Vault::rotateRecoveryKey: the owner only) and opens the dialog
    // that shows it, over parent. Returns the error's message when the key could not be made (the old one
    // then still works), or nothing.
    static QString replace(Vault& vault, Reason reason, QWidget* parent);

    RecoveryKeyPanel* panel() const { return m_panel; }
    void done(int result) override;

private:
    RecoveryKeyPanel* m_panel;
    QPushButton* m_done;
};

} // namespace coffer
