#include "ExportChoiceForm.h"

#include "widgets/UserFiles.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace coffer {

namespace {
const QStringList kFormats = {QStringLiteral("zip"), QStringLiteral("dir"), QStringLiteral("json"),
                              QStringLiteral("csv")};
bool hasCsv(const QString& format)
{
    return format != QLatin1String("json");
}
// An encrypted export is one stream, so only the one-file formats can be encrypted.
bool canEncrypt(const QString& format)
{
    return format == QLatin1String("zip") || format == QLatin1String("json");
}
} // namespace

ExportChoiceForm::ExportChoiceForm(QWidget* parent)
    : QWidget(parent)
    , m_formats(new QButtonGroup(this))
    , m_formatBox(new QWidget(this))
    , m_bom(new QCheckBox(tr("Make the CSV tables open correctly in Excel (adds a byte-order mark)"), this))
    , m_encrypt(new QCheckBox(tr("&Encrypt with a password (recommended)"), this))
    , m_encryptHint(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_chooseFolder(new QPushButton(tr("C&hoose…"), this))
{
    setObjectName(QStringLiteral("exportChoiceForm"));
    new QVBoxLayout(m_formatBox);
    m_formatBox->layout()->setContentsMargins(0, 0, 0, 0);
    m_formatBox->layout()->setSpacing(2);
    addFormat(kFormats[0], tr("One &zip file (recommended)"),
              tr("Everything in one file: JSON and CSV tables, the attached files, and a list of checksums."));
    addFormat(kFormats[1], tr("A &folder"), tr("The same files as the zip, unpacked into a new folder."));
    addFormat(kFormats[2], tr("One &JSON file"),
              tr("Everything in a single file, attachments included: for other programs and for importing."));
    addFormat(kFormats[3], tr("&Spreadsheet tables (CSV)"),
              tr("A folder of tables for Excel, LibreOffice or Numbers, with the attached files."));

    m_bom->setObjectName(QStringLiteral("bomCheckBox"));
    m_bom->setToolTip(tr("Excel shows accented letters (ā, č, ė) wrongly in CSV files without this mark. Other "
                         "programs do not need it."));
    m_encrypt->setObjectName(QStringLiteral("encryptCheckBox"));
    m_encryptHint->setObjectName(QStringLiteral("encryptHint"));
    m_encryptHint->setWordWrap(true);
    m_encryptHint->setForegroundRole(QPalette::PlaceholderText);
    m_encryptHint->setContentsMargins(24, 0, 0, 6);
    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_folder->setAccessibleName(tr("Folder for the export"));
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    connect(m_chooseFolder, &QPushButton::clicked, this, &ExportChoiceForm::chooseFolder);
    connect(m_formats, &QButtonGroup::idClicked, this, &ExportChoiceForm::update);
    connect(m_bom, &QCheckBox::toggled, this, &ExportChoiceForm::changed);
    connect(m_encrypt, &QCheckBox::toggled, this, [this](bool on) {
        if (m_encrypt->isEnabled())
            m_wantsEncryption = on;
        emit changed();
    });
    connect(m_folder, &QLineEdit::textChanged, this, &ExportChoiceForm::changed);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto* encryptBox = new QVBoxLayout;
    encryptBox->setSpacing(2);
    encryptBox->addWidget(m_encrypt);
    encryptBox->addWidget(m_encryptHint);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // Encryption first: what protects the clients is the first thing to decide, and it is ticked.
    form->addRow(tr("Protection:"), encryptBox);
    form->addRow(tr("Format:"), m_formatBox);
    form->addRow(QString(), m_bom);
    form->addRow(tr("Save &in:"), folderRow);
    qobject_cast<QLabel*>(form->labelForField(folderRow))->setBuddy(m_folder);
    setChoice(AppSettings::ExportChoice{});
}

ExportChoiceForm::~ExportChoiceForm() = default;

void ExportChoiceForm::addFormat(const QString& name, const QString& title, const QString& description)
{
    auto* radio = new QRadioButton(title, m_formatBox);
    radio->setObjectName(name + QStringLiteral("FormatRadio"));
    radio->setAccessibleDescription(description);
    auto* explanation = new QLabel(description, m_formatBox);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    explanation->setContentsMargins(24, 0, 0, 6);
    m_formats->addButton(radio, int(kFormats.indexOf(name)));
    m_formatBox->layout()->addWidget(radio);
    m_formatBox->layout()->addWidget(explanation);
}

AppSettings::ExportChoice ExportChoiceForm::choice() const
{
    AppSettings::ExportChoice c;
    c.format = kFormats.value(m_formats->checkedId(), kFormats[0]);
    c.bom = hasCsv(c.format) && m_bom->isChecked();
    c.encrypt = canEncrypt(c.format) && m_encrypt->isChecked();
    c.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    return c;
}

void ExportChoiceForm::setChoice(const AppSettings::ExportChoice& choice)
{
    const int id = int(kFormats.indexOf(choice.format));
    m_formats->button(id >= 0 ? id : 0)->setChecked(true);
    m_bom->setChecked(choice.bom);
    m_wantsEncryption = choice.encrypt;
    m_folder->setText(QDir::toNativeSeparators(choice.folder.isEmpty() ? UserFiles::documentsFolder() : choice.folder));
    update();
}

bool ExportChoiceForm::folderIsUsable(QString* whyNot) const
{
    const QFileInfo folder(choice().folder);
    QString why;
    if (choice().folder.isEmpty())
        why = tr("Choose a folder for the export.");
    else if (!folder.isDir())
        why = tr("The folder %1 does not exist. Choose another one.").arg(QDir::toNativeSeparators(choice().folder));
    else if (!folder.isWritable())
        why = tr("Coffer may not write in %1. Choose another folder.").arg(QDir::toNativeSeparators(choice().folder));
    if (whyNot)
        *whyNot = why;
    return why.isEmpty();
}

void ExportChoiceForm::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Where should the export go?"), choice().folder);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportChoiceForm::update()
{
    const QString format = kFormats.value(m_formats->checkedId(), kFormats[0]);
    m_bom->setEnabled(hasCsv(format));
    {
        // A folder is never encrypted, so its box shows clear rather than a tick that does nothing; the
        // user's wish comes back with a format that can be encrypted.
        const QSignalBlocker quiet(m_encrypt);
        m_encrypt->setEnabled(canEncrypt(format));
        m_encrypt->setChecked(canEncrypt(format) && m_wantsEncryption);
    }
    m_encrypt->setToolTip(canEncrypt(format) ? tr("The export is readable only with the password you choose. Coffer "
                                                  "can import it, and coffer-cli decrypt turns it back into a plain "
                                                  "file.")
                                             : QString());
    m_encryptHint->setText(canEncrypt(format)
                               ? tr("Only someone who knows the password can open the export.")
                               : tr("A folder cannot be encrypted. Choose a zip or a JSON file to encrypt."));
    emit changed();
}

} // namespace coffer
