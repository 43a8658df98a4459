// A growing list of short values in a form: a client's emails, phones, or custom fields (a name and a
// value per row). Each row has its line edits, optionally a Copy button (which clears the clipboard
// after the configured delay), and a Remove button; "Add …" appends an empty row. A row can carry a
// problem: its edits are outlined in the error colour and the words stand directly under that row.
// Read-only mode keeps the values selectable and copyable and removes every editing control.
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace coffer {

class ValueListEdit : public QWidget
{
    Q_OBJECT
public:
    // Words for one kind of value; each %1 is replaced by the row's number (from 1).
    struct Texts
    {
        QStringList fields; // accessible name of each line edit in a row, e.g. {"Email %1"}
        QStringList placeholders;
        QString copy;   // "Copy email %1"; empty: no Copy button
        QString remove; // "Remove email %1"
        QString add;    // "Add email"
    };

    ValueListEdit(Texts texts, QWidget* parent = nullptr);

    void setRows(const QList<QStringList>& rows);
    QList<QStringList> rows() const; // every row as shown, empty ones included
    void setValues(const QStringList& values);
    QStringList values() const; // the first field of each row

    void setReadOnly(bool readOnly);
    // Shows what is wrong with the row under it and outlines its edits; an empty problem clears both.
    void setRowProblem(int row, const QString& problem);
    void clearProblems();
    QLineEdit* editAt(int row, int field = 0) const;
    QLabel* problemLabelAt(int row) const; // for tests; hidden while the row has no problem
    int rowCount() const { return int(m_rows.size()); }

signals:
    void edited();

private:
    struct Row
    {
        QWidget* widget;
        QList<QLineEdit*> edits;
        QPushButton* remove;
        QLabel* problem;
    };
    void addRow(const QStringList& values);
    void removeRow(QWidget* rowWidget);
    void renumber();

    Texts m_texts;
    QVBoxLayout* m_layout;
    QPushButton* m_addButton;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace coffer
