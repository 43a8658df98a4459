#include "ClientProfileForm.h"

#include "widgets/Palette.h"

#include "ClientLabels.h"
#include "CountryCombo.h"
#include "ValueListEdit.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace coffer {

namespace {

// The client as it would be stored, so that "modified" ignores spaces and empty rows.
Client tidied(Client c)
{
    (void)checkClient(c);
    return c;
}

std::vector<ClientFieldProblem> problemsOf(Client c)
{
    return checkClient(c);
}

// The same field, and the same entry of a list: the problem a message already shown is about.
bool sameSpot(const ClientFieldProblem& a, const ClientFieldProblem& b)
{
    return a.field == b.field && a.index == b.index;
}

bool sameData(const Client& a, const Client& b)
{
    return a.kind == b.kind && a.displayName == b.displayName && a.givenName == b.givenName &&
           a.familyName == b.familyName && a.organisation == b.organisation && a.emails == b.emails &&
           a.phones == b.phones && a.address == b.address && a.country == b.country && a.tags == b.tags &&
           a.fields == b.fields && a.restricted == b.restricted && a.retention == b.retention;
}

} // namespace

ClientProfileForm::ClientProfileForm(bool editable, QWidget* parent)
    : QWidget(parent)
    , m_editable(editable)
    , m_form(new QFormLayout)
    , m_revealTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("profileForm"));
    // The fields keep their natural heights at the top; spare height stays below them.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 12, 0);
    outer->addLayout(m_form);
    outer->addStretch(1);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setVerticalSpacing(8);
    buildNames();
    buildContacts();
    buildOther();
    m_revealTimer->setSingleShot(true);
    m_revealTimer->setInterval(kRevealDelayMs);
    connect(m_revealTimer, &QTimer::timeout, this, &ClientProfileForm::revealProblems);
    // Leaving a field says at once what is wrong with it, without waiting for the pause.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        if (m_revealTimer->isActive() && old && old != now && isAncestorOf(old))
            revealProblems();
    });
    setClient(Client{});
}

QWidget* ClientProfileForm::withProblem(QWidget* editor, ClientField field, const char* objectName)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto* problem = new QLabel(box);
    problem->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(Palette::textStyle(ColorRole::Error));
    problem->hide();
    layout->addWidget(problem);
    m_problems.insert(field, problem);
    return box;
}

void ClientProfileForm::addRow(const QString& label, QWidget* editor, std::optional<ClientField> field,
                               const char* objectName)
{
    editor->setObjectName(QString::fromLatin1(objectName));
    QWidget* box = field ? withProblem(editor, *field, objectName) : editor;
    m_form->addRow(label, box);
    if (auto* buddy = qobject_cast<QLabel*>(m_form->labelForField(box)))
        buddy->setBuddy(editor);
    if (editor->accessibleName().isEmpty())
        editor->setAccessibleName(QString(label).remove(u'&').remove(u':'));
}

void ClientProfileForm::buildNames()
{
    m_person = new QRadioButton(tr("&Person"), this);
    m_organisation = new QRadioButton(tr("Or&ganisation"), this);
    m_person->setObjectName(QStringLiteral("personRadio"));
    m_organisation->setObjectName(QStringLiteral("organisationRadio"));
    m_person->setAccessibleName(tr("The client is a person"));
    m_organisation->setAccessibleName(tr("The client is an organisation"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_person);
    group->addButton(m_organisation);
    auto* kinds = new QWidget(this);
    auto* kindLine = new QHBoxLayout(kinds);
    kindLine->setContentsMargins(0, 0, 0, 0);
    kindLine->addWidget(m_person);
    kindLine->addWidget(m_organisation);
    kindLine->addStretch();
    m_form->addRow(tr("Kind:"), kinds);
    connect(m_person, &QRadioButton::toggled, this, [this] {
        updateKind();
        onEdited();
    });

    m_givenName = new QLineEdit(this);
    m_familyName = new QLineEdit(this);
    m_organisationName = new QLineEdit(this);
    m_displayName = new QLineEdit(this);
    m_displayName->setPlaceholderText(tr("Leave empty to use the name above"));
    addRow(tr("Gi&ven name:"), m_givenName, ClientField::GivenName, "givenNameEdit");
    addRow(tr("&Family name:"), m_familyName, ClientField::FamilyName, "familyNameEdit");
    addRow(tr("&Organisation:"), m_organisationName, ClientField::Organisation, "organisationEdit");
    addRow(tr("&Display name:"), m_displayName, ClientField::DisplayName, "displayNameEdit");
    for (QLineEdit* edit : {m_givenName, m_familyName, m_organisationName, m_displayName})
        connect(edit, &QLineEdit::textEdited, this, &ClientProfileForm::onEdited);
}

void ClientProfileForm::buildContacts()
{
    m_emails = new ValueListEdit(
        {{tr("Email %1")}, {tr("name@example.com")}, tr("Copy email %1"), tr("Remove email %1"), tr("Add email")},
        this);
    m_phones = new ValueListEdit(
        {{tr("Phone %1")}, {tr("+371 2000 0000")}, tr("Copy phone %1"), tr("Remove phone %1"), tr("Add phone")}, this);
    // Their problems stand under the row they are about (ValueListEdit), not under the whole list.
    addRow(tr("Emails:"), m_emails, std::nullopt, "emailsEdit");
    addRow(tr("Phones:"), m_phones, std::nullopt, "phonesEdit");
    m_emails->setAccessibleName(tr("Emails"));
    m_phones->setAccessibleName(tr("Phones"));

    m_address = new QPlainTextEdit(this);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 14);
    addRow(tr("&Address:"), m_address, ClientField::Address, "addressEdit");
    m_country = new CountryCombo(this);
    addRow(tr("&Country:"), m_country, ClientField::Country, "countryCombo");
    for (ValueListEdit* list : {m_emails, m_phones})
        connect(list, &ValueListEdit::edited, this, &ClientProfileForm::onEdited);
    connect(m_address, &QPlainTextEdit::textChanged, this, &ClientProfileForm::onEdited);
    connect(m_country, &QComboBox::activated, this, &ClientProfileForm::onEdited);
}

void ClientProfileForm::buildOther()
{
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("Separate tags with commas, e.g. supplier, vip"));
    addRow(tr("&Tags:"), m_tags, ClientField::Tags, "tagsEdit");
    m_fields = new ValueListEdit({{tr("Name of custom field %1"), tr("Value of custom field %1")},
                                  {tr("Name, e.g. VAT number"), tr("Value")},
                                  QString(),
                                  tr("Remove custom field %1"),
                                  tr("Add custom field")},
                                 this);
    m_fields->setAccessibleName(tr("Custom fields"));
    addRow(tr("Custom fields:"), m_fields, ClientField::CustomFields, "customFieldsEdit");
    m_retention = new QLineEdit(this);
    m_retention->setPlaceholderText(tr("A retention rule's name; empty: the rules of the client's purposes"));
    addRow(tr("&Retention:"), m_retention, std::nullopt, "retentionEdit");
    m_stamps = new QLabel(this);
    m_stamps->setObjectName(QStringLiteral("stampsLabel"));
    m_stamps->setForegroundRole(QPalette::PlaceholderText);
    m_stamps->setWordWrap(true);
    m_form->addRow(QString(), m_stamps);
    connect(m_tags, &QLineEdit::textEdited, this, &ClientProfileForm::onEdited);
    connect(m_fields, &ValueListEdit::edited, this, &ClientProfileForm::onEdited);
    connect(m_retention, &QLineEdit::textEdited, this, &ClientProfileForm::onEdited);
}

void ClientProfileForm::updateKind()
{
    const bool person = m_person->isChecked();
    m_form->setRowVisible(m_givenName->parentWidget(), person);
    m_form->setRowVisible(m_familyName->parentWidget(), person);
    // A person's organisation is where they work; an organisation's is its own name.
    auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_organisationName->parentWidget()));
    label->setText(person ? tr("W&orks at:") : tr("&Organisation name:"));
    m_organisationName->setAccessibleName(person ? tr("Works at") : tr("Organisation name"));
}

void ClientProfileForm::setClient(const Client& client)
{
    // First: replacing the rows moves the focus out of an edit that is going away, which must not
    // reveal the problems of a client no longer shown.
    m_revealTimer->stop();
    m_shown = client;
    const QSignalBlocker blockPerson(m_person), blockAddress(m_address);
    (client.kind == ClientKind::Organisation ? m_organisation : m_person)->setChecked(true);
    m_givenName->setText(client.givenName);
    m_familyName->setText(client.familyName);
    m_organisationName->setText(client.organisation);
    // A display name that only repeats the names is derived again on save; showing it would hide that.
    const Client derived = tidied([&] {
        Client c = client;
        c.displayName.clear();
        return c;
    }());
    m_displayName->setText(client.displayName == derived.displayName ? QString() : client.displayName);
    m_emails->setValues(client.emails);
    m_phones->setValues(client.phones);
    m_address->setPlainText(client.address);
    m_country->setCode(client.country);
    m_tags->setText(client.tags.join(QStringLiteral(", ")));
    QList<QStringList> fields;
    for (auto it = client.fields.cbegin(); it != client.fields.cend(); ++it)
        fields << QStringList{it.key(), it.value()};
    m_fields->setRows(fields);
    m_retention->setText(client.retention);
    m_stamps->setText(client.created.isValid()
                          ? tr("Added %1 · last changed %2")
                                .arg(ClientLabels::dateTime(client.created), ClientLabels::dateTime(client.updated))
                          : QString());
    m_stamps->setVisible(client.created.isValid());

    // A restricted client's data is kept, not changed (core refuses it too): shown, but not editable.
    const bool readOnly = !m_editable || client.restricted;
    for (QLineEdit* edit : {m_givenName, m_familyName, m_organisationName, m_displayName, m_tags, m_retention}) {
        edit->setReadOnly(readOnly);
        if (readOnly) // hints on how to fill a field only mislead where it cannot be filled
            edit->setPlaceholderText(QString());
    }
    for (ValueListEdit* list : {m_emails, m_phones, m_fields})
        list->setReadOnly(readOnly);
    m_address->setReadOnly(readOnly);
    for (QWidget* w :
         {static_cast<QWidget*>(m_person), static_cast<QWidget*>(m_organisation), static_cast<QWidget*>(m_country)})
        w->setEnabled(!readOnly);
    updateKind();
    // A value stored before today's rules (an email with a comma) is pointed out as soon as it is shown.
    m_nameAsked = false;
    m_current = problemsOf(this->client());
    revealProblems();
}

Client ClientProfileForm::client() const
{
    Client c = m_shown;
    c.kind = m_organisation->isChecked() ? ClientKind::Organisation : ClientKind::Person;
    // Names that belong to the other kind are not stored, even if typed before the kind changed.
    c.givenName = c.kind == ClientKind::Person ? m_givenName->text() : QString();
    c.familyName = c.kind == ClientKind::Person ? m_familyName->text() : QString();
    c.organisation = m_organisationName->text();
    c.displayName = m_displayName->text();
    c.emails = m_emails->values();
    c.phones = m_phones->values();
    c.address = m_address->toPlainText().trimmed();
    c.country = m_country->code();
    c.tags = m_tags->text().split(u',');
    c.fields.clear();
    for (const QStringList& row : m_fields->rows())
        if (!row.join(QString()).trimmed().isEmpty())
            c.fields.insert(row.value(0), row.value(1));
    c.retention = m_retention->text();
    return c;
}

bool ClientProfileForm::isModified() const
{
    return m_editable && !m_shown.restricted && !sameData(tidied(client()), tidied(m_shown));
}

void ClientProfileForm::focusFirstField()
{
    editorOf(ClientField::Name)->setFocus();
}

QWidget* ClientProfileForm::editorOf(ClientField field) const
{
    switch (field) {
    case ClientField::Name:
        return m_person->isChecked() ? m_givenName : m_organisationName;
    case ClientField::DisplayName:
        return m_displayName;
    case ClientField::GivenName:
        return m_givenName;
    case ClientField::FamilyName:
        return m_familyName;
    case ClientField::Organisation:
        return m_organisationName;
    case ClientField::Email:
        return m_emails;
    case ClientField::Phone:
        return m_phones;
    case ClientField::Address:
        return m_address;
    case ClientField::Country:
        return m_country;
    case ClientField::Tags:
        return m_tags;
    case ClientField::CustomFields:
        return m_fields;
    }
    return nullptr;
}

void ClientProfileForm::onEdited()
{
    m_current = problemsOf(client());
    // What is shown stays only where a problem remains (in its new words); what is new waits for a pause.
    std::vector<ClientFieldProblem> remaining;
    for (const ClientFieldProblem& p : m_current)
        if (std::any_of(m_displayed.cbegin(), m_displayed.cend(), [&](const auto& d) { return sameSpot(d, p); }))
            remaining.push_back(p);
    display(remaining);
    m_revealTimer->start();
    emit edited();
}

void ClientProfileForm::revealProblems()
{
    m_revealTimer->stop();
    std::vector<ClientFieldProblem> shown;
    for (const ClientFieldProblem& p : m_current)
        if (p.field != ClientField::Name || m_nameAsked)
            shown.push_back(p);
    display(shown);
}

bool ClientProfileForm::hasWrongValues() const
{
    return std::any_of(m_current.cbegin(), m_current.cend(),
                       [](const ClientFieldProblem& p) { return p.field != ClientField::Name; });
}

void ClientProfileForm::showProblems(const std::vector<ClientFieldProblem>& problems)
{
    m_revealTimer->stop();
    m_nameAsked = true;
    m_current = problems;
    display(problems);
    if (!problems.empty()) {
        QWidget* first = editorOf(problems.front().field);
        if (auto* list = qobject_cast<ValueListEdit*>(first))
            first = list->editAt(std::max(0, problems.front().index));
        if (first)
            first->setFocus();
    }
}

void ClientProfileForm::display(const std::vector<ClientFieldProblem>& problems)
{
    m_displayed = problems;
    QMap<QLabel*, QStringList> messages;
    QMap<QWidget*, QStringList> described;
    m_emails->clearProblems();
    m_phones->clearProblems();
    for (const ClientFieldProblem& p : problems) {
        if (p.field == ClientField::Email || p.field == ClientField::Phone) {
            (p.field == ClientField::Email ? m_emails : m_phones)->setRowProblem(p.index, p.problem);
            continue;
        }
        // "Needs a name" belongs beside the name the user is expected to type.
        const ClientField field = p.field != ClientField::Name ? p.field
                                  : m_person->isChecked()      ? ClientField::GivenName
                                                               : ClientField::Organisation;
        if (QLabel* label = m_problems.value(field)) {
            messages[label] << p.problem;
            described[editorOf(field)] << p.problem;
        }
    }
    for (QLabel* label : std::as_const(m_problems)) {
        label->setText(messages.value(label).join(u'\n'));
        label->setVisible(messages.contains(label));
    }
    for (ClientField field : m_problems.keys()) // a screen reader says the problem with the field
        if (QWidget* editor = editorOf(field))
            editor->setAccessibleDescription(described.value(editor).join(u' '));
}

void ClientProfileForm::setRetentionRules(const QStringList& names)
{
    auto* completer = new QCompleter(names, m_retention);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    if (QCompleter* old = m_retention->completer())
        old->deleteLater();
    m_retention->setCompleter(completer);
}

} // namespace coffer
