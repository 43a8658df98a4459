#include "Confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace coffer {

void confirmThen(QWidget* parent, const char* objectName, const QString& title, const QString& text,
                 const QString& acceptText, std::function<void()> accepted)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QLatin1String(objectName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(acceptText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* no =
        box->addButton(QCoreApplication::translate("coffer::Confirmation", "Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(no);
    QObject::connect(box, &QMessageBox::accepted, parent, std::move(accepted));
    box->open();
}

} // namespace coffer
