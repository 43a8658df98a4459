// The record of processing activities (GDPR Art. 30(1)): one entry per purpose of the catalogue, with
// the controller's details (privacy/Controller.h), the purpose and its lawful basis, the categories of
// people and of personal data, the recipients, transfers outside the EEA, the time limit for erasure
// (the purpose's retention rule) and the security measures — those Coffer itself applies, filled in by
// Coffer. What only the business knows (people, data, recipients, transfers) is kept per purpose and
// edited by administrators and the owner; the rest is read from where it is kept, so the record never
// disagrees with the vault. Exported as JSON and CSV here, as PDF by ui/privacy/ProcessingDocument.
#pragma once

#include "Controller.h"
#include "records/PurposeRows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <vector>

namespace coffer {

class Vault;

struct ProcessingEntry
{
    Purpose purpose;
    QString subjects;   // categories of data subjects: "clients, their contact persons"
    QString data;       // categories of personal data: "names, email addresses, phone numbers"
    QString recipients; // categories of recipients: "our accountant", "nobody"
    QString transfers;  // to third countries and their safeguards, or "none"
    QString retention;  // the time limit for erasure, in words (from the purpose's rule)
};

struct ProcessingRecordDocument
{
    QDateTime made;
    ControllerDetails controller;
    std::vector<ProcessingEntry> entries;
    QString security; // Coffer's measures, in words

    // "coffer-processing-record" version 1.
    QJsonObject toJson() const;
    QByteArray toCsv() const; // one row per purpose, RFC 4180, formulas neutralised
};

class ProcessingRecord
{
    Q_DECLARE_TR_FUNCTIONS(ProcessingRecord)
public:
    static constexpr int kMaxText = 2000;

    // Anyone who can read the vault.
    static ProcessingRecordDocument build(Vault& vault);
    // Admins and the owner; each text trimmed, at most kMaxText. Audited by the purpose's seq.
    static void setEntry(Vault& vault, const QString& purpose, const QString& subjects, const QString& data,
                         const QString& recipients, const QString& transfers);
    // What Coffer does to keep the data safe, in words for the record (Art. 32(1)).
    static QString securityMeasures(Vault& vault);
};

} // namespace coffer
