#include "EraseClientDialog.h"

#include "widgets/TaskWidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

EraseClientDialog::EraseClientDialog(const Contents& contents, QWidget* parent)
    : QDialog(parent)
    , m_understood(new QCheckBox(this))
{
    setObjectName(QStringLiteral("eraseClientDialog"));
    setWindowTitle(tr("Erase Client"));
    const QString name = contents.name.toHtmlEscaped();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(TaskWidgets::heading(QStringLiteral("erase"), tr("Erase %1 for good?").arg(contents.name), this));
    layout->addSpacing(4);
    const QString items =
        QStringLiteral("<ul style='margin-left:-20px'><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
            .arg(tr("the profile: names, emails, phones, address, tags and custom fields"),
                 tr("notes: %1").arg(contents.notes), tr("attached files: %1").arg(contents.files),
                 tr("consent records, with their history: %1").arg(contents.consents));
    auto* what =
        TaskWidgets::paragraph(tr("Everything this vault holds about <b>%1</b> is deleted:").arg(name) + items, this);
    what->setObjectName(QStringLiteral("eraseContents"));
    what->setTextFormat(Qt::RichText);
    layout->addWidget(what);
    layout->addWidget(TaskWidgets::paragraph(
        tr("Coffer then checks that nothing of theirs is left anywhere in the vault file and shows you the "
           "result. Requests they made keep only an anonymous number, and the audit log records that a client "
           "was erased without naming them."),
        this));
    layout->addWidget(TaskWidgets::paragraph(
        tr("<b>This cannot be undone.</b> Backups made before now still hold them; if one is ever restored, "
           "Coffer erases them again."),
        this));
    layout->addSpacing(6);

    m_understood->setObjectName(QStringLiteral("understoodCheckBox"));
    m_understood->setText(
        tr("I understand that %1's data will be deleted and cannot be brought back.").arg(contents.name));
    layout->addWidget(m_understood);

    auto* buttons = new QDialogButtonBox(this);
    auto* keep = buttons->addButton(tr("Keep Client"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelButton"));
    keep->setDefault(true);
    m_erase = buttons->addButton(tr("Erase %1").arg(contents.name), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    TaskWidgets::makeDanger(m_erase);
    m_erase->setEnabled(false);
    connect(m_understood, &QCheckBox::toggled, m_erase, &QPushButton::setEnabled);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    setMinimumWidth(520);
    setMaximumWidth(640);
    keep->setFocus();
}

EraseClientDialog::~EraseClientDialog() = default;

} // namespace coffer
