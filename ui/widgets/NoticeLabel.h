// A line under a page's controls that reports what just happened: green when it worked, red when core
// refused or failed (with core's own message, which says what to do), hidden when there is nothing to say.
#pragma once

#include <QLabel>

namespace coffer {

class NoticeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NoticeLabel(QWidget* parent = nullptr);

    void showSuccess(const QString& text);
    void showError(const QString& text);
    void clearNotice();
    bool isError() const { return m_error; }

private:
    void present(const QString& text, const QString& style);
    bool m_error = false;
};

} // namespace coffer
