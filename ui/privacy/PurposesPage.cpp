#include "PurposesPage.h"

#include "Error.h"
#include "PurposeDialogs.h"
#include "privacy/PolicyArchive.h"
#include "privacy/ProcessingRecord.h"
#include "privacy/Purposes.h"
#include "store/OutputPath.h"
#include "tasks/ReportDialog.h"
#include "vault/Vault.h"
#include "widgets/LocaleText.h"
#include "widgets/PageHeader.h"
#include "widgets/RecordTable.h"
#include "widgets/UserFiles.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coffer {

namespace {

QPushButton* button(const QString& text, const char* objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    return b;
}

} // namespace

PurposesPage::PurposesPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_editable(roleAllows(vault.currentUser().role, Permission::ManageController))
{
    setObjectName(QStringLiteral("purposesPage"));
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(buildPurposes());
    column->addWidget(buildPolicies());
    column->addWidget(buildAskAgain());
    column->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->addWidget(makePageHeader(tr("Purposes & Policies"),
                                     tr("What your business processes personal data for, and on which lawful "
                                        "basis (GDPR Article 6); the versions of your privacy policy. Consents "
                                        "are recorded against these purposes."),
                                     this));
    layout->addWidget(scroll, 1);
    reload();
}

QWidget* PurposesPage::buildPurposes()
{
    auto* box = new QGroupBox(tr("Purposes of processing"), this);
    m_purposes = makeRecordTreeWidget({tr("Purpose"), tr("Lawful basis"), tr("Description")}, "purposesList", box,
                                      tr("Purposes of processing"));
    m_purposes->setMinimumHeight(120);
    m_purposes->setMaximumHeight(240);
    m_purposes->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* bar = new QHBoxLayout;
    bar->addStretch();
    if (m_editable) {
        auto* add = button(tr("&Add Purpose…"), "addPurposeButton", box);
        add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
        m_edit = button(tr("&Edit…"), "editPurposeButton", box);
        m_record = button(tr("Record of &Processing…"), "processingRecordButton", box);
        m_record->setToolTip(tr("What the record of processing activities (GDPR Article 30) says of this purpose."));
        connect(m_record, &QPushButton::clicked, this, &PurposesPage::editRecord);
        connect(add, &QPushButton::clicked, this, &PurposesPage::addPurpose);
        connect(m_edit, &QPushButton::clicked, this, &PurposesPage::editPurpose);
        connect(m_purposes, &QTreeWidget::itemActivated, this, &PurposesPage::editPurpose);
        connect(m_purposes, &QTreeWidget::currentItemChanged, this, [this] {
            m_edit->setEnabled(m_purposes->currentItem() != nullptr);
            if (m_record)
                m_record->setEnabled(m_purposes->currentItem() != nullptr);
            m_record->setEnabled(m_purposes->currentItem() != nullptr);
        });
        bar->addWidget(add);
        bar->addWidget(m_edit);
        bar->addWidget(m_record);
    }
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_purposes);
    layout->addLayout(bar);
    return box;
}

QWidget* PurposesPage::buildPolicies()
{
    auto* box = new QGroupBox(tr("Privacy policy versions"), this);
    m_policyList = makeRecordTreeWidget({tr("Version"), tr("In force from"), tr("Kept as"), tr("SHA-256")},
                                        "policiesList", box, tr("Privacy policy versions"));
    m_policyList->setMinimumHeight(120);
    m_policyList->setMaximumHeight(240);
    m_policyList->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto* bar = new QHBoxLayout;
    bar->addStretch();
    m_saveCopy = button(tr("&Save a Copy…"), "savePolicyButton", box);
    connect(m_saveCopy, &QPushButton::clicked, this, &PurposesPage::savePolicy);
    connect(m_policyList, &QTreeWidget::currentItemChanged, this,
            [this] { m_saveCopy->setEnabled(m_policyList->currentItem() != nullptr); });
    bar->addWidget(m_saveCopy);
    if (m_editable) {
        auto* add = button(tr("Add &Version…"), "addPolicyButton", box);
        add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
        connect(add, &QPushButton::clicked, this, &PurposesPage::addPolicy);
        bar->addWidget(add);
    }
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_policyList);
    layout->addLayout(bar);
    return box;
}

QWidget* PurposesPage::buildAskAgain()
{
    auto* box = new QGroupBox(tr("Consents to ask for again"), this);
    m_askPurpose = new QComboBox(box);
    m_askPurpose->setObjectName(QStringLiteral("askAgainPurposeCombo"));
    m_askPurpose->setAccessibleName(tr("Purpose"));
    connect(m_askPurpose, &QComboBox::currentIndexChanged, this, &PurposesPage::reloadAskAgain);
    m_askList = makeRecordTreeWidget({tr("Client"), tr("Email"), tr("Given on"), tr("Under version")}, "askAgainList",
                                     box, tr("Consents given under an earlier policy"));
    m_askList->setMinimumHeight(120);
    m_askList->setMaximumHeight(240);
    connect(m_askList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit openClientRequested(item->data(0, Qt::UserRole).toString()); });
    m_askEmpty = new QLabel(box);
    m_askEmpty->setObjectName(QStringLiteral("askAgainEmptyLabel"));
    m_askEmpty->setWordWrap(true);
    m_askEmpty->setForegroundRole(QPalette::PlaceholderText);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Purpose:"), box));
    bar->addWidget(m_askPurpose, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(tr("Clients whose consent was given under a policy version other than the one in "
                                    "force today. Open one to record their answer when you have asked again."),
                                 box));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addLayout(bar);
    layout->addWidget(m_askEmpty);
    layout->addWidget(m_askList);
    return box;
}

void PurposesPage::reload()
{
    try {
        m_catalogue = PurposeCatalogue(m_vault).list();
        m_policies = PolicyArchive(m_vault).list();
    } catch (const Error& e) {
        failed(tr("Purposes & Policies"), e.message());
        return;
    }
    m_purposes->clear();
    for (const Purpose& p : m_catalogue) {
        auto* item = new QTreeWidgetItem(
            m_purposes,
            {p.name, tr("%1 (%2)").arg(basisDisplayName(p.basis), basisArticle(p.basis)), p.description.simplified()});
        item->setData(0, Qt::UserRole, p.name);
        item->setToolTip(2, p.description);
    }
    if (m_edit)
        m_edit->setEnabled(m_purposes->currentItem() != nullptr);
    m_policyList->clear();
    const QString inForce = PurposeRows::policyInForce(m_vault.database(), QDate::currentDate());
    for (const PolicyVersion& v : m_policies) {
        auto* item = new QTreeWidgetItem(
            m_policyList, {v.version == inForce ? tr("%1 (in force)").arg(v.version) : v.version,
                           LocaleText::date(v.effective), v.fileName.isEmpty() ? tr("Text") : v.fileName, v.sha256});
        item->setData(0, Qt::UserRole, v.version);
    }
    m_saveCopy->setEnabled(m_policyList->currentItem() != nullptr);
    const QString chosen = m_askPurpose->currentText();
    {
        const QSignalBlocker block(m_askPurpose);
        m_askPurpose->clear();
        for (const Purpose& p : m_catalogue)
            if (p.basis == LawfulBasis::Consent)
                m_askPurpose->addItem(p.name);
        m_askPurpose->setCurrentIndex(std::max(0, m_askPurpose->findText(chosen)));
    }
    reloadAskAgain();
}

void PurposesPage::reloadAskAgain()
{
    m_askList->clear();
    std::vector<PurposeStanding> rows;
    if (m_policies.empty())
        m_askEmpty->setText(tr("No policy version is archived yet: add the one in force, and Coffer lists here who "
                               "consented under an earlier one once you add the next."));
    else if (m_askPurpose->count() == 0)
        m_askEmpty->setText(tr("No purpose rests on consent."));
    else {
        try {
            rows = ContactPermission::standings(m_vault, m_askPurpose->currentText(), std::nullopt, false, true);
        } catch (const Error& e) {
            m_askEmpty->setText(e.message());
        }
        if (rows.empty())
            m_askEmpty->setText(tr("Nobody: every granted consent for this purpose was given under the version in "
                                   "force."));
    }
    for (const PurposeStanding& s : rows) {
        auto* item =
            new QTreeWidgetItem(m_askList, {s.displayName, s.email, LocaleText::date(s.since.date()),
                                            s.policyVersion.isEmpty() ? tr("none recorded") : s.policyVersion});
        item->setData(0, Qt::UserRole, s.clientId);
    }
    m_askEmpty->setVisible(rows.empty());
    m_askList->setVisible(!rows.empty());
}

void PurposesPage::addPurpose()
{
    auto* dialog = new PurposeDialog(nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        try {
            PurposeCatalogue(m_vault).add(dialog->name(), dialog->basis(), dialog->description());
        } catch (const Error& e) {
            failed(tr("Add Purpose"), e.message());
        }
        reload();
        emit catalogueChanged();
    });
    dialog->open();
}

void PurposesPage::editPurpose()
{
    QTreeWidgetItem* item = m_purposes->currentItem();
    if (!item || !m_editable)
        return;
    const QString name = item->data(0, Qt::UserRole).toString();
    const auto it =
        std::find_if(m_catalogue.begin(), m_catalogue.end(), [&](const Purpose& p) { return p.name == name; });
    if (it == m_catalogue.end())
        return;
    auto* dialog = new PurposeDialog(&*it, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        try {
            PurposeCatalogue(m_vault).edit(name, dialog->basis(), dialog->description());
        } catch (const Error& e) {
            failed(tr("Edit Purpose"), e.message());
        }
        reload();
        emit catalogueChanged();
    });
    dialog->open();
}

void PurposesPage::editRecord()
{
    QTreeWidgetItem* item = m_purposes->currentItem();
    if (!item || !m_editable)
        return;
    const QString name = item->data(0, Qt::UserRole).toString();
    ProcessingEntry entry;
    try {
        for (const ProcessingEntry& e : ProcessingRecord::build(m_vault).entries)
            if (e.purpose.name == name)
                entry = e;
    } catch (const Error& e) {
        failed(tr("Record of Processing"), e.message());
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("processingRecordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Record of Processing: %1").arg(name));
    auto* form = new QFormLayout;
    const auto field = [&](const char* objectName, const QString& label, const QString& value,
                           const QString& placeholder) {
        auto* edit = new QPlainTextEdit(value, dialog);
        edit->setObjectName(QString::fromLatin1(objectName));
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(70);
        form->addRow(label, edit);
        return edit;
    };
    auto* subjects =
        field("recordSubjectsEdit", tr("&People:"), entry.subjects, tr("e.g. clients and their contact persons"));
    auto* data = field("recordDataEdit", tr("&Data:"), entry.data, tr("e.g. names, emails, phone numbers, contracts"));
    auto* recipients =
        field("recordRecipientsEdit", tr("&Recipients:"), entry.recipients, tr("e.g. our accountant; nobody"));
    auto* transfers = field("recordTransfersEdit", tr("&Transfers outside the EEA:"), entry.transfers,
                            tr("none, or where to and with which safeguards"));
    auto* note = new QLabel(tr("The lawful basis, the retention rule, your business's details and the security "
                               "measures come from where they are kept."),
                            dialog);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(dialog);
    buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, name, subjects, data, recipients, transfers] {
        try {
            ProcessingRecord::setEntry(m_vault, name, subjects->toPlainText(), data->toPlainText(),
                                       recipients->toPlainText(), transfers->toPlainText());
        } catch (const Error& e) {
            failed(tr("Record of Processing"), e.message());
        }
    });
    dialog->resize(560, 420);
    dialog->open();
}

void PurposesPage::addPolicy()
{
    auto* dialog = new PolicyDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        try {
            QByteArray file;
            if (!dialog->filePath().isEmpty()) {
                QFile f(dialog->filePath());
                if (!f.open(QIODevice::ReadOnly) || f.size() > PolicyArchive::kMaxSize)
                    throw Error(ErrorCode::Failed, f.isOpen()
                                                       ? tr("The file is larger than a policy may be (%1 MiB).")
                                                             .arg(PolicyArchive::kMaxSize / (1024 * 1024))
                                                       : tr("The file could not be read: %1").arg(f.errorString()));
                file = f.readAll();
            }
            PolicyArchive(m_vault).add(dialog->version(), dialog->effective(), dialog->text(),
                                       QFileInfo(dialog->filePath()).fileName(), file);
        } catch (const Error& e) {
            failed(tr("Add Policy Version"), e.message());
        }
        reload();
        emit catalogueChanged();
    });
    dialog->open();
}

void PurposesPage::savePolicy()
{
    QTreeWidgetItem* item = m_policyList->currentItem();
    if (!item)
        return;
    try {
        const auto v = PolicyArchive(m_vault).find(item->data(0, Qt::UserRole).toString());
        if (!v)
            return;
        const QString name = v->fileName.isEmpty() ? UserFiles::safeFileName(tr("Privacy policy %1").arg(v->version)) +
                                                         QStringLiteral(".txt")
                                                   : v->fileName;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the policy"),
                                                          QDir(UserFiles::documentsFolder()).filePath(name));
        if (path.isEmpty())
            return;
        // The file dialog asked before replacing a file.
        const QString target = checkOutputPath(path, {Overwrite::Replace, m_vault.path(), m_vault.backupFolder()});
        writeWholeFile(target, v->file.isEmpty() ? v->text.toUtf8() : v->file, Overwrite::Replace);
    } catch (const Error& e) {
        failed(tr("Save a Copy"), e.message());
    }
}

void PurposesPage::failed(const QString& title, const QString& message)
{
    ReportDialog::showFailure(this, title, tr("That did not work"), message, {});
}

} // namespace coffer
