#include "ConsentsPanel.h"

#include "widgets/Palette.h"

#include "ClientLabels.h"
#include "ConsentDialog.h"
#include "Error.h"
#include "privacy/PolicyArchive.h"
#include "privacy/Purposes.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace coffer {

namespace {

QTreeWidgetItem* consentItem(QTreeWidget* table, const QStringList& texts, ConsentState state, int stateColumn)
{
    auto* item = new QTreeWidgetItem(table, texts);
    // Green for yes, red for no: the state is what a reader looks for first.
    item->setForeground(stateColumn,
                        Palette::color(state == ConsentState::Granted ? ColorRole::Success : ColorRole::Error));
    return item;
}

} // namespace

ConsentsPanel::ConsentsPanel(Vault& vault, bool editable, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("consentsPanel"));
    auto* layout = new QVBoxLayout(this);
    if (editable) {
        m_change = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Change consent…"), this);
        m_change->setObjectName(QStringLiteral("changeConsentButton"));
        m_change->setAccessibleName(tr("Change consent"));
        m_change->setToolTip(tr("Record that the client granted, refused or withdrew consent for a purpose."));
        connect(m_change, &QPushButton::clicked, this, [this] {
            const QTreeWidgetItem* item = m_current->currentItem();
            change(item ? item->text(0) : QString());
        });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_change);
        buttons->addStretch();
        layout->addLayout(buttons);
    }
    m_current = makeTable({tr("Purpose"), tr("State"), tr("Since"), tr("Source"), tr("Policy version")},
                          "currentConsents", this);
    m_current->setAccessibleName(tr("Consents now, one per purpose"));
    m_history =
        makeTable({tr("When"), tr("Purpose"), tr("State"), tr("Source"), tr("Policy version")}, "consentHistory", this);
    m_history->setAccessibleName(tr("Consent history, newest first"));
    if (editable)
        connect(m_current, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { change(item->text(0)); });

    m_empty->setObjectName(QStringLiteral("consentsEmptyLabel"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(editable ? tr("No consents recorded. When the client agrees to (or refuses) something, such "
                                   "as a newsletter, record it with Change consent…")
                              : tr("No consents recorded."));
    auto heading = [this](const QString& text) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), this);
        return label;
    };
    layout->addWidget(heading(tr("Now")));
    layout->addWidget(m_current);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("History")));
    layout->addWidget(m_history, 1);
    layout->addWidget(m_empty);
}

QTreeWidget* ConsentsPanel::makeTable(const QStringList& headers, const char* objectName, QWidget* parent)
{
    auto* table = new QTreeWidget(parent);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setRootIsDecorated(false);
    table->setHeaderLabels(headers);
    table->header()->setStretchLastSection(false);
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

int ConsentsPanel::count() const
{
    return m_current->topLevelItemCount();
}

void ConsentsPanel::setClient(const QString& clientId)
{
    m_clientId = clientId;
    reload();
}

void ConsentsPanel::reload()
{
    m_current->clear();
    m_history->clear();
    if (!m_clientId.isEmpty()) {
        try {
            ConsentStore store(m_vault);
            for (const Consent& c : store.current(m_clientId))
                consentItem(m_current,
                            {c.purpose, ClientLabels::consentState(c.state), ClientLabels::date(c.time), c.source,
                             c.policyVersion},
                            c.state, 1);
            std::vector<Consent> history = store.history(m_clientId);
            std::reverse(history.begin(), history.end()); // core lists oldest first
            // The day alone: the client's own date carries no time of day (ConsentStore::timeFor).
            for (const Consent& c : history)
                consentItem(m_history,
                            {ClientLabels::date(c.time), c.purpose, ClientLabels::consentState(c.state), c.source,
                             c.policyVersion},
                            c.state, 2);
        } catch (const Error& e) {
            emit failed(e.message());
        }
    }
    // The purpose takes what room is left; "now" is only as tall as its purposes need.
    m_current->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_history->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    const int rows = std::clamp(count(), 2, 8);
    m_current->setFixedHeight(m_current->header()->sizeHint().height() + rows * (fontMetrics().height() + 6) +
                              2 * m_current->frameWidth());
    m_empty->setVisible(count() == 0);
    emit countChanged(count());
}

void ConsentsPanel::change(const QString& purpose)
{
    if (m_clientId.isEmpty())
        return;
    std::vector<Purpose> catalogue;
    std::vector<PolicyVersion> policies;
    try {
        catalogue = PurposeCatalogue(m_vault).list();
        policies = PolicyArchive(m_vault).list();
    } catch (const Error& e) {
        emit failed(e.message());
        return;
    }
    auto* dialog = new ConsentDialog(catalogue, policies, purpose, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        try {
            Consent c;
            c.clientId = m_clientId;
            c.purpose = dialog->purpose();
            c.state = dialog->state();
            c.source = dialog->source();
            c.policyVersion = dialog->policyVersion();
            c.time = ConsentStore::timeFor(dialog->date());
            c.expires = dialog->expires();
            // The form and the consent it shows are stored together, or neither is.
            Transaction tx(m_vault.database());
            if (!dialog->evidencePath().isEmpty())
                c.evidenceFileId = FileStore(m_vault).addFromPath(m_clientId, dialog->evidencePath()).id;
            ConsentStore(m_vault).set(c);
            tx.commit();
            if (!c.evidenceFileId.isEmpty())
                emit filesChanged();
        } catch (const Error& e) {
            emit failed(e.message());
        }
        reload();
    });
    dialog->open();
}

} // namespace coffer
