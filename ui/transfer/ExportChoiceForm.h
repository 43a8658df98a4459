// The choices of a full export — encryption (offered first, and ticked unless the user chose otherwise),
// format (zip, folder, JSON, CSV), byte-order mark for spreadsheets, and where it goes — as one form that
// the export dialog asks and the Settings page keeps as the defaults (AppSettings::ExportChoice). The
// passphrase is asked by the export dialog only.
#pragma once

#include "settings/AppSettings.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace coffer {

class ExportChoiceForm : public QWidget
{
    Q_OBJECT
public:
    explicit ExportChoiceForm(QWidget* parent = nullptr);
    ~ExportChoiceForm() override;

    AppSettings::ExportChoice choice() const;
    void setChoice(const AppSettings::ExportChoice& choice);

    // The folder exists and can be written to; whyNot says what is wrong otherwise.
    bool folderIsUsable(QString* whyNot = nullptr) const;

signals:
    void changed();

private:
    void addFormat(const QString& name, const QString& title, const QString& description);
    void chooseFolder();
    void update();

    QButtonGroup* m_formats;
    QWidget* m_formatBox;
    QCheckBox* m_bom;
    QCheckBox* m_encrypt;
    bool m_wantsEncryption = true; // the box as the user left it; a format without encryption shows it clear
    QLabel* m_encryptHint;
    QLineEdit* m_folder;
    QPushButton* m_chooseFolder;
};

} // namespace coffer
