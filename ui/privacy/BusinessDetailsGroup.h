// Settings → "Your business in letters": the details the access letter and the reply letters are
// signed with (privacy/Controller), filled in once. Admins and the owner edit and save them; everyone
// else sees them read-only. The supervisory authority offers the presets of Latvia, Lithuania and the
// Czech Republic and takes any other in the business's own words.
#pragma once

#include "privacy/Controller.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace coffer {

class Vault;

class BusinessDetailsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit BusinessDetailsGroup(Vault& vault, QWidget* parent = nullptr);

    void reload();

private:
    ControllerDetails typed() const;
    void save();
    void markChanged();

    Vault& m_vault;
    bool m_editable;
    ControllerDetails m_saved;
    QLineEdit* m_name;
    QPlainTextEdit* m_address;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_contact;
    QComboBox* m_authority;
    QPlainTextEdit* m_purposes;
    QPlainTextEdit* m_recipients;
    QPlainTextEdit* m_retention;
    QPlainTextEdit* m_sources;
    QPushButton* m_save = nullptr;
    QLabel* m_status;
};

} // namespace coffer
