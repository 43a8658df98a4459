// Records a new consent state for one purpose: what it is for, granted, refused or withdrawn, on which
// day the client said so (today unless told otherwise, never a day to come), where it came from (a
// form, an email, a call…) and which version of the privacy policy it was given under. Purposes are
// offered in the words the vault already uses, so that "Newsletter" is not also "news letter".
#pragma once

#include "records/Records.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace coffer {

class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    // purposesInUse: every purpose in the vault (ConsentStore::purposes), offered with the common ones
    // a new vault starts with; purpose: the one to start with.
    ConsentDialog(const QStringList& purposesInUse, const QString& purpose, QWidget* parent = nullptr);

    QString purpose() const;
    ConsentState state() const;
    QDate date() const; // the day the client gave, refused or withdrew it
    QString source() const;
    QString policyVersion() const;

private:
    void updateButton();

    QComboBox* m_purpose;
    QComboBox* m_state;
    QDateEdit* m_date;
    QComboBox* m_source;
    QLineEdit* m_policy;
    QPushButton* m_record;
};

} // namespace coffer
