// The vault's backup settings — the folder automatic backups go to and how many are kept — as one box
// that both the Backups page and the Settings page show. Admins and the owner may change them; others
// see them read-only.
#pragma once

#include <QGroupBox>

namespace coffer {

class Vault;

class BackupSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit BackupSettingsGroup(Vault& vault, QWidget* parent = nullptr);
    ~BackupSettingsGroup() override;

signals:
    void changed();

private:
    Vault& m_vault;
};

} // namespace coffer
