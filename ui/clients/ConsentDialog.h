// Records a new consent state for one purpose: what it is for, granted, refused or withdrawn, where it
// came from (a form, an email, a call…) and which version of the privacy policy it was given under.
#pragma once

#include "records/Records.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace coffer {

class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    // purposes: those the client already has, offered for choosing; purpose: the one to start with.
    ConsentDialog(const QStringList& purposes, const QString& purpose, QWidget* parent = nullptr);

    QString purpose() const;
    ConsentState state() const;
    QString source() const;
    QString policyVersion() const;

private:
    QComboBox* m_purpose;
    QComboBox* m_state;
    QComboBox* m_source;
    QLineEdit* m_policy;
    QPushButton* m_record;
};

} // namespace coffer
