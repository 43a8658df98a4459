#include "Clipboard.h"

#include "settings/AppSettings.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QTimer>

namespace coffer {

void copyToClipboard(const QString& text)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(text);
    const int seconds = AppSettings::clipboardClearSeconds();
    if (seconds <= 0)
        return;
    // Only a digest is kept for the comparison, so the value does not linger in this process longer
    // than in the clipboard itself.
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    QTimer::singleShot(seconds * 1000, clipboard, [clipboard, digest] {
        if (QCryptographicHash::hash(clipboard->text().toUtf8(), QCryptographicHash::Sha256) == digest)
            clipboard->clear();
    });
}

} // namespace coffer
