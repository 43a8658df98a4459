// Fills a vault with invented clients so that a new user can explore Coffer before entering anything
// real: people and organisations from the UK, Latvia, Lithuania and the Czech Republic with emails,
// phones, addresses, tags, a customer number, notes, consents, a few colleagues as users, and one small
// file. The same seed gives the same data, so tests and screenshots are repeatable.
#pragma once

#include <QCoreApplication>
#include <QtGlobal>

namespace coffer {

class Vault;

class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)
public:
    static constexpr int kDefaultClients = 300;
    // Every sample set begins with this client, so a search for "ozolins" always finds someone.
    static const char* const kFirstClientName; // "Jānis Ozoliņš", UTF-8

    struct Counts
    {
        int clients = 0;
        int notes = 0;
        int consents = 0;
        int files = 0;
        int users = 0;
    };

    // Writes the sample into vault (signed in as its owner) in one transaction. Throws coffer::Error.
    static Counts fill(Vault& vault, int clients = kDefaultClients, quint32 seed = 2024);
};

} // namespace coffer
