// The two small forms of the Purposes & Policies page: a purpose of processing with its lawful basis
// (its name fixed once it is in the catalogue, since consents refer to it), and a new version of the
// privacy policy, as text or as the file it was published as, with the day it took effect.
#pragma once

#include "records/PurposeRows.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace coffer {

class PurposeDialog : public QDialog
{
    Q_OBJECT
public:
    // existing: the purpose to edit, or nullptr for a new one.
    explicit PurposeDialog(const Purpose* existing, QWidget* parent = nullptr);

    QString name() const;
    LawfulBasis basis() const;
    QString description() const;

private:
    QLineEdit* m_name;
    QComboBox* m_basis;
    QPlainTextEdit* m_description;
    QPushButton* m_save;
};

class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PolicyDialog(QWidget* parent = nullptr);

    QString version() const;
    QDate effective() const;
    QString text() const;     // empty when a file was chosen
    QString filePath() const; // empty when the text was typed
    void setFilePath(const QString& path);

private:
    void updateButton();

    QLineEdit* m_version;
    QDateEdit* m_effective;
    QRadioButton* m_asText;
    QRadioButton* m_asFile;
    QPlainTextEdit* m_text;
    QLabel* m_file;
    QString m_filePath;
    QPushButton* m_save;
};

} // namespace coffer
