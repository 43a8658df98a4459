// The window that ends a long task: what happened, in one heading and a sentence or two of what it means
// for the user; where the result is (a path that can be selected and copied); the checks that were run,
// each with ✓ or ✗ and what it found, behind a "Details" button; and the buttons that go with the result
// (Show in folder, Save as…, Open). Export, backup, verify, restore, erasure and cancellation all end in
// one, so their endings read alike.
#pragma once

#include "widgets/Palette.h"

#include <QDialog>
#include <QStringList>
#include <functional>
#include <vector>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace coffer {

struct ReportCheck
{
    bool passed = false;
    QString name;   // what was checked
    QString detail; // what it found; counts and file names, never client data
};

// A line of a list that is neither passed nor failed: a copy that still holds an erased person, a folder
// that could not be reached. The mark says which kind of line it is (objectName "entryMark").
struct ReportEntry
{
    QString name;
    QString detail; // a path, usually; shown muted under the name
};

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { Success, Failure };

    ReportDialog(const QString& title, Outcome outcome, const QString& headline, QWidget* parent);

    // Where a list goes: in the body, or behind "Details" (the technical checks, closed until pressed).
    enum class Placement { Body, Details };

    // The sentence or two that lead the report (objectName "reportSummary"): what the outcome means for
    // the user, in their terms. The caller derives it from the real results; a failed check never reads
    // as reassurance.
    QLabel* addSummary(const QString& text);
    QLabel* addText(const QString& text);
    // A paragraph in the tint of role: a consequence not to be missed (an export that is not encrypted).
    QLabel* addNotice(const QString& text, ColorRole role);
    void addPath(const QString& caption, const QString& path);
    void setChecks(const QString& caption, const std::vector<ReportCheck>& checks,
                   Placement placement = Placement::Details);
    // A paragraph of technical detail behind "Details" (core's own words for a failure, say).
    void addDetailText(const QString& text);
    // Whether "Details" is open; false when the report has none.
    bool detailsShown() const;
    // Lines under a caption in a box that scrolls when they are many (the rows an import skipped).
    void addList(const QString& caption, const QStringList& lines);
    // Entries under a caption, laid out as the checks are, each with mark in the colour of role.
    void addEntries(const QString& caption, const std::vector<ReportEntry>& entries, const QString& mark,
                    ColorRole role);
    // Any other widget that goes with the buttons (a check box), just above them, below Details.
    void addWidget(QWidget* widget);
    // A button left of Close; action runs on click and the dialog stays open.
    QPushButton* addAction(const QString& text, const QString& objectName, std::function<void()> action);
    // "Show in Folder": the system's file manager on the folder that holds path.
    void addShowInFolder(const QString& path);

    // Opens window-modal, to delete itself when closed; returns this.
    ReportDialog* openSelfDeleting();

    Outcome outcome() const { return m_outcome; }
    const std::vector<ReportCheck>& checks() const { return m_checks; }

    // A failure as the user should read it: what could not be done (headline), core's message, and
    // what to do now. Opened window-modal; deletes itself.
    // details, when given, sits behind "Details" (message is then the plain sentence).
    static ReportDialog* showFailure(QWidget* parent, const QString& title, const QString& headline,
                                     const QString& message, const QString& advice, const QString& details = {});

private:
    struct Row
    {
        QString mark;
        ColorRole role;
        QString markName; // for screen readers
        QString name;
        QString detail;
    };
    // The framed list that checks and entries share, added to target; it scrolls beyond eight rows.
    void addRows(QVBoxLayout* target, const QString& caption, const std::vector<Row>& rows, const char* markObjectName);
    // The "Details" button and its closed panel, made on first use below the body: technical detail
    // comes after everything the user reads or acts on.
    QVBoxLayout* details();

    Outcome m_outcome;
    std::vector<ReportCheck> m_checks;
    QVBoxLayout* m_body;
    QVBoxLayout* m_detailsArea;
    QVBoxLayout* m_footer;
    QHBoxLayout* m_buttons;
    QToolButton* m_detailsButton = nullptr;
    QWidget* m_detailsPanel = nullptr;
};

} // namespace coffer
