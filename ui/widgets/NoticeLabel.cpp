#include "NoticeLabel.h"

namespace coffer {

NoticeLabel::NoticeLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void NoticeLabel::showSuccess(const QString& text)
{
    m_error = false;
    present(text, QStringLiteral("QLabel { color: #1e5e3a; background: #e6f4ea; border: 1px solid #b7dfc3; "
                                 "border-radius: 6px; padding: 6px 10px; }"));
}

void NoticeLabel::showError(const QString& text)
{
    m_error = true;
    present(text, QStringLiteral("QLabel { color: #8a2a22; background: #fbeaea; border: 1px solid #eab8b3; "
                                 "border-radius: 6px; padding: 6px 10px; }"));
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
