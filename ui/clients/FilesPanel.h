// A client's files: name, size, type and when each was added. Files are added with a file dialog or
// by dropping them on the client view (which hands them to addFiles), and taken out with "Save as…"
// to a place the user chooses, then opened from there if they wish: the bytes only ever leave the
// vault to where the user said. A large file is added or saved as long work, with progress and Cancel.
#pragma once

#include "store/OutputPath.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace coffer {

class Vault;

class FilesPanel : public QWidget
{
    Q_OBJECT
public:
    // Files at least this large are added and saved on a worker thread behind a progress dialog.
    static constexpr qint64 kLongWorkBytes = 8 * 1024 * 1024;

    FilesPanel(Vault& vault, bool editable, QWidget* parent = nullptr);

    void setClient(const QString& clientId);
    // Non-empty while files may not change (a restricted client): Add and Remove are disabled with why
    // as their tooltip.
    void setRefusal(const QString& why);
    int count() const;
    // Adds the files one after another; a failure is reported and the rest are still added.
    void addFiles(const QStringList& paths);
    // Writes the stored file to path (chosen by the user); reports where it went with a link to open it.
    // Overwrite::Replace once the user was asked (the save dialog asks before it names an existing file);
    // a link or a place inside the vault's folders is refused either way, with core's message.
    void saveFileTo(const QString& fileId, const QString& path, Overwrite overwrite = Overwrite::Refuse);
    bool isBusy() const { return m_busy; }

signals:
    void countChanged(int count);
    void failed(const QString& message);

private:
    void reload();
    void chooseFilesToAdd();
    void saveSelected();
    void addNext();
    void saved(const QString& path);
    QString selectedFileId() const;
    void updateButtons();
    void askToRemoveSelected();

    Vault& m_vault;
    QString m_clientId;
    QStringList m_queue; // paths still to add
    bool m_busy = false;
    QString m_saveFolder; // remembered for this session only: a path may name a client
    QPushButton* m_add = nullptr;
    QPushButton* m_save;
    QPushButton* m_remove = nullptr;
    QString m_refusal;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QLabel* m_status;
};

} // namespace coffer
