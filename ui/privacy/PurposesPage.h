// The Purposes & Policies page: the catalogue of purposes of processing with their lawful bases, the
// archive of privacy policy versions, and the clients whose consent rests on a version since superseded,
// to ask again. Everyone sees it; administrators and the owner add and change (core checks the roles).
#pragma once

#include "privacy/ContactPermission.h"
#include "records/PurposeRows.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace coffer {

class Vault;

class PurposesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PurposesPage(Vault& vault, QWidget* parent = nullptr);

    void reload();

signals:
    void openClientRequested(const QString& clientId);
    void catalogueChanged(); // a purpose or policy version was added or changed

private:
    QWidget* buildPurposes();
    QWidget* buildPolicies();
    QWidget* buildAskAgain();
    void addPurpose();
    void editPurpose();
    void editRecord(); // what the record of processing says of the selected purpose
    void addPolicy();
    void savePolicy();
    void reloadAskAgain();
    void failed(const QString& title, const QString& message);

    Vault& m_vault;
    bool m_editable;
    std::vector<Purpose> m_catalogue;
    std::vector<PolicyVersion> m_policies;
    QTreeWidget* m_purposes;
    QTreeWidget* m_policyList;
    QComboBox* m_askPurpose;
    QTreeWidget* m_askList;
    QLabel* m_askEmpty;
    QPushButton* m_edit = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_saveCopy;
};

} // namespace coffer
