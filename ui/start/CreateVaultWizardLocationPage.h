// The first page of the create wizard: the vault's name and the folder it goes in. The vault becomes
// the folder NAME.coffer inside it; the page says so, and says why it cannot be created there.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace coffer {

class CreateVaultWizardLocationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CreateVaultWizardLocationPage(QWidget* parent = nullptr);

    bool isComplete() const override;
    // The folder that will be the vault: <folder>/<name>.coffer.
    QString vaultFolder() const;

private slots:
    void browse();
    void updatePreview();

private:
    QString problem() const;

    QLineEdit* m_name;
    QLineEdit* m_folder;
    QLabel* m_preview;
};

} // namespace coffer
