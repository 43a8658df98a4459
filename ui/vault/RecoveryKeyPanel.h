// The recovery key on screen, once: large and selectable, with Copy (the clipboard is cleared after the
// delay in the settings), Save As… (a 0600 text file where the user chooses) and the box the user ticks
// when it is stored. Shared by the create wizard's last page and the dialog that shows a replaced key.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace coffer {

class Secret;

class RecoveryKeyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryKeyPanel(QWidget* parent = nullptr);

    // vaultFolder is named in a saved file; the box is unticked again.
    void showKey(const QString& vaultFolder, const Secret& key);
    // Takes the key off the screen.
    void forgetKey();
    bool isStored() const;
    // Writes the key with a short explanation to path (0600, atomically). Returns false and says why in
    // errorText.
    bool saveTo(const QString& path, QString* errorText) const;

signals:
    void storedChanged(bool stored);

private:
    void copy();
    void saveAs();

    QString m_folder;
    QLabel* m_key;
    QLabel* m_feedback;
    QCheckBox* m_stored;
};

} // namespace coffer
