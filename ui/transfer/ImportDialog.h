// "Import…": clients brought in from a Coffer export (a zip, a folder, a data.json, or any of them
// encrypted) or from another program's CSV (a spreadsheet, an address book, another CRM). What the file
// is follows from the file itself: a CSV shows its columns, each with an example and where it will go
// (recognised headers already chosen, the user sets the rest); an encrypted export asks for its password.
#pragma once

#include "crypto/Secret.h"
#include "transfer/CsvImporter.h"

#include <QDialog>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace coffer {

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { None, CofferExport, Csv };

    explicit ImportDialog(QWidget* parent);
    ~ImportDialog() override;

signals:
    // "Save a Decrypted Copy…" for an encrypted export, with its password typed.
    void decryptRequested();

public:
    // Chooses the file or folder as the buttons do; for tests and drag and drop.
    void setPath(const QString& path);
    QString path() const;
    Kind kind() const { return m_kind; }
    bool needsPassword() const { return m_encrypted; }
    // A CSV's columns and where each goes, as chosen in the table.
    std::vector<CsvColumnMap> columnMap() const;
    // Where the CSV's column `column` (0-based) goes; for tests.
    void setColumnTarget(int column, CsvField field);
    // For a CSV that is not UTF-8: the code page chosen in the dialog (preset to Coffer's guess).
    std::optional<CsvReader::Encoding> eightBitEncoding() const;
    void setEightBitEncoding(CsvReader::Encoding encoding); // for tests
    // The encrypted export's password (empty otherwise); the field is cleared.
    Secret takePassword();

    // How a CSV file is told from a Coffer export: by its name (.csv, .tsv, .txt).
    static bool looksLikeCsv(const QString& path);
    // "Windows-1257 (Baltic)", as the dialog and the import's report name a file's character set.
    static QString encodingName(CsvReader::Encoding encoding);

private:
    void chooseFile();
    void chooseFolder();
    // The header and the first row, the 8-bit ones read in eightBit when given, else in Coffer's guess.
    void readCsvColumns(std::optional<CsvReader::Encoding> eightBit);
    void rereadInChosenEncoding();
    void update();
    void showError(const QString& text);

    Kind m_kind = Kind::None;
    bool m_encrypted = false;
    QLineEdit* m_path;
    QLabel* m_what;
    QWidget* m_passwordRow;
    QLineEdit* m_password;
    QPushButton* m_decrypt;
    QWidget* m_columnsBox;
    QWidget* m_encodingRow;
    QComboBox* m_encoding;
    QTableWidget* m_columns;
    QStringList m_headers;
    QLabel* m_error;
    QPushButton* m_import;
};

} // namespace coffer
