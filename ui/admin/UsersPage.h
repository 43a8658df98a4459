// The Users page (admins and the owner).
#pragma once

#include <QWidget>

namespace coffer {

class Vault;

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(Vault& vault, QWidget* parent = nullptr);
    ~UsersPage() override;

public slots:
    void reload();

private:
    Vault& m_vault;
};

} // namespace coffer
