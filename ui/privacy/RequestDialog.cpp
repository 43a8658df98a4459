#include "RequestDialog.h"

#include "AccessLetter.h"
#include "Error.h"
#include "RequestLabels.h"
#include "privacy/AccessPack.h"
#include "privacy/ContactPermission.h"
#include "privacy/Rectification.h"
#include "privacy/RequestErasure.h"
#include "privacy/RequestRegister.h"
#include "privacy/Restriction.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "tasks/LongTask.h"
#include "tasks/ReportDialog.h"
#include "vault/Vault.h"
#include "widgets/LocaleText.h"
#include "widgets/Palette.h"
#include "widgets/RecordTable.h"
#include "widgets/Refusal.h"
#include "widgets/UserFiles.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace coffer {

namespace {

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A small dialog of a step: fields above, OK and Cancel below; deleted on close.
QDialog* stepDialog(QWidget* parent, const QString& title, const char* name, QFormLayout*& form, QPushButton*& ok)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QLatin1String(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setMinimumWidth(460);
    auto* layout = new QVBoxLayout(dialog);
    form = new QFormLayout;
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace

RequestDialog::RequestDialog(Vault& vault, const QString& requestId, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_id(requestId)
{
    setObjectName(QStringLiteral("requestDialog"));
    setMinimumWidth(680);
    m_title = valueLabel(this, "requestTitleLabel");
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_due = valueLabel(this, "requestDueLabel");
    m_received = valueLabel(this, "requestReceivedLabel");
    m_identity = valueLabel(this, "requestIdentityLabel");
    m_extension = valueLabel(this, "requestExtensionLabel");
    m_status = valueLabel(this, "requestStatusLabel");
    m_hint = valueLabel(this, "requestHintLabel");
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    m_evidence = new QTreeWidget(this);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setHeaderLabels({tr("Evidence"), tr("When"), tr("Detail"), tr("SHA-256")});
    makeRecordTable(m_evidence);
    m_evidence->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_evidence->setMaximumHeight(140);

    m_identify = new QPushButton(tr("&Identity Checked…"), this);
    m_identify->setObjectName(QStringLiteral("identityButton"));
    m_identify->setToolTip(tr("Record how you confirmed that the request comes from the person themselves."));
    connect(m_identify, &QPushButton::clicked, this, &RequestDialog::confirmIdentity);
    m_extend = new QPushButton(tr("E&xtend…"), this);
    m_extend->setObjectName(QStringLiteral("extendButton"));
    m_extend->setToolTip(tr("Give yourself one or two more months, with the reason; tell the person within the "
                            "first month."));
    connect(m_extend, &QPushButton::clicked, this, &RequestDialog::extend);
    m_carryOut = new QPushButton(this);
    m_carryOut->setObjectName(QStringLiteral("carryOutButton"));
    m_openClient = new QPushButton(tr("Open &Client"), this);
    m_openClient->setObjectName(QStringLiteral("openClientButton"));
    connect(m_openClient, &QPushButton::clicked, this, [this] {
        emit openClientRequested(m_request.clientId);
        accept();
    });
    m_close = new QPushButton(tr("Close &Request…"), this);
    m_close->setObjectName(QStringLiteral("closeRequestButton"));
    connect(m_close, &QPushButton::clicked, this, &RequestDialog::closeRequest);
    m_link = new QPushButton(tr("&Link to Client…"), this);
    m_link->setObjectName(QStringLiteral("linkClientButton"));
    m_link->setToolTip(tr("Once you know who asked, link the request to their client record."));
    connect(m_link, &QPushButton::clicked, this, &RequestDialog::linkClient);
    m_letter = new QPushButton(tr("Write &Letter"), this);
    m_letter->setObjectName(QStringLiteral("writeLetterButton"));
    m_letter->setToolTip(tr("The letter that answers the person, filled from this request: as PDF or text."));
    auto* letters = new QMenu(m_letter);
    const std::pair<ReplyKind, QString> kinds[] = {{ReplyKind::Acknowledgement, tr("&Acknowledgement…")},
                                                   {ReplyKind::Extension, tr("&Extension Notice…")},
                                                   {ReplyKind::Completion, tr("&Completion…")},
                                                   {ReplyKind::Refusal, tr("&Refusal…")}};
    for (const auto& [kind, label] : kinds) {
        QAction* action = letters->addAction(label);
        action->setObjectName(QStringLiteral("letter_") + ReplyLetter::kindName(kind));
        connect(action, &QAction::triggered, this, [this, kind = kind] { writeLetter(kind); });
    }
    m_letter->setMenu(letters);
    auto* done = new QPushButton(tr("Done"), this);
    done->setObjectName(QStringLiteral("doneButton"));
    done->setDefault(true);
    connect(done, &QPushButton::clicked, this, &QDialog::accept);

    auto* form = new QFormLayout;
    form->addRow(tr("Answer by:"), m_due);
    form->addRow(tr("Received:"), m_received);
    form->addRow(tr("Identity:"), m_identity);
    form->addRow(tr("Extension:"), m_extension);
    form->addRow(tr("State:"), m_status);
    auto* steps = new QHBoxLayout;
    for (QPushButton* b : {m_identify, m_extend, m_carryOut, m_close})
        steps->addWidget(b);
    steps->addStretch();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_openClient);
    bottom->addWidget(m_link);
    bottom->addWidget(m_letter);
    bottom->addStretch();
    bottom->addWidget(done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Evidence linked to it:"), this));
    layout->addWidget(m_evidence);
    layout->addWidget(m_hint);
    layout->addLayout(steps);
    layout->addLayout(bottom);
    reload();
}

RequestDialog* RequestDialog::open(Vault& vault, const QString& requestId, QWidget* parent)
{
    auto* dialog = new RequestDialog(vault, requestId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open();
    return dialog;
}

void RequestDialog::reload()
{
    try {
        m_request = RequestRegister(m_vault).get(m_id);
        m_clientName =
            m_request.clientId.isEmpty() ? QString() : ClientStore(m_vault).get(m_request.clientId).displayName;
    } catch (const Error& e) {
        m_hint->setText(e.message());
    }
    showState();
    showEvidence();
    updateButtons();
    // The evidence list appears with the first evidence: grow rather than squeeze the rows above it.
    if (isVisible())
        resize(size().expandedTo(sizeHint()));
}

void RequestDialog::showState()
{
    const DataRequest& r = m_request;
    const QString who = !m_clientName.isEmpty()        ? m_clientName
                        : !r.clientPseudonym.isEmpty() ? tr("an erased client")
                        : !r.requester.isEmpty()       ? tr("%1 (not yet identified)").arg(r.requester)
                                                       : tr("someone not yet identified");
    m_title->setText(tr("%1 — %2").arg(RequestLabels::type(r.type), who));
    setWindowTitle(RequestLabels::type(r.type));
    const qint64 left = r.daysLeft();
    QString due = LocaleText::date(r.due);
    if (!r.isClosed())
        due += QStringLiteral(" · ") + (left < 0    ? tr("%n day(s) overdue", nullptr, int(-left))
                                        : left == 0 ? tr("due today")
                                                    : tr("%n day(s) left", nullptr, int(left)));
    m_due->setText(due);
    m_due->setStyleSheet(!r.isClosed() && left < 0 ? Palette::textStyle(ColorRole::Error) : QString());
    m_received->setText(tr("%1, by %2").arg(LocaleText::date(r.received), RequestLabels::channel(r.channel).toLower()));
    if (!r.identityMethod.isEmpty())
        m_identity->setText(tr("Checked on %1: %2").arg(LocaleText::date(r.identityDate), r.identityMethod));
    else if (r.status == RequestStatus::Identity)
        m_identity->setText(tr("Waiting for proof of identity; the month still runs from receipt."));
    else
        m_identity->setText(tr("Not checked yet; the month runs from receipt all the same."));
    m_extension->setText(r.extensionMonths == 0 ? tr("None")
                                                : tr("%n more month(s): %1 (told on %2)", nullptr, r.extensionMonths)
                                                      .arg(r.extensionReason, LocaleText::date(r.extensionTold)));
    QString state = RequestLabels::status(r.status);
    if (r.isClosed())
        state += QStringLiteral(" · ") + LocaleText::dateTime(r.closed) +
                 (r.outcome.isEmpty() ? QString() : QStringLiteral(" · ") + r.outcome);
    m_status->setText(state);
}

void RequestDialog::showEvidence()
{
    m_evidence->clear();
    for (const RequestEvidence& e : m_request.evidence) {
        auto* item = new QTreeWidgetItem(m_evidence);
        item->setText(0, RequestLabels::evidence(e.kind));
        item->setText(1, LocaleText::dateTime(e.time));
        item->setText(2, RequestLabels::evidenceDetail(e));
        item->setText(3, e.reference);
    }
    m_evidence->setVisible(!m_request.evidence.empty());
    for (int c = 0; c < 3; ++c)
        m_evidence->resizeColumnToContents(c);
}

void RequestDialog::updateButtons()
{
    const DataRequest& r = m_request;
    const bool mayHandle = roleAllows(m_vault.currentUser().role, Permission::WriteRecords);
    QString why;
    if (!mayHandle)
        why = tr("Viewers see requests; editors and above handle them.");
    else if (r.isClosed())
        why = tr("This request is closed.");
    for (QPushButton* b : {m_identify, m_extend, m_carryOut, m_close}) {
        b->setEnabled(why.isEmpty());
        showRefusal(b, why);
    }
    if (why.isEmpty() && r.extensionMonths >= 2)
        showRefusal(m_extend, tr("The deadline is already extended by the two months the law allows."));
    m_openClient->setVisible(!r.clientId.isEmpty());
    m_link->setVisible(r.clientId.isEmpty() && r.clientPseudonym.isEmpty());
    m_link->setEnabled(why.isEmpty());
    showRefusal(m_link, why);

    m_carryOut->disconnect(this);
    m_carryOut->setVisible(true);
    QString hint;
    switch (r.type) {
    case RequestType::Access:
    case RequestType::Portability:
        m_carryOut->setText(r.type == RequestType::Access ? tr("Prepare &Access Pack…") : tr("Prepare &Export…"));
        connect(m_carryOut, &QPushButton::clicked, this, &RequestDialog::preparePack);
        hint = r.type == RequestType::Access
                   ? tr("Prepare the access pack: a folder with the client's data (a zip of JSON, CSV and their "
                        "files) and a cover letter to send them. It becomes this request's evidence.")
                   : tr("Prepare the export: the client's data in machine-readable formats (a zip of JSON, CSV and "
                        "their files). It becomes this request's evidence.");
        break;
    case RequestType::Erasure:
        m_carryOut->setText(tr("&Erase Client…"));
        connect(m_carryOut, &QPushButton::clicked, this, [this] {
            emit eraseRequested(m_request.clientId, m_id);
            accept();
        });
        hint = tr("Erase the client: the verified erasure runs and its report becomes this request's evidence. The "
                  "request then names them by a pseudonym only.");
        if (why.isEmpty())
            if (const QString no = Vault::whyNotErase(m_vault.currentUser(), m_vault.whoMayErase()); !no.isEmpty())
                showRefusal(m_carryOut, no);
        break;
    case RequestType::Restriction:
        m_carryOut->setText(tr("Re&strict Processing…"));
        connect(m_carryOut, &QPushButton::clicked, this, &RequestDialog::restrictClient);
        hint = tr("Restrict processing of the client: their data is then kept but not changed until you lift it.");
        break;
    case RequestType::Rectification:
        m_carryOut->setText(tr("&Link Corrections"));
        connect(m_carryOut, &QPushButton::clicked, this,
                [this] { step([&] { Rectification::linkCorrections(m_vault, m_id); }); });
        hint = tr("Correct the record on the client's page (profile, notes, consents), then link the corrections: "
                  "Coffer records which fields changed since the request arrived, never their values.");
        break;
    case RequestType::Objection:
    case RequestType::Withdrawal:
        m_carryOut->setText(r.type == RequestType::Objection ? tr("Record &Objection…") : tr("Record &Withdrawal…"));
        connect(m_carryOut, &QPushButton::clicked, this, &RequestDialog::recordObjection);
        hint = tr("Mark the client not to be contacted for the purpose they object to or withdrew from (direct "
                  "marketing, a newsletter, …). The mark shows on their Consents tab and keeps them off the list of "
                  "who may be contacted for it; it becomes this request's evidence.");
        break;
    }
    if (r.clientId.isEmpty() && r.clientPseudonym.isEmpty()) {
        hint = tr("Who asked is not linked to a client yet: once you know, link the request to their record with "
                  "Link to Client.");
        showRefusal(m_carryOut, tr("The request is not linked to a client."));
    }
    if (r.isClosed())
        hint.clear();
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

bool RequestDialog::step(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        ReportDialog::showFailure(this, windowTitle(), tr("This step was not recorded"), e.message(),
                                  tr("Nothing was changed. Put right what the message says and try again."));
        return false;
    }
    reload();
    emit changed();
    return true;
}

void RequestDialog::confirmIdentity()
{
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("identityDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Identity Checked"));
    ask->setLabelText(tr("How did you confirm that the request comes from the person themselves?"));
    ask->setTextValue(QString());
    ask->setMinimumWidth(460);
    connect(ask, &QInputDialog::textValueSelected, this,
            [this](const QString& method) { step([&] { RequestRegister(m_vault).identify(m_id, method); }); });
    ask->open();
}

void RequestDialog::extend()
{
    QFormLayout* form = nullptr;
    QPushButton* ok = nullptr;
    QDialog* dialog = stepDialog(this, tr("Extend the Deadline"), "extendDialog", form, ok);
    auto* months = new QComboBox(dialog);
    months->setObjectName(QStringLiteral("extensionMonthsCombo"));
    for (int m = 1; m <= 2 - m_request.extensionMonths; ++m)
        months->addItem(tr("%n more month(s)", nullptr, m), m);
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("extensionReasonEdit"));
    reason->setPlaceholderText(tr("For instance: records in several archives must be searched"));
    auto* note = new QLabel(tr("The law allows two more months where a request is complex or there are many; "
                               "tell the person, with this reason, within the first month."),
                            dialog);
    note->setWordWrap(true);
    form->addRow(tr("Extend by:"), months);
    form->addRow(tr("Reason:"), reason);
    form->addRow(note);
    connect(dialog, &QDialog::accepted, this, [this, months, reason] {
        step([&] { RequestRegister(m_vault).extend(m_id, months->currentData().toInt(), reason->text()); });
    });
    dialog->open();
}

void RequestDialog::preparePack()
{
    const QString base = UserFiles::safeFileName(tr("Access pack %1").arg(m_clientName)) +
                         UserFiles::fileNameStamp(QDateTime::currentDateTime());
    auto* chooser =
        new QFileDialog(this, tr("Where to Make the Access Pack"), QDir(UserFiles::documentsFolder()).filePath(base));
    chooser->setObjectName(QStringLiteral("accessPackFileDialog"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setFileMode(QFileDialog::AnyFile);
    chooser->setLabelText(QFileDialog::FileName, tr("New folder:"));
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& folder) {
        Vault* vault = &m_vault;
        const QString id = m_id;
        runLongTask<AccessPackResult>(
            this, tr("Prepare Access Pack"), tr("Exporting the data of %1 and writing the letter…").arg(m_clientName),
            [vault, id, folder](const TaskProgress& progress) {
                return AccessPack(*vault).prepare(
                    id, folder,
                    [](const AccessLetterContents& contents, const QString& path) {
                        AccessLetter(contents).writePdf(path);
                    },
                    progress);
            },
            [this](Outcome<AccessPackResult>& outcome, bool cancelled) {
                if (outcome.error) {
                    if (!cancelled)
                        ReportDialog::showFailure(this, tr("Prepare Access Pack"), tr("No access pack was made"),
                                                  outcome.error->message(),
                                                  tr("Nothing was written. Put right what the message says and try "
                                                     "again."));
                    return;
                }
                reload();
                emit changed();
                const AccessPackResult& pack = *outcome.value;
                auto* box =
                    new QMessageBox(QMessageBox::Information, tr("Prepare Access Pack"),
                                    tr("The access pack is ready in %1.").arg(QDir::toNativeSeparators(pack.folder)),
                                    QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("accessPackReadyBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                QString more = tr("It is linked to this request as its evidence. Send it to the person in a safe way "
                                  "(it is not encrypted), then close the request as done.");
                if (!pack.identityConfirmed)
                    more = tr("The person's identity is not recorded as checked: check it before you send them "
                              "their data.") +
                           u' ' + more;
                box->setInformativeText(more);
                QPushButton* show = box->addButton(tr("Show &Folder"), QMessageBox::ActionRole);
                connect(show, &QPushButton::clicked, box,
                        [folder = pack.folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
                box->open();
            });
    });
    chooser->open();
}

void RequestDialog::restrictClient()
{
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("restrictionReasonDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Restrict Processing"));
    ask->setLabelText(tr("Why is processing restricted? (For instance: the person contests the accuracy of their "
                         "data.)"));
    ask->setMinimumWidth(460);
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& reason) {
        step([&] { Restriction(m_vault).restrict(m_request.clientId, reason, m_id); });
    });
    ask->open();
}

void RequestDialog::recordObjection()
{
    QStringList purposes;
    try {
        purposes = ConsentStore(m_vault).purposes();
    } catch (const Error& e) {
        ReportDialog::showFailure(this, tr("Record Objection"), tr("The purposes could not be read"), e.message(), {});
        return;
    }
    const bool objection = m_request.type == RequestType::Objection;
    if (purposes.isEmpty()) {
        ReportDialog::showFailure(this, objection ? tr("Record Objection") : tr("Record Withdrawal"),
                                  tr("There are no purposes of processing yet"),
                                  tr("An objection or a withdrawal is recorded against a purpose of the catalogue."),
                                  tr("An administrator defines the purposes on the Purposes & Policies page."));
        return;
    }
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("objectionPurposeDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(objection ? tr("Record Objection") : tr("Record Withdrawal"));
    ask->setLabelText(objection ? tr("What do they object to? They will not be contacted for it.")
                                : tr("Which consent do they withdraw? They will not be contacted for it."));
    ask->setComboBoxItems(purposes);
    ask->setComboBoxEditable(false);
    ask->setMinimumWidth(460);
    connect(ask, &QInputDialog::textValueSelected, this, [this, objection](const QString& purpose) {
        step([&] { ContactPermission::record(m_vault, m_request.clientId, purpose, objection, m_id); });
    });
    ask->open();
}

void RequestDialog::writeLetter(ReplyKind kind)
{
    std::shared_ptr<ReplyLetter> letter;
    try {
        letter = std::make_shared<ReplyLetter>(ReplyLetter::forRequest(m_vault, m_id, kind));
    } catch (const Error& e) {
        ReportDialog::showFailure(this, tr("Write Letter"), tr("This letter does not fit the request yet"), e.message(),
                                  tr("Carry the step out first, then write the letter."));
        return;
    }
    const QString pdf = tr("PDF documents (*.pdf)"), text = tr("Text files (*.txt)");
    auto* chooser = new QFileDialog(
        this, tr("Save the Letter"),
        QDir(UserFiles::documentsFolder()).filePath(UserFiles::safeFileName(letter->title()) + QStringLiteral(".pdf")),
        pdf + QStringLiteral(";;") + text);
    chooser->setObjectName(QStringLiteral("letterFileDialog"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("pdf"));
    connect(chooser, &QFileDialog::filterSelected, chooser, [chooser, pdf](const QString& filter) {
        chooser->setDefaultSuffix(filter == pdf ? QStringLiteral("pdf") : QStringLiteral("txt"));
    });
    connect(chooser, &QFileDialog::fileSelected, this, [this, letter](const QString& file) {
        try {
            letter->save(file, Overwrite::Replace); // the file dialog asked before a file was replaced
        } catch (const Error& e) {
            ReportDialog::showFailure(this, tr("Write Letter"), tr("The letter could not be saved"), e.message(),
                                      tr("Choose another folder or name, and try again."));
        }
    });
    chooser->open();
}

void RequestDialog::linkClient()
{
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("linkClientSearchDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Link to Client"));
    ask->setLabelText(tr("Find the client: type a name, an email or a phone number."));
    ask->setTextValue(m_request.requester);
    ask->setMinimumWidth(460);
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& search) {
        std::vector<ClientSummary> found;
        try {
            ClientQuery query;
            query.search = search;
            found = ClientStore(m_vault).list(query, 0, 50);
        } catch (const Error& e) {
            ReportDialog::showFailure(this, tr("Link to Client"), tr("The clients could not be searched"), e.message(),
                                      tr("Try again."));
            return;
        }
        if (found.empty()) {
            ReportDialog::showFailure(this, tr("Link to Client"), tr("No client matches “%1”").arg(search), {},
                                      tr("Try another spelling, or add them as a client first."));
            return;
        }
        QStringList items;
        for (const ClientSummary& c : found)
            items << (c.firstEmail.isEmpty() ? c.displayName : tr("%1 — %2").arg(c.displayName, c.firstEmail));
        auto* pick = new QInputDialog(this);
        pick->setObjectName(QStringLiteral("linkClientPickDialog"));
        pick->setAttribute(Qt::WA_DeleteOnClose);
        pick->setWindowTitle(tr("Link to Client"));
        pick->setLabelText(tr("Which client asked?"));
        pick->setComboBoxItems(items);
        pick->setMinimumWidth(460);
        connect(pick, &QInputDialog::textValueSelected, this, [this, items, found](const QString& chosen) {
            const qsizetype index = items.indexOf(chosen);
            if (index < 0)
                return;
            step([&] { RequestRegister(m_vault).linkClient(m_id, found[size_t(index)].id); });
        });
        pick->open();
    });
    ask->open();
}

void RequestDialog::closeRequest()
{
    QFormLayout* form = nullptr;
    QPushButton* ok = nullptr;
    QDialog* dialog = stepDialog(this, tr("Close the Request"), "closeRequestDialog", form, ok);
    auto* done = new QRadioButton(tr("&Done: the request was carried out"), dialog);
    done->setObjectName(QStringLiteral("closeDoneRadio"));
    done->setChecked(true);
    auto* refused = new QRadioButton(tr("&Refused, on a legal ground"), dialog);
    refused->setObjectName(QStringLiteral("closeRefusedRadio"));
    if (!roleAllows(m_vault.currentUser().role, Permission::RefuseRequests))
        showRefusal(refused, tr("Only administrators and the owner refuse a request."));
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("closeReasonEdit"));
    const bool hasEvidence = !m_request.evidence.empty();
    const auto placeholder = [=] {
        reason->setPlaceholderText(refused->isChecked() ? tr("Required: the legal ground, which you tell the person")
                                   : hasEvidence        ? tr("Optional: the evidence above shows what was done")
                                                        : tr("Required without evidence: what was done"));
    };
    placeholder();
    connect(refused, &QRadioButton::toggled, dialog, placeholder);
    form->addRow(done);
    form->addRow(refused);
    form->addRow(tr("Reason:"), reason);
    connect(dialog, &QDialog::accepted, this, [this, refused, reason] {
        step([&] {
            RequestRegister(m_vault).close(m_id, refused->isChecked() ? RequestStatus::Refused : RequestStatus::Done,
                                           reason->text());
        });
    });
    dialog->open();
}

} // namespace coffer
