// The Settings page: auto-lock, clipboard clearing, export defaults, and the owner's Danger zone
// (cancel the account).
#pragma once

#include <QWidget>

namespace coffer {

class Vault;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Vault& vault, QWidget* parent = nullptr);
    ~SettingsPage() override;

signals:
    void autoLockChanged(int minutes);
    void cancelAccountRequested();

private:
    Vault& m_vault;
};

} // namespace coffer
