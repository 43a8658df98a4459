#include "RequestsPanel.h"

#include "Error.h"
#include "NewRequestDialog.h"
#include "RequestDialog.h"
#include "RequestsPage.h"
#include "privacy/RequestRegister.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coffer {

RequestsPanel::RequestsPanel(Vault& vault, bool editable, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("requestsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    if (editable) {
        m_new = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New Request…"), this);
        m_new->setObjectName(QStringLiteral("newClientRequestButton"));
        m_new->setAccessibleName(tr("New request from this client"));
        m_new->setToolTip(tr("Record what this client asked about their data; Coffer counts the month to answer."));
        connect(m_new, &QPushButton::clicked, this, &RequestsPanel::newRequest);
        auto* bar = new QHBoxLayout;
        bar->addWidget(m_new);
        bar->addStretch();
        layout->addLayout(bar);
    }
    m_list = RequestsPage::makeList(this);
    m_list->setObjectName(QStringLiteral("clientRequestsList"));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        RequestDialog* dialog = RequestDialog::open(m_vault, item->data(0, Qt::UserRole).toString(), this);
        connect(dialog, &RequestDialog::changed, this, [this] {
            reload();
            emit requestRecorded();
        });
        connect(dialog, &RequestDialog::eraseRequested, this, &RequestsPanel::eraseRequested);
    });
    m_empty = new QLabel(tr("No requests from this client. When they ask to see, correct, move or erase their "
                            "data, or object to its use, record it here."),
                         this);
    m_empty->setObjectName(QStringLiteral("clientRequestsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
}

void RequestsPanel::setClient(const QString& clientId, const QString& clientName)
{
    m_clientId = clientId;
    m_clientName = clientName;
    reload();
}

int RequestsPanel::count() const
{
    return m_list->topLevelItemCount();
}

void RequestsPanel::reload()
{
    std::vector<RequestRow> rows;
    if (!m_clientId.isEmpty()) {
        try {
            rows = RequestRegister(m_vault).list({.clientId = m_clientId});
        } catch (const Error& e) {
            m_empty->setText(e.message());
        }
    }
    RequestsPage::fill(m_list, rows);
    m_list->setVisible(!rows.empty());
    m_empty->setVisible(rows.empty());
    emit countChanged(int(rows.size()));
}

void RequestsPanel::newRequest()
{
    auto* dialog = new NewRequestDialog(m_vault, m_clientId, m_clientName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit requestRecorded();
    });
    dialog->open();
}

} // namespace coffer
