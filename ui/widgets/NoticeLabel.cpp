#include "NoticeLabel.h"

#include "Palette.h"

namespace coffer {

NoticeLabel::NoticeLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void NoticeLabel::showSuccess(const QString& text)
{
    m_error = false;
    present(text, Palette::tintStyle(ColorRole::Success, QStringLiteral("QLabel"), Palette::kNoticeShape));
}

void NoticeLabel::showError(const QString& text)
{
    m_error = true;
    present(text, Palette::tintStyle(ColorRole::Error, QStringLiteral("QLabel"), Palette::kNoticeShape));
}

void NoticeLabel::clearNotice()
{
    m_error = false;
    clear();
    hide();
}

void NoticeLabel::present(const QString& text, const QString& style)
{
    setStyleSheet(style);
    setText(text);
    // Screen readers announce the change through the accessible name.
    setAccessibleName(text);
    show();
}

} // namespace coffer
