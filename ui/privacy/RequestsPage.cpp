#include "RequestsPage.h"

#include "Error.h"
#include "NewRequestDialog.h"
#include "RequestDialog.h"
#include "RequestLabels.h"
#include "privacy/RequestRegister.h"
#include "vault/Vault.h"
#include "widgets/LocaleText.h"
#include "widgets/PageHeader.h"
#include "widgets/Palette.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coffer {

namespace {

enum Column { DueColumn, LeftColumn, TypeColumn, WhoColumn, ReceivedColumn, StatusColumn };

// Filter entries of the state combo beyond the single states.
constexpr int kOpenStates = -1;
constexpr int kAllStates = -2;

} // namespace

RequestsPage::RequestsPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("requestsPage"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("requestTypeFilter"));
    m_type->setAccessibleName(tr("Show requests of this type"));
    m_type->addItem(tr("All types"), -1);
    for (RequestType t :
         {RequestType::Access, RequestType::Rectification, RequestType::Erasure, RequestType::Restriction,
          RequestType::Portability, RequestType::Objection, RequestType::Withdrawal})
        m_type->addItem(RequestLabels::type(t), int(t));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("requestStatusFilter"));
    m_status->setAccessibleName(tr("Show requests in this state"));
    m_status->addItem(tr("Open requests"), kOpenStates);
    m_status->addItem(tr("All requests"), kAllStates);
    for (RequestStatus s : {RequestStatus::Open, RequestStatus::Identity, RequestStatus::Extended, RequestStatus::Done,
                            RequestStatus::Refused})
        m_status->addItem(RequestLabels::status(s), int(s));
    connect(m_type, &QComboBox::currentIndexChanged, this, &RequestsPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RequestsPage::reload);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Type:"), this));
    bar->addWidget(m_type);
    bar->addWidget(new QLabel(tr("State:"), this));
    bar->addWidget(m_status);
    bar->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("requestsCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_count);
    if (roleAllows(vault.currentUser().role, Permission::WriteRecords)) {
        m_new = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New Request…"), this);
        m_new->setObjectName(QStringLiteral("newRequestButton"));
        m_new->setAccessibleName(tr("New request"));
        m_new->setToolTip(tr("Record a request from someone who is not (yet) a client. For a client, use New "
                             "Request on their page."));
        connect(m_new, &QPushButton::clicked, this, &RequestsPage::newRequest);
        bar->addWidget(m_new);
    }

    m_list = makeList(this);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_list->verticalScrollBar()->maximum() - m_list->verticalScrollBar()->pageStep())
            loadMore();
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openRequest(item->data(0, Qt::UserRole).toString()); });
    m_empty = new QLabel(tr("No requests here. When someone asks to see, correct, move or erase their data, or "
                            "objects to its use, record it with New Request: Coffer counts the month you have to "
                            "answer."),
                         this);
    m_empty->setObjectName(QStringLiteral("requestsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->addWidget(
        makePageHeader(tr("Requests"),
                       tr("What people asked about their data, and by when you must answer: one month from "
                          "receipt (GDPR Article 12), overdue ones first. Coffer keeps the dates; it does not "
                          "give legal advice."),
                       this));
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    reload();
}

RequestQuery RequestsPage::query() const
{
    RequestQuery q;
    const int state = m_status->currentData().toInt();
    q.openOnly = state == kOpenStates;
    if (state >= 0)
        q.status = RequestStatus(state);
    if (m_type->currentData().toInt() >= 0)
        q.type = RequestType(m_type->currentData().toInt());
    return q;
}

void RequestsPage::reload()
{
    // The first rows at once, the others as the list is scrolled: a register of thousands opens as fast
    // as one of ten.
    std::vector<RequestRow> rows;
    int dueSoon = 0;
    m_total = 0;
    try {
        RequestRegister reg(m_vault);
        rows = reg.list(query(), 0, kChunk);
        m_total = reg.count(query());
        dueSoon = reg.countDueWithin(kDueSoonDays);
    } catch (const Error& e) {
        m_empty->setText(e.message());
    }
    fill(m_list, rows);
    m_list->setVisible(!rows.empty());
    m_empty->setVisible(rows.empty());
    m_count->setText(tr("%n request(s)", nullptr, m_total));
    if (dueSoon != m_dueSoon) {
        m_dueSoon = dueSoon;
        emit dueSoonChanged(dueSoon);
    }
}

QTreeWidget* RequestsPage::makeList(QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(QStringLiteral("requestsList"));
    list->setAccessibleName(tr("Requests"));
    list->setHeaderLabels({tr("Answer by"), tr("Time left"), tr("Request"), tr("From"), tr("Received"), tr("State")});
    makeRecordTable(list);
    list->header()->setSectionResizeMode(WhoColumn, QHeaderView::Stretch);
    return list;
}

void RequestsPage::fill(QTreeWidget* list, const std::vector<RequestRow>& rows, bool append)
{
    if (!append)
        list->clear();
    const QDate today = QDate::currentDate();
    for (const RequestRow& row : rows) {
        const DataRequest& r = row.request;
        auto* item = new QTreeWidgetItem(list);
        item->setData(0, Qt::UserRole, r.id);
        item->setText(DueColumn, LocaleText::date(r.due));
        const qint64 left = r.daysLeft(today);
        if (r.isClosed())
            item->setText(LeftColumn, tr("Closed"));
        else if (left < 0)
            item->setText(LeftColumn, tr("%n day(s) overdue", nullptr, int(-left)));
        else if (left == 0)
            item->setText(LeftColumn, tr("Due today"));
        else
            item->setText(LeftColumn, tr("%n day(s)", nullptr, int(left)));
        if (!r.isClosed() && left <= kDueSoonDays) {
            const ColorRole role = left < 0 ? ColorRole::Error : ColorRole::Warning;
            for (int c : {DueColumn, LeftColumn})
                item->setForeground(c, Palette::tint(role).text);
            QFont bold = item->font(LeftColumn);
            bold.setBold(left < 0);
            item->setFont(LeftColumn, bold);
        }
        item->setText(TypeColumn, RequestLabels::type(r.type));
        QString who = row.clientName;
        if (who.isEmpty())
            who = !r.clientPseudonym.isEmpty() ? tr("An erased client")
                  : r.requester.isEmpty()      ? tr("Not yet identified")
                                               : tr("%1 (not yet identified)").arg(r.requester);
        item->setText(WhoColumn, who);
        item->setText(ReceivedColumn,
                      tr("%1 · %2").arg(LocaleText::date(r.received), RequestLabels::channel(r.channel)));
        item->setText(StatusColumn, RequestLabels::status(r.status));
    }
    if (append)
        return; // the columns keep the widths the first rows gave them
    for (int c = 0; c < list->columnCount(); ++c)
        if (c != WhoColumn)
            list->resizeColumnToContents(c);
}

void RequestsPage::loadMore()
{
    const int loaded = m_list->topLevelItemCount();
    if (loaded >= m_total)
        return;
    try {
        fill(m_list, RequestRegister(m_vault).list(query(), loaded, kChunk), true);
    } catch (const Error& e) {
        m_count->setText(e.message());
    }
}

void RequestsPage::openRequest(const QString& requestId)
{
    RequestDialog* dialog = RequestDialog::open(m_vault, requestId, this);
    connect(dialog, &RequestDialog::changed, this, &RequestsPage::reload);
    connect(dialog, &RequestDialog::eraseRequested, this, &RequestsPage::eraseRequested);
    connect(dialog, &RequestDialog::openClientRequested, this, &RequestsPage::openClientRequested);
}

void RequestsPage::newRequest()
{
    auto* dialog = new NewRequestDialog(m_vault, {}, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &RequestsPage::reload);
    dialog->open();
}

} // namespace coffer
