// The first window: the vaults opened recently on this computer, and the ways to open another one or
// create a new one. It only asks; DesktopSession decides what happens next.
#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace coffer {

class StartWindow : public QWidget
{
    Q_OBJECT
public:
    explicit StartWindow(QWidget* parent = nullptr);

    // Rereads KnownVaults::recent().
    void refresh();

signals:
    void openRequested(const QString& vaultFolder);
    void createRequested();

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
};

} // namespace coffer
