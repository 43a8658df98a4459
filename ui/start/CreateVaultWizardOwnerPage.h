// The second page of the create wizard: the owner's name and password. It is the commit page: pressing
// Create runs calibration and creation on a worker thread (a few seconds with real parameters) and
// moves on to the recovery key only once core has made the vault.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace coffer {

class CreateVaultWizard;
class NewPasswordFields;

class CreateVaultWizardOwnerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CreateVaultWizardOwnerPage(CreateVaultWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;
    bool isBusy() const { return m_busy; }

private:
    void create();
    void setBusy(bool busy);

    CreateVaultWizard* m_wizard;
    QLineEdit* m_ownerName;
    NewPasswordFields* m_fields;
    QLabel* m_status;
    QProgressBar* m_progress;
    bool m_busy = false;
};

} // namespace coffer
