#include "BusinessDetailsGroup.h"

#include "Error.h"
#include "vault/Vault.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

namespace {

QPlainTextEdit* textBox(QWidget* parent, const char* name, int lines, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QLineEdit* lineBox(QWidget* parent, const char* name, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

BusinessDetailsGroup::BusinessDetailsGroup(Vault& vault, QWidget* parent)
    : QGroupBox(tr("Your business in letters"), parent)
    , m_vault(vault)
    , m_editable(roleAllows(vault.currentUser().role, Permission::ManageController))
{
    setObjectName(QStringLiteral("businessDetailsGroup"));
    m_name = lineBox(this, "businessNameEdit", tr("The name letters are signed with"));
    m_address = textBox(this, "businessAddressEdit", 2, tr("Street, town, postcode"));
    m_email = lineBox(this, "businessEmailEdit");
    m_phone = lineBox(this, "businessPhoneEdit");
    m_contact = lineBox(this, "businessContactEdit", tr("Who answers for privacy, if not the address above"));
    m_authority = new QComboBox(this);
    m_authority->setObjectName(QStringLiteral("businessAuthorityCombo"));
    m_authority->setEditable(true);
    m_authority->addItem(QString());
    for (const char* country : {"LV", "LT", "CZ"})
        m_authority->addItem(Controller::authorityPreset(QLatin1String(country)));
    m_authority->lineEdit()->setPlaceholderText(tr("Choose, or type the name and address of your authority"));
    m_purposes = textBox(this, "businessPurposesEdit", 2,
                         tr("For instance: to carry out our contracts with you (GDPR Art. 6(1)(b)); to keep the "
                            "accounts the law requires (Art. 6(1)(c))"));
    m_recipients = textBox(this, "businessRecipientsEdit", 2,
                           tr("For instance: our accountant; our email provider. Leave empty if nobody outside "
                              "receives the data."));
    m_retention = textBox(this, "businessRetentionEdit", 2,
                          tr("For instance: as long as you are our client, then five years for the accounts"));
    m_sources = textBox(this, "businessSourcesEdit", 2,
                        tr("Where data comes from when not from the person themselves, if ever"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Privacy &contact:"), m_contact);
    form->addRow(tr("Supervisory &authority:"), m_authority);
    form->addRow(tr("P&urposes and legal bases:"), m_purposes);
    form->addRow(tr("&Recipients:"), m_recipients);
    form->addRow(tr("How long data is &kept:"), m_retention);
    form->addRow(tr("&Sources:"), m_sources);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("businessDetailsStatus"));
    m_status->setWordWrap(true);
    auto* intro = new QLabel(tr("The letter that goes with an access pack, and the replies to requests, are signed "
                                "with these details and say what they say here. Coffer fills in the rest from the "
                                "client's record; it does not give legal advice."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    if (m_editable) {
        m_save = new QPushButton(tr("Sa&ve Details"), this);
        m_save->setObjectName(QStringLiteral("saveBusinessDetailsButton"));
        connect(m_save, &QPushButton::clicked, this, &BusinessDetailsGroup::save);
        bar->addWidget(m_save, 0, Qt::AlignTop);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(bar);

    for (QLineEdit* e : {m_name, m_email, m_phone, m_contact}) {
        e->setReadOnly(!m_editable);
        connect(e, &QLineEdit::textEdited, this, &BusinessDetailsGroup::markChanged);
    }
    for (QPlainTextEdit* e : {m_address, m_purposes, m_recipients, m_retention, m_sources}) {
        e->setReadOnly(!m_editable);
        connect(e, &QPlainTextEdit::textChanged, this, &BusinessDetailsGroup::markChanged);
    }
    m_authority->setEnabled(m_editable);
    connect(m_authority, &QComboBox::currentTextChanged, this, &BusinessDetailsGroup::markChanged);
    reload();
}

void BusinessDetailsGroup::reload()
{
    try {
        m_saved = Controller::details(m_vault);
    } catch (const Error& e) {
        m_status->setText(e.message());
        return;
    }
    const QSignalBlocker blocks[] = {QSignalBlocker(m_address),    QSignalBlocker(m_purposes),
                                     QSignalBlocker(m_recipients), QSignalBlocker(m_retention),
                                     QSignalBlocker(m_sources),    QSignalBlocker(m_authority)};
    m_name->setText(m_saved.name);
    m_address->setPlainText(m_saved.address);
    m_email->setText(m_saved.email);
    m_phone->setText(m_saved.phone);
    m_contact->setText(m_saved.protectionContact);
    m_authority->setCurrentText(m_saved.authority);
    m_purposes->setPlainText(m_saved.purposes);
    m_recipients->setPlainText(m_saved.recipients);
    m_retention->setPlainText(m_saved.retention);
    m_sources->setPlainText(m_saved.sources);
    markChanged();
}

ControllerDetails BusinessDetailsGroup::typed() const
{
    ControllerDetails d;
    d.name = m_name->text().trimmed();
    d.address = m_address->toPlainText().trimmed();
    d.email = m_email->text().trimmed();
    d.phone = m_phone->text().trimmed();
    d.protectionContact = m_contact->text().trimmed();
    d.authority = m_authority->currentText().trimmed();
    d.purposes = m_purposes->toPlainText().trimmed();
    d.recipients = m_recipients->toPlainText().trimmed();
    d.retention = m_retention->toPlainText().trimmed();
    d.sources = m_sources->toPlainText().trimmed();
    return d;
}

void BusinessDetailsGroup::markChanged()
{
    const bool changed = typed() != m_saved;
    if (m_save)
        m_save->setEnabled(changed);
    m_status->setStyleSheet(QString());
    if (changed)
        m_status->setText(tr("Not saved yet."));
    else if (!m_saved.isComplete())
        m_status->setText(m_editable ? tr("Fill in at least the name and an email or postal address: a letter "
                                          "without them cannot be answered.")
                                     : tr("Not filled in yet; administrators and the owner fill these in."));
    else
        m_status->setText(m_editable ? tr("Saved.") : tr("Administrators and the owner change these details."));
    if (!changed && !m_saved.isComplete())
        m_status->setStyleSheet(Palette::textStyle(ColorRole::Warning));
}

void BusinessDetailsGroup::save()
{
    try {
        Controller::setDetails(m_vault, typed());
    } catch (const Error& e) {
        m_status->setText(e.message());
        m_status->setStyleSheet(Palette::textStyle(ColorRole::Error));
        return;
    }
    reload();
}

} // namespace coffer
