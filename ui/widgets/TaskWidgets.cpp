#include "TaskWidgets.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace coffer::TaskWidgets {

namespace {
// The icon of a task that succeeded, drawn like the app's other icons. It is kept here until
// resources/icons has a check.svg of its own.
const char kCheckSvg[] =
    R"(<svg xmlns="http://www.w3.org/2000/svg" width="%1" height="%1" viewBox="0 0 24 24" fill="none" )"
    R"(stroke="#2e7d32" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">)"
    R"(<circle cx="12" cy="12" r="8.5"/><path d="M8 12.5l2.7 2.7L16 9.5"/></svg>)";

QPixmap iconPixmap(const QString& name, int size)
{
    if (name == QLatin1String("check")) {
        // Drawn at the screen's pixel size, so that it is sharp at 200 % too.
        const qreal ratio = qApp->devicePixelRatio();
        QPixmap pixmap;
        pixmap.loadFromData(QString::fromLatin1(kCheckSvg).arg(qRound(size * ratio)).toUtf8(), "SVG");
        pixmap.setDevicePixelRatio(ratio);
        return pixmap;
    }
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

void makeDanger(QPushButton* button)
{
    button->setAutoDefault(false);
    button->setDefault(false);
    button->setStyleSheet(
        QStringLiteral("QPushButton { background: #b03a2e; color: white; border: 1px solid #8e2c22; border-radius: 4px;"
                       "  padding: 5px 14px; font-weight: bold; }"
                       "QPushButton:hover { background: #c0463a; }"
                       "QPushButton:disabled { background: #e6c3bf; color: #fbeeed; border-color: #e0b5b0; }"));
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    label->hide();
    return label;
}

void showInFolder(const QString& path)
{
    // No platform reliably selects a file in its file manager; opening the folder that holds it works
    // everywhere. An exported folder, too, is shown among its neighbours rather than opened.
    openFolder(QFileInfo(path).absolutePath());
}

void openFolder(const QString& folder)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString safeFileName(const QString& text)
{
    static const QRegularExpression forbidden(QStringLiteral(R"([/\\:*?"<>|\x00-\x1f])"));
    QString name = text;
    name.replace(forbidden, QStringLiteral("-"));
    name = name.simplified();
    while (name.startsWith(u'.'))
        name.remove(0, 1); // not a hidden file
    return name.isEmpty() ? QStringLiteral("Coffer") : name.left(120);
}

QString uniquePath(const QString& folder, const QString& base, const QString& suffix)
{
    const QDir dir(folder);
    QString path = dir.filePath(base + suffix);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink(); ++n)
        path = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
    return path;
}

QString fileNameStamp(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral(" yyyy-MM-dd HHmm"));
}

} // namespace coffer::TaskWidgets
