#include "ReportDialog.h"

#include "widgets/TaskWidgets.h"
#include "widgets/UserFiles.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace coffer {

ReportDialog::ReportDialog(const QString& title, Outcome outcome, const QString& headline, QWidget* parent)
    : QDialog(parent)
    , m_outcome(outcome)
    , m_body(new QVBoxLayout)
    , m_detailsArea(new QVBoxLayout)
    , m_footer(new QVBoxLayout)
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(TaskWidgets::heading(
        outcome == Outcome::Success ? QStringLiteral("check") : QStringLiteral("danger"), headline, this));
    layout->addSpacing(6);
    layout->addLayout(m_body);
    layout->addLayout(m_detailsArea);
    layout->addLayout(m_footer);
    // As tall as its text and no taller; only a long list of checks (in a scroll area) makes it resizable.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    // A fixed-size dialog takes its width from its contents, and wrapped text asks for little: this
    // strut gives it a width to wrap at.
    layout->addSpacerItem(new QSpacerItem(560, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
    layout->addSpacing(8);
    layout->addLayout(m_buttons);
    m_buttons->addStretch(1);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    m_buttons->addWidget(close);
}

QLabel* ReportDialog::addSummary(const QString& text)
{
    QLabel* label = addText(text);
    label->setObjectName(QStringLiteral("reportSummary"));
    return label;
}

QLabel* ReportDialog::addText(const QString& text)
{
    QLabel* label = TaskWidgets::paragraph(text, this);
    m_body->addWidget(label);
    return label;
}

QLabel* ReportDialog::addNotice(const QString& text, ColorRole role)
{
    QLabel* label = TaskWidgets::notice(text, role, this);
    m_body->addWidget(label);
    return label;
}

QVBoxLayout* ReportDialog::details()
{
    if (m_detailsPanel)
        return static_cast<QVBoxLayout*>(m_detailsPanel->layout());
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setToolTip(tr("What Coffer checked, in technical terms"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // A disclosure, not a push button: no sunken frame while it is open.
    m_detailsButton->setStyleSheet(QStringLiteral("QToolButton { border: none; padding: 2px 0; }"));
    m_detailsPanel = new QWidget(this);
    m_detailsPanel->setObjectName(QStringLiteral("detailsPanel"));
    auto* panel = new QVBoxLayout(m_detailsPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    m_detailsPanel->hide();
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_detailsPanel->setVisible(open);
        // A fixed-size report follows its contents; one with a long list (in a scroll area) is told to.
        if (layout()->sizeConstraint() != QLayout::SetFixedSize)
            adjustSize();
    });
    m_detailsArea->addSpacing(6);
    m_detailsArea->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    m_detailsArea->addWidget(m_detailsPanel, 1);
    return panel;
}

bool ReportDialog::detailsShown() const
{
    return m_detailsPanel && m_detailsPanel->isVisible();
}

void ReportDialog::addDetailText(const QString& text)
{
    QLabel* label = TaskWidgets::paragraph(text, this);
    label->setObjectName(QStringLiteral("detailText"));
    details()->addWidget(label);
}

void ReportDialog::addPath(const QString& caption, const QString& path)
{
    if (!caption.isEmpty()) {
        m_body->addSpacing(6);
        m_body->addWidget(new QLabel(caption, this));
    }
    // A read-only line edit: the whole path can be selected and copied, however long it is.
    auto* edit = new QLineEdit(QDir::toNativeSeparators(path), this);
    edit->setObjectName(QStringLiteral("pathEdit"));
    edit->setReadOnly(true);
    edit->setAccessibleName(caption.isEmpty() ? tr("Path") : caption);
    edit->setCursorPosition(0);
    m_body->addWidget(edit);
}

void ReportDialog::setChecks(const QString& caption, const std::vector<ReportCheck>& checks, Placement placement)
{
    m_checks = checks;
    std::vector<Row> rows;
    rows.reserve(checks.size());
    for (const ReportCheck& c : checks)
        rows.push_back({c.passed ? QStringLiteral("✓") : QStringLiteral("✗"),
                        c.passed ? ColorRole::Success : ColorRole::Error, c.passed ? tr("Passed") : tr("Failed"),
                        c.name, c.detail});
    addRows(placement == Placement::Details ? details() : m_body, caption, rows, "checkMark");
}

void ReportDialog::addEntries(const QString& caption, const std::vector<ReportEntry>& entries, const QString& mark,
                              ColorRole role)
{
    std::vector<Row> rows;
    rows.reserve(entries.size());
    for (const ReportEntry& e : entries)
        rows.push_back({mark, role, QString(), e.name, e.detail});
    addRows(m_body, caption, rows, "entryMark");
}

void ReportDialog::addRows(QVBoxLayout* target, const QString& caption, const std::vector<Row>& rows,
                           const char* markObjectName)
{
    if (!caption.isEmpty()) {
        target->addSpacing(6);
        target->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(caption.toHtmlEscaped()), this));
    }
    auto* list = new QFrame;
    list->setObjectName(QStringLiteral("checkList"));
    list->setFrameShape(QFrame::StyledPanel);
    list->setBackgroundRole(QPalette::Base);
    list->setAutoFillBackground(true);
    auto* grid = new QGridLayout(list);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(8);
    for (int i = 0; i < int(rows.size()); ++i) {
        const Row& r = rows[size_t(i)];
        auto* mark = new QLabel(r.mark, list);
        mark->setObjectName(QLatin1String(markObjectName));
        mark->setStyleSheet(Palette::textStyle(r.role) + QStringLiteral(" font-weight: bold; font-size: 15px;"));
        if (!r.markName.isEmpty())
            mark->setAccessibleName(r.markName);
        // Core words some checks as notes ("container format 1, manifest whole"); in a list they read as
        // sentences.
        QString name = r.name;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        QString text = QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
        if (!r.detail.isEmpty())
            text += QStringLiteral("<br><span style='color:%1'>%2</span>")
                        .arg(Palette::name(ColorRole::Muted), r.detail.toHtmlEscaped());
        auto* label = new QLabel(text, list);
        label->setObjectName(QStringLiteral("checkText"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(mark, i, 0, Qt::AlignTop);
        grid->addWidget(label, i, 1);
    }
    // A handful of rows is shown whole; a long list (the files of a failed cancellation) scrolls.
    if (rows.size() <= 8) {
        target->addWidget(list);
        return;
    }
    grid->setRowStretch(int(rows.size()), 1);
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(380);
    target->addWidget(scroll, 1);
}

void ReportDialog::addWidget(QWidget* widget)
{
    widget->setParent(this);
    m_footer->addSpacing(6);
    m_footer->addWidget(widget);
}

void ReportDialog::addList(const QString& caption, const QStringList& lines)
{
    m_body->addSpacing(6);
    m_body->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(caption.toHtmlEscaped()), this));
    auto* list = new QPlainTextEdit(lines.join(u'\n'), this);
    list->setObjectName(QStringLiteral("reportList"));
    list->setAccessibleName(caption);
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int rows = int(qMin<qsizetype>(lines.size(), 8));
    // Room for the horizontal scroll bar too: a long path would otherwise hide the only line there is.
    list->setFixedHeight(list->fontMetrics().lineSpacing() * rows + 2 * list->frameWidth() + 12 +
                         list->horizontalScrollBar()->sizeHint().height());
    m_body->addWidget(list);
}

QPushButton* ReportDialog::addAction(const QString& text, const QString& objectName, std::function<void()> action)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, std::move(action));
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void ReportDialog::addShowInFolder(const QString& path)
{
    addAction(tr("Show in &Folder"), QStringLiteral("showInFolderButton"), [path] { UserFiles::showInFolder(path); });
}

ReportDialog* ReportDialog::openSelfDeleting()
{
    setAttribute(Qt::WA_DeleteOnClose);
    open();
    return this;
}

ReportDialog* ReportDialog::showFailure(QWidget* parent, const QString& title, const QString& headline,
                                        const QString& message, const QString& advice, const QString& details)
{
    auto* dialog = new ReportDialog(title, Outcome::Failure, headline, parent);
    dialog->setObjectName(QStringLiteral("failureDialog"));
    if (details.isEmpty())
        dialog->addText(message);
    else
        dialog->addSummary(message);
    if (!advice.isEmpty())
        dialog->addText(advice);
    if (!details.isEmpty())
        dialog->addDetailText(details);
    return dialog->openSelfDeleting();
}

} // namespace coffer
