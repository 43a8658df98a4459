// The first window: the vaults opened recently on this computer, the ways to open another one or
// create a new one, and "Try with sample data". It only asks; DesktopSession decides what happens next.
#pragma once

#include <QWidget>

class QListWidget;
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

    // Rereads KnownVaults::recent().
    void refresh();
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
    QString selectedFolder() const;

    QStackedWidget* m_recentStack;
    QListWidget* m_recent;
    QPushButton* m_openButton;
    QPushButton* m_createButton;
    TrySampleBox* m_trySample;
};

} // namespace coffer
