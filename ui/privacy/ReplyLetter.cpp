#include "ReplyLetter.h"

#include "AccessLetter.h"
#include "Error.h"
#include "RequestLabels.h"
#include "privacy/RequestRegister.h"
#include "records/ClientStore.h"
#include "store/OutputPath.h"
#include "widgets/LocaleText.h"

#include <QLocale>
#include <QTextDocument>

namespace coffer {

std::optional<ReplyKind> ReplyLetter::kindFromName(const QString& name)
{
    for (ReplyKind k : {ReplyKind::Acknowledgement, ReplyKind::Extension, ReplyKind::Completion, ReplyKind::Refusal})
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

QString ReplyLetter::kindName(ReplyKind kind)
{
    switch (kind) {
    case ReplyKind::Acknowledgement:
        return QStringLiteral("acknowledgement");
    case ReplyKind::Extension:
        return QStringLiteral("extension");
    case ReplyKind::Completion:
        return QStringLiteral("completion");
    case ReplyKind::Refusal:
        return QStringLiteral("refusal");
    }
    return {};
}

ReplyLetter::ReplyLetter(ReplyKind kind, DataRequest request, ControllerDetails controller, QString addressee)
    : m_kind(kind)
    , m_request(std::move(request))
    , m_controller(std::move(controller))
    , m_addressee(std::move(addressee))
{
}

ReplyLetter ReplyLetter::forRequest(Vault& vault, const QString& requestId, ReplyKind kind)
{
    const DataRequest r = RequestRegister(vault).get(requestId);
    if (kind == ReplyKind::Extension && r.extensionMonths == 0)
        throw Error(ErrorCode::Failed, tr("The deadline of this request is not extended: extend it first, with "
                                          "its reason."));
    if (kind == ReplyKind::Completion && r.status != RequestStatus::Done)
        throw Error(ErrorCode::Failed, tr("This request is not closed as done yet."));
    if (kind == ReplyKind::Refusal && r.status != RequestStatus::Refused)
        throw Error(ErrorCode::Failed, tr("This request is not refused: close it as refused first, with its "
                                          "legal ground."));
    const QString addressee = !r.clientId.isEmpty() ? ClientStore(vault).get(r.clientId).displayName : r.requester;
    return ReplyLetter(kind, r, Controller::details(vault), addressee);
}

QString ReplyLetter::title() const
{
    return tr("Your request of %1: %2").arg(LocaleText::date(m_request.received), RequestLabels::type(m_request.type));
}

QString ReplyLetter::html() const
{
    const ControllerDetails& b = m_controller;
    QString h = senderHtml(b, QDate::currentDate());
    h += QStringLiteral("<h3>%1</h3>").arg(title().toHtmlEscaped());
    h += paragraphHtml(m_addressee.isEmpty() ? tr("Dear Sir or Madam,") : tr("Dear %1,").arg(m_addressee));
    h += body();
    const QString contact = !b.protectionContact.isEmpty() ? b.protectionContact : b.email;
    if (!contact.isEmpty())
        h += paragraphHtml(tr("If you have any question about your request, contact us: %1.").arg(contact));
    return h + signatureHtml(b);
}

QString ReplyLetter::body() const
{
    const DataRequest& r = m_request;
    const QString received = LocaleText::date(r.received);
    switch (m_kind) {
    case ReplyKind::Acknowledgement: {
        QString h =
            paragraphHtml(tr("We received your request (%1) on %2. We will answer it without undue delay and by %3 "
                             "at the latest, as Article 12(3) of the General Data Protection Regulation (GDPR) "
                             "requires.")
                              .arg(RequestLabels::type(r.type).toLower(), received, LocaleText::date(r.due)));
        if (r.identityMethod.isEmpty())
            h += paragraphHtml(
                tr("Before we give you any personal data or change it, we need to be sure that the request "
                   "comes from you. We may ask you for information to confirm who you are."));
        return h;
    }
    case ReplyKind::Extension:
        return paragraphHtml(
            tr("We received your request on %1. It needs more time than one month: %2. As Article 12(3) of "
               "the GDPR allows, we extend the period to answer by %n month(s), to %3.",
               nullptr, r.extensionMonths)
                .arg(received, r.extensionReason, LocaleText::date(r.due)));
    case ReplyKind::Completion:
        return paragraphHtml(tr("We have carried out your request of %1.").arg(received)) + paragraphHtml(completion());
    case ReplyKind::Refusal:
        return paragraphHtml(
                   tr("We cannot carry out your request of %1, for this reason: %2.").arg(received, r.outcome)) +
               paragraphHtml(
                   m_controller.authority.isEmpty()
                       ? tr("You may complain to the data protection supervisory authority of your country, and "
                            "seek a judicial remedy (GDPR Art. 12(4)).")
                       : tr("You may complain to the supervisory authority, %1, and seek a judicial remedy (GDPR "
                            "Art. 12(4)).")
                             .arg(m_controller.authority));
    }
    return {};
}

QString ReplyLetter::completion() const
{
    switch (m_request.type) {
    case RequestType::Access:
        return tr("A copy of the personal data we hold about you is enclosed, with a letter that explains it.");
    case RequestType::Rectification:
        return tr("Your data has been corrected as you asked.");
    case RequestType::Erasure:
        return tr("Your personal data has been erased from our records. We keep only a note that your request was "
                  "handled, which does not name you.");
    case RequestType::Restriction:
        return tr("The processing of your data is restricted: we only store it, and we will tell you before the "
                  "restriction is lifted.");
    case RequestType::Portability:
        return tr("Your data is enclosed in structured, machine-readable formats (JSON and CSV).");
    case RequestType::Objection:
        return tr("We will no longer use your data for the purpose you objected to.");
    case RequestType::Withdrawal:
        return tr("We have recorded the withdrawal of your consent and no longer use your data for that purpose.");
    }
    return {};
}

QString ReplyLetter::text() const
{
    QTextDocument document;
    document.setHtml(html());
    return document.toPlainText() + u'\n';
}

void ReplyLetter::save(const QString& path, Overwrite overwrite) const
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        writePdfDocument(html(), title(), path, overwrite);
        return;
    }
    OutputFile out(path, overwrite);
    const QByteArray bytes = text().toUtf8();
    if (!out.open() || out.device().write(bytes) != bytes.size() || !out.commit())
        throw Error(ErrorCode::Failed, tr("The letter could not be written: %1").arg(out.errorString()));
}

} // namespace coffer
