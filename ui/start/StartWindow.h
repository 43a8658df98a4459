// The first window: the vaults opened recently on this computer, the ways to open another one or
// create a new one, and "Try with sample data". It only asks; DesktopSession decides what happens next.
// One exception: a cancellation of an account that was interrupted (its journal is still there) is
// shown above everything, with "Finish Cancelling", which this window runs itself: no vault is open then.
#pragma once

#include <QWidget>

class QListWidget;
class QVBoxLayout;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace coffer {

class TrySampleBox;

class StartWindow : public QWidget
{
    Q_OBJECT
public:
    explicit StartWindow(QWidget* parent = nullptr);

    // Rereads KnownVaults::recent() and the interrupted cancellations.
    void refresh();
    // The vault name an interrupted cancellation's journal records (empty when it cannot be read).
    static QString journalVaultName(const QString& journalPath);
    // While the demo vault is being made: the button waits and says so.
    void setPreparingSample(bool busy);
    TrySampleBox* trySampleBox() const { return m_trySample; }

signals:
    void openRequested(const QString& vaultFolder);
    void createRequested();
    void sampleDataRequested();

private slots:
    void openSelected();
    void chooseFolder();
    void showContextMenu(const QPoint& position);

private:
    QWidget* makeHeader();
    QWidget* makePendingNotice(const QString& journal);
    void refreshPending();
    // abandon: folders the user declared lost for good (the certificate names them as not sanitised).
    void finishCancelling(const QString& journal, const QString& vaultName, const QStringList& abandon = {});
    QString selectedFolder() const;

    QWidget* m_pending;
    QVBoxLayout* m_pendingLayout;
    QStackedWidget* m_recentStack;
    QListWidget* m_recent;
    QPushButton* m_openButton;
    QPushButton* m_createButton;
    TrySampleBox* m_trySample;
};

} // namespace coffer
