#include "ExportHistoryDialog.h"

#include "Error.h"
#include "ExportHistoryModel.h"
#include "vault/Vault.h"
#include "widgets/RecordTable.h"
#include "widgets/TaskWidgets.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer {

ExportHistoryDialog::ExportHistoryDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_model(new ExportHistoryModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("exportHistoryDialog"));
    setWindowTitle(tr("Export History"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(
        TaskWidgets::heading(QStringLiteral("export"), tr("Exports made from “%1”").arg(vault.name()), this));
    layout->addWidget(TaskWidgets::paragraph(
        tr("Coffer notes every export, but an export is a file of its own: it stays where it was saved until "
           "someone deletes it, and Coffer cannot reach it. When a client is erased, the report names the exports "
           "that may still hold them."),
        this));

    auto* problem = TaskWidgets::errorLabel(this);
    try {
        QHash<QString, QString> names;
        for (const UserInfo& u : vault.users())
            names.insert(u.id, u.name);
        m_model->setExports(ExportHistory::list(vault.database()), names);
    } catch (const Error& e) {
        problem->setText(e.message());
        problem->show();
    }

    m_view->setObjectName(QStringLiteral("exportHistoryTable"));
    m_view->setAccessibleName(tr("Exports"));
    m_view->setModel(m_model);
    makeRecordTable(m_view);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExportHistoryModel::Path, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    auto* empty = new QLabel(tr("No export has been made from this vault yet."), this);
    empty->setObjectName(QStringLiteral("noExportsLabel"));
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setVisible(m_model->rowCount() == 0 && !problem->isVisible());
    m_view->setVisible(m_model->rowCount() > 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(empty);
    layout->addWidget(problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 420);
}

ExportHistoryDialog::~ExportHistoryDialog() = default;

ExportHistoryDialog* ExportHistoryDialog::openFor(Vault& vault, QWidget* parent)
{
    auto* dialog = new ExportHistoryDialog(vault, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

} // namespace coffer
