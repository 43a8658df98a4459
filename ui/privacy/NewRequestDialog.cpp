#include "NewRequestDialog.h"

#include "Error.h"
#include "RequestLabels.h"
#include "privacy/RequestRegister.h"
#include "records/Deadline.h"
#include "widgets/LocaleText.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

NewRequestDialog::NewRequestDialog(Vault& vault, const QString& clientId, const QString& clientName, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_clientId(clientId)
{
    setObjectName(QStringLiteral("newRequestDialog"));
    setWindowTitle(tr("New Request"));
    auto* form = new QFormLayout;
    if (clientId.isEmpty()) {
        m_requester = new QLineEdit(this);
        m_requester->setObjectName(QStringLiteral("requesterEdit"));
        m_requester->setAccessibleName(tr("Who asked"));
        m_requester->setPlaceholderText(tr("Name and how to reach them, as they gave it"));
        form->addRow(tr("&Who asked:"), m_requester);
    } else {
        auto* who = new QLabel(clientName, this);
        who->setObjectName(QStringLiteral("requestClientLabel"));
        form->addRow(tr("Client:"), who);
    }
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("requestTypeCombo"));
    m_type->setAccessibleName(tr("What they ask for"));
    for (RequestType t :
         {RequestType::Access, RequestType::Rectification, RequestType::Erasure, RequestType::Restriction,
          RequestType::Portability, RequestType::Objection, RequestType::Withdrawal})
        m_type->addItem(RequestLabels::type(t), int(t));
    form->addRow(tr("They ask for:"), m_type);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("requestChannelCombo"));
    m_channel->setAccessibleName(tr("How it arrived"));
    for (RequestChannel c : {RequestChannel::Email, RequestChannel::Letter, RequestChannel::Phone,
                             RequestChannel::InPerson, RequestChannel::Other})
        m_channel->addItem(RequestLabels::channel(c), int(c));
    form->addRow(tr("It &arrived by:"), m_channel);
    m_received = new QDateEdit(QDate::currentDate(), this);
    m_received->setObjectName(QStringLiteral("requestReceivedEdit"));
    m_received->setAccessibleName(tr("Day it was received"));
    LocaleText::makeDateEdit(m_received);
    m_received->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Received on:"), m_received);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("requestDueLabel"));
    m_due->setWordWrap(true);
    form->addRow(tr("Answer by:"), m_due);
    auto showDue = [this] {
        m_due->setText(tr("%1 — one month from receipt, even while identity is being checked; it can be extended "
                          "by up to two months, telling the person why within the first month.")
                           .arg(LocaleText::date(requestDueDate(m_received->date()))));
    };
    connect(m_received, &QDateEdit::dateChanged, this, showDue);
    showDue();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("requestErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::tintStyle(ColorRole::Error, QStringLiteral("QLabel"), Palette::kNoticeShape));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("&Record Request"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("recordRequestButton"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRequestDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void NewRequestDialog::record()
{
    NewRequest r;
    r.clientId = m_clientId;
    r.requester = m_requester ? m_requester->text() : QString();
    r.type = RequestType(m_type->currentData().toInt());
    r.channel = RequestChannel(m_channel->currentData().toInt());
    r.received = m_received->date();
    try {
        m_requestId = RequestRegister(m_vault).add(r);
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    accept();
}

} // namespace coffer
