#include "ClientView.h"

#include "widgets/ElidedLabel.h"
#include "widgets/Palette.h"

#include "ClientLabels.h"
#include "ClientProfileForm.h"
#include "ConsentsPanel.h"
#include "Error.h"
#include "FilesPanel.h"
#include "NotesPanel.h"
#include "privacy/RequestsPanel.h"
#include "privacy/Restriction.h"
#include "privacy/Retention.h"
#include "records/ClientStore.h"
#include "records/ClientValidation.h"
#include "vault/Vault.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace coffer {

ClientView::ClientView(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_editable(roleAllows(vault.currentUser().role, Permission::WriteRecords))
{
    setObjectName(QStringLiteral("clientView"));
    setAcceptDrops(m_editable);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("clientErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::tintStyle(ColorRole::Error, QStringLiteral("QLabel"), Palette::kNoticeShape));
    m_error->hide();

    m_notes = new NotesPanel(vault, m_editable, this);
    m_files = new FilesPanel(vault, m_editable, this);
    m_consents = new ConsentsPanel(vault, m_editable, this);
    m_requests = new RequestsPanel(vault, m_editable, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("clientTabs"));
    m_tabs->setAccessibleName(tr("Parts of the client's record"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildProfileTab(), tr("Profile"));
    m_tabs->addTab(m_notes, QIcon(QStringLiteral(":/icons/note.svg")), tr("Notes"));
    m_tabs->addTab(m_files, QIcon(QStringLiteral(":/icons/file.svg")), tr("Files"));
    m_tabs->addTab(m_consents, tr("Consents"));
    m_tabs->addTab(m_requests, QIcon(QStringLiteral(":/icons/requests.svg")), tr("Requests"));
    connect(m_notes, &NotesPanel::countChanged, this, [this](int n) { setTabCount(m_notes, tr("Notes"), n); });
    connect(m_files, &FilesPanel::countChanged, this, [this](int n) { setTabCount(m_files, tr("Files"), n); });
    connect(m_consents, &ConsentsPanel::countChanged, this,
            [this](int n) { setTabCount(m_consents, tr("Consents"), n); });
    connect(m_requests, &RequestsPanel::countChanged, this,
            [this](int n) { setTabCount(m_requests, tr("Requests"), n); });
    connect(m_requests, &RequestsPanel::requestRecorded, this, &ClientView::requestRecorded);
    connect(m_requests, &RequestsPanel::eraseRequested, this, &ClientView::eraseForRequest);
    buildHistoryButton();
    connect(m_notes, &NotesPanel::failed, this, &ClientView::showError);
    connect(m_files, &FilesPanel::failed, this, &ClientView::showError);
    connect(m_consents, &ConsentsPanel::failed, this, &ClientView::showError);
    connect(m_consents, &ConsentsPanel::filesChanged, this, [this] { m_files->setClient(clientId()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(buildHeader());
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
}

QWidget* ClientView::buildHeader()
{
    auto* header = new QWidget(this);
    m_title = new ElidedLabel(header);
    m_title->setObjectName(QStringLiteral("clientTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new ElidedLabel(header);
    m_subtitle->setObjectName(QStringLiteral("clientSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_restrictedBadge = new QLabel(tr("Processing restricted"), header);
    m_restrictedBadge->setObjectName(QStringLiteral("restrictedBadge"));
    m_restrictedBadge->setStyleSheet(
        Palette::tintStyle(ColorRole::Warning, QStringLiteral("QLabel"), Palette::kBadgeShape));
    m_restrictedBadge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred); // the subtitle elides, not it
    auto* subtitleLine = new QHBoxLayout;
    subtitleLine->addWidget(m_subtitle);
    subtitleLine->addWidget(m_restrictedBadge);
    subtitleLine->addStretch();
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addLayout(subtitleLine);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(titles, 1);
    if (roleAllows(m_vault.currentUser().role, Permission::ExportClient)) {
        m_export = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport this client…"), header);
        m_export->setObjectName(QStringLiteral("exportClientButton"));
        m_export->setAccessibleName(tr("Export this client"));
        m_export->setToolTip(tr("Save everything about this client to a file, e.g. to answer a request for "
                                "access or to move their data elsewhere."));
        connect(m_export, &QPushButton::clicked, this, [this] { emit exportRequested(m_clientId); });
        layout->addWidget(m_export, 0, Qt::AlignTop);
    }
    if (m_editable) {
        m_erase = new QPushButton(QIcon(QStringLiteral(":/icons/erase.svg")), tr("Erase this client…"), header);
        m_erase->setObjectName(QStringLiteral("eraseClientButton"));
        m_erase->setAccessibleName(tr("Erase this client"));
        connect(m_erase, &QPushButton::clicked, this, [this] { emit eraseRequested(m_clientId); });
        layout->addWidget(m_erase, 0, Qt::AlignTop);
    }
    return header;
}

void ClientView::buildHistoryButton()
{
    // Beside the tabs, as one more view of the client's record. Shown to every role, so that nobody
    // wonders whether a history is kept; only those who may read the audit log can open it.
    m_history = new QPushButton(QIcon(QStringLiteral(":/icons/audit.svg")), tr("Show &history"), m_tabs);
    m_history->setObjectName(QStringLiteral("showHistoryButton"));
    m_history->setAccessibleName(tr("Show history"));
    if (roleAllows(m_vault.currentUser().role, Permission::ReadAudit)) {
        m_history->setToolTip(tr("Open the audit log at this client's entries: who changed them, and when."));
    } else {
        m_history->setEnabled(false);
        m_history->setToolTip(tr("Only the owner and admins can see the audit log of who changed this client."));
    }
    connect(m_history, &QPushButton::clicked, this, [this] { emit historyRequested(m_clientId); });
    m_tabs->setCornerWidget(m_history, Qt::TopRightCorner);
}

QWidget* ClientView::buildProfileTab()
{
    auto* tab = new QWidget(this);
    m_form = new ClientProfileForm(m_editable, tab);
    auto* scroll = new QScrollArea(tab);
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form narrows; it never needs one
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(scroll, 1);
    if (m_editable) {
        m_revert = new QPushButton(tr("Re&vert"), tab);
        m_revert->setObjectName(QStringLiteral("revertButton"));
        m_revert->setAccessibleName(tr("Revert: undo the changes not yet saved"));
        m_save = new QPushButton(tr("&Save"), tab);
        m_save->setObjectName(QStringLiteral("saveButton"));
        m_save->setAccessibleName(tr("Save the profile"));
        m_save->setDefault(true);
        connect(m_save, &QPushButton::clicked, this, &ClientView::save);
        connect(m_revert, &QPushButton::clicked, this, &ClientView::revert);
        connect(m_form, &ClientProfileForm::edited, this, &ClientView::updateButtons);
        auto* shortcut = new QShortcut(QKeySequence::Save, this, this, &ClientView::save);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        // Restriction beside Save: it is what decides whether the profile can be saved at all.
        m_restrict = new QPushButton(tab);
        m_restrict->setObjectName(QStringLiteral("restrictButton"));
        connect(m_restrict, &QPushButton::clicked, this, &ClientView::changeRestriction);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_restrict);
        buttons->addStretch();
        buttons->addWidget(m_revert);
        buttons->addWidget(m_save);
        layout->addLayout(buttons);
    }
    return tab;
}

void ClientView::setTabCount(QWidget* tab, const QString& title, int count)
{
    m_tabs->setTabText(m_tabs->indexOf(tab), count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
}

void ClientView::showHeading(const Client& client)
{
    const bool isNew = client.id.isEmpty();
    m_title->setText(isNew ? tr("New client") : client.displayName);
    QString subtitle = ClientLabels::kind(client.kind);
    if (client.kind == ClientKind::Person && !client.organisation.isEmpty())
        subtitle = tr("%1 · works at %2").arg(subtitle, client.organisation);
    m_subtitle->setText(isNew ? tr("Fill in the profile and press Save.") : subtitle);
    m_restrictedBadge->setVisible(client.restricted);
    QString restrictedWhy;
    if (client.restricted) {
        try {
            const auto history = Restriction(m_vault).history(client.id);
            if (!history.empty() && history.back().restricted)
                restrictedWhy = history.back().reason;
        } catch (const Error&) {
            // The badge still shows; only the reason is missing from its tooltip.
        }
    }
    m_restrictedBadge->setToolTip(
        restrictedWhy.isEmpty()
            ? tr("Keep this client's data, but do not use it (GDPR Article 18).")
            : tr("Keep this client's data, but do not use it (GDPR Article 18). Reason: %1").arg(restrictedWhy));
    const QString refusal =
        client.restricted ? tr("Processing of this client is restricted: their data is kept, not changed. Lift the "
                               "restriction first.")
                          : QString();
    m_notes->setRefusal(refusal);
    m_files->setRefusal(refusal);
    if (m_restrict) {
        m_restrict->setVisible(!isNew);
        m_restrict->setText(client.restricted ? tr("&Lift Restriction…") : tr("&Restrict Processing…"));
        m_restrict->setAccessibleName(client.restricted ? tr("Lift the restriction of processing")
                                                        : tr("Restrict processing"));
        m_restrict->setToolTip(client.restricted
                                   ? tr("Allow changes to this client again. Tell the person before you lift it.")
                                   : tr("Keep this client's data but stop using or changing it, e.g. while they "
                                        "contest its accuracy (GDPR Article 18)."));
    }
    m_history->setVisible(!isNew);
    if (m_export)
        m_export->setVisible(!isNew);
    if (m_erase) {
        m_erase->setVisible(!isNew);
        // Editors may be refused by the vault's rule (the owner's choice in Settings): Erase stays in view,
        // disabled, and its tooltip says why.
        QString why;
        try {
            why = Vault::whyNotErase(m_vault.currentUser(), m_vault.whoMayErase());
        } catch (const Error& e) {
            why = e.message();
        }
        m_erase->setEnabled(why.isEmpty());
        m_erase->setToolTip(why.isEmpty() ? tr("Delete everything about this client for good, and get a report "
                                               "that proves it.")
                                          : why);
    }
    for (QWidget* tab : {static_cast<QWidget*>(m_notes), static_cast<QWidget*>(m_files),
                         static_cast<QWidget*>(m_consents), static_cast<QWidget*>(m_requests)})
        m_tabs->setTabEnabled(m_tabs->indexOf(tab), !isNew);
}

void ClientView::changeRestriction()
{
    if (m_clientId.isEmpty())
        return;
    bool restricted = false;
    try {
        restricted = ClientStore(m_vault).get(m_clientId).restricted;
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    // Opened, not exec'd: the window stays responsive and a test can answer it.
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("restrictionReasonDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(restricted ? tr("Lift the Restriction") : tr("Restrict Processing"));
    ask->setLabelText(restricted ? tr("Why may this client's data be used again? (For instance: the accuracy is "
                                      "confirmed.) Tell the person before you lift the restriction.")
                                 : tr("Why is processing restricted? (For instance: the person contests the accuracy "
                                      "of their data.) While it is restricted, the data is kept but cannot be "
                                      "changed."));
    ask->setOkButtonText(restricted ? tr("Lift Restriction") : tr("Restrict"));
    for (QLabel* label : ask->findChildren<QLabel*>())
        label->setWordWrap(true); // a question of two sentences, not one long line
    ask->resize(460, ask->sizeHint().height());
    const QString clientId = m_clientId;
    connect(ask, &QInputDialog::textValueSelected, this, [this, clientId, restricted](const QString& reason) {
        try {
            if (restricted)
                Restriction(m_vault).lift(clientId, reason);
            else
                Restriction(m_vault).restrict(clientId, reason);
        } catch (const Error& e) {
            showError(e.message());
            return;
        }
        if (m_clientId == clientId)
            showClient(clientId);
        emit saved(clientId);
    });
    ask->open();
}

bool ClientView::showClient(const QString& clientId)
{
    Client client;
    try {
        client = ClientStore(m_vault).get(clientId);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    m_error->hide();
    m_clientId = clientId;
    m_form->setRetentionRules(retentionRuleNames());
    m_form->setClient(client);
    showHeading(client);
    m_notes->setClient(clientId);
    m_files->setClient(clientId);
    m_consents->setClient(clientId);
    m_requests->setClient(clientId, client.displayName);
    updateButtons();
    return true;
}

void ClientView::startNew()
{
    m_error->hide();
    m_clientId.clear();
    m_form->setRetentionRules(retentionRuleNames());
    m_form->setClient(Client{});
    showHeading(Client{});
    m_notes->setClient({});
    m_files->setClient({});
    m_consents->setClient({});
    m_requests->setClient({}, {});
    m_tabs->setCurrentIndex(0);
    updateButtons();
    focusProfile();
}

void ClientView::focusProfile()
{
    m_tabs->setCurrentIndex(0);
    m_form->focusFirstField();
}

bool ClientView::isModified() const
{
    return m_form->isModified();
}

void ClientView::updateButtons()
{
    if (!m_save)
        return;
    const bool modified = isModified();
    const bool wrong = m_form->hasWrongValues();
    m_save->setEnabled((modified || m_clientId.isEmpty()) && !wrong);
    m_save->setToolTip(
        wrong ? tr("A value is not right yet: it says what is wrong beside it, in red.")
              : tr("Save the profile (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setEnabled(modified);
}

bool ClientView::save()
{
    // Reached by the shortcut and by "Save?" on leaving too, wrong values or not: they are then shown.
    if (!m_editable)
        return false;
    Client client = m_form->client();
    const std::vector<ClientFieldProblem> problems = checkClient(client);
    if (!problems.empty()) {
        m_tabs->setCurrentIndex(0);
        m_form->showProblems(problems);
        return false;
    }
    QString id = client.id;
    try {
        ClientStore store(m_vault);
        if (id.isEmpty())
            id = store.add(client);
        else
            store.update(client);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    showClient(id);
    emit saved(id);
    return true;
}

void ClientView::revert()
{
    if (m_clientId.isEmpty())
        startNew();
    else
        showClient(m_clientId);
}

bool ClientView::confirmLeave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    m_clientId.isEmpty()
                        ? tr("The new client is not saved yet. Save it?")
                        : tr("The profile of %1 has changes that are not saved. Save them?").arg(m_title->text()),
                    QMessageBox::NoButton, this);
    // Our own words: Debian ships Qt's translations for some of our languages and not for others.
    QPushButton* saveButton = box.addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton* discardButton = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(saveButton);
    box.exec();
    if (box.clickedButton() == saveButton)
        return save();
    return box.clickedButton() == discardButton;
}

void ClientView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ClientView::dragEnterEvent(QDragEnterEvent* event)
{
    // Only local files, and only onto a client that exists: a new one has nowhere to keep them yet.
    const QMimeData* mime = event->mimeData();
    if (!m_editable || m_clientId.isEmpty() || !mime->hasUrls())
        return;
    for (const QUrl& url : mime->urls())
        if (!url.isLocalFile())
            return;
    event->acceptProposedAction();
}

void ClientView::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    m_tabs->setCurrentWidget(m_files);
    m_files->addFiles(paths);
}

QStringList ClientView::retentionRuleNames()
{
    QStringList names;
    try {
        for (const RetentionRule& r : Retention(m_vault).rules())
            names << r.name;
    } catch (const Error&) {
        // Only the suggestions are lost; the field still takes a name.
    }
    return names;
}

} // namespace coffer
