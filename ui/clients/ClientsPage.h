// The Clients page: the searchable, sortable list of every client (a lazy model over ClientStore) and
// the page of the client chosen in it (profile, notes, files, consents). Export and erasure of one
// client are asked of the main window through signals, because they are long work done elsewhere.
#pragma once

#include <QWidget>

class QSplitter;
class QStackedWidget;
class QLabel;

namespace coffer {

class ClientListPanel;
class ClientView;
class Vault;

class ClientsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsPage(Vault& vault, QWidget* parent = nullptr);
    ~ClientsPage() override;

    ClientListPanel* list() const { return m_list; }
    ClientView* view() const { return m_view; }

public slots:
    void focusSearch();                       // Ctrl+F
    void newClient();                         // Ctrl+N; does nothing for viewers
    void reload();                            // after an import or an erasure changed the list
    void openClient(const QString& clientId); // selects and shows them, as a click in the list does

signals:
    void exportClientRequested(const QString& clientId);
    void eraseClientRequested(const QString& clientId);

private:
    void select(const QString& clientId);
    void showLoadError(const QString& message);

    Vault& m_vault;
    ClientListPanel* m_list;
    ClientView* m_view;
    QLabel* m_placeholder;
    QStackedWidget* m_right;
    QSplitter* m_splitter;
};

} // namespace coffer
