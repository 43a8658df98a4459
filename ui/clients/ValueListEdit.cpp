#include "ValueListEdit.h"

#include "widgets/Palette.h"

#include "session/Clipboard.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace coffer {

namespace {
QString invalidStyle()
{
    return QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 3px; padding: 2px; }")
        .arg(Palette::name(ColorRole::Error));
}
} // namespace

ValueListEdit::ValueListEdit(Texts texts, QWidget* parent)
    : QWidget(parent)
    , m_texts(std::move(texts))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_addButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), m_texts.add, this);
    m_addButton->setObjectName(QStringLiteral("addRowButton"));
    m_addButton->setAccessibleName(m_texts.add);
    m_addButton->setFlat(true);
    m_addButton->setCursor(Qt::PointingHandCursor);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow({});
        m_rows.last().edits.first()->setFocus();
        emit edited();
    });
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(m_addButton);
    addLine->addStretch();
    m_layout->addLayout(addLine);
    setRows({});
}

void ValueListEdit::addRow(const QStringList& values)
{
    auto* rowWidget = new QWidget(this);
    auto* column = new QVBoxLayout(rowWidget);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->setSpacing(4);
    column->addLayout(line);
    Row row{rowWidget, {}, nullptr, new QLabel(rowWidget)};
    row.problem->setObjectName(QStringLiteral("rowProblemLabel"));
    row.problem->setWordWrap(true);
    row.problem->setStyleSheet(Palette::textStyle(ColorRole::Error));
    row.problem->hide();
    column->addWidget(row.problem);
    for (int f = 0; f < m_texts.fields.size(); ++f) {
        auto* edit = new QLineEdit(values.value(f), rowWidget);
        // A hint to type "+371 2000 0000" would read as a value where nothing can be typed.
        edit->setPlaceholderText(m_readOnly ? QString() : m_texts.placeholders.value(f));
        edit->setReadOnly(m_readOnly);
        connect(edit, &QLineEdit::textEdited, this, &ValueListEdit::edited);
        line->addWidget(edit, f == 0 && m_texts.fields.size() > 1 ? 2 : 3);
        row.edits << edit;
    }
    if (!m_texts.copy.isEmpty()) {
        auto* copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), rowWidget);
        copy->setObjectName(QStringLiteral("copyButton"));
        QLineEdit* source = row.edits.first();
        connect(copy, &QPushButton::clicked, this, [source] {
            if (!source->text().trimmed().isEmpty())
                copyToClipboard(source->text().trimmed());
        });
        line->addWidget(copy);
    }
    row.remove = new QPushButton(QIcon(QStringLiteral(":/icons/remove.svg")), QString(), rowWidget);
    row.remove->setObjectName(QStringLiteral("removeButton"));
    connect(row.remove, &QPushButton::clicked, this, [this, rowWidget] {
        removeRow(rowWidget);
        emit edited();
    });
    line->addWidget(row.remove);
    m_layout->insertWidget(int(m_rows.size()), rowWidget);
    m_rows << row;
    renumber();
}

void ValueListEdit::removeRow(QWidget* rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].widget == rowWidget) {
            m_rows.removeAt(i);
            rowWidget->deleteLater();
            break;
        }
    // An empty list still offers a line to type into.
    if (m_rows.isEmpty())
        addRow({});
    renumber();
}

void ValueListEdit::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        for (int f = 0; f < row.edits.size(); ++f)
            row.edits[f]->setAccessibleName(m_texts.fields[f].arg(i + 1));
        if (auto* copy = row.widget->findChild<QPushButton*>(QStringLiteral("copyButton"))) {
            copy->setAccessibleName(m_texts.copy.arg(i + 1));
            copy->setToolTip(m_texts.copy.arg(i + 1));
        }
        // A single row is the place to type the first value, not something to remove.
        row.remove->setVisible(!m_readOnly && m_rows.size() > 1);
        row.remove->setAccessibleName(m_texts.remove.arg(i + 1));
        row.remove->setToolTip(m_texts.remove.arg(i + 1));
    }
}

void ValueListEdit::setRows(const QList<QStringList>& rows)
{
    // m_rows is emptied first: deleting a focused edit moves the focus, and whoever hears of that (the
    // form, to say what is wrong) must not find rows that are being deleted.
    const QList<Row> old = std::exchange(m_rows, {});
    for (const Row& row : old)
        delete row.widget;
    for (const QStringList& values : rows)
        addRow(values);
    if (m_rows.isEmpty())
        addRow({});
}

QList<QStringList> ValueListEdit::rows() const
{
    QList<QStringList> out;
    for (const Row& row : m_rows) {
        QStringList values;
        for (const QLineEdit* edit : row.edits)
            values << edit->text();
        out << values;
    }
    return out;
}

void ValueListEdit::setValues(const QStringList& values)
{
    QList<QStringList> rows;
    for (const QString& v : values)
        rows << QStringList{v};
    setRows(rows);
}

QStringList ValueListEdit::values() const
{
    QStringList out;
    for (const QStringList& row : rows())
        out << row.value(0);
    return out;
}

void ValueListEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_addButton->setVisible(!readOnly);
    for (const Row& row : std::as_const(m_rows))
        for (int f = 0; f < row.edits.size(); ++f) {
            row.edits[f]->setReadOnly(readOnly);
            row.edits[f]->setPlaceholderText(readOnly ? QString() : m_texts.placeholders.value(f));
        }
    renumber();
}

void ValueListEdit::setRowProblem(int row, const QString& problem)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row& r = m_rows[row];
    const QString style = problem.isEmpty() ? QString() : invalidStyle();
    for (QLineEdit* edit : std::as_const(r.edits)) {
        if (edit->styleSheet() != style) // called at every key press: a new style sheet repolishes
            edit->setStyleSheet(style);
        edit->setAccessibleDescription(problem); // a screen reader says it with the field
    }
    r.problem->setText(problem);
    r.problem->setVisible(!problem.isEmpty());
}

void ValueListEdit::clearProblems()
{
    for (int row = 0; row < m_rows.size(); ++row)
        setRowProblem(row, QString());
}

QLineEdit* ValueListEdit::editAt(int row, int field) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].edits.value(field) : nullptr;
}

QLabel* ValueListEdit::problemLabelAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].problem : nullptr;
}

} // namespace coffer
