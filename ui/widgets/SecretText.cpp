#include "SecretText.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>

namespace coffer {

Secret secretFrom(const QLineEdit* edit)
{
    QByteArray bytes = edit->text().toUtf8();
    return Secret::takeFrom(bytes);
}

Secret takeSecret(QLineEdit* edit)
{
    Secret secret = secretFrom(edit);
    forgetText(edit);
    return secret;
}

void forgetText(QLineEdit* edit)
{
    QString shared = edit->text(); // the field's own buffer, not a copy (implicit sharing)
    wipe(shared);
    edit->clear();
}

void styleAsShownOnce(QLabel* label)
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    mono.setBold(true);
    label->setFont(mono);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFrameShape(QFrame::StyledPanel);
    label->setBackgroundRole(QPalette::Base);
    label->setAutoFillBackground(true);
    label->setMargin(16);
}

} // namespace coffer
