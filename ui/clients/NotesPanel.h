// A client's notes, newest first, and (for those who may write) a short form to add one: what kind of
// contact it was, when, and the text.
#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace coffer {

class Vault;

class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    NotesPanel(Vault& vault, bool editable, QWidget* parent = nullptr);

    void setClient(const QString& clientId);
    int count() const;
    // Non-empty while notes may not change (a restricted client): the writing controls are disabled
    // with why as their tooltip.
    void setRefusal(const QString& why);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void countChanged(int count);
    void failed(const QString& message); // core's message, for the client view to show

private:
    void reload();
    void addNote();
    void askToRemoveSelected();

    Vault& m_vault;
    QString m_clientId;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QListWidget* m_list;
    QLabel* m_empty;
    QString m_refusal;
};

} // namespace coffer
