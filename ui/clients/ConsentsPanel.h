// A client's consents: the state of each purpose now, and below it the whole history (core keeps every
// change). "Change consent…" records a new state through ConsentDialog.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace coffer {

class Vault;

class ConsentsPanel : public QWidget
{
    Q_OBJECT
public:
    ConsentsPanel(Vault& vault, bool editable, QWidget* parent = nullptr);

    void setClient(const QString& clientId);
    int count() const; // purposes with a consent state

signals:
    void countChanged(int count);
    void failed(const QString& message);
    void filesChanged(); // a consent's evidence was attached to the client

private:
    void reload();
    void change(const QString& purpose);
    static QTreeWidget* makeTable(const QStringList& headers, const char* objectName, QWidget* parent);

    Vault& m_vault;
    QString m_clientId;
    QPushButton* m_change = nullptr;
    QTreeWidget* m_current;
    QTreeWidget* m_history;
    QLabel* m_empty;
};

} // namespace coffer
