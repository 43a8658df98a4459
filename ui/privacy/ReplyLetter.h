// The letters that answer a data-subject request, filled from the register and the business's details:
// the acknowledgement (with the day the answer is due), the extension notice (with its reason, to be
// sent within the first month), the completion (what was done, by the request's type) and the refusal
// (its ground, and the right to complain and to a judicial remedy, Art. 12(4)). In the language of the
// translator installed; a PDF when the file name ends in .pdf, otherwise plain text.
#pragma once

#include "privacy/Controller.h"
#include "records/Requests.h"
#include "store/OutputPath.h"

#include <QCoreApplication>
#include <optional>

namespace coffer {

class Vault;

enum class ReplyKind { Acknowledgement, Extension, Completion, Refusal };

class ReplyLetter
{
    Q_DECLARE_TR_FUNCTIONS(coffer::ReplyLetter)
public:
    // "acknowledgement", "extension", "completion", "refusal": the names the command line takes.
    static std::optional<ReplyKind> kindFromName(const QString& name);
    static QString kindName(ReplyKind kind);

    // The letter of kind for requestId as the vault holds it now. Error(Failed) when the request is not
    // in the state the letter speaks of (an extension notice for a request not extended, a completion for
    // one not done, a refusal for one not refused).
    static ReplyLetter forRequest(Vault& vault, const QString& requestId, ReplyKind kind);

    QString title() const;
    QString html() const;
    QString text() const;
    // PDF or text by the name's ending; a new file, whole or not at all. Throws Error(Failed).
    void save(const QString& path, Overwrite overwrite = Overwrite::Refuse) const;

private:
    ReplyLetter(ReplyKind kind, DataRequest request, ControllerDetails controller, QString addressee);
    QString body() const;
    QString completion() const;

    ReplyKind m_kind;
    DataRequest m_request;
    ControllerDetails m_controller;
    QString m_addressee; // the client's name, or who asked; empty: "Dear Sir or Madam"
};

} // namespace coffer
