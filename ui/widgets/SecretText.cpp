#include "SecretText.h"

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

} // namespace coffer
