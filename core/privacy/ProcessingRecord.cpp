#include "ProcessingRecord.h"

#include "Error.h"
#include "Purposes.h"
#include "Retention.h"
#include "store/Database.h"
#include "transfer/CsvWriter.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <map>

namespace coffer {

namespace {

QString retentionInWords(const std::optional<RetentionRule>& r)
{
    if (!r)
        return ProcessingRecord::tr("No retention rule: kept until erased by hand or on request.");
    const QString period = r->unit == RetentionUnit::Days     ? ProcessingRecord::tr("%n day(s)", nullptr, r->period)
                           : r->unit == RetentionUnit::Months ? ProcessingRecord::tr("%n month(s)", nullptr, r->period)
                                                              : ProcessingRecord::tr("%n year(s)", nullptr, r->period);
    const QString from = r->trigger == QLatin1String("created")   ? ProcessingRecord::tr("from becoming a client")
                         : r->trigger == QLatin1String("updated") ? ProcessingRecord::tr("from the last change")
                         : r->trigger == QLatin1String("last-note")
                             ? ProcessingRecord::tr("from the last contact")
                             : ProcessingRecord::tr("from the date in “%1”").arg(r->trigger.mid(6));
    return r->action == RetentionAction::Anonymise
               ? ProcessingRecord::tr("%1 %2, then anonymised (rule “%3”).").arg(period, from, r->name)
               : ProcessingRecord::tr("%1 %2, then erased (rule “%3”).").arg(period, from, r->name);
}

} // namespace

QString ProcessingRecord::securityMeasures(Vault& vault)
{
    const qint64 users = vault.database().scalar("SELECT count(*) FROM users");
    return tr("The data is kept on the business's own computer in one database encrypted with AES-256 (SQLCipher) "
              "under a random key; each of the %n user(s) unlocks it with their own password (Argon2id), and a "
              "recovery key kept on paper replaces a lost one. Roles (owner, administrator, editor, viewer) decide "
              "who may read, change, export and erase. Every action is recorded in an audit log chained by "
              "SHA-256 and sealed with a key only administrators hold; the log holds no client data. Backups are "
              "encrypted and verified; exports can be encrypted; an erasure is verified on every page of the "
              "database. No data leaves the computer over a network.",
              nullptr, int(users));
}

ProcessingRecordDocument ProcessingRecord::build(Vault& vault)
{
    vault.require(Permission::ReadRecords);
    ProcessingRecordDocument doc;
    doc.made = QDateTime::currentDateTimeUtc();
    doc.controller = Controller::details(vault);
    doc.security = securityMeasures(vault);
    std::map<QString, std::array<QString, 4>> kept;
    {
        Statement st =
            vault.database().prepare("SELECT purpose, subjects, data, recipients, transfers FROM processing_records");
        while (st.next())
            kept[st.text(0)] = {st.text(1), st.text(2), st.text(3), st.text(4)};
    }
    Retention retention(vault);
    for (Purpose& p : PurposeCatalogue(vault).list()) {
        ProcessingEntry e;
        const auto it = kept.find(p.name);
        if (it != kept.end()) {
            e.subjects = it->second[0];
            e.data = it->second[1];
            e.recipients = it->second[2];
            e.transfers = it->second[3];
        }
        e.retention = retentionInWords(p.retention.isEmpty() ? std::nullopt : retention.rule(p.retention));
        e.purpose = std::move(p);
        doc.entries.push_back(std::move(e));
    }
    return doc;
}

void ProcessingRecord::setEntry(Vault& vault, const QString& purpose, const QString& subjects, const QString& data,
                                const QString& recipients, const QString& transfers)
{
    vault.require(Permission::ManageController);
    for (const QString* t : {&subjects, &data, &recipients, &transfers})
        if (t->trimmed().size() > kMaxText)
            throw Error(ErrorCode::Usage, tr("Each part of the record is at most %1 characters.").arg(kMaxText));
    Database& db = vault.database();
    Transaction tx(db);
    const QString name = PurposeRows::resolve(db, purpose);
    db.prepare("INSERT OR REPLACE INTO processing_records (purpose, subjects, data, recipients, transfers, updated, "
               "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, name)
        .bind(2, subjects.trimmed())
        .bind(3, data.trimmed())
        .bind(4, recipients.trimmed())
        .bind(5, transfers.trimmed())
        .bind(6, nowStamp())
        .bind(7, vault.currentUser().id)
        .run();
    vault.audit(QStringLiteral("processing.update"), QStringLiteral("purpose"),
                QString::number(PurposeRows::lookUp(db, name)->first));
    tx.commit();
}

QJsonObject ProcessingRecordDocument::toJson() const
{
    QJsonArray entries;
    for (const ProcessingEntry& e : this->entries)
        entries.append(QJsonObject{{QStringLiteral("purpose"), e.purpose.name},
                                   {QStringLiteral("description"), e.purpose.description},
                                   {QStringLiteral("lawfulBasis"), basisName(e.purpose.basis)},
                                   {QStringLiteral("article"), basisArticle(e.purpose.basis)},
                                   {QStringLiteral("dataSubjects"), e.subjects},
                                   {QStringLiteral("personalData"), e.data},
                                   {QStringLiteral("recipients"), e.recipients},
                                   {QStringLiteral("transfers"), e.transfers},
                                   {QStringLiteral("retention"), e.retention}});
    const ControllerDetails& c = controller;
    return {{QStringLiteral("format"), QStringLiteral("coffer-processing-record")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("made"), made.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("controller"), QJsonObject{{QStringLiteral("name"), c.name},
                                                       {QStringLiteral("address"), c.address},
                                                       {QStringLiteral("email"), c.email},
                                                       {QStringLiteral("phone"), c.phone},
                                                       {QStringLiteral("protectionContact"), c.protectionContact}}},
            {QStringLiteral("securityMeasures"), security},
            {QStringLiteral("activities"), entries}};
}

QByteArray ProcessingRecordDocument::toCsv() const
{
    QByteArray out;
    const auto row = [&](const QStringList& cells) {
        QByteArrayList encoded;
        for (const QString& cell : cells)
            encoded << CsvWriter::encodeCell(cell);
        out += encoded.join(',') + "\r\n";
    };
    row({QStringLiteral("purpose"), QStringLiteral("description"), QStringLiteral("lawful_basis"),
         QStringLiteral("article"), QStringLiteral("data_subjects"), QStringLiteral("personal_data"),
         QStringLiteral("recipients"), QStringLiteral("transfers"), QStringLiteral("retention"),
         QStringLiteral("controller"), QStringLiteral("controller_contact"), QStringLiteral("security_measures")});
    const QString contact = QStringList{controller.address, controller.email, controller.phone}.join(u'\n').trimmed();
    for (const ProcessingEntry& e : entries)
        row({e.purpose.name, e.purpose.description, basisName(e.purpose.basis), basisArticle(e.purpose.basis),
             e.subjects, e.data, e.recipients, e.transfers, e.retention, controller.name, contact, security});
    return out;
}

} // namespace coffer
