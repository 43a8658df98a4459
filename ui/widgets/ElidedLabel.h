// A one-line label that never asks for more width than "…": text that does not fit ends in an ellipsis
// and is shown whole in the tooltip. For headings whose text is the user's (a client's name), so that
// a long name cannot push the layout around it.
#pragma once

#include <QLabel>

namespace coffer {

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace coffer
