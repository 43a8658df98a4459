// "Export History": every export made from this vault, read-only, newest first (ExportHistoryModel).
// Coffer records where each export went but cannot reach it, so the dialog says what that means: an
// export stays wherever it was saved until someone deletes it, and an erasure lists the ones that may
// still hold the person. Editors and above (who may export) see it.
#pragma once

#include <QDialog>

class QTableView;

namespace coffer {

class ExportHistoryModel;
class Vault;

class ExportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ExportHistoryDialog(Vault& vault, QWidget* parent);
    ~ExportHistoryDialog() override;

    ExportHistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Opens it window-modal, to delete itself when closed.
    static ExportHistoryDialog* openFor(Vault& vault, QWidget* parent);

private:
    ExportHistoryModel* m_model;
    QTableView* m_view;
};

} // namespace coffer
