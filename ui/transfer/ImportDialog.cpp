#include "ImportDialog.h"

#include "Error.h"
#include "transfer/Importer.h"
#include "widgets/SecretText.h"
#include "widgets/TaskWidgets.h"
#include "widgets/UserFiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace coffer {

namespace {

constexpr int kTargetColumn = 2;

// The choices of a column's "Goes to" box, in the order shown.
std::vector<std::pair<CsvField, QString>> fieldChoices()
{
    return {{CsvField::Ignore, ImportDialog::tr("Do not import")},
            {CsvField::Name, ImportDialog::tr("Full name")},
            {CsvField::Given, ImportDialog::tr("Given name")},
            {CsvField::Family, ImportDialog::tr("Family name")},
            {CsvField::Org, ImportDialog::tr("Organisation")},
            {CsvField::Email, ImportDialog::tr("Email")},
            {CsvField::Phone, ImportDialog::tr("Phone")},
            {CsvField::Address, ImportDialog::tr("Address")},
            {CsvField::Country, ImportDialog::tr("Country")},
            {CsvField::Tags, ImportDialog::tr("Tags")},
            {CsvField::Kind, ImportDialog::tr("Person or organisation")},
            {CsvField::Note, ImportDialog::tr("Note")},
            {CsvField::Custom, ImportDialog::tr("Custom field")}};
}

} // namespace

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_what(TaskWidgets::paragraph(QString(), this))
    , m_passwordRow(new QWidget(this))
    , m_password(new QLineEdit(this))
    , m_decrypt(new QPushButton(tr("Save a &Decrypted Copy…"), this))
    , m_columnsBox(new QWidget(this))
    , m_encodingRow(new QWidget(this))
    , m_encoding(new QComboBox(this))
    , m_columns(new QTableWidget(0, 3, this))
    , m_error(TaskWidgets::errorLabel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));

    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Choose a file or a folder"));
    m_path->setAccessibleName(tr("File to import"));
    auto* chooseFile = new QPushButton(tr("Choose &File…"), this);
    chooseFile->setObjectName(QStringLiteral("chooseFileButton"));
    connect(chooseFile, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto* chooseFolder = new QPushButton(tr("Choose F&older…"), this);
    chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    chooseFolder->setToolTip(tr("For an export that was saved as a folder."));
    connect(chooseFolder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(chooseFile);
    pathRow->addWidget(chooseFolder);
    m_what->setObjectName(QStringLiteral("importWhatLabel"));
    m_error->setObjectName(QStringLiteral("importErrorLabel"));

    m_password->setObjectName(QStringLiteral("importPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password of the export"));
    m_decrypt->setObjectName(QStringLiteral("decryptCopyButton"));
    m_decrypt->setAutoDefault(false);
    m_decrypt->setToolTip(tr("Instead of importing: the export's plain ZIP or JSON file, for another program. "
                             "Anyone who can read that copy can read the data in it."));
    connect(m_decrypt, &QPushButton::clicked, this, &ImportDialog::decryptRequested);
    auto* passwordLine = new QHBoxLayout;
    passwordLine->addWidget(m_password, 1);
    passwordLine->addWidget(m_decrypt);
    auto* passwordForm = new QFormLayout(m_passwordRow);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    auto* passwordLabel = new QLabel(tr("&Password of the export:"), m_passwordRow);
    passwordLabel->setBuddy(m_password);
    passwordForm->addRow(passwordLabel, passwordLine);
    connect(m_password, &QLineEdit::textChanged, this, &ImportDialog::update);

    m_columns->setObjectName(QStringLiteral("importColumnsTable"));
    m_columns->setAccessibleName(tr("Columns of the file"));
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First row"), tr("Goes to")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setMinimumHeight(220);
    auto* columnsLayout = new QVBoxLayout(m_columnsBox);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(TaskWidgets::paragraph(
        tr("Coffer recognised the columns it could. Check where each one goes; a column kept as a custom field "
           "keeps its heading as the field's name."),
        m_columnsBox));
    columnsLayout->addWidget(m_encodingRow);
    columnsLayout->addWidget(m_columns);

    m_encoding->setObjectName(QStringLiteral("importEncodingCombo"));
    m_encoding->setAccessibleName(tr("Character set of the file"));
    for (CsvReader::Encoding e :
         {CsvReader::Encoding::Windows1257, CsvReader::Encoding::Windows1250, CsvReader::Encoding::Windows1252})
        m_encoding->addItem(encodingName(e), int(e));
    auto* encodingLabel = new QLabel(tr("&Characters:"), m_encodingRow);
    encodingLabel->setBuddy(m_encoding);
    auto* encodingLayout = new QGridLayout(m_encodingRow);
    encodingLayout->setContentsMargins(0, 0, 0, 0);
    encodingLayout->setColumnStretch(2, 1);
    encodingLayout->addWidget(encodingLabel, 0, 0);
    encodingLayout->addWidget(m_encoding, 0, 1);
    encodingLayout->addWidget(TaskWidgets::paragraph(tr("The file is not UTF-8. If the names below look wrong, "
                                                        "choose the character set it was saved in."),
                                                     m_encodingRow),
                              1, 0, 1, 3);
    m_encodingRow->hide();
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::rereadInChosenEncoding);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(TaskWidgets::heading(QStringLiteral("import"), tr("Import clients"), this));
    layout->addWidget(TaskWidgets::paragraph(
        tr("From a Coffer export (a ZIP, JSON or folder export, encrypted or not) or from a CSV file that a "
           "spreadsheet, an address book or another program saved. Nothing already in this vault is changed: "
           "records it has already are kept as they are."),
        this));
    layout->addSpacing(6);
    layout->addLayout(pathRow);
    layout->addWidget(m_what);
    layout->addWidget(m_passwordRow);
    layout->addWidget(m_columnsBox, 1);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    update();
    chooseFile->setFocus();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::looksLikeCsv(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return !QFileInfo(path).isDir() &&
           (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"));
}

void ImportDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose the File to Import"), UserFiles::documentsFolder(),
        tr("Coffer exports and CSV files (*.zip *.json *.encrypted *.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty())
        setPath(file);
}

void ImportDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose the Exported Folder"), UserFiles::documentsFolder());
    if (!folder.isEmpty())
        setPath(folder);
}

void ImportDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_path->setCursorPosition(0);
    showError({});
    m_headers.clear();
    m_columns->setRowCount(0);
    m_encrypted = false;
    m_kind = looksLikeCsv(path) ? Kind::Csv : Kind::CofferExport;
    m_encodingRow->hide();
    if (m_kind == Kind::Csv) {
        readCsvColumns({});
    } else {
        m_encrypted = Importer::isEncrypted(path);
        m_what->setText(m_encrypted ? tr("An encrypted Coffer export. It opens with the password that was chosen "
                                         "when it was made.")
                                    : tr("A Coffer export: its clients, notes, files and consents are imported. "
                                         "Users and the audit log are not: this vault keeps its own."));
        if (m_encrypted)
            m_password->setFocus();
    }
    update();
}

QString ImportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text());
}

QString ImportDialog::encodingName(CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Encoding::Utf8WithBom:
        return tr("UTF-8 with a byte order mark");
    case CsvReader::Encoding::Windows1252:
        return tr("Windows-1252 (Western European)");
    case CsvReader::Encoding::Windows1250:
        return tr("Windows-1250 (Central European)");
    case CsvReader::Encoding::Windows1257:
        return tr("Windows-1257 (Baltic)");
    case CsvReader::Encoding::Utf8:
        break;
    }
    return tr("UTF-8");
}

std::optional<CsvReader::Encoding> ImportDialog::eightBitEncoding() const
{
    if (m_kind != Kind::Csv || m_encodingRow->isHidden())
        return std::nullopt;
    return CsvReader::Encoding(m_encoding->currentData().toInt());
}

void ImportDialog::setEightBitEncoding(CsvReader::Encoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding)));
    rereadInChosenEncoding();
}

void ImportDialog::rereadInChosenEncoding()
{
    readCsvColumns(CsvReader::Encoding(m_encoding->currentData().toInt()));
    update();
}

void ImportDialog::readCsvColumns(std::optional<CsvReader::Encoding> eightBit)
{
    m_headers.clear();
    m_columns->setRowCount(0);
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly)) {
        m_what->clear();
        showError(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    QStringList first;
    try {
        CsvReader reader(file);
        if (eightBit)
            reader.setEightBitEncoding(*eightBit);
        if (!reader.readRecord(m_headers))
            throw Error(ErrorCode::Failed, tr("The file is empty."));
        if (!reader.readRecord(first))
            throw Error(ErrorCode::Failed, tr("The file has a heading row and no clients."));
        const CsvReader::Encoding read = reader.encoding();
        const bool utf8 = read == CsvReader::Encoding::Utf8 || read == CsvReader::Encoding::Utf8WithBom;
        m_encodingRow->setVisible(!utf8);
        if (!utf8)
            m_encoding->setCurrentIndex(m_encoding->findData(int(read)));
    } catch (const Error& e) {
        m_headers.clear();
        m_what->clear();
        showError(e.message());
        return;
    }
    m_what->setText(tr("A CSV file with %n column(s).", nullptr, int(m_headers.size())));
    m_columns->setRowCount(int(m_headers.size()));
    for (int i = 0; i < m_headers.size(); ++i) {
        m_columns->setItem(i, 0, new QTableWidgetItem(m_headers[i]));
        m_columns->setItem(i, 1, new QTableWidgetItem(first.value(i)));
        auto* box = new QComboBox(m_columns);
        box->setAccessibleName(tr("Where “%1” goes").arg(m_headers[i]));
        for (const auto& [field, label] : fieldChoices())
            box->addItem(label, int(field));
        // A column Coffer does not know is kept as a custom field rather than dropped: nothing is lost
        // unless the user says so.
        const CsvTarget recognised = CsvImporter::recognise(m_headers[i]);
        const CsvField field = recognised.field != CsvField::Ignore ? recognised.field
                               : m_headers[i].trimmed().isEmpty()   ? CsvField::Ignore // no name to keep it under
                                                                    : CsvField::Custom;
        box->setCurrentIndex(box->findData(int(field)));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
        m_columns->setCellWidget(i, kTargetColumn, box);
    }
}

std::vector<CsvColumnMap> ImportDialog::columnMap() const
{
    std::vector<CsvColumnMap> map;
    for (int i = 0; i < m_headers.size(); ++i) {
        const auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(i, kTargetColumn));
        CsvTarget target{CsvField(box->currentData().toInt()), {}};
        if (target.field == CsvField::Custom)
            target.key = m_headers[i].trimmed().isEmpty() ? tr("Column %1").arg(i + 1) : m_headers[i].trimmed();
        map.push_back({m_headers[i], target});
    }
    return map;
}

void ImportDialog::setColumnTarget(int column, CsvField field)
{
    if (auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(column, kTargetColumn)))
        box->setCurrentIndex(box->findData(int(field)));
}

Secret ImportDialog::takePassword()
{
    Secret password = takeSecret(m_password);
    return m_encrypted ? std::move(password) : Secret();
}

void ImportDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ImportDialog::update()
{
    m_passwordRow->setVisible(m_kind == Kind::CofferExport && m_encrypted);
    m_columnsBox->setVisible(m_kind == Kind::Csv && !m_headers.isEmpty());
    bool ready = m_kind == Kind::CofferExport && (!m_encrypted || !m_password->text().isEmpty());
    if (m_kind == Kind::Csv && !m_headers.isEmpty()) {
        const std::vector<CsvColumnMap> map = columnMap();
        // CsvImporter's rule: a person's name, or an organisation's name with a column that says which
        // rows are organisations.
        const auto mapped = [&map](CsvField field) {
            return std::any_of(map.begin(), map.end(),
                               [field](const CsvColumnMap& m) { return m.target.field == field; });
        };
        ready = mapped(CsvField::Name) || mapped(CsvField::Given) || mapped(CsvField::Family) ||
                (mapped(CsvField::Org) && mapped(CsvField::Kind));
        showError(ready ? QString()
                        : tr("Choose the column that holds the clients' names (or an organisation column together with "
                             "“Person or organisation”)."));
    }
    m_import->setEnabled(ready);
    m_decrypt->setEnabled(m_kind == Kind::CofferExport && m_encrypted && !m_password->text().isEmpty());
    adjustSize();
}

} // namespace coffer
