#include "NotesPanel.h"

#include "ClientLabels.h"
#include "Error.h"
#include "RemovalQuestion.h"
#include "records/NoteStore.h"
#include "widgets/LocaleText.h"
#include "widgets/Refusal.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <algorithm>

namespace coffer {

NotesPanel::NotesPanel(Vault& vault, bool editable, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    auto* layout = new QVBoxLayout(this);
    if (editable) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("noteKindCombo"));
        m_kind->setAccessibleName(tr("Kind of note"));
        for (NoteKind kind : {NoteKind::Note, NoteKind::Call, NoteKind::Email, NoteKind::Meeting})
            m_kind->addItem(ClientLabels::noteKind(kind), int(kind));
        m_time = new QDateTimeEdit(this);
        m_time->setObjectName(QStringLiteral("noteTimeEdit"));
        m_time->setAccessibleName(tr("When"));
        m_time->setCalendarPopup(true);
        m_time->setDisplayFormat(LocaleText::dateTimeFormat());
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("noteTextEdit"));
        m_text->setAccessibleName(tr("Note text"));
        m_text->setPlaceholderText(tr("What was said or agreed…"));
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 14);
        m_text->installEventFilter(this); // Ctrl+Enter adds the note
        m_add = new QPushButton(QIcon(QStringLiteral(":/icons/note.svg")), tr("Add &note"), this);
        m_add->setObjectName(QStringLiteral("addNoteButton"));
        m_add->setAccessibleName(tr("Add note"));
        m_add->setToolTip(
            tr("Add the note (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
        m_add->setEnabled(false);
        connect(m_text, &QPlainTextEdit::textChanged, this,
                [this] { m_add->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
        connect(m_add, &QPushButton::clicked, this, &NotesPanel::addNote);

        auto* composer = new QGridLayout;
        composer->addWidget(m_kind, 0, 0);
        composer->addWidget(m_time, 0, 1);
        composer->setColumnStretch(2, 1);
        composer->addWidget(m_text, 1, 0, 1, 4);
        composer->addWidget(m_add, 2, 3);
        layout->addLayout(composer);
        layout->addSpacing(6);
    }
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setAccessibleName(tr("Notes, newest first"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_empty->setObjectName(QStringLiteral("notesEmptyLabel"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(editable ? tr("No notes yet. Write what was said or agreed above and press Add note.")
                              : tr("No notes yet."));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    if (editable) {
        m_remove = new QPushButton(tr("&Remove note…"), this);
        m_remove->setObjectName(QStringLiteral("removeNoteButton"));
        m_remove->setAccessibleName(tr("Remove the chosen note"));
        m_remove->setToolTip(tr("Delete the chosen note (%1)")
                                 .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
        m_remove->setEnabled(false);
        connect(m_remove, &QPushButton::clicked, this, &NotesPanel::askToRemoveSelected);
        connect(m_list, &QListWidget::currentItemChanged, this,
                [this] { m_remove->setEnabled(m_refusal.isEmpty() && m_list->currentItem() != nullptr); });
        auto* del = new QShortcut(QKeySequence::Delete, m_list, this, &NotesPanel::askToRemoveSelected);
        del->setContext(Qt::WidgetShortcut);
        auto* row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(m_remove);
        layout->addLayout(row);
    }
}

int NotesPanel::count() const
{
    return m_list->count();
}

void NotesPanel::setRefusal(const QString& why)
{
    m_refusal = why;
    if (!m_text)
        return;
    for (QWidget* w : {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_time), static_cast<QWidget*>(m_text)}) {
        w->setEnabled(why.isEmpty());
        showRefusal(w, why);
    }
    m_add->setEnabled(why.isEmpty() && !m_text->toPlainText().trimmed().isEmpty());
    m_remove->setEnabled(why.isEmpty() && m_list->currentItem() != nullptr);
    showRefusal(m_add, why);
    showRefusal(m_remove, why);
}

void NotesPanel::setClient(const QString& clientId)
{
    m_clientId = clientId;
    if (m_text) {
        m_text->clear();
        m_time->setDateTime(QDateTime::currentDateTime());
        m_kind->setCurrentIndex(0);
    }
    reload();
}

void NotesPanel::reload()
{
    m_list->clear();
    if (!m_clientId.isEmpty()) {
        try {
            std::vector<Note> notes = NoteStore(m_vault).list(m_clientId);
            std::reverse(notes.begin(), notes.end()); // core lists oldest first
            for (const Note& note : notes) {
                const QString heading =
                    tr("%1 · %2").arg(ClientLabels::noteKind(note.kind), ClientLabels::dateTime(note.time));
                auto* item = new QListWidgetItem(heading + u'\n' + note.text, m_list);
                item->setData(Qt::UserRole, note.id);
                item->setData(Qt::AccessibleTextRole, heading + QStringLiteral(": ") + note.text);
            }
        } catch (const Error& e) {
            emit failed(e.message());
        }
    }
    m_list->setVisible(m_list->count() > 0);
    m_empty->setVisible(m_list->count() == 0);
    emit countChanged(m_list->count());
}

bool NotesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            addNote();
            return true; // never a line break: the note is added, or (when empty) nothing happens
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NotesPanel::askToRemoveSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!m_remove || !item)
        return;
    const QString noteId = item->data(Qt::UserRole).toString();
    askToRemove(this, tr("Remove Note"), tr("Remove this note?"), [this, noteId] {
        try {
            NoteStore(m_vault).remove(noteId);
        } catch (const Error& e) {
            emit failed(e.message());
        }
        reload();
    });
}

void NotesPanel::addNote()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty() || m_clientId.isEmpty())
        return;
    try {
        NoteStore(m_vault).add(m_clientId, NoteKind(m_kind->currentData().toInt()), text, m_time->dateTime().toUTC());
    } catch (const Error& e) {
        emit failed(e.message());
        return;
    }
    m_text->clear();
    m_time->setDateTime(QDateTime::currentDateTime());
    reload();
}

} // namespace coffer
