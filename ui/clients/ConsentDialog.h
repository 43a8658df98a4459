// Records a new consent state for one purpose: which purpose of the catalogue it is for, granted,
// refused or withdrawn, on which day the client said so (today unless told otherwise, never a day to
// come), where it came from (a form, an email, a call…), which version of the privacy policy it was
// given under (the one in force on that day unless another is chosen), when a grant ends, and the file
// that shows it (a signed form). Only the catalogue's purposes are offered: administrators define them
// on the Purposes & Policies page, so that "Newsletter" is one purpose with one lawful basis.
#pragma once

#include "records/PurposeRows.h"
#include "records/Records.h"

#include <QDate>
#include <QDialog>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace coffer {

class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    // catalogue: the purposes to offer (PurposeCatalogue::list); policies: the archive, newest first
    // (PolicyArchive::list); purpose: the one to start with, if any.
    ConsentDialog(const std::vector<Purpose>& catalogue, const std::vector<PolicyVersion>& policies,
                  const QString& purpose, QWidget* parent = nullptr);

    QString purpose() const;
    ConsentState state() const;
    QDate date() const; // the day the client gave, refused or withdrew it
    QString source() const;
    QString policyVersion() const; // empty: the one in force on date()
    QDate expires() const;         // null: none
    QString evidencePath() const;  // the file to attach as the evidence, or empty
    void setEvidencePath(const QString& path);

private:
    void updateControls();
    void chooseEvidence();

    std::vector<PolicyVersion> m_policies;
    QComboBox* m_purpose;
    QComboBox* m_state;
    QDateEdit* m_date;
    QComboBox* m_source;
    QComboBox* m_policy;
    QCheckBox* m_ends;
    QDateEdit* m_expires;
    QLabel* m_evidence;
    QString m_evidencePath;
    QPushButton* m_record;
};

} // namespace coffer
