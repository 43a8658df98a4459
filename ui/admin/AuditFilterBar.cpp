#include "AuditFilterBar.h"

#include "widgets/LocaleText.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace coffer {

namespace {
constexpr int kDefaultSpanDays = 30; // what "Between dates" starts with
} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_user(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_dates(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_clear(new QPushButton(tr("&Clear Filters"), this))
    , m_chip(new QFrame(this))
    , m_chipLabel(new QLabel(m_chip))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setAccessibleName(tr("Show the entries of"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setUsers({});

    m_kind->setObjectName(QStringLiteral("auditKindFilter"));
    m_kind->setAccessibleName(tr("Show the actions of kind"));
    m_kind->addItem(tr("All actions"), -1);
    for (AuditKind kind : AuditWording::kinds())
        m_kind->addItem(AuditWording::kindName(kind), int(kind));

    m_dates->setObjectName(QStringLiteral("auditDateFilter"));
    m_dates->setAccessibleName(tr("Show the entries of the days"));
    m_dates->addItem(tr("Any time"), int(Dates::Any));
    m_dates->addItem(tr("Today"), int(Dates::Today));
    m_dates->addItem(tr("Last 7 days"), int(Dates::Last7Days));
    m_dates->addItem(tr("Last 30 days"), int(Dates::Last30Days));
    m_dates->addItem(tr("This year"), int(Dates::ThisYear));
    m_dates->addItem(tr("Between dates"), int(Dates::Between));
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        LocaleText::makeDateEdit(edit);
        edit->setDateRange(QDate(2000, 1, 1), today.addYears(1));
        edit->hide();
    }
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setAccessibleName(tr("From the day"));
    m_from->setDate(today.addDays(-kDefaultSpanDays));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setAccessibleName(tr("To the day, included"));
    m_to->setDate(today);
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setObjectName(QStringLiteral("auditToLabel"));
    toLabel->hide();

    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setToolTip(tr("Show every entry of the log again."));
    m_clear->setEnabled(false);

    // The chip: whose history this is, and a cross that shows everyone's again.
    m_chip->setObjectName(QStringLiteral("clientHistoryChip"));
    const Palette::Tint tint = Palette::tint(ColorRole::Accent);
    m_chip->setStyleSheet(QStringLiteral("QFrame#clientHistoryChip { background: %1; border: 1px solid %2; "
                                         "border-radius: 9px; } QFrame#clientHistoryChip QLabel { color: %3; }")
                              .arg(tint.background.name(), tint.border.name(), tint.text.name()));
    m_chipLabel->setObjectName(QStringLiteral("clientHistoryLabel"));
    m_chipLabel->setTextFormat(Qt::PlainText);
    auto* remove = new QToolButton(m_chip);
    remove->setObjectName(QStringLiteral("clearClientFilterButton"));
    remove->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Show the entries about every client"));
    remove->setAccessibleName(tr("Remove the client filter"));
    auto* chipLayout = new QHBoxLayout(m_chip);
    chipLayout->setContentsMargins(10, 1, 2, 1);
    chipLayout->setSpacing(2);
    chipLayout->addWidget(m_chipLabel);
    chipLayout->addWidget(remove);
    m_chip->hide();

    const auto labelFor = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(labelFor(tr("&User:"), m_user));
    filters->addWidget(m_user);
    filters->addSpacing(8);
    filters->addWidget(labelFor(tr("&Action:"), m_kind));
    filters->addWidget(m_kind);
    filters->addSpacing(8);
    filters->addWidget(labelFor(tr("&When:"), m_dates));
    filters->addWidget(m_dates);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(m_clear);
    filters->addStretch(1);
    auto* chipLine = new QHBoxLayout;
    chipLine->setContentsMargins(0, 0, 0, 0);
    chipLine->addWidget(m_chip);
    chipLine->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(chipLine);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditFilterBar::emitChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditFilterBar::emitChanged);
    connect(m_dates, &QComboBox::currentIndexChanged, this, [this, toLabel] {
        const bool between = Dates(m_dates->currentData().toInt()) == Dates::Between;
        for (QWidget* w : {static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_to), static_cast<QWidget*>(toLabel)})
            w->setVisible(between);
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditFilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditFilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clear);
    connect(remove, &QToolButton::clicked, this, [this] {
        setClient({}, {});
        emitChanged();
    });
}

void AuditFilterBar::setUsers(const QList<UserChoice>& users)
{
    const QStringList chosen = m_user->currentData().toStringList();
    m_quiet = true;
    m_user->clear();
    m_user->addItem(tr("All users"), QStringList());
    for (const UserChoice& user : users)
        m_user->addItem(user.name, user.ids);
    const int again = m_user->findData(chosen);
    m_user->setCurrentIndex(std::max(again, 0));
    m_quiet = false;
    if (again < 0 && !chosen.isEmpty())
        emitChanged();
}

void AuditFilterBar::setClient(const QString& clientId, const QString& name)
{
    m_clientId = clientId;
    //: The chip above the audit log when it shows one client's entries; %1 is the client's current name.
    m_chipLabel->setText(clientId.isEmpty() ? QString() : tr("History of %1").arg(name));
    m_chip->setVisible(!clientId.isEmpty());
    m_clear->setEnabled(isFiltering());
}

AuditQuery AuditFilterBar::query() const
{
    AuditQuery query;
    query.actors = m_user->currentData().toStringList();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        AuditWording::restrictToKind(query, AuditKind(kind));
    const QDate today = QDate::currentDate();
    switch (Dates(m_dates->currentData().toInt())) {
    case Dates::Any:
        break;
    case Dates::Today:
        query.from = today.startOfDay();
        break;
    case Dates::Last7Days:
        query.from = today.addDays(-6).startOfDay();
        break;
    case Dates::Last30Days:
        query.from = today.addDays(-29).startOfDay();
        break;
    case Dates::ThisYear:
        query.from = QDate(today.year(), 1, 1).startOfDay();
        break;
    case Dates::Between:
        // Both days included, in whichever order they were chosen.
        query.from = std::min(m_from->date(), m_to->date()).startOfDay();
        query.until = std::max(m_from->date(), m_to->date()).addDays(1).startOfDay();
        break;
    }
    query.clientId = m_clientId;
    return query;
}

bool AuditFilterBar::isFiltering() const
{
    return m_user->currentIndex() > 0 || m_kind->currentIndex() > 0 || m_dates->currentIndex() > 0 ||
           !m_clientId.isEmpty();
}

void AuditFilterBar::clear()
{
    m_quiet = true;
    m_user->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_dates->setCurrentIndex(0);
    setClient({}, {});
    m_quiet = false;
    emitChanged();
}

void AuditFilterBar::emitChanged()
{
    m_clear->setEnabled(isFiltering());
    if (!m_quiet)
        emit changed();
}

} // namespace coffer
