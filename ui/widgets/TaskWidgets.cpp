#include "TaskWidgets.h"

#include "Palette.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>

namespace coffer::TaskWidgets {

namespace {
QPixmap iconPixmap(const QString& name, int size)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name)).pixmap(size, size);
}
} // namespace

QLayout* heading(const QString& iconName, const QString& text, QWidget* parent, QLabel** label)
{
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(parent);
    icon->setPixmap(iconPixmap(iconName, 40));
    icon->setAlignment(Qt::AlignTop);
    auto* title = new QLabel(text, parent);
    title->setObjectName(QStringLiteral("headingLabel"));
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    title->setFont(font);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addSpacing(8);
    row->addWidget(title, 1, Qt::AlignVCenter);
    if (label)
        *label = title;
    return row;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* notice(const QString& text, ColorRole role, QWidget* parent)
{
    QLabel* label = paragraph(text, parent);
    label->setStyleSheet(Palette::tintStyle(role, QStringLiteral("QLabel"), Palette::kNoticeShape));
    return label;
}

void makeDanger(QPushButton* button)
{
    button->setAutoDefault(false);
    button->setDefault(false);
    const QColor red = Palette::color(ColorRole::Error);
    const Palette::Tint pale = Palette::tint(ColorRole::Error);
    button->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: white; border: 1px solid %2; border-radius: 4px;"
                       "  padding: 5px 14px; font-weight: bold; }"
                       "QPushButton:hover { background: %3; }"
                       "QPushButton:disabled { background: %4; color: %5; border-color: %6; }")
            .arg(red.name(), red.darker(125).name(), red.lighter(112).name(), pale.border.name(),
                 pale.background.name(), pale.border.name()));
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(Palette::textStyle(ColorRole::Error));
    label->hide();
    return label;
}

QProgressBar* busyIndicator(QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(QStringLiteral("busyIndicator"));
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->hide();
    return bar;
}

} // namespace coffer::TaskWidgets
