// Every field of one client, for reading or editing: kind, names, emails and phones, address, country,
// tags, custom fields, retention category and the processing-restricted flag. It only shows and
// collects; ClientView saves. Problems found by checkClient() are shown beside the field they are about.
#pragma once

#include "records/ClientValidation.h"
#include "records/Records.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace coffer {

class CountryCombo;
class ValueListEdit;

class ClientProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ClientProfileForm(bool editable, QWidget* parent = nullptr);

    // Shows client as stored; clears every problem shown. The form is then unmodified.
    void setClient(const Client& client);
    // What the fields say now, with id and stamps of the client shown.
    Client client() const;
    bool isModified() const;
    void focusFirstField();

    // Puts each message beside its field (several for one field are listed together) and focuses the
    // first field with a problem.
    void showProblems(const std::vector<ClientFieldProblem>& problems);
    void clearProblems();
    // The label showing problems of field, for tests and for screen readers' relations.
    QLabel* problemLabel(ClientField field) const { return m_problems.value(field); }

signals:
    void edited();

private:
    void buildNames();
    void buildContacts();
    void buildOther();
    QWidget* withProblem(QWidget* editor, ClientField field, const char* objectName);
    void addRow(const QString& label, QWidget* editor, std::optional<ClientField> field, const char* objectName);
    void updateKind();
    QWidget* editorOf(ClientField field) const;

    bool m_editable;
    Client m_shown;
    QFormLayout* m_form;
    QRadioButton* m_person;
    QRadioButton* m_organisation;
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QLineEdit* m_organisationName;
    QLineEdit* m_displayName;
    ValueListEdit* m_emails;
    ValueListEdit* m_phones;
    QPlainTextEdit* m_address;
    CountryCombo* m_country;
    QLineEdit* m_tags;
    ValueListEdit* m_fields;
    QLineEdit* m_retention;
    QCheckBox* m_restricted;
    QLabel* m_stamps;
    QMap<ClientField, QLabel*> m_problems;
};

} // namespace coffer
