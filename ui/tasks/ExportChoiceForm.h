// The choices of a full export — format (zip, folder, JSON, CSV), byte-order mark for spreadsheets,
// encryption, and where it goes — as one form that the export dialog asks and the Settings page keeps
// as the defaults (AppSettings::ExportChoice). The passphrase is asked by the export dialog only.
#pragma once

#include "settings/AppSettings.h"

#include <QWidget>

namespace coffer {

class ExportChoiceForm : public QWidget
{
    Q_OBJECT
public:
    explicit ExportChoiceForm(QWidget* parent = nullptr);
    ~ExportChoiceForm() override;

    AppSettings::ExportChoice choice() const;
    void setChoice(const AppSettings::ExportChoice& choice);

signals:
    void changed();
};

} // namespace coffer
