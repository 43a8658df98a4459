// Changing the data key in the app (Vault::rekey), for the Users page after access was taken away and for
// Settings → Security: a progress dialog while vault.db is re-encrypted, a backup under the new key
// afterwards, then the offer to destroy the older backups' key slots (OldKeyBackupsDialog).
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace coffer {

class Vault;

class KeyChange
{
    Q_DECLARE_TR_FUNCTIONS(KeyChange)
public:
    struct Outcome
    {
        bool changed = false;
        QString message; // done, then what happened to the key and the backup, in words for a notice
    };
    // done: what was just changed ("bob was removed."), or empty for a change asked for by itself. Opens
    // the offer about older backups over parent when there are any.
    static Outcome run(Vault& vault, QWidget* parent, const QString& done = {});
};

} // namespace coffer
