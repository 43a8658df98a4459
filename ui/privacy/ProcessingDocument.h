// The record of processing activities (privacy/ProcessingRecord.h) as a document to print or send to the
// supervisory authority: the controller, then one section per purpose with the items of Art. 30(1), and
// Coffer's security measures. HTML for QTextDocument, and A4 PDF through writePdfDocument (Qt Gui only,
// so coffer-cli writes the same PDF).
#pragma once

#include "privacy/ProcessingRecord.h"
#include "store/OutputPath.h"

#include <QCoreApplication>

namespace coffer {

class ProcessingDocument
{
    Q_DECLARE_TR_FUNCTIONS(ProcessingDocument)
public:
    explicit ProcessingDocument(ProcessingRecordDocument record)
        : m_record(std::move(record))
    {
    }
    QString title() const;
    QString html() const;
    void savePdf(const QString& path, Overwrite overwrite = Overwrite::Refuse) const;

private:
    ProcessingRecordDocument m_record;
};

} // namespace coffer
