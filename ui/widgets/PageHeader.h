// The top of a workspace page — a large title and a sentence on what the page is for — so that every
// page of the main window opens the same way.
#pragma once

#include <QString>

class QWidget;

namespace coffer {

QWidget* makePageHeader(const QString& title, const QString& subtitle, QWidget* parent);

} // namespace coffer
