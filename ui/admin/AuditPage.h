// The Audit page (admins and the owner).
#pragma once

#include <QWidget>

namespace coffer {

class Vault;

class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(Vault& vault, QWidget* parent = nullptr);
    ~AuditPage() override;

public slots:
    void reload();

private:
    Vault& m_vault;
};

} // namespace coffer
