// The window of an unlocked vault. It owns the Vault: Lock (toolbar, Ctrl+L) wipes the keys, destroys
// the Vault and reports lockedOut() so that the session goes back to the unlock screen for the same
// vault; closing the window locks too. The client workspace arrives in a later version; for now the
// centre says so.
#pragma once

#include <QMainWindow>
#include <memory>

class QAction;

namespace coffer {

class Vault;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Vault> vault, QWidget* parent = nullptr);
    ~MainWindow() override;

    QString vaultFolder() const { return m_folder; }
    bool isUnlocked() const { return m_vault != nullptr; }

public slots:
    void lock();

signals:
    // The vault is locked and gone; the window is about to close.
    void lockedOut(const QString& vaultFolder);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* makeSignedInBadge();
    QWidget* makeEmptyState();
    void releaseVault();

    std::unique_ptr<Vault> m_vault;
    QString m_folder;
    QAction* m_lockAction;
};

} // namespace coffer
