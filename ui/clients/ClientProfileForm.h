// Every field of one client, for reading or editing: kind, names, emails and phones, address, country,
// tags, custom fields, retention category and the processing-restricted flag. It only shows and
// collects; ClientView saves. The form checks itself with checkClient() as it is typed in: a new
// problem is shown beside its field (under its row, for an email or a phone) once typing pauses or the
// field is left, and a problem put right disappears at once. A missing name is the exception: it is
// said only when Save is pressed, so that a blank form does not open with an error.
#pragma once

#include "records/ClientValidation.h"
#include "records/Records.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTimer;

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
    // The names of the vault's retention rules, offered as the Retention field is typed.
    void setRetentionRules(const QStringList& names);
    // What the fields say now, with id and stamps of the client shown.
    Client client() const;
    bool isModified() const;
    void focusFirstField();

    // Puts each message beside its field (several for one field are listed together), the missing name
    // included, and focuses the first field with a problem. For Save.
    void showProblems(const std::vector<ClientFieldProblem>& problems);
    // True while a value typed is wrong (an email, a phone, a length…): Save waits until it is put right.
    // A name not yet given is not counted; Save says so when pressed.
    bool hasWrongValues() const;
    // The label showing problems of field, for tests and for screen readers' relations. Emails and
    // phones have one under each row instead: ValueListEdit::problemLabelAt.
    QLabel* problemLabel(ClientField field) const { return m_problems.value(field); }
    ValueListEdit* emails() const { return m_emails; }
    ValueListEdit* phones() const { return m_phones; }

    // How long typing must pause before a new problem is shown.
    static constexpr int kRevealDelayMs = 700;

signals:
    // After every change of a field, once the form has checked itself again.
    void edited();

private:
    void onEdited();
    void revealProblems();
    // Shows exactly these problems, each beside its field; hides every other.
    void display(const std::vector<ClientFieldProblem>& problems);
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
    QLabel* m_stamps;
    QMap<ClientField, QLabel*> m_problems;
    std::vector<ClientFieldProblem> m_current;   // what checkClient() says of the fields now
    std::vector<ClientFieldProblem> m_displayed; // what the form shows of it
    bool m_nameAsked = false;                    // Save was pressed without a name: say it from now on
    QTimer* m_revealTimer;
};

} // namespace coffer
