#include "RemovalQuestion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace coffer {

QMessageBox* askToRemove(QWidget* parent, const QString& title, const QString& question,
                         const std::function<void()>& remove)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("removeQuestionBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(QCoreApplication::translate(
        "coffer::RemovalQuestion", "It is deleted from the vault for good. Backups made before now still hold "
                                   "it; to remove everything about a person, erase the client instead."));
    QPushButton* yes =
        box->addButton(QCoreApplication::translate("coffer::RemovalQuestion", "Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel); // a stray Enter removes nothing
    QObject::connect(box, &QMessageBox::buttonClicked, box, [yes, remove](QAbstractButton* clicked) {
        if (clicked == yes)
            remove();
    });
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

} // namespace coffer
