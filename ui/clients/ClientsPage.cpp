#include "ClientsPage.h"

#include "ClientListPanel.h"
#include "ClientView.h"
#include "Error.h"
#include "records/ClientStore.h"
#include "settings/AppSettings.h"
#include "vault/Vault.h"

#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace coffer {

namespace {
const QString kSplitterKey = QStringLiteral("clientsSplitter");
} // namespace

ClientsPage::ClientsPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_list(new ClientListPanel(vault, this))
    , m_view(new ClientView(vault, this))
    , m_placeholder(new QLabel(this))
    , m_right(new QStackedWidget(this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("clientsPage"));
    const bool editable = roleAllows(vault.currentUser().role, Permission::WriteRecords);
    m_placeholder->setObjectName(QStringLiteral("noClientChosenLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(32);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(editable ? tr("Choose a client in the list to see and change their details, notes, "
                                         "files and consents — or add a new one with New client.")
                                    : tr("Choose a client in the list to see their details, notes, files and "
                                         "consents."));
    m_right->addWidget(m_placeholder);
    m_right->addWidget(m_view);

    m_splitter->setObjectName(QStringLiteral("clientsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_right);
    // At 1280×800 the list keeps name, organisation and email beside a client's page; widening the
    // window or dragging the handle brings back the other columns. Both halves get a fixed least width,
    // measured once with no client shown, so that what a client's page holds (a long name, say) can
    // never push the handle: the layout stays where the user left it, whoever is selected.
    m_list->setMinimumWidth(m_list->minimumSizeHint().width());
    m_right->setMinimumWidth(m_right->minimumSizeHint().width());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({560, 530});
    m_splitter->restoreState(AppSettings::layoutState(kSplitterKey));
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { AppSettings::setLayoutState(kSplitterKey, m_splitter->saveState()); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_list, &ClientListPanel::clientSelected, this, &ClientsPage::select);
    connect(m_list, &ClientListPanel::clientOpened, this, [this](const QString& id) {
        select(id);
        if (m_view->clientId() == id)
            m_view->focusProfile();
    });
    connect(m_list, &ClientListPanel::newClientRequested, this, &ClientsPage::newClient);
    // Queued: the failure is reported from inside a model change, where a dialog's event loop must not run.
    connect(m_list, &ClientListPanel::loadFailed, this, &ClientsPage::showLoadError, Qt::QueuedConnection);
    connect(m_view, &ClientView::saved, this, [this](const QString& id) {
        m_list->reload();
        m_list->selectClient(id);
    });
    connect(m_view, &ClientView::exportRequested, this, &ClientsPage::exportClientRequested);
    connect(m_view, &ClientView::eraseRequested, this, &ClientsPage::eraseClientRequested);
}

ClientsPage::~ClientsPage() = default;

void ClientsPage::select(const QString& clientId)
{
    if (clientId == m_view->clientId() && m_right->currentWidget() == m_view)
        return;
    if (m_right->currentWidget() == m_view && !m_view->confirmLeave()) {
        m_list->selectClient(m_view->clientId()); // stay where the unsaved changes are
        return;
    }
    if (clientId.isEmpty() || !m_view->showClient(clientId)) {
        m_right->setCurrentWidget(clientId.isEmpty() ? static_cast<QWidget*>(m_placeholder) : m_view);
        return;
    }
    m_right->setCurrentWidget(m_view);
}

void ClientsPage::focusSearch()
{
    m_list->focusSearch();
}

void ClientsPage::newClient()
{
    if (!roleAllows(m_vault.currentUser().role, Permission::WriteRecords))
        return;
    if (m_right->currentWidget() == m_view && !m_view->confirmLeave())
        return;
    m_list->selectClient({});
    m_view->startNew();
    m_right->setCurrentWidget(m_view);
    m_view->focusProfile();
}

void ClientsPage::openClient(const QString& clientId)
{
    m_list->selectClient(clientId);
    select(clientId); // also when the list's search hides them
}

void ClientsPage::reload()
{
    m_list->reload();
    // The client shown may be the one just erased.
    const QString shown = m_view->clientId();
    if (m_right->currentWidget() != m_view || shown.isEmpty())
        return;
    bool exists = false;
    try {
        exists = ClientStore(m_vault).exists(shown);
    } catch (const Error&) {
    }
    if (exists)
        m_view->showClient(shown); // notes, files or consents may have changed too
    else
        m_right->setCurrentWidget(m_placeholder);
}

void ClientsPage::showLoadError(const QString& message)
{
    QMessageBox::warning(this, tr("Cannot show the clients"), message);
}

} // namespace coffer
