#include "ClientListPanel.h"

#include "widgets/RecordTable.h"

#include "ClientListModel.h"
#include "Error.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "settings/AppSettings.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <array>
#include <map>

namespace coffer {

namespace {

// Columns and the width each wants, in the order they give way when the panel is narrow.
constexpr std::array<std::pair<int, int>, 6> kDroppable{{
    {ClientListModel::KindColumn, 100},
    {ClientListModel::TagsColumn, 120},
    {ClientListModel::PhoneColumn, 130},
    {ClientListModel::UpdatedColumn, 95},
    {ClientListModel::OrganisationColumn, 150},
    {ClientListModel::EmailColumn, 190},
}};
constexpr int kNameWidth = 170;
const QString kColumnsKey = QStringLiteral("clientColumns");

// "column:width" pairs, as the user last left them; values out of range are ignored.
std::map<int, int> rememberedWidths()
{
    std::map<int, int> widths;
    const QList<QByteArray> pairs = AppSettings::layoutState(kColumnsKey).split(';');
    for (const QByteArray& pair : pairs) {
        const QList<QByteArray> parts = pair.split(':');
        bool columnOk = false;
        bool widthOk = false;
        const int column = parts.value(0).toInt(&columnOk);
        const int width = parts.value(1).toInt(&widthOk);
        if (parts.size() == 2 && columnOk && widthOk && width >= 40 && width <= 1000)
            widths[column] = width;
    }
    return widths;
}

// The show filter's items: what each keeps, and for a purpose its name.
constexpr int kShowRole = Qt::UserRole;
constexpr int kPurposeRole = Qt::UserRole + 1;
enum Show { ShowAll, ShowRestricted, ShowMayContact };

} // namespace

ClientListPanel::ClientListPanel(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_model(new ClientListModel(vault, this))
{
    setObjectName(QStringLiteral("clientListPanel"));
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &ClientListPanel::applySearch);
    connect(m_model, &ClientListModel::loadFailed, this, &ClientListPanel::loadFailed);
    buildToolRow();
    buildTable();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 6, 8);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    if (m_new)
        tools->addWidget(m_new);
    layout->addLayout(tools);
    // The filters on a row of their own, so that the search box keeps its width in a narrow panel.
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_show, 2);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);
    reloadTags();
    reloadShow();
    m_model->setQuery({});
    updateState();
}

void ClientListPanel::buildToolRow()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearchEdit"));
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setPlaceholderText(tr("Search by name, email, phone, tag or note…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });

    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilterCombo"));
    m_tag->setAccessibleName(tr("Show only clients with this tag"));
    // A fixed width, whatever tags the vault holds: a long tag must not push the list narrower.
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(14);
    connect(m_tag, &QComboBox::activated, this, &ClientListPanel::applySearch);

    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("showFilterCombo"));
    m_show->setAccessibleName(tr("Show only restricted clients, or those who may be contacted for a purpose"));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_show->setMinimumContentsLength(18);
    connect(m_show, &QComboBox::activated, this, &ClientListPanel::applySearch);

    if (roleAllows(m_vault.currentUser().role, Permission::WriteRecords)) {
        m_new = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New client"), this);
        m_new->setObjectName(QStringLiteral("newClientButton"));
        m_new->setAccessibleName(tr("New client"));
        m_new->setToolTip(
            tr("Add a client (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        connect(m_new, &QPushButton::clicked, this, &ClientListPanel::newClientRequested);
    }
}

void ClientListPanel::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setAccessibleName(tr("Clients"));
    m_table->setModel(m_model);
    makeRecordTable(m_table);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as it does everywhere else
    // Fixed row heights let the view skip measuring rows, which matters with many thousands of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(ClientListModel::NameColumn, Qt::AscendingOrder);
    header->setSectionsClickable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ClientListModel::NameColumn, QHeaderView::Stretch);
    const std::map<int, int> remembered = rememberedWidths();
    for (const auto& [column, width] : kDroppable) {
        const auto it = remembered.find(column);
        m_widths[column] = it != remembered.end() ? it->second : width;
        m_table->setColumnWidth(column, m_widths[column]);
    }
    connect(header, &QHeaderView::sectionResized, this, &ClientListPanel::rememberWidth);
    m_table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ClientListPanel::sortBy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { emit clientSelected(m_model->clientId(current.row())); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit clientOpened(m_model->clientId(index.row())); });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("clientsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QFont larger = m_empty->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_empty->setFont(larger);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("clientCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
}

void ClientListPanel::sortBy(int column, Qt::SortOrder order)
{
    ClientSortKey key;
    if (!ClientListModel::sortKeyOf(column, &key)) {
        // Tags have no order of their own: put the arrow back where the list's order is.
        const ClientQuery& q = m_model->query();
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(ClientListModel::columnOf(q.sortKey),
                                                      q.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    const QString selected = currentClientId();
    m_model->sort(column, order);
    selectClient(selected);
    m_table->scrollToTop();
}

ClientQuery ClientListPanel::queryFromTools() const
{
    ClientQuery query = m_model->query();
    query.search = m_search->text().trimmed();
    query.tag = m_tag->currentData().toString();
    const int show = m_show->currentData(kShowRole).toInt();
    query.restrictedOnly = show == ShowRestricted;
    query.mayContactFor = show == ShowMayContact ? m_show->currentData(kPurposeRole).toString() : QString();
    return query;
}

void ClientListPanel::applySearch()
{
    m_searchTimer.stop();
    const ClientQuery query = queryFromTools(); // the model's own order, so only the filters can differ
    if (query == m_model->query())
        return;
    m_model->setQuery(query);
    updateState();
}

void ClientListPanel::reload()
{
    m_searchTimer.stop();
    const QString selected = currentClientId();
    reloadTags();
    reloadShow();
    m_model->setQuery(queryFromTools());
    selectClient(selected);
    updateState();
}

void ClientListPanel::reloadTags()
{
    const QString current = m_tag->currentData().toString();
    QStringList tags;
    try {
        tags = ClientStore(m_vault).allTags();
    } catch (const Error& e) {
        emit loadFailed(e.message());
    }
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString& tag : std::as_const(tags))
        m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
    m_tag->setEnabled(!tags.isEmpty());
}

void ClientListPanel::reloadShow()
{
    const int show = m_show->currentData(kShowRole).toInt();
    const QString purpose = m_show->currentData(kPurposeRole).toString();
    QStringList purposes;
    try {
        purposes = ConsentStore(m_vault).purposes();
    } catch (const Error& e) {
        emit loadFailed(e.message());
    }
    m_show->clear();
    m_show->addItem(tr("All clients"), ShowAll);
    m_show->addItem(tr("Processing restricted"), ShowRestricted);
    m_show->setItemData(1, tr("Clients whose processing is restricted: their data is kept but not used."),
                        Qt::ToolTipRole);
    if (!purposes.isEmpty())
        m_show->insertSeparator(m_show->count());
    for (const QString& p : std::as_const(purposes)) {
        m_show->addItem(tr("May be contacted for “%1”").arg(p), ShowMayContact);
        m_show->setItemData(m_show->count() - 1, p, kPurposeRole);
        m_show->setItemData(m_show->count() - 1,
                            tr("Their latest consent for “%1” is granted, with no objection or withdrawal since, and "
                               "their processing is not restricted.")
                                .arg(p),
                            Qt::ToolTipRole);
    }
    int index = 0;
    for (int i = 0; i < m_show->count(); ++i)
        if (m_show->itemData(i, kShowRole).toInt() == show && m_show->itemData(i, kPurposeRole).toString() == purpose)
            index = i;
    m_show->setCurrentIndex(index);
}

void ClientListPanel::updateState()
{
    const ClientQuery& q = m_model->query();
    const bool shown = q.restrictedOnly || !q.mayContactFor.isEmpty();
    const bool filtered = !q.search.isEmpty() || !q.tag.isEmpty() || shown;
    int total = 0;
    try {
        total = m_model->rowCount() < ClientListModel::kPageSize ? m_model->rowCount() : ClientStore(m_vault).count(q);
    } catch (const Error& e) {
        emit loadFailed(e.message());
    }
    if (total > 0) {
        m_stack->setCurrentWidget(m_table);
        m_count->setText(filtered ? tr("%n client(s) found", nullptr, total) : tr("%n client(s)", nullptr, total));
        return;
    }
    m_count->clear();
    m_stack->setCurrentWidget(m_empty);
    if (shown)
        m_empty->setText(q.restrictedOnly
                             ? tr("No client that matches this view has restricted processing.")
                             : tr("No client that matches this view may be contacted for “%1”.\nThey need a granted "
                                  "consent for it, with no objection or withdrawal since, and no restriction.")
                                   .arg(q.mayContactFor));
    else if (!q.search.isEmpty() && !q.tag.isEmpty())
        m_empty->setText(tr("No client tagged “%1” matches “%2”.\nCheck the spelling, or clear the search with Esc.")
                             .arg(q.tag, q.search));
    else if (!q.search.isEmpty())
        m_empty->setText(
            tr("No client matches “%1”.\nCheck the spelling, or clear the search with Esc.").arg(q.search));
    else if (!q.tag.isEmpty())
        m_empty->setText(tr("No client has the tag “%1”.").arg(q.tag));
    else
        m_empty->setText(
            m_new ? tr("No clients yet — add your first with New client (%1),\nor bring them in from a CSV file or an "
                       "export with Import… in the toolbar.")
                        .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))
                  : tr("No clients yet. Someone who may edit this vault can add them."));
}

QString ClientListPanel::currentClientId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->clientId(current.row()) : QString();
}

void ClientListPanel::selectClient(const QString& clientId)
{
    const QSignalBlocker block(m_table->selectionModel());
    const int row = clientId.isEmpty() ? -1 : m_model->rowOf(clientId);
    if (row < 0) {
        m_table->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, ClientListModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    // The blocked signals also kept the view from repainting the new selection.
    m_table->viewport()->update();
}

void ClientListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ClientListPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport's width, not the panel's, is what the columns share (a scroll bar may take some).
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
            return true;
        }
        // From the search box straight into the results, as in a file manager's filter.
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_model->rowCount() > 0) {
            applySearch();
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, ClientListModel::NameColumn));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClientListPanel::fitColumns()
{
    int room = m_table->viewport()->width() - kNameWidth;
    // The most useful columns claim room first; from the first that does not fit on, the rest are
    // hidden until the panel is wider. The widths are the user's, so a column is never squeezed.
    const QScopedValueRollback fitting(m_fitting, true);
    for (auto it = kDroppable.rbegin(); it != kDroppable.rend(); ++it) {
        room -= m_widths[it->first];
        m_table->setColumnHidden(it->first, room < 0);
        if (room >= 0)
            m_table->setColumnWidth(it->first, m_widths[it->first]);
    }
}

void ClientListPanel::rememberWidth(int column, int, int width)
{
    // Only a width the user dragged: not the name column's stretch, not hiding, not fitColumns itself.
    if (m_fitting || width <= 0 || !m_widths.contains(column) || m_table->isColumnHidden(column))
        return;
    m_widths[column] = width;
    QByteArray state;
    for (const auto& [c, w] : m_widths)
        state += QByteArray::number(c) + ':' + QByteArray::number(w) + ';';
    AppSettings::setLayoutState(kColumnsKey, state);
    fitColumns();
}

} // namespace coffer
