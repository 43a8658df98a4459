// The Clients page: the searchable, sortable list of every client (a lazy model over ClientStore) and
// the page of the client chosen in it (profile, notes, files, consents). Export and erasure of one
// client are asked of the main window through signals, because they are long work done elsewhere.
#pragma once

#include <QWidget>

namespace coffer {

class Vault;

class ClientsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsPage(Vault& vault, QWidget* parent = nullptr);
    ~ClientsPage() override;

public slots:
    void focusSearch(); // Ctrl+F
    void newClient();   // Ctrl+N; does nothing for viewers
    void reload();      // after an import or an erasure changed the list

signals:
    void exportClientRequested(const QString& clientId);
    void eraseClientRequested(const QString& clientId);

private:
    Vault& m_vault;
};

} // namespace coffer
