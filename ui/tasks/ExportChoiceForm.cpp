#include "ExportChoiceForm.h"

namespace coffer {

ExportChoiceForm::ExportChoiceForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exportChoiceForm"));
}

ExportChoiceForm::~ExportChoiceForm() = default;

AppSettings::ExportChoice ExportChoiceForm::choice() const
{
    return AppSettings::exportChoice();
}

void ExportChoiceForm::setChoice(const AppSettings::ExportChoice&) {}

} // namespace coffer
