#include "PurposeDialogs.h"

#include "privacy/Purposes.h"
#include "widgets/LocaleText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace coffer {

namespace {

QDialogButtonBox* saveOrCancel(QDialog* dialog, QPushButton*& save, const QString& saveText)
{
    auto* buttons = new QDialogButtonBox(dialog);
    save = buttons->addButton(saveText, QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PurposeDialog::PurposeDialog(const Purpose* existing, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_basis(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("purposeDialog"));
    setWindowTitle(existing ? tr("Edit Purpose") : tr("Add Purpose"));
    m_name->setObjectName(QStringLiteral("purposeNameEdit"));
    m_name->setAccessibleName(tr("Purpose"));
    m_name->setMaxLength(PurposeCatalogue::kMaxName);
    m_name->setPlaceholderText(tr("e.g. Newsletter"));
    m_basis->setObjectName(QStringLiteral("purposeBasisCombo"));
    m_basis->setAccessibleName(tr("Lawful basis"));
    for (LawfulBasis b : {LawfulBasis::Consent, LawfulBasis::Contract, LawfulBasis::LegalObligation,
                          LawfulBasis::VitalInterests, LawfulBasis::PublicTask, LawfulBasis::LegitimateInterests})
        m_basis->addItem(tr("%1 — %2").arg(basisDisplayName(b), basisArticle(b)), int(b));
    m_description->setObjectName(QStringLiteral("purposeDescriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What the data is used for, in the words your clients read"));
    m_description->setTabChangesFocus(true);
    if (existing) {
        m_name->setText(existing->name);
        m_name->setReadOnly(true); // consents name it
        m_basis->setCurrentIndex(m_basis->findData(int(existing->basis)));
        m_description->setPlainText(existing->description);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_name);
    form->addRow(tr("Lawful &basis:"), m_basis);
    form->addRow(tr("&Description:"), m_description);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint(tr("For consent, a client may be contacted for the purpose while their consent is granted. "
                              "For any other basis, every client may be, unless they objected."),
                           this));
    layout->addWidget(saveOrCancel(this, m_save, existing ? tr("&Save") : tr("&Add")));
    connect(m_name, &QLineEdit::textChanged, this, [this] { m_save->setEnabled(!m_name->text().trimmed().isEmpty()); });
    m_save->setEnabled(!m_name->text().trimmed().isEmpty());
    setMinimumWidth(480);
}

QString PurposeDialog::name() const
{
    return m_name->text().trimmed();
}

LawfulBasis PurposeDialog::basis() const
{
    return LawfulBasis(m_basis->currentData().toInt());
}

QString PurposeDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

PolicyDialog::PolicyDialog(QWidget* parent)
    : QDialog(parent)
    , m_version(new QLineEdit(this))
    , m_effective(new QDateEdit(this))
    , m_asText(new QRadioButton(tr("As &text"), this))
    , m_asFile(new QRadioButton(tr("As a &file (the PDF you published, say)"), this))
    , m_text(new QPlainTextEdit(this))
    , m_file(new QLabel(this))
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Add Policy Version"));
    m_version->setObjectName(QStringLiteral("policyVersionEdit"));
    m_version->setAccessibleName(tr("Version"));
    m_version->setMaxLength(100);
    m_version->setPlaceholderText(tr("e.g. %1").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM"))));
    m_effective->setObjectName(QStringLiteral("policyEffectiveEdit"));
    m_effective->setAccessibleName(tr("In force from"));
    LocaleText::makeDateEdit(m_effective);
    // A version is archived on the day it takes effect, not before (core refuses a day to come too).
    m_effective->setDateRange(QDate(1990, 1, 1), QDate::currentDate());
    m_effective->setDate(QDate::currentDate());
    m_asText->setObjectName(QStringLiteral("policyAsTextRadio"));
    m_asFile->setObjectName(QStringLiteral("policyAsFileRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_asText);
    group->addButton(m_asFile);
    m_asText->setChecked(true);
    m_text->setObjectName(QStringLiteral("policyTextEdit"));
    m_text->setAccessibleName(tr("The policy's text"));
    m_text->setPlaceholderText(tr("Paste the policy as published"));
    m_file->setObjectName(QStringLiteral("policyFileLabel"));
    m_file->setForegroundRole(QPalette::PlaceholderText);
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("policyChooseFileButton"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The policy as published"));
        if (!path.isEmpty())
            setFilePath(path);
    });
    m_file->setText(tr("No file chosen"));

    auto* file = new QHBoxLayout;
    file->addWidget(m_file, 1);
    file->addWidget(choose);
    auto* form = new QFormLayout;
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("In force &from:"), m_effective);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_asText);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_asFile);
    layout->addLayout(file);
    layout->addWidget(hint(tr("A version is kept as it is, with its SHA-256, and is never changed: a changed policy "
                              "is a new version. Consents given under an earlier one are listed to ask again."),
                           this));
    layout->addWidget(saveOrCancel(this, m_save, tr("&Add")));
    for (QObject* o : {static_cast<QObject*>(m_asText), static_cast<QObject*>(m_asFile)})
        connect(static_cast<QRadioButton*>(o), &QRadioButton::toggled, this, &PolicyDialog::updateButton);
    connect(m_version, &QLineEdit::textChanged, this, &PolicyDialog::updateButton);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PolicyDialog::updateButton);
    updateButton();
    resize(560, 520);
}

void PolicyDialog::updateButton()
{
    m_text->setEnabled(m_asText->isChecked());
    m_save->setEnabled(!version().isEmpty() &&
                       (m_asText->isChecked() ? !text().trimmed().isEmpty() : !m_filePath.isEmpty()));
}

void PolicyDialog::setFilePath(const QString& path)
{
    m_filePath = path;
    m_file->setText(path.isEmpty() ? tr("No file chosen") : QFileInfo(path).fileName());
    if (!path.isEmpty())
        m_asFile->setChecked(true);
    updateButton();
}

QString PolicyDialog::version() const
{
    return m_version->text().trimmed();
}

QDate PolicyDialog::effective() const
{
    return m_effective->date();
}

QString PolicyDialog::text() const
{
    return m_asText->isChecked() ? m_text->toPlainText() : QString();
}

QString PolicyDialog::filePath() const
{
    return m_asFile->isChecked() ? m_filePath : QString();
}

} // namespace coffer
