<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AccessPack</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation>Tato žádost je uzavřena: uzavřenou žádost nelze měnit.</translation>
    </message>
    <message>
        <source>An access pack answers a request for access or for portability; this request asks for something else.</source>
        <translation>Balíček pro přístup odpovídá na žádost o přístup nebo o přenositelnost; tato žádost žádá o něco jiného.</translation>
    </message>
    <message>
        <source>Link the request to the client it concerns before preparing their data.</source>
        <translation>Než připravíte údaje, propojte žádost s klientem, kterého se týká.</translation>
    </message>
    <message>
        <source>An answer to a request for access needs its cover letter.</source>
        <translation>Odpověď na žádost o přístup potřebuje průvodní dopis.</translation>
    </message>
    <message>
        <source>Cannot write the access pack: %1</source>
        <translation>Balíček pro přístup nelze zapsat: %1</translation>
    </message>
</context>
<context>
    <name>AccountCancellation</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze přečíst %1: %2</translation>
    </message>
    <message>
        <source>Nothing was deleted. %1</source>
        <translation>Nic nebylo smazáno. %1</translation>
    </message>
    <message>
        <source>The name typed does not match this vault&apos;s name; nothing was deleted.</source>
        <translation>Zadaný název neodpovídá názvu tohoto trezoru; nic nebylo smazáno.</translation>
    </message>
    <message>
        <source>The folder for the certificate, %1, does not exist.</source>
        <translation>Složka pro potvrzení, %1, neexistuje.</translation>
    </message>
    <message>
        <source>The key slots could not be destroyed; no file was deleted, though the header may be partly overwritten. %1</source>
        <translation>Sloty klíčů se nepodařilo zničit; žádný soubor nebyl smazán, hlavička však může být částečně přepsána. %1</translation>
    </message>
    <message>
        <source>overwritten, read back equal, deleted</source>
        <translation>přepsáno, zpětné čtení souhlasí, smazáno</translation>
    </message>
    <message>
        <source>Every file was deleted, but: %1</source>
        <translation>Všechny soubory byly smazány, ale: %1</translation>
    </message>
    <message>
        <source>Everything was deleted and verified, but the certificate could not be written: %1</source>
        <translation>Vše bylo smazáno a ověřeno, ale potvrzení se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the header is not in the expected format</source>
        <translation>hlavička nemá očekávaný formát</translation>
    </message>
    <message>
        <source>the key slots read back differ from what was written</source>
        <translation>zpětně přečtené sloty klíčů se liší od zapsaných</translation>
    </message>
    <message>
        <source>it opened</source>
        <translation>trezor se otevřel</translation>
    </message>
    <message>
        <source>No settings entry names the vault</source>
        <translation>Žádná položka nastavení neuvádí trezor</translation>
    </message>
    <message>
        <source>%1 entries name it</source>
        <translation>počet položek, které ho uvádějí: %1</translation>
    </message>
    <message>
        <source>The vault folder %1 could not be removed.</source>
        <translation>Složku trezoru %1 se nepodařilo odstranit.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be removed.</source>
        <translation>Složku záloh %1 se nepodařilo odstranit.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Soubor nastavení %1 se nepodařilo zapsat.</translation>
    </message>
    <message>
        <source>None of the files exists any more</source>
        <translation>Žádný ze souborů už neexistuje</translation>
    </message>
    <message>
        <source>%1 of %2 files left</source>
        <translation>zbývá souborů: %1 z %2</translation>
    </message>
    <message>
        <source>The vault folder is gone</source>
        <translation>Složka trezoru už neexistuje</translation>
    </message>
    <message>
        <source>A check afterwards failed (%1).</source>
        <translation>Následná kontrola selhala (%1).</translation>
    </message>
    <message>
        <source>The vault path no longer opens (“not a vault”)</source>
        <translation>Cesta trezoru se už neotevře („není trezor“)</translation>
    </message>
    <message>
        <source>The header of %1 is missing.</source>
        <translation>Ve složce %1 chybí hlavička trezoru.</translation>
    </message>
    <message>
        <source>The cancellation journal cannot be read.</source>
        <translation>Žurnál zrušení účtu nelze přečíst.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the cancellation journal could not be written. %1</source>
        <translation>Nic nebylo smazáno: žurnál zrušení účtu se nepodařilo zapsat. %1</translation>
    </message>
    <message>
        <source>The cancellation journal %1 cannot be read: %2</source>
        <translation>Žurnál zrušení účtu %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>The cancellation had not destroyed anything yet; the vault still opens. Start it again.</source>
        <translation>Zrušení účtu ještě nic nezničilo; trezor se stále otevírá. Spusťte zrušení znovu.</translation>
    </message>
    <message>
        <source>not this vault&apos;s any more; left alone</source>
        <translation>už nepatří tomuto trezoru; ponecháno beze změny</translation>
    </message>
    <message>
        <source>Not every copy&apos;s key slots could be destroyed: %1</source>
        <translation>Ne u všech kopií se podařilo zničit sloty klíčů: %1</translation>
    </message>
    <message>
        <source>deleted (before an interruption)</source>
        <translation>smazáno (před přerušením)</translation>
    </message>
    <message>
        <source>No file of the vault remains in its backup folders</source>
        <translation>Ve složkách záloh nezůstal žádný soubor trezoru</translation>
    </message>
    <message>
        <source>%1 folder(s) removed, %2 kept: %3 file(s) of this vault, %4 other file(s)</source>
        <translation>odstraněno složek: %1, ponecháno: %2 (souborů tohoto trezoru: %3, jiných souborů: %4)</translation>
    </message>
    <message>
        <source>The restored copies are gone</source>
        <translation>Obnovené kopie už neexistují</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) destroyed</source>
        <translation>
            <numerusform>zničena %n kopie</numerusform>
            <numerusform>zničeny %n kopie</numerusform>
            <numerusform>zničeno %n kopií</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept at the user&apos;s request</source>
        <translation>
            <numerusform>; %n ponechána na žádost uživatele</numerusform>
            <numerusform>; %n ponechány na žádost uživatele</numerusform>
            <numerusform>; %n ponecháno na žádost uživatele</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate must be written outside the vault, its copies and their backup folders.</source>
        <translation>Potvrzení musí být uloženo mimo trezor, jeho kopie a jejich složky záloh.</translation>
    </message>
    <message>
        <source>Not finished: these backup folders could not be reached and were not sanitised: %1. Connect them and resume the cancellation (or, if one is gone for good, resume and say so: it is then named in the certificate as not reached).</source>
        <translation>Nedokončeno: tyto složky záloh nebyly dostupné a nebyly sanitizovány: %1. Připojte je a pokračujte ve zrušení účtu (nebo, pokud je některá nenávratně pryč, pokračujte a uveďte to: v potvrzení pak bude uvedena jako nedosažená).</translation>
    </message>
    <message>
        <source>%1 folder(s) not reached, declared lost</source>
        <translation>nedosažených složek prohlášených za ztracené: %1</translation>
    </message>
    <message>
        <source>No file of the vault remains in the backup folders it could reach</source>
        <translation>Ve složkách záloh, které byly dostupné, nezůstal žádný soubor trezoru</translation>
    </message>
</context>
<context>
    <name>Argon2Kdf</name>
    <message>
        <source>Key derivation parameters are invalid.</source>
        <translation>Parametry odvození klíče jsou neplatné.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>Nedostatek paměti pro odvození klíče (potřeba %1 MiB).</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Created the vault</source>
        <translation>Vytvoření trezoru</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Přihlášení</translation>
    </message>
    <message>
        <source>Failed sign-in attempt</source>
        <translation>Neúspěšný pokus o přihlášení</translation>
    </message>
    <message>
        <source>Locked the vault</source>
        <translation>Zamknutí trezoru</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Přidání uživatele</translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation>Odebrání uživatele</translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation>Změna role uživatele</translation>
    </message>
    <message>
        <source>Reset a user&apos;s password</source>
        <translation>Resetování hesla uživatele</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>Změna vlastního hesla</translation>
    </message>
    <message>
        <source>Regained access with the recovery key</source>
        <translation>Obnovení přístupu obnovovacím klíčem</translation>
    </message>
    <message>
        <source>Created a client</source>
        <translation>Vytvoření klienta</translation>
    </message>
    <message>
        <source>Changed a client</source>
        <translation>Změna klienta</translation>
    </message>
    <message>
        <source>Erased a client</source>
        <translation>Výmaz klienta</translation>
    </message>
    <message>
        <source>Checked a client&apos;s erasure</source>
        <translation>Ověření výmazu klienta</translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation>Přidání poznámky</translation>
    </message>
    <message>
        <source>Added a file</source>
        <translation>Přidání souboru</translation>
    </message>
    <message>
        <source>Opened or saved a file</source>
        <translation>Otevření nebo uložení souboru</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Záznam souhlasu</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>Export dat</translation>
    </message>
    <message>
        <source>Imported data</source>
        <translation>Import dat</translation>
    </message>
    <message>
        <source>Imported clients from a spreadsheet (CSV)</source>
        <translation>Import klientů z tabulky (CSV)</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Vytvoření zálohy</translation>
    </message>
    <message>
        <source>A backup failed</source>
        <translation>Neúspěšné zálohování</translation>
    </message>
    <message>
        <source>Checked a backup</source>
        <translation>Ověření zálohy</translation>
    </message>
    <message>
        <source>Changed the backup settings</source>
        <translation>Změna nastavení zálohování</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Obnovení ze zálohy</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Trezor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Souhlas</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, šifrováno</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienti</numerusform>
            <numerusform>%n klientů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n poznámka</numerusform>
            <numerusform>%n poznámky</numerusform>
            <numerusform>%n poznámek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n soubor</numerusform>
            <numerusform>%n soubory</numerusform>
            <numerusform>%n souborů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n souhlas</numerusform>
            <numerusform>%n souhlasy</numerusform>
            <numerusform>%n souhlasů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>přeskočeno: %n</numerusform>
            <numerusform>přeskočeno: %n</numerusform>
            <numerusform>přeskočeno: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Udělen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmítnut</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Odvolán</translation>
    </message>
    <message>
        <source>Attempted %1</source>
        <translation>Pokus: %1</translation>
    </message>
    <message>
        <source>Automatic, on lock</source>
        <translation>Automaticky, při zamknutí</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Složka záloh</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>Počet uchovávaných záloh</translation>
    </message>
    <message>
        <source>Changed who may erase clients</source>
        <translation>Změna toho, kdo smí mazat klienty</translation>
    </message>
    <message>
        <source>Removed a note</source>
        <translation>Odstranění poznámky</translation>
    </message>
    <message>
        <source>Removed a file</source>
        <translation>Odstranění souboru</translation>
    </message>
    <message>
        <source>Imported erased clients again</source>
        <translation>Opětovný import vymazaných klientů</translation>
    </message>
    <message>
        <source>Moved the backups to another folder</source>
        <translation>Přesun záloh do jiné složky</translation>
    </message>
    <message>
        <source>Sign-ins and locks</source>
        <translation>Přihlášení a zamčení</translation>
    </message>
    <message>
        <source>Client changes, notes, files, consents</source>
        <translation>Změny klientů, poznámky, soubory, souhlasy</translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation>Exporty a importy</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>Zálohy a obnovy</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Vymazání</translation>
    </message>
    <message>
        <source>Users, roles and passwords</source>
        <translation>Uživatelé, role a hesla</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>Vše ostatní</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) destroyed</source>
        <translation>
            <numerusform>Zničena %n záloha</numerusform>
            <numerusform>Zničeny %n zálohy</numerusform>
            <numerusform>Zničeno %n záloh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erased client(s) imported again</source>
        <translation>
            <numerusform>Znovu importován %n vymazaný klient</numerusform>
            <numerusform>Znovu importováni %n vymazaní klienti</numerusform>
            <numerusform>Znovu importováno %n vymazaných klientů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erased client(s) kept out</source>
        <translation>
            <numerusform>Nepřijat %n vymazaný klient</numerusform>
            <numerusform>Nepřijati %n vymazaní klienti</numerusform>
            <numerusform>Nepřijato %n vymazaných klientů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out for an invalid value</source>
        <translation>
            <numerusform>%n vynechán pro neplatnou hodnotu</numerusform>
            <numerusform>%n vynecháni pro neplatnou hodnotu</numerusform>
            <numerusform>%n vynecháno pro neplatnou hodnotu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be destroyed</source>
        <translation>
            <numerusform>%n nelze zničit</numerusform>
            <numerusform>%n nelze zničit</numerusform>
            <numerusform>%n nelze zničit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>Smazán %n záznam</numerusform>
            <numerusform>Smazány %n záznamy</numerusform>
            <numerusform>Smazáno %n záznamů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) moved</source>
        <translation>
            <numerusform>Přesunut %n soubor</numerusform>
            <numerusform>Přesunuty %n soubory</numerusform>
            <numerusform>Přesunuto %n souborů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) passed</source>
        <translation>
            <numerusform>Úspěšné kontroly: %1 z %n</numerusform>
            <numerusform>Úspěšné kontroly: %1 z %n</numerusform>
            <numerusform>Úspěšné kontroly: %1 z %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recorded erasure(s) applied again</source>
        <translation>
            <numerusform>Znovu uplatněná vymazání: %1 z %n</numerusform>
            <numerusform>Znovu uplatněná vymazání: %1 z %n</numerusform>
            <numerusform>Znovu uplatněná vymazání: %1 z %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation>Všechny kontroly prošly</translation>
    </message>
    <message>
        <source>The backup is damaged</source>
        <translation>Záloha je poškozená</translation>
    </message>
    <message>
        <source>Backup folder kept despite a warning</source>
        <translation>Složka záloh ponechána navzdory varování</translation>
    </message>
    <message>
        <source>Restricted processing of a client</source>
        <translation>Omezení zpracování klienta</translation>
    </message>
    <message>
        <source>Lifted a client&apos;s restriction</source>
        <translation>Zrušení omezení klienta</translation>
    </message>
    <message>
        <source>Recorded a request</source>
        <translation>Záznam žádosti</translation>
    </message>
    <message>
        <source>Linked a request to its client</source>
        <translation>Propojení žádosti s klientem</translation>
    </message>
    <message>
        <source>Recorded an identity check</source>
        <translation>Záznam ověření totožnosti</translation>
    </message>
    <message>
        <source>Extended a request&apos;s deadline</source>
        <translation>Prodloužení lhůty žádosti</translation>
    </message>
    <message>
        <source>Linked evidence to a request</source>
        <translation>Připojení dokladu k žádosti</translation>
    </message>
    <message>
        <source>Closed a request</source>
        <translation>Uzavření žádosti</translation>
    </message>
    <message>
        <source>Deleted a request</source>
        <translation>Smazání žádosti</translation>
    </message>
    <message>
        <source>Corrected a note</source>
        <translation>Oprava poznámky</translation>
    </message>
    <message>
        <source>Requests and restrictions</source>
        <translation>Žádosti a omezení</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Žádost</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Totožnost ověřena</translation>
    </message>
    <message numerus="yes">
        <source>By %n month(s) in all</source>
        <translation>
            <numerusform>Celkem o %n měsíc</numerusform>
            <numerusform>Celkem o %n měsíce</numerusform>
            <numerusform>Celkem o %n měsíců</numerusform>
        </translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation>osoba nebo organizace</translation>
    </message>
    <message>
        <source>name</source>
        <translation>jméno</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>křestní jméno</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>příjmení</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizace</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>e-mailové adresy</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>telefonní čísla</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresa</translation>
    </message>
    <message>
        <source>country</source>
        <translation>země</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>štítky</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>vlastní pole</translation>
    </message>
    <message>
        <source>how long it is kept</source>
        <translation>doba uchování</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Změněno: %1</translation>
    </message>
    <message>
        <source>Moved the vault&apos;s keys to the new format</source>
        <translation>Převod klíčů trezoru do nového formátu</translation>
    </message>
    <message>
        <source>Upgraded a key to the new format</source>
        <translation>Převod klíče do nového formátu</translation>
    </message>
    <message>
        <source>Found the vault&apos;s files out of step (rolled back?)</source>
        <translation>Zjištění nesouhlasných souborů trezoru (vráceny starší?)</translation>
    </message>
    <message>
        <source>Finished an interrupted change of the keys</source>
        <translation>Dokončení přerušené změny klíčů</translation>
    </message>
    <message>
        <source>Automatic, before the keys&apos; format changed</source>
        <translation>Automaticky, před změnou formátu klíčů</translation>
    </message>
    <message>
        <source>Header at change %1, database at change %2</source>
        <translation>Hlavička u změny %1, databáze u změny %2</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>Obnovovací klíč</translation>
    </message>
    <message>
        <source>Changed the data key</source>
        <translation>Změna datového klíče</translation>
    </message>
    <message>
        <source>Could not change the data key</source>
        <translation>Nezdařená změna datového klíče</translation>
    </message>
    <message>
        <source>Replaced the recovery key</source>
        <translation>Výměna obnovovacího klíče</translation>
    </message>
    <message>
        <source>Finished after an interruption</source>
        <translation>Dokončeno po přerušení</translation>
    </message>
    <message numerus="yes">
        <source>Given to %n key(s)</source>
        <translation>
            <numerusform>Předáno %n klíči</numerusform>
            <numerusform>Předáno %n klíčům</numerusform>
            <numerusform>Předáno %n klíčům</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed attempt with a recovery key</source>
        <translation>Neúspěšný pokus s obnovovacím klíčem</translation>
    </message>
    <message>
        <source>Destroyed older backups</source>
        <translation>Zničení starších záloh</translation>
    </message>
    <message>
        <source>Under an older data key: %1</source>
        <translation>Pod starším datovým klíčem: %1</translation>
    </message>
    <message>
        <source>Held erased clients: %1</source>
        <translation>Obsahovaly vymazané klienty: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s record of the vault&apos;s changes was edited; the files are at change %1</source>
        <translation>Záznam tohoto počítače o změnách trezoru byl upraven; soubory jsou u změny %1</translation>
    </message>
    <message>
        <source>This computer had seen change %1; the files are at change %2</source>
        <translation>Tento počítač viděl změnu %1; soubory jsou u změny %2</translation>
    </message>
    <message>
        <source>Made the key that seals the users and the log</source>
        <translation>Vytvoření klíče, který pečetí uživatele a protokol</translation>
    </message>
    <message>
        <source>Took their copy of the key that seals the users and the log</source>
        <translation>Převzetí vlastní kopie klíče, který pečetí uživatele a protokol</translation>
    </message>
    <message>
        <source>Changed the key that seals the users and the log</source>
        <translation>Změna klíče, který pečetí uživatele a protokol</translation>
    </message>
    <message>
        <source>Found the users or their roles changed outside Coffer</source>
        <translation>Zjištěna změna uživatelů nebo jejich rolí mimo Coffer</translation>
    </message>
    <message>
        <source>Found the audit log changed outside Coffer</source>
        <translation>Zjištěna změna auditního protokolu mimo Coffer</translation>
    </message>
    <message>
        <source>Found the key that seals the users and the log removed</source>
        <translation>Zjištěno odstranění klíče, který pečetí uživatele a protokol</translation>
    </message>
    <message>
        <source>Found their copy of the sealing key replaced outside Coffer</source>
        <translation>Zjištěno nahrazení vlastní kopie pečetícího klíče mimo Coffer</translation>
    </message>
    <message>
        <source>Added a purpose of processing</source>
        <translation>Přidání účelu zpracování</translation>
    </message>
    <message>
        <source>Changed a purpose of processing</source>
        <translation>Změna účelu zpracování</translation>
    </message>
    <message>
        <source>Added a privacy policy version</source>
        <translation>Přidání verze zásad ochrany osobních údajů</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Zásady ochrany osobních údajů</translation>
    </message>
    <message>
        <source>Added a retention rule</source>
        <translation>Přidání pravidla uchovávání</translation>
    </message>
    <message>
        <source>Ran retention: erased or anonymised the clients due</source>
        <translation>Provedení uchovávání: výmaz nebo anonymizace klientů, jimž uplynula lhůta</translation>
    </message>
    <message>
        <source>Put a client under a legal hold</source>
        <translation>Uplatnění právního pozastavení u klienta</translation>
    </message>
    <message>
        <source>Released a client&apos;s legal hold</source>
        <translation>Zrušení právního pozastavení klienta</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Pravidlo uchovávání</translation>
    </message>
    <message>
        <source>Logged a personal-data breach</source>
        <translation>Zaznamenání porušení zabezpečení osobních údajů</translation>
    </message>
    <message>
        <source>Described a breach further</source>
        <translation>Doplnění popisu porušení</translation>
    </message>
    <message>
        <source>Recorded a breach&apos;s notification</source>
        <translation>Zaznamenání ohlášení porušení</translation>
    </message>
    <message>
        <source>Changed the record of processing</source>
        <translation>Změna záznamů o činnostech zpracování</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Porušení</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>Záloha je poškozená: %1</translation>
    </message>
    <message>
        <source>it is not a Coffer backup.</source>
        <translation>nejde o zálohu Coffer.</translation>
    </message>
    <message>
        <source>it has container format %1, this version reads %2.</source>
        <translation>má formát kontejneru %1, tato verze čte %2.</translation>
    </message>
    <message>
        <source>its manifest is malformed.</source>
        <translation>její manifest je neplatný.</translation>
    </message>
    <message>
        <source>it is truncated.</source>
        <translation>je zkrácená.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze přečíst %1: %2</translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes).</source>
        <translation>je zkrácená (%1 z %2 bajtů).</translation>
    </message>
    <message>
        <source>it has %1 bytes more than its manifest names.</source>
        <translation>obsahuje o %1 bajtů více, než uvádí její manifest.</translation>
    </message>
    <message>
        <source>its header cannot be read.</source>
        <translation>její hlavičku nelze přečíst.</translation>
    </message>
    <message>
        <source>the vault header does not match its SHA-256 sum.</source>
        <translation>hlavička trezoru neodpovídá svému součtu SHA-256.</translation>
    </message>
    <message>
        <source>its snapshot cannot be read.</source>
        <translation>její snímek nelze přečíst.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>the database snapshot does not match its SHA-256 sum.</source>
        <translation>snímek databáze neodpovídá svému součtu SHA-256.</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The backup is damaged: the database fails its integrity check (%1).</source>
        <translation>Záloha je poškozená: databáze neprošla kontrolou integrity (%1).</translation>
    </message>
    <message>
        <source>The backup is damaged: its manifest was altered.</source>
        <translation>Záloha je poškozená: její manifest byl změněn.</translation>
    </message>
    <message>
        <source>password opens the header; header and manifest are authentic</source>
        <translation>heslo otevře hlavičku; hlavička a manifest jsou pravé</translation>
    </message>
    <message>
        <source>database opens and passes SQLite&apos;s integrity check</source>
        <translation>databáze se otevře a projde kontrolou integrity SQLite</translation>
    </message>
    <message>
        <source>%1 pages, schema %2</source>
        <translation>stránek: %1, schéma %2</translation>
    </message>
    <message>
        <source>container format %1, manifest whole</source>
        <translation>formát kontejneru %1, manifest je úplný</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Nelze vytvořit dočasnou složku: %1</translation>
    </message>
    <message>
        <source>SHA-256 sums of header and snapshot match</source>
        <translation>součty SHA-256 hlavičky a snímku souhlasí</translation>
    </message>
    <message>
        <source>%1 + %2 bytes</source>
        <translation>%1 + %2 bajtů</translation>
    </message>
    <message>
        <source>The backup is damaged: its header or manifest does not authenticate.</source>
        <translation>Záloha je poškozená: její hlavičku nebo manifest nelze ověřit.</translation>
    </message>
    <message>
        <source>header and manifest are authentic</source>
        <translation>hlavička a manifest jsou pravé</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Zálohu %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>The vault is in the middle of a change; back up after it.</source>
        <translation>V trezoru právě probíhá změna; zálohujte až po jejím dokončení.</translation>
    </message>
    <message>
        <source>The vault header cannot be read.</source>
        <translation>Hlavičku trezoru nelze přečíst.</translation>
    </message>
    <message>
        <source>Cannot copy the vault database: %1</source>
        <translation>Databázi trezoru nelze zkopírovat: %1</translation>
    </message>
</context>
<context>
    <name>BreachLog</name>
    <message>
        <source>A breach&apos;s description is at most %1 characters in each field.</source>
        <translation>Popis porušení má v každém poli nejvýše %1 znaků.</translation>
    </message>
    <message>
        <source>The numbers of people and records are zero or more.</source>
        <translation>Počty osob a záznamů jsou nula nebo více.</translation>
    </message>
    <message>
        <source>A notification cannot come before the breach was detected.</source>
        <translation>Ohlášení nemůže předcházet zjištění porušení.</translation>
    </message>
    <message>
        <source>A notification is recorded once it was made, not before.</source>
        <translation>Ohlášení se zaznamenává, až bylo učiněno, ne dřív.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Uveďte, co se stalo.</translation>
    </message>
    <message>
        <source>Say when the breach was detected.</source>
        <translation>Uveďte, kdy bylo porušení zjištěno.</translation>
    </message>
    <message>
        <source>A breach cannot be detected in the future.</source>
        <translation>Porušení nemůže být zjištěno v budoucnu.</translation>
    </message>
    <message>
        <source>A breach detected before 2000? Check the year.</source>
        <translation>Porušení zjištěné před rokem 2000? Zkontrolujte rok.</translation>
    </message>
    <message>
        <source>Say when the authority or the people were told.</source>
        <translation>Uveďte, kdy byl informován úřad nebo osoby.</translation>
    </message>
    <message>
        <source>Say why the authority is not told (the breach is unlikely to result in a risk to people, because …).</source>
        <translation>Uveďte, proč se úřad neinformuje (porušení pravděpodobně nepředstavuje riziko pro osoby, protože …).</translation>
    </message>
    <message>
        <source>The reason is at most %1 characters.</source>
        <translation>Důvod má nejvýše %1 znaků.</translation>
    </message>
    <message>
        <source>There is no breach with the id %1.</source>
        <translation>Porušení s id %1 neexistuje.</translation>
    </message>
</context>
<context>
    <name>ClientEraser</name>
    <message>
        <source>The write-ahead log could not be emptied (the database is busy).</source>
        <translation>Žurnál WAL se nepodařilo vyprázdnit (databáze je zaneprázdněná).</translation>
    </message>
    <message>
        <source>The indexes and the file were rebuilt</source>
        <translation>Indexy a soubor byly znovu sestaveny</translation>
    </message>
    <message>
        <source>A tombstone is kept for restores</source>
        <translation>Pro obnovy ze zálohy je uchován záznam o výmazu</translation>
    </message>
    <message numerus="yes">
        <source>in vault.db and in %n backup folder(s)</source>
        <translation>
            <numerusform>v souboru vault.db a v %n složce záloh</numerusform>
            <numerusform>v souboru vault.db a ve %n složkách záloh</numerusform>
            <numerusform>v souboru vault.db a v %n složkách záloh</numerusform>
        </translation>
    </message>
    <message>
        <source>; not reached: %1</source>
        <translation>; nedostupné: %1</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Schůzka</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Udělen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmítnut</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Odvolán</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Zpravodaj</translation>
    </message>
    <message>
        <source>Marketing calls</source>
        <translation>Marketingové hovory</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation>Předávání partnerům</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>podepsaný formulář</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>webový formulář</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>telefonát</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>osobně</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>There is no client with the id %1.</source>
        <translation>Klient s ID %1 neexistuje.</translation>
    </message>
    <message>
        <source>A client has no valid id.</source>
        <translation>Klient nemá platné ID.</translation>
    </message>
    <message>
        <source>Processing of this client is restricted (GDPR Article 18): their data is kept but not changed. Lift the restriction first, with its reason.</source>
        <translation>Zpracování údajů tohoto klienta je omezeno (článek 18 GDPR): údaje se uchovávají, ale nemění. Nejprve omezení zrušte a uveďte důvod.</translation>
    </message>
    <message>
        <source>Processing is restricted with its reason, not by editing the client.</source>
        <translation>Zpracování se omezuje s uvedením důvodu, ne úpravou klienta.</translation>
    </message>
</context>
<context>
    <name>ClientValidation</name>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 má více než %2 znaků.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Organizace musí mít název.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>Osoba musí mít jméno.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>Křestní jméno</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Štítek</translation>
    </message>
    <message>
        <source>A tag may not contain control characters.</source>
        <translation>Štítek nesmí obsahovat řídicí znaky.</translation>
    </message>
    <message>
        <source>A custom field has no name.</source>
        <translation>Vlastní pole nemá název.</translation>
    </message>
    <message>
        <source>A custom field&apos;s name</source>
        <translation>Název vlastního pole</translation>
    </message>
    <message>
        <source>A custom field&apos;s value</source>
        <translation>Hodnota vlastního pole</translation>
    </message>
    <message>
        <source>This is longer than %1 characters.</source>
        <translation>Toto je delší než %1 znaků.</translation>
    </message>
    <message>
        <source>Email %1: %2</source>
        <translation>E-mail %1: %2</translation>
    </message>
    <message>
        <source>Phone %1: %2</source>
        <translation>Telefon %1: %2</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Země: %1</translation>
    </message>
    <message>
        <source>The part after the @ is not a domain such as example.com.</source>
        <translation>Část za @ není doména, jako je example.com.</translation>
    </message>
    <message>
        <source>Give the address alone, without a name or &lt; &gt;.</source>
        <translation>Zadejte jen adresu, bez jména a &lt; &gt;.</translation>
    </message>
    <message>
        <source>This holds more than one email address; add each one separately.</source>
        <translation>Toto obsahuje více než jednu e-mailovou adresu; přidejte každou zvlášť.</translation>
    </message>
    <message>
        <source>This email address has a space in it.</source>
        <translation>Tato e-mailová adresa obsahuje mezeru.</translation>
    </message>
    <message>
        <source>This email address has no @ sign.</source>
        <translation>Tato e-mailová adresa nemá znak @.</translation>
    </message>
    <message>
        <source>This email address has more than one @ sign.</source>
        <translation>Tato e-mailová adresa má více než jeden znak @.</translation>
    </message>
    <message>
        <source>This email address has nothing before the @ sign.</source>
        <translation>Tato e-mailová adresa nemá nic před znakem @.</translation>
    </message>
    <message>
        <source>This email address has nothing after the @ sign.</source>
        <translation>Tato e-mailová adresa nemá nic za znakem @.</translation>
    </message>
    <message>
        <source>This email address has a comma where a dot should be.</source>
        <translation>Tato e-mailová adresa má čárku tam, kde má být tečka.</translation>
    </message>
    <message>
        <source>This email address has two dots in a row.</source>
        <translation>Tato e-mailová adresa má dvě tečky za sebou.</translation>
    </message>
    <message>
        <source>The part before the @ cannot begin or end with a dot.</source>
        <translation>Část před @ nesmí začínat ani končit tečkou.</translation>
    </message>
    <message>
        <source>The part before the @ cannot contain “%1”.</source>
        <translation>Část před @ nesmí obsahovat „%1“.</translation>
    </message>
    <message>
        <source>The part before the @ has an invisible character in it.</source>
        <translation>Část před @ obsahuje neviditelný znak.</translation>
    </message>
    <message>
        <source>This phone number has letters in it.</source>
        <translation>Toto telefonní číslo obsahuje písmena.</translation>
    </message>
    <message>
        <source>This phone number has a + that is not at its start.</source>
        <translation>Toto telefonní číslo má + jinde než na začátku.</translation>
    </message>
    <message>
        <source>This phone number has brackets that do not pair up.</source>
        <translation>Toto telefonní číslo má závorky, které netvoří páry.</translation>
    </message>
    <message>
        <source>This phone number cannot contain “%1”: use digits, spaces and + - ( ) . / only.</source>
        <translation>Telefonní číslo nesmí obsahovat „%1“: použijte jen číslice, mezery a + - ( ) . /.</translation>
    </message>
    <message>
        <source>This phone number has an invisible character in it.</source>
        <translation>Toto telefonní číslo obsahuje neviditelný znak.</translation>
    </message>
    <message>
        <source>This phone number is too short: it needs at least %1 digits.</source>
        <translation>Toto telefonní číslo je příliš krátké: potřebuje alespoň %1 číslic.</translation>
    </message>
    <message>
        <source>This phone number is too long: it can have at most %1 digits.</source>
        <translation>Toto telefonní číslo je příliš dlouhé: může mít nejvýše %1 číslic.</translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows; the United Kingdom&apos;s is GB.</source>
        <translation>Tento kód země Coffer nezná; Spojené království má GB.</translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows; Greece&apos;s is GR.</source>
        <translation>Tento kód země Coffer nezná; Řecko má GR.</translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows.</source>
        <translation>Tento kód země Coffer nezná.</translation>
    </message>
</context>
<context>
    <name>ConsentStore</name>
    <message>
        <source>Say what the consent is for (its purpose).</source>
        <translation>Uveďte, k čemu souhlas slouží (jeho účel).</translation>
    </message>
    <message>
        <source>The purpose, source or policy version is too long.</source>
        <translation>Text účelu, zdroje nebo verze zásad je příliš dlouhý.</translation>
    </message>
    <message>
        <source>A consent has no id, purpose or time.</source>
        <translation>Souhlas nemá ID, účel nebo čas.</translation>
    </message>
    <message>
        <source>The date of a consent cannot be in the future.</source>
        <translation>Datum souhlasu nemůže být v budoucnosti.</translation>
    </message>
    <message>
        <source>The date of a consent cannot be before 1900; check the year.</source>
        <translation>Datum souhlasu nemůže být před rokem 1900; zkontrolujte rok.</translation>
    </message>
    <message>
        <source>The evidence of a consent must be one of the client&apos;s own files.</source>
        <translation>Dokladem souhlasu musí být jeden ze souborů samotného klienta.</translation>
    </message>
    <message>
        <source>Only a consent that is granted can expire.</source>
        <translation>Skončit může jen udělený souhlas.</translation>
    </message>
    <message>
        <source>A consent&apos;s expiry must fall after the day it was given.</source>
        <translation>Konec souhlasu musí připadnout na den po jeho udělení.</translation>
    </message>
    <message>
        <source>The privacy policy version %1 is not in the archive; an administrator adds it first.</source>
        <translation>Verze zásad %1 v archivu není; nejprve ji přidá správce.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The business&apos;s details are too long: at most %1 characters in each field.</source>
        <translation>Údaje o firmě jsou příliš dlouhé: v každém poli nejvýše %1 znaků.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The kind is neither person nor organisation.</source>
        <translation>Druh není ani osoba, ani organizace.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Řádek neobsahuje jméno.</translation>
    </message>
    <message>
        <source>The country is neither an ISO 3166 code nor a country name Coffer knows.</source>
        <translation>Země není kód ISO 3166 ani název země, který Coffer zná.</translation>
    </message>
    <message>
        <source>The note is longer than a million characters.</source>
        <translation>Poznámka je delší než milion znaků.</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(sloupec %1)</translation>
    </message>
    <message>
        <source>The file has no column named &quot;%1&quot;.</source>
        <translation>Soubor nemá sloupec s názvem „%1“.</translation>
    </message>
    <message>
        <source>No column holds a name (such as Name, First name or Last name); map one to name, given or family.</source>
        <translation>Žádný sloupec neobsahuje jméno (například Name, First name nebo Last name); přiřaďte některý k poli name, given nebo family.</translation>
    </message>
    <message>
        <source>A map is COLUMN=FIELD, such as &quot;Mobile=phone&quot;.</source>
        <translation>Přiřazení má tvar SLOUPEC=POLE, například „Mobil=phone“.</translation>
    </message>
    <message>
        <source>A custom field needs a name: field:KEY.</source>
        <translation>Vlastní pole musí mít název: field:KLÍČ.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; use name, given, family, email, phone, org, address, country, tags, kind, note, field:KEY or ignore.</source>
        <translation>Neznámé pole „%1“; použijte name, given, family, email, phone, org, address, country, tags, kind, note, field:KLÍČ nebo ignore.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Soubor je prázdný.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Import byl zrušen; nic nebylo uloženo.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Soubor je text v kódování UTF-16. Uložte ho jako „CSV UTF-8“ a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 MiB.</source>
        <translation>Řádek %1: záznam je delší než %2 MiB.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file ends inside it.</source>
        <translation>Řádek %1: pole v uvozovkách není uzavřeno; soubor končí uvnitř něj.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full.</source>
        <translation>Disk je plný.</translation>
    </message>
    <message>
        <source>The vault database is damaged.</source>
        <translation>Databáze trezoru je poškozená.</translation>
    </message>
    <message>
        <source>The vault database cannot be written: %1</source>
        <translation>Do databáze trezoru nelze zapisovat: %1</translation>
    </message>
    <message>
        <source>Cannot open the vault database: %1</source>
        <translation>Databázi trezoru nelze otevřít: %1</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this header.</source>
        <translation>Databáze trezoru je poškozená nebo nepatří k této hlavičce.</translation>
    </message>
    <message>
        <source>A part of this change failed; nothing was saved.</source>
        <translation>Část této změny se nezdařila; nic nebylo uloženo.</translation>
    </message>
</context>
<context>
    <name>DeletionCertificate</name>
    <message>
        <source>Full: every file was read back from the device after the overwrite and compared with what was written; then each path was checked to be gone, the folders searched for any file of the vault, the vault path opened as a vault (it must fail as &quot;not a vault&quot;), and the settings searched for any entry naming it.</source>
        <translation>Úplné: každý soubor byl po přepsání znovu přečten ze zařízení a porovnán se zapsanými daty; poté bylo u každé cesty ověřeno, že už neexistuje, ve složkách bylo hledáno, zda nezůstal žádný soubor trezoru, cesta trezoru byla otevřena jako trezor (musí selhat s chybou „není trezor“) a v nastavení bylo hledáno, zda trezor neuvádí žádná položka.</translation>
    </message>
    <message>
        <source>Purge (NIST SP 800-88 Rev. 1) by cryptographic erase, then a one-pass random overwrite. First every key slot in the vault header was overwritten in place with random bytes and synced to the disk, and the data key was wiped from memory. Then every file of the vault and of its managed backups was overwritten once with random data, synced, read back from the device and compared, truncated, renamed to a random name and unlinked, and its folder synced and removed.</source>
        <translation>Purge (NIST SP 800-88 Rev. 1) kryptografickým vymazáním a následným jednoprůchodovým přepsáním náhodnými daty. Nejprve byl každý slot klíče v hlavičce trezoru přímo na místě přepsán náhodnými bajty a zapsán na disk a datový klíč byl vymazán z paměti. Poté byl každý soubor trezoru a jeho spravovaných záloh jednou přepsán náhodnými daty, zapsán na disk, znovu přečten ze zařízení a porovnán, zkrácen, přejmenován na náhodný název a odstraněn; jeho složka byla zapsána na disk a odstraněna.</translation>
    </message>
    <message>
        <source>What overwriting cannot promise: on SSDs, flash memory, and thin-provisioned or virtual disks the drive may write new data to other physical blocks and keep the old ones until it reuses them; on copy-on-write file systems (btrfs, ZFS, APFS) and where snapshots exist, an overwrite goes to new blocks and the old ones remain in snapshots or until the space is reused. On such storage the old bytes may still be on the device.</source>
        <translation>Co přepsání nemůže zaručit: u SSD, flash pamětí a dynamicky přidělovaných (thin-provisioned) či virtuálních disků může jednotka zapisovat nová data do jiných fyzických bloků a staré ponechat, dokud je znovu nepoužije; u souborových systémů typu copy-on-write (btrfs, ZFS, APFS) a tam, kde existují snímky, jde přepis do nových bloků a staré zůstávají ve snímcích nebo do doby, než se místo znovu využije. Na takovém úložišti mohou původní bajty na zařízení stále být.</translation>
    </message>
    <message>
        <source>Why the cryptographic erase still holds there: the database, its log and every backup were only ever written encrypted under the vault&apos;s data key, and the data key was only ever stored sealed inside key slots. The slots were destroyed, so whatever encrypted copies survive on the device cannot be decrypted.</source>
        <translation>Proč kryptografické vymazání platí i tam: databáze, její žurnál a všechny zálohy byly vždy zapisovány jen zašifrované datovým klíčem trezoru a datový klíč byl vždy uložen jen zapečetěný ve slotech klíčů. Sloty byly zničeny, takže šifrované kopie, které na zařízení případně přetrvají, nelze dešifrovat.</translation>
    </message>
    <message>
        <source>Exports the user made (zip, folder, JSON or CSV, encrypted or not, of the whole vault or of one client) and files saved out of the vault.</source>
        <translation>Exporty vytvořené uživatelem (zip, složka, JSON nebo CSV, šifrované i nešifrované, celého trezoru i jednoho klienta) a soubory uložené z trezoru jinam.</translation>
    </message>
    <message>
        <source>Copies of the vault or of its backups made outside Coffer: file copies, sync services, system backups and file-system snapshots, and backups moved out of the backup folder.</source>
        <translation>Kopie trezoru nebo jeho záloh vytvořené mimo Coffer: kopie souborů, synchronizační služby, systémové zálohy a snímky souborového systému a také zálohy přesunuté ze složky záloh.</translation>
    </message>
    <message>
        <source>Recovery keys and passwords written down or saved elsewhere.</source>
        <translation>Obnovovací klíče a hesla zapsané nebo uložené jinde.</translation>
    </message>
    <message>
        <source>CERTIFICATE OF DELETION — Coffer vault &quot;%1&quot;</source>
        <translation>POTVRZENÍ O SMAZÁNÍ — trezor Coffer „%1“</translation>
    </message>
    <message>
        <source>Fields after NIST SP 800-88 Rev. 1, Appendix G. Result: completed and verified.</source>
        <translation>Pole podle NIST SP 800-88 Rev. 1, příloha G. Výsledek: dokončeno a ověřeno.</translation>
    </message>
    <message>
        <source>Person performing sanitisation</source>
        <translation>Osoba provádějící sanitizaci</translation>
    </message>
    <message>
        <source>Vault user: %1 (%2)</source>
        <translation>Uživatel trezoru: %1 (%2)</translation>
    </message>
    <message>
        <source>Operating-system account: %1 on %2</source>
        <translation>Účet operačního systému: %1 na počítači %2</translation>
    </message>
    <message>
        <source>What was sanitised</source>
        <translation>Co bylo sanitizováno</translation>
    </message>
    <message>
        <source>Vault: %1, id %2</source>
        <translation>Trezor: %1, ID %2</translation>
    </message>
    <message>
        <source>Vault folder: %1 (file system: %2)</source>
        <translation>Složka trezoru: %1 (souborový systém: %2)</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Složka záloh: %1</translation>
    </message>
    <message>
        <source>Managed backups: %1</source>
        <translation>Spravované zálohy: %1</translation>
    </message>
    <message>
        <source>Files (size in bytes, SHA-256 before the overwrite):</source>
        <translation>Soubory (velikost v bajtech, SHA-256 před přepsáním):</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>Type: Purge. Used: cryptographic erase, then a one-pass random overwrite.</source>
        <translation>Typ: Purge. Použito: kryptografické vymazání, poté jednoprůchodové přepsání náhodnými daty.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Nástroj</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Ověření</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>splněno</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NESPLNĚNO</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum a čas</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Zahájeno: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Dokončeno: %1</translation>
    </message>
    <message>
        <source>Limits of the method</source>
        <translation>Omezení metody</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Na co se nevztahuje</translation>
    </message>
    <message>
        <source>What it does not reach: earlier versions of the header (from before a password change, a new user or a reset) were written as new files, and their old blocks may survive in the same way; each held key slots that open only with a password or recovery key that was valid at that time. Each managed backup held its own copy of the key slots, destroyed by the overwrite of the backup file with the limits above.</source>
        <translation>Na co nedosáhne: dřívější verze hlavičky (z doby před změnou hesla, přidáním uživatele nebo resetováním hesla) byly zapsány jako nové soubory a jejich staré bloky mohou přetrvat stejným způsobem; každá z nich obsahovala sloty klíčů, které lze otevřít jen heslem nebo obnovovacím klíčem platným v té době. Každá spravovaná záloha obsahovala vlastní kopii slotů klíčů, zničenou přepsáním souboru zálohy s výše uvedenými omezeními.</translation>
    </message>
    <message>
        <source>Backup folder searched: %1</source>
        <translation>Prohledaná složka záloh: %1</translation>
    </message>
    <message>
        <source>Restored copy destroyed: %1</source>
        <translation>Zničená obnovená kopie: %1</translation>
    </message>
    <message>
        <source>Restored copy KEPT at the user&apos;s request, not sanitised (it still opens with the passwords it had when its backup was taken): %1</source>
        <translation>Obnovená kopie PONECHÁNA na žádost uživatele, nesanitizována (stále se otevírá hesly, která platila v době pořízení její zálohy): %1</translation>
    </message>
    <message>
        <source>Backup folder NOT reached, declared gone for good by the user; whatever it held was not sanitised: %1</source>
        <translation>Složka záloh NEBYLA dosažena, uživatel ji prohlásil za nenávratně ztracenou; nic z toho, co obsahovala, nebylo sanitizováno: %1</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>There is no room for the demo vault in the temporary folder (%1). Free some disk space and try again.</source>
        <translation>V dočasné složce (%1) není pro ukázkový trezor dost místa. Uvolněte místo na disku a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Ukázkový trezor</translation>
    </message>
</context>
<context>
    <name>ErasureReport</name>
    <message numerus="yes">
        <source>%n backup(s) made before the erasure still hold the person. A restore of any of them erases the person again before the restored vault opens; &quot;Prune backups&quot; destroys them once a newer backup is verified.</source>
        <translation>
            <numerusform>%n záloha vytvořená před výmazem stále obsahuje údaje této osoby. Její obnovení osobu znovu vymaže dříve, než se obnovený trezor otevře; „Pročistit zálohy“ ji zničí, jakmile bude ověřena novější záloha.</numerusform>
            <numerusform>%n zálohy vytvořené před výmazem stále obsahují údaje této osoby. Obnovení kterékoli z nich osobu znovu vymaže dříve, než se obnovený trezor otevře; „Pročistit zálohy“ je zničí, jakmile bude ověřena novější záloha.</numerusform>
            <numerusform>%n záloh vytvořených před výmazem stále obsahuje údaje této osoby. Obnovení kterékoli z nich osobu znovu vymaže dříve, než se obnovený trezor otevře; „Pročistit zálohy“ je zničí, jakmile bude ověřena novější záloha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) made while the person was in the vault may hold their data. Coffer cannot reach them: delete them, or ask whoever received them to. An import of them will not bring the person back.</source>
        <translation>
            <numerusform>%n export vytvořený v době, kdy osoba byla v trezoru, může obsahovat její údaje. Coffer k němu nemá přístup: smažte ho, nebo o to požádejte toho, kdo ho obdržel. Jeho import osobu nevrátí.</numerusform>
            <numerusform>%n exporty vytvořené v době, kdy osoba byla v trezoru, mohou obsahovat její údaje. Coffer k nim nemá přístup: smažte je, nebo o to požádejte ty, kdo je obdrželi. Jejich import osobu nevrátí.</numerusform>
            <numerusform>%n exportů vytvořených v době, kdy osoba byla v trezoru, může obsahovat její údaje. Coffer k nim nemá přístup: smažte je, nebo o to požádejte ty, kdo je obdrželi. Jejich import osobu nevrátí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup folder(s) could not be searched (a drive not connected?). Connect them and look again: backups there may hold the person.</source>
        <translation>
            <numerusform>%n složku záloh se nepodařilo prohledat (není připojený disk?). Připojte ji a podívejte se znovu: zálohy v ní mohou obsahovat údaje této osoby.</numerusform>
            <numerusform>%n složky záloh se nepodařilo prohledat (není připojený disk?). Připojte je a podívejte se znovu: zálohy v nich mohou obsahovat údaje této osoby.</numerusform>
            <numerusform>%n složek záloh se nepodařilo prohledat (není připojený disk?). Připojte je a podívejte se znovu: zálohy v nich mohou obsahovat údaje této osoby.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup or export that Coffer made holds the person.</source>
        <translation>Žádná záloha ani export, které Coffer vytvořil, neobsahují údaje této osoby.</translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation>Zpráva o výmazu</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Trezor: %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Osoba: %1</translation>
    </message>
    <message>
        <source>Erased: %1 by %2</source>
        <translation>Vymazáno: %1, vymazal(a): %2</translation>
    </message>
    <message>
        <source>Records removed: %1</source>
        <translation>Odstraněno záznamů: %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontroly</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>splněno</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NESPLNĚNO</translation>
    </message>
    <message>
        <source>Copies Coffer made that may still hold the person</source>
        <translation>Kopie, které Coffer vytvořil a které mohou stále obsahovat údaje této osoby</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>backup of %1: %2</source>
        <translation>záloha z %1: %2</translation>
    </message>
    <message>
        <source>export of %1 (%2): %3</source>
        <translation>export z %1 (%2): %3</translation>
    </message>
    <message>
        <source>backup folder not reachable: %1</source>
        <translation>složka záloh není dostupná: %1</translation>
    </message>
    <message>
        <source>Report SHA-256 (kept in the vault): %1</source>
        <translation>SHA-256 zprávy (uložený v trezoru): %1</translation>
    </message>
    <message>
        <source>restored copy kept as a separate vault: %1</source>
        <translation>obnovená kopie ponechaná jako samostatný trezor: %1</translation>
    </message>
</context>
<context>
    <name>ErasureVerifier</name>
    <message>
        <source>No row refers to the client</source>
        <translation>Žádný řádek neodkazuje na klienta</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) searched, no row holds the id</source>
        <translation>
            <numerusform>prohledána %n tabulka, žádný řádek neobsahuje ID</numerusform>
            <numerusform>prohledány %n tabulky, žádný řádek neobsahuje ID</numerusform>
            <numerusform>prohledáno %n tabulek, žádný řádek neobsahuje ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still hold the id, in: %1</source>
        <translation>
            <numerusform>ID stále obsahuje %n řádek, v tabulkách: %1</numerusform>
            <numerusform>ID stále obsahují %n řádky, v tabulkách: %1</numerusform>
            <numerusform>ID stále obsahuje %n řádků, v tabulkách: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n string(s) searched in %1 tables</source>
        <translation>
            <numerusform>hledán %n řetězec v %1 tabulkách</numerusform>
            <numerusform>hledány %n řetězce v %1 tabulkách</numerusform>
            <numerusform>hledáno %n řetězců v %1 tabulkách</numerusform>
        </translation>
    </message>
    <message>
        <source>: none found</source>
        <translation>: nic nenalezeno</translation>
    </message>
    <message numerus="yes">
        <source>: found in %n row(s), in: %1</source>
        <translation>
            <numerusform>: nalezeno v %n řádku, v tabulkách: %1</numerusform>
            <numerusform>: nalezeno ve %n řádcích, v tabulkách: %1</numerusform>
            <numerusform>: nalezeno v %n řádcích, v tabulkách: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n also belong(s) to another client and stay with them</source>
        <translation>
            <numerusform>; %n patří i jinému klientovi a zůstává mu</numerusform>
            <numerusform>; %n patří i jinému klientovi a zůstávají mu</numerusform>
            <numerusform>; %n patří i jinému klientovi a zůstává mu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too short to search</source>
        <translation>
            <numerusform>; %n je příliš krátký k vyhledání</numerusform>
            <numerusform>; %n jsou příliš krátké k vyhledání</numerusform>
            <numerusform>; %n je příliš krátkých k vyhledání</numerusform>
        </translation>
    </message>
    <message>
        <source>The search indexes hold none of their words</source>
        <translation>Vyhledávací indexy neobsahují žádné slovo klienta</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) only they had</source>
        <translation>
            <numerusform>%n slovo, které měl jen tento klient</numerusform>
            <numerusform>%n slova, která měl jen tento klient</numerusform>
            <numerusform>%n slov, která měl jen tento klient</numerusform>
        </translation>
    </message>
    <message>
        <source>, none left in the indexes</source>
        <translation>, v indexech nezůstalo žádné</translation>
    </message>
    <message numerus="yes">
        <source>, %n still indexed, in: %1</source>
        <translation>
            <numerusform>, %n je stále v indexech: %1</numerusform>
            <numerusform>, %n jsou stále v indexech: %1</numerusform>
            <numerusform>, %n je stále v indexech: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No free page is left that could hold old content</source>
        <translation>Nezůstala žádná volná stránka, která by mohla obsahovat starý obsah</translation>
    </message>
    <message numerus="yes">
        <source>%n free page(s)</source>
        <translation>
            <numerusform>%n volná stránka</numerusform>
            <numerusform>%n volné stránky</numerusform>
            <numerusform>%n volných stránek</numerusform>
        </translation>
    </message>
    <message>
        <source>The write-ahead log is empty</source>
        <translation>Žurnál WAL je prázdný</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajty</numerusform>
            <numerusform>%n bajtů</numerusform>
        </translation>
    </message>
    <message>
        <source>no log file</source>
        <translation>soubor žurnálu neexistuje</translation>
    </message>
    <message>
        <source>None of their data is in the file&apos;s decrypted pages or its log</source>
        <translation>Žádná jeho data nejsou v dešifrovaných stránkách souboru ani v jeho žurnálu</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>soubor nelze přečíst</translation>
    </message>
    <message numerus="yes">
        <source>%n string(s) searched in %1 decrypted page(s), free ones included</source>
        <translation>
            <numerusform>%n řetězec hledán v %1 dešifrovaných stránkách včetně volných</numerusform>
            <numerusform>%n řetězce hledány v %1 dešifrovaných stránkách včetně volných</numerusform>
            <numerusform>%n řetězců hledáno v %1 dešifrovaných stránkách včetně volných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: found in %n page(s)</source>
        <translation>
            <numerusform>: nalezeno v %n stránce</numerusform>
            <numerusform>: nalezeno v %n stránkách</numerusform>
            <numerusform>: nalezeno v %n stránkách</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing that identified them (names, emails, phones, address, organisation, tags, custom fields, note and file names) is in any table</source>
        <translation>Nic, co klienta identifikovalo (jména, e-maily, telefony, adresa, organizace, štítky, vlastní pole, názvy poznámek a souborů), není v žádné tabulce</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Out of memory.</source>
        <translation>Nedostatek paměti.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, and Coffer stopped this step. Try again; if it happens again, restart Coffer.</source>
        <translation>Stalo se něco neočekávaného a Coffer tento krok zastavil. Zkuste to znovu; pokud se to bude opakovat, spusťte Coffer znovu.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Export byl zrušen; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Export nelze zapsat: %1</translation>
    </message>
    <message>
        <source>An encrypted export is one file: use the zip or json format.</source>
        <translation>Šifrovaný export je jeden soubor: použijte formát zip nebo json.</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Nelze vytvořit složku %1: %2</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>není to složka</translation>
    </message>
</context>
<context>
    <name>FileStore</name>
    <message>
        <source>The file&apos;s part %1 of %2 is missing; nothing from that part on was written. Restore the file from a backup.</source>
        <translation>Chybí část %1 z %2 souboru; od této části dál nebylo nic zapsáno. Obnovte soubor ze zálohy.</translation>
    </message>
    <message>
        <source>The file&apos;s part %1 of %2 is damaged; nothing from that part on was written. Restore the file from a backup.</source>
        <translation>Část %1 z %2 souboru je poškozená; od této části dál nebylo nic zapsáno. Obnovte soubor ze zálohy.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation>Soubor musí mít název.</translation>
    </message>
    <message>
        <source>A file name may have at most 255 characters.</source>
        <translation>Název souboru smí mít nejvýše 255 znaků.</translation>
    </message>
    <message>
        <source>A file name may not contain slashes or control characters.</source>
        <translation>Název souboru nesmí obsahovat lomítka ani řídicí znaky.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Soubor nelze přečíst: %1</translation>
    </message>
    <message>
        <source>There is no file with the id %1.</source>
        <translation>Soubor s ID %1 neexistuje.</translation>
    </message>
    <message>
        <source>Cannot read the file: it is not open for reading.</source>
        <translation>Soubor nelze přečíst: není otevřen pro čtení.</translation>
    </message>
    <message>
        <source>An imported file does not match its recorded size and SHA-256.</source>
        <translation>Importovaný soubor neodpovídá zaznamenané velikosti a součtu SHA-256.</translation>
    </message>
    <message>
        <source>Cannot read the file: it is a folder.</source>
        <translation>Soubor nelze přečíst: jde o složku.</translation>
    </message>
    <message>
        <source>The file&apos;s record is damaged.</source>
        <translation>Záznam souboru je poškozený.</translation>
    </message>
    <message>
        <source>Cannot write the output file: %1</source>
        <translation>Výstupní soubor nelze zapsat: %1</translation>
    </message>
    <message>
        <source>The file is damaged: its contents do not match their SHA-256.</source>
        <translation>Soubor je poškozený: jeho obsah neodpovídá svému součtu SHA-256.</translation>
    </message>
    <message>
        <source>This file is the evidence of a consent and is kept with the consent&apos;s history.</source>
        <translation>Tento soubor je dokladem souhlasu a uchovává se s historií souhlasu.</translation>
    </message>
</context>
<context>
    <name>FolderSafety</name>
    <message>
        <source>on a network file system (%1)</source>
        <translation>v síťovém souborovém systému (%1)</translation>
    </message>
    <message>
        <source>in a folder that %1 synchronises (%2)</source>
        <translation>ve složce, kterou synchronizuje %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). A vault must be on a disk of this computer: file locks and SQLite&apos;s write-ahead log do not hold on a network file system, so two computers could change the vault at once and damage it. Move the vault folder to a local disk.</source>
        <translation>%1 je v síťovém souborovém systému (%2). Trezor musí být na disku tohoto počítače: v síťovém souborovém systému nefungují zámky souborů ani žurnál změn SQLite (write-ahead log), takže by trezor mohly měnit dva počítače najednou a poškodit ho. Přesuňte složku trezoru na místní disk.</translation>
    </message>
    <message>
        <source>The backup folder %1 is on a network file system (%2). File locks and SQLite&apos;s write-ahead log do not hold there, so a backup written there may be damaged. Choose a folder on a local disk, or, as the owner, accept the risk for this folder.</source>
        <translation>Složka záloh %1 je v síťovém souborovém systému (%2). Nefungují tam zámky souborů ani žurnál změn SQLite (write-ahead log), takže tam zapsaná záloha se může poškodit. Zvolte složku na místním disku, nebo jako vlastník přijměte riziko této složky.</translation>
    </message>
    <message>
        <source>%1 is inside a folder that %2 synchronises (it keeps %3). A vault must stay outside the folders a sync client manages: the vault&apos;s lock does not hold across computers, and the client copies the database while it changes, which can damage it or bring erased data back. Move the vault folder out of it.</source>
        <translation>%1 je ve složce, kterou synchronizuje %2 (je v ní %3). Trezor musí být mimo složky, které spravuje synchronizační program: zámek trezoru mezi počítači nefunguje a program kopíruje databázi, zatímco se mění, což ji může poškodit nebo vrátit smazaná data. Přesuňte složku trezoru mimo ni.</translation>
    </message>
    <message>
        <source>The backup folder %1 is inside a folder that %2 synchronises (it keeps %3). The client copies backups while they are written and keeps versions of its own that Coffer cannot erase. Choose a folder that no sync client manages, or, as the owner, accept the risk for this folder.</source>
        <translation>Složka záloh %1 je ve složce, kterou synchronizuje %2 (je v ní %3). Program kopíruje zálohy, zatímco se zapisují, a uchovává si vlastní verze, které Coffer nemůže smazat. Zvolte složku, kterou nespravuje žádný synchronizační program, nebo jako vlastník přijměte riziko této složky.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The export is malformed (%1); nothing was imported.</source>
        <translation>Export má neplatný formát (%1); nic nebylo importováno.</translation>
    </message>
    <message>
        <source>The export is damaged: %1 does not match the SHA-256 in its manifest; nothing was imported.</source>
        <translation>Export je poškozený: %1 neodpovídá součtu SHA-256 v jeho manifestu; nic nebylo importováno.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze přečíst %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 neexistuje.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>This export is encrypted: enter its password.</source>
        <translation>Tento export je zašifrovaný: zadejte jeho heslo.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Changing the data key, so that copies of the vault&apos;s header made before open nothing written from now on…</source>
        <translation>Mění se datový klíč, aby dříve pořízené kopie hlavičky trezoru neotevřely nic, co bude zapsáno od teď…</translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation>Změna datového klíče</translation>
    </message>
    <message>
        <source>The data key could not be changed: %1</source>
        <translation>Datový klíč nelze změnit: %1</translation>
    </message>
    <message>
        <source>But the data key could not be changed, so a copy of the vault&apos;s header made before still opens it: %1</source>
        <translation>Datový klíč se však nepodařilo změnit, takže dříve pořízená kopie hlavičky trezoru jej stále otevře: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s data key was changed, so an old copy of the vault&apos;s files cannot open anything saved from now on.</source>
        <translation>Datový klíč trezoru byl změněn, takže stará kopie souborů trezoru nemůže otevřít nic, co se uloží od teď.</translation>
    </message>
    <message>
        <source>No backup under the new key could be made; back up now.</source>
        <translation>Zálohu s novým klíčem se nepodařilo vytvořit; zálohujte nyní.</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nesprávné uživatelské jméno nebo heslo.</translation>
    </message>
    <message>
        <source>The data key could not be sealed.</source>
        <translation>Datový klíč se nepodařilo zapečetit.</translation>
    </message>
    <message>
        <source>This key slot has no key pair yet: it cannot be given a new data key.</source>
        <translation>Tento slot klíče ještě nemá pár klíčů: nelze mu dát nový datový klíč.</translation>
    </message>
</context>
<context>
    <name>ManagedBackups</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Složka %1 neexistuje.</translation>
    </message>
    <message>
        <source>Keep between 0 and %1 backups.</source>
        <translation>Ponechat lze 0 až %1 záloh.</translation>
    </message>
    <message>
        <source>The backup folder cannot be inside the vault folder: backups must outlive the loss of the vault&apos;s folder.</source>
        <translation>Složka záloh nemůže být uvnitř složky trezoru: zálohy musí přečkat ztrátu složky trezoru.</translation>
    </message>
    <message>
        <source>Only the owner may accept the risk of a backup folder on a network file system or in a synchronised folder.</source>
        <translation>Riziko složky záloh v síťovém souborovém systému nebo v synchronizované složce může přijmout jen vlastník.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>Nelze přesunout %1 do %2: %3</translation>
    </message>
    <message>
        <source>the copy could not be written</source>
        <translation>kopii se nepodařilo zapsat</translation>
    </message>
    <message>
        <source>the copy differs from the original</source>
        <translation>kopie se liší od originálu</translation>
    </message>
    <message>
        <source>the original could not be removed</source>
        <translation>originál se nepodařilo odstranit</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 je soubor, ne složka.</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message>
        <source>The vault holds more notes than its search index can hold.</source>
        <translation>Trezor obsahuje více poznámek, než pojme jeho vyhledávací index.</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>The note is empty.</source>
        <translation>Poznámka je prázdná.</translation>
    </message>
    <message>
        <source>The note is longer than a million characters.</source>
        <translation>Poznámka je delší než milion znaků.</translation>
    </message>
    <message>
        <source>A note has no id, text or time.</source>
        <translation>Poznámka nemá ID, text nebo čas.</translation>
    </message>
    <message>
        <source>There is no such note; it may have been removed already.</source>
        <translation>Taková poznámka neexistuje; možná už byla odstraněna.</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>The output would be inside the vault folder %1. Nothing Coffer writes for you goes there: choose a place outside the vault.</source>
        <translation>Výstup by skončil ve složce trezoru %1. Nic, co pro vás Coffer zapisuje, tam nepatří: zvolte místo mimo trezor.</translation>
    </message>
    <message>
        <source>Cannot write the output file: its folder does not exist.</source>
        <translation>Výstupní soubor nelze zapsat: jeho složka neexistuje.</translation>
    </message>
    <message>
        <source>The output is a symbolic link. Coffer never writes through a link, not even when it may replace a file: choose another name.</source>
        <translation>Výstup je symbolický odkaz. Coffer nikdy nezapisuje přes odkaz, ani když smí soubor nahradit: zvolte jiný název.</translation>
    </message>
    <message>
        <source>The output is a folder. Choose a file name.</source>
        <translation>Výstup je složka. Zvolte název souboru.</translation>
    </message>
    <message>
        <source>The output already exists. Coffer never replaces a folder: choose a new name.</source>
        <translation>Výstup už existuje. Coffer nikdy nenahrazuje složku: zvolte nový název.</translation>
    </message>
    <message>
        <source>The output is not a regular file. Choose another name.</source>
        <translation>Výstup není běžný soubor. Zvolte jiný název.</translation>
    </message>
    <message>
        <source>The output file already exists. Choose a new name, or allow Coffer to replace it (--force).</source>
        <translation>Výstupní soubor už existuje. Zvolte nový název, nebo Cofferu dovolte ho nahradit (--force).</translation>
    </message>
    <message>
        <source>The output cannot be checked: %1</source>
        <translation>Výstup nelze zkontrolovat: %1</translation>
    </message>
    <message>
        <source>The output would be inside the backup folder %1, which holds only the vault&apos;s own backups. Choose another place.</source>
        <translation>Výstup by skončil ve složce záloh %1, kde jsou jen vlastní zálohy trezoru. Zvolte jiné místo.</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>soubor není otevřen</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile, and it was not replaced</source>
        <translation>mezitím se objevil soubor téhož názvu a nebyl nahrazen</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Soubor se nepodařilo zapsat: %1</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Too short</source>
        <translation>Příliš krátké</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Slabé</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Přijatelné</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Silné</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Velmi silné</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Heslo musí mít alespoň %1 znaků.</translation>
    </message>
    <message>
        <source>This password is too easy to guess: common passwords such as “password1”, names with a year and keyboard patterns are the first ones tried. Add another word or two, or use three or four unrelated words.</source>
        <translation>Toto heslo je příliš snadné uhádnout: běžná hesla jako „heslo1“, jména s letopočtem a vzory z klávesnice se zkoušejí jako první. Přidejte ještě jedno nebo dvě slova, nebo použijte tři až čtyři nesouvisející slova.</translation>
    </message>
</context>
<context>
    <name>PolicyArchive</name>
    <message>
        <source>A policy version needs a name, such as 2026-01.</source>
        <translation>Verze zásad potřebuje název, například 2026-01.</translation>
    </message>
    <message>
        <source>A policy version&apos;s name is at most %1 characters.</source>
        <translation>Název verze zásad má nejvýše %1 znaků.</translation>
    </message>
    <message>
        <source>Say the day the policy took effect.</source>
        <translation>Uveďte den, kdy zásady nabyly účinnosti.</translation>
    </message>
    <message>
        <source>A policy version cannot take effect in the future: add it on the day it takes effect.</source>
        <translation>Verze zásad nemůže nabýt účinnosti v budoucnu: přidejte ji v den, kdy účinnosti nabývá.</translation>
    </message>
    <message>
        <source>A policy version cannot take effect before 1990; check the year.</source>
        <translation>Verze zásad nemůže nabýt účinnosti před rokem 1990; zkontrolujte rok.</translation>
    </message>
    <message>
        <source>Give the policy either as text or as a file, one of them.</source>
        <translation>Zadejte zásady buď jako text, nebo jako soubor – jedno z toho.</translation>
    </message>
    <message>
        <source>A policy&apos;s file needs its name.</source>
        <translation>Soubor zásad potřebuje název.</translation>
    </message>
    <message>
        <source>A policy is at most %1 MiB.</source>
        <translation>Zásady mají nejvýše %1 MiB.</translation>
    </message>
    <message>
        <source>The archive already has the policy version %1; a changed policy is a new version.</source>
        <translation>Archiv už verzi zásad %1 obsahuje; změněné zásady jsou novou verzí.</translation>
    </message>
    <message>
        <source>A policy version has no name, day, text or file, or a file name that is not a plain name.</source>
        <translation>Verze zásad nemá název, den, text ani soubor, nebo název souboru není prostý název.</translation>
    </message>
    <message>
        <source>The policy version %1 does not match its SHA-256.</source>
        <translation>Verze zásad %1 neodpovídá svému SHA-256.</translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message numerus="yes">
        <source>%n request(s) past the day to answer by.</source>
        <translation>
            <numerusform>%n žádost po lhůtě k odpovědi.</numerusform>
            <numerusform>%n žádosti po lhůtě k odpovědi.</numerusform>
            <numerusform>%n žádostí po lhůtě k odpovědi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No request is past the day to answer by.</source>
        <translation>Žádná žádost není po lhůtě k odpovědi.</translation>
    </message>
    <message>
        <source>Answer them now, or record the extension: request list --overdue.</source>
        <translation>Odpovězte hned, nebo zaznamenejte prodloužení: request list --overdue.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) past their retention period.</source>
        <translation>
            <numerusform>%n klientovi uplynula doba uchovávání.</numerusform>
            <numerusform>%n klientům uplynula doba uchovávání.</numerusform>
            <numerusform>%n klientům uplynula doba uchovávání.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client is past their retention period.</source>
        <translation>Žádnému klientovi neuplynula doba uchovávání.</translation>
    </message>
    <message>
        <source>Review them and run retention: retention run --dry-run, then retention run.</source>
        <translation>Zkontrolujte je a proveďte uchovávání: retention run --dry-run, pak retention run.</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) granted under a policy version since superseded.</source>
        <translation>
            <numerusform>%n souhlas udělený podle již nahrazené verze zásad.</numerusform>
            <numerusform>%n souhlasy udělené podle již nahrazené verze zásad.</numerusform>
            <numerusform>%n souhlasů udělených podle již nahrazené verze zásad.</numerusform>
        </translation>
    </message>
    <message>
        <source>No consent rests on a superseded policy version.</source>
        <translation>Žádný souhlas nestojí na nahrazené verzi zásad.</translation>
    </message>
    <message>
        <source>Ask those clients again: consent list --purpose P --superseded.</source>
        <translation>Požádejte tyto klienty znovu: consent list --purpose P --superseded.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted client(s) changed after their restriction.</source>
        <translation>
            <numerusform>%n omezený klient změněn po omezení.</numerusform>
            <numerusform>%n omezení klienti změněni po omezení.</numerusform>
            <numerusform>%n omezených klientů změněno po omezení.</numerusform>
        </translation>
    </message>
    <message>
        <source>No restricted client was changed.</source>
        <translation>Žádný omezený klient nebyl změněn.</translation>
    </message>
    <message>
        <source>See who changed them in the audit log, and whether the change was allowed.</source>
        <translation>V auditním záznamu zjistěte, kdo je změnil a zda byla změna povolena.</translation>
    </message>
    <message>
        <source>The last backup verified: %1.</source>
        <translation>Poslední ověřená záloha: %1.</translation>
    </message>
    <message>
        <source>No backup of this vault has been verified.</source>
        <translation>Žádná záloha tohoto trezoru nebyla ověřena.</translation>
    </message>
    <message>
        <source>Verify a recent backup (backup verify FILE): one every %1 days at least.</source>
        <translation>Ověřte nedávnou zálohu (backup verify FILE): alespoň jednu každých %1 dní.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s %n entries are whole.</source>
        <translation>
            <numerusform>%n záznam auditního záznamu je celý.</numerusform>
            <numerusform>%n záznamy auditního záznamu jsou celé.</numerusform>
            <numerusform>%n záznamů auditního záznamu je celých.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log shows a change made outside Coffer.</source>
        <translation>Auditní záznam ukazuje změnu provedenou mimo Coffer.</translation>
    </message>
    <message>
        <source>Run audit --verify for what was found, and restore a backup if needed.</source>
        <translation>Spusťte audit --verify, abyste viděli, co bylo nalezeno, a v případě potřeby obnovte zálohu.</translation>
    </message>
    <message>
        <source>Every breach logged was notified, or why not is recorded.</source>
        <translation>Každé zaznamenané porušení bylo ohlášeno, nebo je zaznamenáno, proč ne.</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) not notified, %1 past the 72 hours.</source>
        <translation>
            <numerusform>%n porušení neohlášeno, %1 po 72 hodinách.</numerusform>
            <numerusform>%n porušení neohlášena, %1 po 72 hodinách.</numerusform>
            <numerusform>%n porušení neohlášeno, %1 po 72 hodinách.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) not notified yet; the 72 hours run.</source>
        <translation>
            <numerusform>%n porušení zatím neohlášeno; 72 hodin běží.</numerusform>
            <numerusform>%n porušení zatím neohlášena; 72 hodin běží.</numerusform>
            <numerusform>%n porušení zatím neohlášeno; 72 hodin běží.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the supervisory authority (breach notify ID --authority DATETIME), or record why not.</source>
        <translation>Ohlaste to dozorovému úřadu (breach notify ID --authority DATETIME), nebo zaznamenejte, proč ne.</translation>
    </message>
</context>
<context>
    <name>ProcessingDocument</name>
    <message>
        <source>Record of processing activities</source>
        <translation>Záznamy o činnostech zpracování</translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation>zatím nevyplněno</translation>
    </message>
    <message>
        <source>GDPR Article 30(1). Made on %1 by Coffer from the vault&apos;s records.</source>
        <translation>Čl. 30 odst. 1 GDPR. Vytvořeno %1 programem Coffer ze záznamů trezoru.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Správce</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktní údaje</translation>
    </message>
    <message>
        <source>Data protection contact</source>
        <translation>Kontakt pro ochranu osobních údajů</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Právní základ</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Kategorie subjektů údajů</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Kategorie osobních údajů</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Příjemci</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Předávání mimo EHP</translation>
    </message>
    <message>
        <source>Time limit for erasure</source>
        <translation>Lhůta pro výmaz</translation>
    </message>
    <message>
        <source>No purposes of processing are defined yet.</source>
        <translation>Zatím nejsou určeny žádné účely zpracování.</translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Technická a organizační bezpečnostní opatření</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>No retention rule: kept until erased by hand or on request.</source>
        <translation>Bez pravidla uchovávání: uchovává se do ručního výmazu nebo výmazu na žádost.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n den</numerusform>
            <numerusform>%n dny</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n měsíc</numerusform>
            <numerusform>%n měsíce</numerusform>
            <numerusform>%n měsíců</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n roky</numerusform>
            <numerusform>%n let</numerusform>
        </translation>
    </message>
    <message>
        <source>from becoming a client</source>
        <translation>od založení klienta</translation>
    </message>
    <message>
        <source>from the last change</source>
        <translation>od poslední změny</translation>
    </message>
    <message>
        <source>from the last contact</source>
        <translation>od posledního kontaktu</translation>
    </message>
    <message>
        <source>from the date in “%1”</source>
        <translation>od data v poli „%1“</translation>
    </message>
    <message>
        <source>%1 %2, then anonymised (rule “%3”).</source>
        <translation>%1 %2, poté anonymizace (pravidlo „%3“).</translation>
    </message>
    <message>
        <source>%1 %2, then erased (rule “%3”).</source>
        <translation>%1 %2, poté výmaz (pravidlo „%3“).</translation>
    </message>
    <message numerus="yes">
        <source>The data is kept on the business&apos;s own computer in one database encrypted with AES-256 (SQLCipher) under a random key; each of the %n user(s) unlocks it with their own password (Argon2id), and a recovery key kept on paper replaces a lost one. Roles (owner, administrator, editor, viewer) decide who may read, change, export and erase. Every action is recorded in an audit log chained by SHA-256 and sealed with a key only administrators hold; the log holds no client data. Backups are encrypted and verified; exports can be encrypted; an erasure is verified on every page of the database. No data leaves the computer over a network.</source>
        <translation>
            <numerusform>Údaje se uchovávají na vlastním počítači firmy v jedné databázi šifrované AES-256 (SQLCipher) náhodným klíčem; %n uživatel ji odemyká vlastním heslem (Argon2id) a obnovovací klíč uložený na papíře nahradí ztracený. Role (vlastník, správce, editor, čtenář) určují, kdo smí číst, měnit, exportovat a mazat. Každá akce se zaznamenává do auditního záznamu zřetězeného SHA-256 a zapečetěného klíčem, který mají jen správci; záznam neobsahuje údaje klientů. Zálohy jsou šifrované a ověřené; exporty lze šifrovat; výmaz se ověřuje na každé stránce databáze. Žádné údaje neopouštějí počítač po síti.</numerusform>
            <numerusform>Údaje se uchovávají na vlastním počítači firmy v jedné databázi šifrované AES-256 (SQLCipher) náhodným klíčem; každý z %n uživatelů ji odemyká vlastním heslem (Argon2id) a obnovovací klíč uložený na papíře nahradí ztracený. Role (vlastník, správce, editor, čtenář) určují, kdo smí číst, měnit, exportovat a mazat. Každá akce se zaznamenává do auditního záznamu zřetězeného SHA-256 a zapečetěného klíčem, který mají jen správci; záznam neobsahuje údaje klientů. Zálohy jsou šifrované a ověřené; exporty lze šifrovat; výmaz se ověřuje na každé stránce databáze. Žádné údaje neopouštějí počítač po síti.</numerusform>
            <numerusform>Údaje se uchovávají na vlastním počítači firmy v jedné databázi šifrované AES-256 (SQLCipher) náhodným klíčem; každý z %n uživatelů ji odemyká vlastním heslem (Argon2id) a obnovovací klíč uložený na papíře nahradí ztracený. Role (vlastník, správce, editor, čtenář) určují, kdo smí číst, měnit, exportovat a mazat. Každá akce se zaznamenává do auditního záznamu zřetězeného SHA-256 a zapečetěného klíčem, který mají jen správci; záznam neobsahuje údaje klientů. Zálohy jsou šifrované a ověřené; exporty lze šifrovat; výmaz se ověřuje na každé stránce databáze. Žádné údaje neopouštějí počítač po síti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each part of the record is at most %1 characters.</source>
        <translation>Každá část záznamu má nejvýše %1 znaků.</translation>
    </message>
</context>
<context>
    <name>PurposeCatalogue</name>
    <message>
        <source>A purpose needs a name.</source>
        <translation>Účel potřebuje název.</translation>
    </message>
    <message>
        <source>A purpose&apos;s name is at most %1 characters.</source>
        <translation>Název účelu má nejvýše %1 znaků.</translation>
    </message>
    <message>
        <source>A purpose&apos;s description is at most %1 characters.</source>
        <translation>Popis účelu má nejvýše %1 znaků.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Souhlas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Smlouva</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Právní povinnost</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Životně důležité zájmy</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Úkol ve veřejném zájmu</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Oprávněné zájmy</translation>
    </message>
    <message>
        <source>The catalogue already has the purpose &quot;%1&quot;.</source>
        <translation>Katalog už obsahuje účel „%1“.</translation>
    </message>
    <message>
        <source>Say which purpose.</source>
        <translation>Uveďte účel.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is not in the catalogue of purposes; an administrator adds it, with its lawful basis.</source>
        <translation>Účel „%1“ v katalogu účelů není; správce ho přidá i s jeho právním základem.</translation>
    </message>
    <message>
        <source>A purpose has no name, or a name or description too long.</source>
        <translation>Účel nemá název, nebo je název či popis příliš dlouhý.</translation>
    </message>
</context>
<context>
    <name>Rectification</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation>Tato žádost je uzavřena: uzavřenou žádost nelze měnit.</translation>
    </message>
    <message>
        <source>This request does not ask for a correction.</source>
        <translation>Tato žádost nežádá o opravu.</translation>
    </message>
    <message>
        <source>Link the request to the client it concerns first.</source>
        <translation>Nejprve propojte žádost s klientem, kterého se týká.</translation>
    </message>
    <message>
        <source>Nothing in the client&apos;s record was corrected since the request was received. Correct it on the client&apos;s page first.</source>
        <translation>Od přijetí žádosti se v záznamu klienta nic neopravilo. Nejprve jej opravte na stránce klienta.</translation>
    </message>
</context>
<context>
    <name>RemainingCopies</name>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, šifrováno</translation>
    </message>
    <message>
        <source>%1: its key slots were destroyed, but the file could not be removed: %2</source>
        <translation>%1: sloty klíčů byly zničeny, ale soubor se nepodařilo odstranit: %2</translation>
    </message>
    <message>
        <source>The export of %1 (%2): where it was saved is not recorded; it is not encrypted with the data key, so whoever has it can read it.</source>
        <translation>Export z %1 (%2): není zaznamenáno, kam byl uložen; není zašifrován datovým klíčem, takže ho může přečíst kdokoli, kdo ho má.</translation>
    </message>
    <message>
        <source>The export of %1 (%2) at %3: not encrypted with the data key, so whoever has it can read it; delete it if nobody needs it.</source>
        <translation>Export z %1 (%2) v %3: není zašifrován datovým klíčem, takže ho může přečíst kdokoli, kdo ho má; pokud ho nikdo nepotřebuje, smažte ho.</translation>
    </message>
    <message>
        <source>The vault restored from a backup at %1: it still opens with the old key and the passwords of that time; cancel it (coffer-cli cancel-account in that vault) if nobody needs it.</source>
        <translation>Trezor v %1, obnovený ze zálohy: stále se otevírá starým klíčem a tehdejšími hesly; pokud ho nikdo nepotřebuje, zrušte ho (v tom trezoru spusťte coffer-cli cancel-account).</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached now: its backups were not searched; run this again when it is back.</source>
        <translation>Složka záloh %1 teď není dostupná: zálohy v ní nebyly prohledány; zopakujte to, až bude opět dostupná.</translation>
    </message>
    <message>
        <source>The backup at %1.</source>
        <translation>Záloha: %1.</translation>
    </message>
    <message>
        <source>Copies made outside Coffer, such as a copied vault folder or a backup file copied elsewhere, are unknown to it and still open with the old key and the passwords of their time.</source>
        <translation>Kopie vytvořené mimo Coffer (například zkopírovaná složka trezoru nebo soubor zálohy zkopírovaný jinam) Coffer nezná a stále se otevírají starým klíčem a hesly ze své doby.</translation>
    </message>
</context>
<context>
    <name>RequestErasure</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation>Tato žádost je uzavřena: uzavřenou žádost nelze měnit.</translation>
    </message>
    <message>
        <source>This request does not ask for erasure.</source>
        <translation>Tato žádost nežádá o výmaz.</translation>
    </message>
    <message>
        <source>Link the request to the client it concerns first.</source>
        <translation>Nejprve propojte žádost s klientem, kterého se týká.</translation>
    </message>
    <message>
        <source>This request is about another client.</source>
        <translation>Tato žádost se týká jiného klienta.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Access to their data</source>
        <translation>Přístup k vlastním údajům</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Oprava</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Výmaz</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Omezení zpracování</translation>
    </message>
    <message>
        <source>Copy to take elsewhere (portability)</source>
        <translation>Kopie k přenesení jinam (přenositelnost)</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Námitka</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Odvolání souhlasu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Dopis</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobně</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřená</translation>
    </message>
    <message>
        <source>Waiting for proof of identity</source>
        <translation>Čeká na doložení totožnosti</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prodloužená</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Vyřízená</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Zamítnutá</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation>Protokol o výmazu</translation>
    </message>
    <message>
        <source>What was corrected</source>
        <translation>Co bylo opraveno</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Omezení</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>Námitka zaznamenána</translation>
    </message>
    <message>
        <source>The client&apos;s data (zip) and the cover letter</source>
        <translation>Údaje klienta (zip) a průvodní dopis</translation>
    </message>
    <message>
        <source>The client&apos;s data (zip)</source>
        <translation>Údaje klienta (zip)</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Zpracování omezeno</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Omezení zrušeno</translation>
    </message>
    <message>
        <source>Every check passed (%1)</source>
        <translation>Všechny kontroly prošly (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>Prošlo %1 z %2 kontrol</translation>
    </message>
    <message>
        <source>Not to be contacted for %1 (objection)</source>
        <translation>Nekontaktovat kvůli: %1 (námitka)</translation>
    </message>
    <message>
        <source>Not to be contacted for %1 (consent withdrawn)</source>
        <translation>Nekontaktovat kvůli: %1 (souhlas odvolán)</translation>
    </message>
</context>
<context>
    <name>RequestRegister</name>
    <message>
        <source>There is no request with the id %1.</source>
        <translation>Žádost s identifikátorem %1 neexistuje.</translation>
    </message>
    <message>
        <source>This request already concerns a client.</source>
        <translation>Tato žádost se již týká klienta.</translation>
    </message>
    <message>
        <source>Say how the person&apos;s identity was checked.</source>
        <translation>Uveďte, jak byla ověřena totožnost osoby.</translation>
    </message>
    <message>
        <source>A deadline is extended by one or two months.</source>
        <translation>Lhůta se prodlužuje o jeden nebo dva měsíce.</translation>
    </message>
    <message>
        <source>Say why the request needs more time; the person must be told the reason.</source>
        <translation>Uveďte, proč žádost potřebuje více času; osobě je nutné důvod sdělit.</translation>
    </message>
    <message numerus="yes">
        <source>The deadline is already extended by %n month(s); in all it can be extended by two months, to three months from receipt (%1).</source>
        <translation>
            <numerusform>Lhůta je již prodloužena o %n měsíc; celkem ji lze prodloužit o dva měsíce, na tři měsíce od přijetí (%1).</numerusform>
            <numerusform>Lhůta je již prodloužena o %n měsíce; celkem ji lze prodloužit o dva měsíce, na tři měsíce od přijetí (%1).</numerusform>
            <numerusform>Lhůta je již prodloužena o %n měsíců; celkem ji lze prodloužit o dva měsíce, na tři měsíce od přijetí (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>An extension must be told to the person within the first month, by %1; that day has passed.</source>
        <translation>Prodloužení je nutné osobě oznámit během prvního měsíce, do %1; tento den již uplynul.</translation>
    </message>
    <message>
        <source>Evidence of an export or an erasure is its SHA-256, 64 hex digits.</source>
        <translation>Dokladem exportu nebo výmazu je jeho SHA-256, 64 šestnáctkových číslic.</translation>
    </message>
    <message>
        <source>A request is closed as done or refused.</source>
        <translation>Žádost se uzavírá jako vyřízená nebo zamítnutá.</translation>
    </message>
    <message>
        <source>Say why the request is refused (its legal ground); the person must be told the reasons and their right to complain.</source>
        <translation>Uveďte, proč je žádost zamítnuta (právní důvod); osobě je nutné sdělit důvody a její právo podat stížnost.</translation>
    </message>
    <message>
        <source>A request is closed with its evidence (an export, an erasure report, what changed) or a stated reason; it has neither.</source>
        <translation>Žádost se uzavírá s dokladem (export, protokol o výmazu, změny) nebo s uvedeným důvodem; tato nemá ani jedno.</translation>
    </message>
    <message>
        <source>%1: too long (at most %2 characters).</source>
        <translation>%1: příliš dlouhé (nejvýše %2 znaků).</translation>
    </message>
    <message>
        <source>%1: not a valid date.</source>
        <translation>%1: neplatné datum.</translation>
    </message>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation>%1: datum nemůže být v budoucnosti.</translation>
    </message>
    <message>
        <source>%1: the date is before 1900; check the year.</source>
        <translation>%1: datum je před rokem 1900; zkontrolujte rok.</translation>
    </message>
    <message>
        <source>%1: the date cannot be before the request was received (%2).</source>
        <translation>%1: datum nemůže být dříve než přijetí žádosti (%2).</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Datum přijetí</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Kdo žádal</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Ověření totožnosti</translation>
    </message>
    <message>
        <source>Date of the identity check</source>
        <translation>Datum ověření totožnosti</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Důvod prodloužení</translation>
    </message>
    <message>
        <source>Date the person was told</source>
        <translation>Datum, kdy byla osoba informována</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>This request is closed; it can no longer be changed.</source>
        <translation>Tato žádost je uzavřena; již ji nelze měnit.</translation>
    </message>
    <message>
        <source>A request has no id, date of receipt, due date or creation time.</source>
        <translation>Žádost nemá identifikátor, datum přijetí, lhůtu ani čas vytvoření.</translation>
    </message>
    <message>
        <source>A request&apos;s due date cannot be before the day it was received.</source>
        <translation>Lhůta žádosti nemůže být dříve než den jejího přijetí.</translation>
    </message>
    <message>
        <source>A request&apos;s deadline can be extended by two months at most, three months from receipt in all.</source>
        <translation>Lhůtu žádosti lze prodloužit nejvýše o dva měsíce — celkem tři měsíce od přijetí.</translation>
    </message>
    <message>
        <source>A request cannot have been received in the future.</source>
        <translation>Žádost nemohla být přijata v budoucnosti.</translation>
    </message>
    <message>
        <source>A closed request has no time it was closed.</source>
        <translation>Uzavřená žádost nemá čas uzavření.</translation>
    </message>
    <message>
        <source>Text of a request</source>
        <translation>Text žádosti</translation>
    </message>
    <message>
        <source>A request&apos;s evidence has no time, or too long a text.</source>
        <translation>Doklad žádosti nemá čas nebo má příliš dlouhý text.</translation>
    </message>
</context>
<context>
    <name>Restorer</name>
    <message>
        <source>%1 already exists and is not empty; a restore never writes over a vault.</source>
        <translation>Složka %1 už existuje a není prázdná; obnova nikdy nepřepisuje trezor.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Složka %1 neexistuje.</translation>
    </message>
    <message>
        <source>The tombstone file %1 does not exist.</source>
        <translation>Soubor záznamů o výmazu %1 neexistuje.</translation>
    </message>
    <message>
        <source>No erasure tombstone file of this vault was found (looked in %1), so erasures made after %2 cannot be re-applied. Name the file (--tombstones FILE), or restore without (--no-tombstones) if you are sure no client was erased since.</source>
        <translation>Soubor záznamů o výmazu tohoto trezoru nebyl nalezen (hledáno v: %1), takže výmazy provedené po %2 nelze znovu uplatnit. Uveďte soubor (--tombstones FILE), nebo obnovte bez něj (--no-tombstones), pokud jste si jisti, že od té doby nebyl vymazán žádný klient.</translation>
    </message>
    <message>
        <source>The indexes and the file were rebuilt</source>
        <translation>Indexy a soubor byly znovu sestaveny</translation>
    </message>
</context>
<context>
    <name>Restriction</name>
    <message>
        <source>Say why processing is restricted (for instance: the person contests the accuracy of their data).</source>
        <translation>Uveďte, proč je zpracování omezeno (například: osoba popírá přesnost svých údajů).</translation>
    </message>
    <message>
        <source>Say why the restriction is lifted; the person must be told before it is.</source>
        <translation>Uveďte, proč se omezení ruší; osobu je nutné předem informovat.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Důvod je příliš dlouhý.</translation>
    </message>
    <message>
        <source>Processing of this client is already restricted.</source>
        <translation>Zpracování údajů tohoto klienta je již omezeno.</translation>
    </message>
    <message>
        <source>Processing of this client is not restricted.</source>
        <translation>Zpracování údajů tohoto klienta není omezeno.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>A retention rule needs a name of at most %1 characters.</source>
        <translation>Pravidlo uchovávání potřebuje název o nejvýše %1 znacích.</translation>
    </message>
    <message>
        <source>A retention period is more than zero and at most %1 years.</source>
        <translation>Doba uchovávání je větší než nula a nejvýše %1 let.</translation>
    </message>
    <message>
        <source>A retention period runs from created, updated, last-note or field:KEY (a custom field that holds a date).</source>
        <translation>Doba uchovávání běží od created, updated, last-note nebo field:KEY (vlastní pole s datem).</translation>
    </message>
    <message>
        <source>A rule&apos;s description is at most %1 characters.</source>
        <translation>Popis pravidla má nejvýše %1 znaků.</translation>
    </message>
    <message>
        <source>There is a retention rule named &quot;%1&quot; already.</source>
        <translation>Pravidlo uchovávání „%1“ už existuje.</translation>
    </message>
    <message>
        <source>Accounting documents (Latvia, example)</source>
        <translation>Účetní doklady (Lotyšsko, příklad)</translation>
    </message>
    <message>
        <source>Example: the Latvian accounting law keeps source documents for five years. Confirm the period for your business before you use it.</source>
        <translation>Příklad: lotyšský zákon o účetnictví ukládá uchovávat účetní doklady pět let. Před použitím ověřte lhůtu pro svou firmu.</translation>
    </message>
    <message>
        <source>Accounting documents (Lithuania, example)</source>
        <translation>Účetní doklady (Litva, příklad)</translation>
    </message>
    <message>
        <source>Example: the Lithuanian accounting law keeps accounting documents for ten years. Confirm the period for your business before you use it.</source>
        <translation>Příklad: litevský zákon o účetnictví ukládá uchovávat účetní doklady deset let. Před použitím ověřte lhůtu pro svou firmu.</translation>
    </message>
    <message>
        <source>Accounting documents (Czech Republic, example)</source>
        <translation>Účetní doklady (Česko, příklad)</translation>
    </message>
    <message>
        <source>Example: the Czech accounting and VAT laws keep accounting documents for up to ten years. Confirm the period for your business before you use it.</source>
        <translation>Příklad: český zákon o účetnictví a zákon o DPH ukládají uchovávat účetní doklady až deset let. Před použitím ověřte lhůtu pro svou firmu.</translation>
    </message>
    <message>
        <source>Marketing contacts (example)</source>
        <translation>Marketingové kontakty (příklad)</translation>
    </message>
    <message>
        <source>Example: contacts kept for marketing, two years after the last change. Confirm the period for your business before you use it.</source>
        <translation>Příklad: kontakty uchovávané pro marketing, dva roky od poslední změny. Před použitím ověřte lhůtu pro svou firmu.</translation>
    </message>
    <message>
        <source>Say why the client&apos;s data is held (a court case, a tax audit, …).</source>
        <translation>Uveďte, proč se údaje klienta uchovávají (soudní spor, daňová kontrola, …).</translation>
    </message>
    <message>
        <source>The reason for a hold is at most %1 characters.</source>
        <translation>Důvod pozastavení má nejvýše %1 znaků.</translation>
    </message>
    <message>
        <source>A hold lasts until today or a later day.</source>
        <translation>Pozastavení trvá do dneška nebo pozdějšího dne.</translation>
    </message>
    <message>
        <source>This client is not held.</source>
        <translation>Tento klient není pozastaven.</translation>
    </message>
    <message>
        <source>There is no retention rule named &quot;%1&quot;; an administrator adds it.</source>
        <translation>Pravidlo uchovávání „%1“ neexistuje; přidá ho správce.</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>Retention run of %1 by %2: %n client(s) acted on.</source>
        <translation>
            <numerusform>Uchovávání provedené %1 uživatelem %2: zpracován %n klient.</numerusform>
            <numerusform>Uchovávání provedené %1 uživatelem %2: zpracováni %n klienti.</numerusform>
            <numerusform>Uchovávání provedené %1 uživatelem %2: zpracováno %n klientů.</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymizován</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>vymazán</translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation>všechny kontroly prošly</translation>
    </message>
    <message>
        <source>checks failed: %1</source>
        <translation>neprošlé kontroly: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) due but under a legal hold: left as they are.</source>
        <translation>
            <numerusform>%n klientovi uplynula lhůta, ale je pozastaven: ponechán beze změny.</numerusform>
            <numerusform>%n klientům uplynula lhůta, ale jsou pozastaveni: ponecháni beze změny.</numerusform>
            <numerusform>%n klientům uplynula lhůta, ale jsou pozastaveni: ponecháni beze změny.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end: the clients not listed are still due.</source>
        <translation>Zastaveno před koncem: klientům, kteří nejsou uvedeni, lhůta stále uplynula.</translation>
    </message>
    <message>
        <source>Report SHA-256: %1</source>
        <translation>SHA-256 zprávy: %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Správce</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Čtenář</translation>
    </message>
    <message>
        <source>Editors, administrators and the owner</source>
        <translation>Editoři, správci a vlastník</translation>
    </message>
    <message>
        <source>Administrators and the owner only</source>
        <translation>Pouze správci a vlastník</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Customer no.</source>
        <translation>Číslo zákazníka</translation>
    </message>
    <message>
        <source>Asked for a quote for the spring order.</source>
        <translation>Žádost o cenovou nabídku na jarní objednávku.</translation>
    </message>
    <message>
        <source>Called back about the invoice; paid the same day.</source>
        <translation>Zpětné zavolání kvůli faktuře; zaplaceno týž den.</translation>
    </message>
    <message>
        <source>Prefers email to phone calls.</source>
        <translation>Dává přednost e-mailu před telefonáty.</translation>
    </message>
    <message>
        <source>Met at the trade fair; interested in the wholesale price list.</source>
        <translation>Setkání na veletrhu; zájem o velkoobchodní ceník.</translation>
    </message>
    <message>
        <source>Sent the updated price list.</source>
        <translation>Zaslán aktualizovaný ceník.</translation>
    </message>
    <message>
        <source>Talked about renewing the service contract next quarter.</source>
        <translation>Hovor o obnovení servisní smlouvy v příštím čtvrtletí.</translation>
    </message>
    <message>
        <source>Delivery was two days late; offered 10% off the next order.</source>
        <translation>Dodávka přišla o dva dny později; nabídnuta sleva 10 % na příští objednávku.</translation>
    </message>
    <message>
        <source>Would like a reminder in September.</source>
        <translation>Přeje si připomenutí v září.</translation>
    </message>
    <message>
        <source>Service agreement — summary

Monthly bookkeeping and one annual report.
Documents are handed over by the 5th of each month.
Either side may end the agreement with one month&apos;s notice.
</source>
        <translation>Smlouva o službách — shrnutí

Měsíční vedení účetnictví a jedna roční účetní závěrka.
Doklady se předávají do 5. dne každého měsíce.
Kterákoli strana může smlouvu vypovědět s měsíční výpovědní lhůtou.
</translation>
    </message>
    <message>
        <source>Service agreement summary.txt</source>
        <translation>Shrnutí smlouvy o službách.txt</translation>
    </message>
    <message>
        <source>News and offers by email, about once a month.</source>
        <translation>Novinky a nabídky e-mailem, zhruba jednou za měsíc.</translation>
    </message>
    <message>
        <source>Calls about new products and seasonal offers.</source>
        <translation>Hovory o nových produktech a sezónních nabídkách.</translation>
    </message>
    <message>
        <source>A sample privacy policy: what we keep about our clients, why, for how long, and how to ask us about it.</source>
        <translation>Ukázkové zásady ochrany osobních údajů: co o klientech uchováváme, proč, jak dlouho a jak se nás na to zeptat.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Coffer (schema %1); this version understands up to %2.</source>
        <translation>Tento trezor vytvořila novější verze Coffer (schéma %1); tato verze rozumí nejvýše verzi %2.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to this version of Coffer.</source>
        <translation>Trezor se nepodařilo převést na tuto verzi aplikace Coffer.</translation>
    </message>
</context>
<context>
    <name>SecretStream</name>
    <message>
        <source>This is not an encrypted Coffer export, or it is cut short.</source>
        <translation>Toto není šifrovaný export Coffer, nebo je zkrácený.</translation>
    </message>
    <message>
        <source>This encrypted export has a format version this Coffer does not read.</source>
        <translation>Tento šifrovaný export má verzi formátu, kterou tato verze Coffer neumí číst.</translation>
    </message>
    <message>
        <source>The encrypted export is damaged (key derivation parameters).</source>
        <translation>Šifrovaný export je poškozený (parametry odvození klíče).</translation>
    </message>
    <message>
        <source>The encrypted export is cut short: its end is missing.</source>
        <translation>Šifrovaný export je zkrácený: chybí jeho konec.</translation>
    </message>
    <message>
        <source>The encrypted export is damaged (a chunk has an impossible length).</source>
        <translation>Šifrovaný export je poškozený (blok má nemožnou délku).</translation>
    </message>
    <message>
        <source>Wrong password, or the encrypted export is damaged at its start.</source>
        <translation>Nesprávné heslo, nebo je šifrovaný export poškozený na začátku.</translation>
    </message>
    <message>
        <source>The encrypted export is damaged: a part of it was altered.</source>
        <translation>Šifrovaný export je poškozený: jeho část byla změněna.</translation>
    </message>
    <message>
        <source>The encrypted export has data after its end.</source>
        <translation>Šifrovaný export obsahuje data za svým koncem.</translation>
    </message>
</context>
<context>
    <name>SecureOverwrite</name>
    <message>
        <source>syncing</source>
        <translation>zapsat data na disk</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>přečíst</translation>
    </message>
    <message>
        <source>overwriting</source>
        <translation>přepsat</translation>
    </message>
    <message>
        <source>reading back</source>
        <translation>zpětně přečíst</translation>
    </message>
    <message>
        <source>%1: the bytes read back from the device differ from those written, from byte %2 on.</source>
        <translation>%1: bajty zpětně přečtené ze zařízení se od bajtu %2 liší od zapsaných.</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: nepodařilo se %2: %3</translation>
    </message>
    <message>
        <source>finding the file</source>
        <translation>najít soubor</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 není běžný soubor.</translation>
    </message>
    <message>
        <source>opening for writing</source>
        <translation>otevřít pro zápis</translation>
    </message>
    <message>
        <source>reading the size</source>
        <translation>zjistit velikost</translation>
    </message>
    <message>
        <source>truncating</source>
        <translation>zkrátit soubor</translation>
    </message>
    <message>
        <source>renaming</source>
        <translation>přejmenovat</translation>
    </message>
    <message>
        <source>unlinking</source>
        <translation>odstranit</translation>
    </message>
    <message>
        <source>syncing the folder</source>
        <translation>zapsat složku na disk</translation>
    </message>
    <message>
        <source>removing files from the folder</source>
        <translation>odstranit soubory ze složky</translation>
    </message>
</context>
<context>
    <name>Tombstones</name>
    <message>
        <source>The erasure tombstone file is damaged or was altered.</source>
        <translation>Soubor záznamů o výmazu je poškozený nebo byl změněn.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze přečíst %1: %2</translation>
    </message>
    <message>
        <source>The erasure tombstone file belongs to another vault.</source>
        <translation>Soubor záznamů o výmazu patří jinému trezoru.</translation>
    </message>
    <message>
        <source>A client&apos;s pseudonym has the wrong length.</source>
        <translation>Pseudonym klienta má nesprávnou délku.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nesprávné uživatelské jméno nebo heslo.</translation>
    </message>
    <message>
        <source>%1 is not a Coffer vault.</source>
        <translation>%1 není trezor Coffer.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Uživatelské jméno je prázdné.</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation>Uživatelské jméno má více než %1 znaků.</translation>
    </message>
    <message>
        <source>The user name contains control characters.</source>
        <translation>Uživatelské jméno obsahuje řídicí znaky.</translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>Parametry odvození klíče jsou mimo povolený rozsah.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation>Složka %1 už existuje a není prázdná.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Složka %1 neexistuje.</translation>
    </message>
    <message>
        <source>Wrong user name or recovery key.</source>
        <translation>Nesprávné uživatelské jméno nebo obnovovací klíč.</translation>
    </message>
    <message>
        <source>The vault header is damaged (it does not match its checksum).</source>
        <translation>Hlavička trezoru je poškozená (neodpovídá svému kontrolnímu součtu).</translation>
    </message>
    <message>
        <source>The vault is damaged: its database file is missing.</source>
        <translation>Trezor je poškozený: chybí soubor jeho databáze.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Trezor je zamčený.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password: choose your own password first.</source>
        <translation>Přihlásili jste se jednorázovým heslem: nejprve si zvolte vlastní heslo.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>Vaše role (%1) toto neumožňuje.</translation>
    </message>
    <message>
        <source>The vault header is damaged (your key slot is missing).</source>
        <translation>Hlavička trezoru je poškozená (chybí váš slot klíče).</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Uživatel „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>A vault has one owner; hand ownership over with a role change instead.</source>
        <translation>Trezor má jediného vlastníka; vlastnictví místo toho předejte změnou role.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Uživatel „%1“ už existuje.</translation>
    </message>
    <message>
        <source>This vault cannot hold more users.</source>
        <translation>Do tohoto trezoru už nelze přidat další uživatele.</translation>
    </message>
    <message>
        <source>The owner cannot be removed.</source>
        <translation>Vlastníka nelze odebrat.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator or the owner.</source>
        <translation>Sami sebe odebrat nemůžete; požádejte jiného správce nebo vlastníka.</translation>
    </message>
    <message>
        <source>Only the owner can remove an administrator.</source>
        <translation>Správce může odebrat jen vlastník.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Vlastní roli změnit nemůžete.</translation>
    </message>
    <message>
        <source>Only the owner can hand ownership over, by giving another user the owner role.</source>
        <translation>Vlastnictví může předat jen vlastník, a to tak, že jinému uživateli přidělí roli vlastníka.</translation>
    </message>
    <message>
        <source>Only the owner can change an administrator&apos;s role.</source>
        <translation>Roli správce může změnit jen vlastník.</translation>
    </message>
    <message>
        <source>Only the owner can hand ownership over.</source>
        <translation>Vlastnictví může předat jen vlastník.</translation>
    </message>
    <message>
        <source>Only the owner can reset an administrator.</source>
        <translation>Heslo správce může resetovat jen vlastník.</translation>
    </message>
    <message>
        <source>The vault header is damaged (a key slot is missing).</source>
        <translation>Hlavička trezoru je poškozená (chybí slot klíče).</translation>
    </message>
    <message>
        <source>Change your own password instead: the menu under your name, or Settings.</source>
        <translation>Změňte si raději vlastní heslo: v nabídce pod svým jménem nebo v Nastavení.</translation>
    </message>
    <message>
        <source>Nobody can reset the owner&apos;s password. An owner who has forgotten it locks the vault and chooses “Forgot your password?” to use the recovery key.</source>
        <translation>Heslo vlastníka nemůže resetovat nikdo. Vlastník, který ho zapomněl, zamkne trezor a zvolí „Zapomněli jste heslo?“, aby použil obnovovací klíč.</translation>
    </message>
    <message>
        <source>In this vault only administrators and the owner may erase clients (the owner&apos;s choice, in Settings). Ask one of them.</source>
        <translation>V tomto trezoru smějí klienty vymazat jen správci a vlastník (volba vlastníka v Nastavení). Požádejte některého z nich.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow erasing clients.</source>
        <translation>Vaše role (%1) nedovoluje mazat klienty.</translation>
    </message>
    <message>
        <source>This vault&apos;s database (vault.db) is older than its header: the header is at change %1, the database at change %2.</source>
        <translation>Databáze tohoto trezoru (vault.db) je starší než jeho hlavička: hlavička je u změny %1, databáze u změny %2.</translation>
    </message>
    <message>
        <source>This vault&apos;s header is older than its database: the header is at change %1, the database at change %2.</source>
        <translation>Hlavička tohoto trezoru je starší než jeho databáze: hlavička je u změny %1, databáze u změny %2.</translation>
    </message>
    <message>
        <source>Someone may have put back an older copy of one of its files, which would undo removals of users, password changes or erasures. If you did not restore it yourself, treat the vault as tampered with and check the audit log.</source>
        <translation>Někdo možná vrátil starší kopii některého z jeho souborů, což by vrátilo zpět odebrání uživatelů, změny hesel nebo výmazy. Pokud jste jej sami neobnovili, považujte trezor za pozměněný a zkontrolujte auditní protokol.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 nelze odstranit.</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>%1 nelze přesunout na místo: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>%1 nelze zapsat na disk.</translation>
    </message>
    <message>
        <source>The vault&apos;s rekey journal (%1) is damaged; the vault was left as it is.</source>
        <translation>Žurnál změny klíče trezoru (%1) je poškozen; trezor zůstal, jak je.</translation>
    </message>
    <message>
        <source>%1 has not signed in since the vault moved to the new key format: ask them to sign in once, or reset their password.</source>
        <translation>%1 se nepřihlásil od přechodu trezoru na nový formát klíčů: požádejte jej, ať se jednou přihlásí, nebo mu obnovte heslo.</translation>
    </message>
    <message>
        <source>The data key was not changed, and nothing else either.</source>
        <translation>Datový klíč nebyl změněn, ani nic jiného.</translation>
    </message>
    <message>
        <source>The data key could not be changed: %1</source>
        <translation>Datový klíč nelze změnit: %1</translation>
    </message>
    <message>
        <source>The recovery key has not been used since the vault moved to the new key format: the owner replaces it first (coffer-cli recovery-key rotate).</source>
        <translation>Obnovovací klíč nebyl použit od přechodu trezoru na nový formát klíčů: vlastník jej nejprve vymění (coffer-cli recovery-key rotate).</translation>
    </message>
    <message>
        <source>This vault has no recovery key at the moment: its owner makes a new one (coffer-cli recovery-key rotate).</source>
        <translation>Tento trezor nyní nemá obnovovací klíč: jeho vlastník vytvoří nový (coffer-cli recovery-key rotate).</translation>
    </message>
    <message>
        <source>This computer has seen this vault at change %1, and its files are now at change %2: both the header and the database were put back from an older copy.</source>
        <translation>Tento počítač viděl tento trezor u změny %1, ale jeho soubory jsou nyní u změny %2: hlavička i databáze byly vráceny ze starší kopie.</translation>
    </message>
    <message>
        <source>This computer&apos;s record of how far this vault has changed does not verify: it was edited outside Coffer.</source>
        <translation>Záznam tohoto počítače o tom, kam až se tento trezor změnil, neprošel ověřením: byl upraven mimo Coffer.</translation>
    </message>
    <message>
        <source>That would undo removals of users, password changes or erasures. If you did not put them back yourself, treat the vault as tampered with and check the audit log.</source>
        <translation>To by vrátilo zpět odebrání uživatelů, změny hesel nebo výmazy. Pokud jste je sami nevrátili, považujte trezor za pozměněný a zkontrolujte auditní protokol.</translation>
    </message>
    <message>
        <source>You cannot manage users yet: the list of users is sealed with a key that the owner and the administrators hold, and you have not been given your copy. It is given when the owner or another administrator next signs in.</source>
        <translation>Uživatele zatím spravovat nemůžete: seznam uživatelů je zapečetěn klíčem, který má vlastník a správci, a svou kopii jste ještě nedostali. Dostanete ji, až se vlastník nebo jiný správce příště přihlásí.</translation>
    </message>
    <message>
        <source>Your copy of the vault&apos;s integrity key was replaced outside Coffer.</source>
        <translation>Vaše kopie klíče integrity trezoru byla nahrazena mimo Coffer.</translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key was removed outside Coffer.</source>
        <translation>Klíč integrity trezoru byl odstraněn mimo Coffer.</translation>
    </message>
    <message>
        <source>The audit log was changed outside Coffer since the owner or an administrator last signed in. Verify it on the Audit log page to see from where.</source>
        <translation>Auditní protokol byl změněn mimo Coffer od chvíle, kdy se vlastník nebo správce naposledy přihlásil. Ověřte jej na stránce Auditní protokol a uvidíte, odkud.</translation>
    </message>
    <message>
        <source>The list of users was changed outside Coffer since the owner or an administrator last changed it: a user or the recovery key was removed or replaced.</source>
        <translation>Seznam uživatelů byl změněn mimo Coffer od chvíle, kdy jej vlastník nebo správce naposledy měnil: některý uživatel nebo obnovovací klíč byl odstraněn či nahrazen.</translation>
    </message>
    <message>
        <source>The list of users and their roles was changed outside Coffer since the owner or an administrator last changed it: check %1 on the Users page.</source>
        <translation>Seznam uživatelů a jejich role byl změněn mimo Coffer od chvíle, kdy jej vlastník nebo správce naposledy měnil: zkontrolujte %1 na stránce Uživatelé.</translation>
    </message>
    <message>
        <source>Changes made before now cannot be told apart from Coffer&apos;s own; Coffer has made a new key, which seals the vault as it is now, and gave it to you alone: give it to each administrator again by choosing their role again on the Users page.</source>
        <translation>Dosavadní změny nelze odlišit od změn provedených Cofferem; Coffer vytvořil nový klíč, který zapečetí trezor v jeho nynějším stavu, a dal jej jen vám: dejte jej znovu každému správci tak, že mu na stránce Uživatelé znovu zvolíte roli.</translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key was removed outside Coffer. The owner&apos;s next sign-in makes a new one.</source>
        <translation>Klíč integrity trezoru byl odstraněn mimo Coffer. Vlastník při příštím přihlášení vytvoří nový.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>The vault header is damaged (%1).</source>
        <translation>Hlavička trezoru je poškozená (%1).</translation>
    </message>
    <message>
        <source>This is not a Coffer vault.</source>
        <translation>Toto není trezor Coffer.</translation>
    </message>
    <message>
        <source>The vault header has format version %1; this Coffer reads version %2.</source>
        <translation>Hlavička trezoru má verzi formátu %1; tato verze Coffer čte verzi %2.</translation>
    </message>
    <message>
        <source>The vault header cannot be written in format %1.</source>
        <translation>Hlavičku trezoru nelze zapsat ve formátu %1.</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>Cannot open the vault&apos;s lock file: %1</source>
        <translation>Nelze otevřít zámkový soubor trezoru: %1</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>Trezor používá jiný program.</translation>
    </message>
    <message>
        <source>The vault is in use by another program (process %1).</source>
        <translation>Trezor používá jiný program (proces %1).</translation>
    </message>
</context>
<context>
    <name>VaultReplacement</name>
    <message>
        <source>The backup is not a backup of this vault; nothing was changed.</source>
        <translation>Tato záloha není zálohou tohoto trezoru; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The restored vault is whole in %1, but it could not take the place of %2.</source>
        <translation>Obnovený trezor je celý v %1, ale nemohl zaujmout místo %2.</translation>
    </message>
    <message>
        <source>The folder %1 could not be removed.</source>
        <translation>Složku %1 se nepodařilo odstranit.</translation>
    </message>
    <message>
        <source>The restored vault did not pass every check (%1), so it was discarded and the current vault was not changed.</source>
        <translation>Obnovený trezor neprošel všemi kontrolami (%1), proto byl zahozen a současný trezor se nezměnil.</translation>
    </message>
    <message>
        <source>An earlier replacement of this vault was interrupted; finish it first (the app offers it when the vault is opened, or restore --finish-replace).</source>
        <translation>Dřívější nahrazení tohoto trezoru bylo přerušeno; nejprve ho dokončete (aplikace to nabídne při otevření trezoru, případně použijte restore --finish-replace).</translation>
    </message>
    <message>
        <source>%1 is not an interrupted replacement of this vault; it cannot replace it.</source>
        <translation>Složka %1 není přerušeným nahrazením tohoto trezoru; nemůže ho nahradit.</translation>
    </message>
    <message>
        <source>%1 is not a restore of this vault; nothing was changed.</source>
        <translation>Složka %1 není obnovenou kopií tohoto trezoru; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>%1 was already taking the vault&apos;s place; it can only be finished.</source>
        <translation>Složka %1 už zaujímala místo trezoru; nahrazení lze pouze dokončit.</translation>
    </message>
</context>
<context>
    <name>VaultReplacementTasks</name>
    <message>
        <source>Replace This Vault</source>
        <translation>Nahrazení trezoru</translation>
    </message>
    <message>
        <source>Finishing with what the interrupted replacement of “%1” left. Please do not switch the computer off.</source>
        <translation>Dokončuje se to, co zanechalo přerušené nahrazení trezoru „%1“. Nevypínejte prosím počítač.</translation>
    </message>
    <message>
        <source>Restoring the backup of %1 and checking it; then “%2” is replaced. Please do not switch the computer off.</source>
        <translation>Obnovuje se a kontroluje záloha z %1; poté bude trezor „%2“ nahrazen. Nevypínejte prosím počítač.</translation>
    </message>
    <message>
        <source>Coffer was replacing “%1” with a backup when it stopped</source>
        <translation>Coffer právě nahrazoval trezor „%1“ zálohou, když se zastavil</translation>
    </message>
    <message>
        <source>The restored backup had passed every check, and the previous vault was being destroyed. Finish the replacement to open the vault again; you then sign in with a password of the backup&apos;s day.</source>
        <translation>Obnovená záloha prošla všemi kontrolami a předchozí trezor se právě ničil. Dokončete nahrazení, abyste mohli trezor znovu otevřít; poté se přihlásíte heslem platným v den zálohy.</translation>
    </message>
    <message>
        <source>&amp;Finish Replacing</source>
        <translation>&amp;Dokončit nahrazení</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Teď ne</translation>
    </message>
    <message>
        <source>A replacement of “%1” stopped before it changed the vault</source>
        <translation>Nahrazení trezoru „%1“ se zastavilo dřív, než trezor změnilo</translation>
    </message>
    <message>
        <source>The vault is as it was. The backup restored for the replacement is still beside it, in %1, and is not needed: delete it, or keep it for now and decide later.</source>
        <translation>Trezor je v původním stavu. Záloha obnovená pro nahrazení je stále vedle něj, v %1, a není potřeba: smažte ji, nebo si ji zatím ponechte a rozhodněte se později.</translation>
    </message>
    <message>
        <source>&amp;Delete the Restored Copy</source>
        <translation>&amp;Smazat obnovenou kopii</translation>
    </message>
    <message>
        <source>&amp;Keep It for Now</source>
        <translation>&amp;Zatím ponechat</translation>
    </message>
</context>
<context>
    <name>coffer::AccessLetter</name>
    <message>
        <source>Your personal data held by %1</source>
        <translation>Vaše osobní údaje, které zpracovává %1</translation>
    </message>
    <message>
        <source>us</source>
        <translation>naše firma</translation>
    </message>
    <message>
        <source>The letter could not be written: %1</source>
        <translation>Dopis nelze zapsat: %1</translation>
    </message>
    <message>
        <source>On %1 you asked us (%2) which personal data about you we hold. This letter answers your request under Article 15 of the General Data Protection Regulation (GDPR).</source>
        <translation>Dne %1 jste se nás zeptali (%2), jaké vaše osobní údaje zpracováváme. Tento dopis odpovídá na vaši žádost podle článku 15 obecného nařízení o ochraně osobních údajů (GDPR).</translation>
    </message>
    <message>
        <source>A complete copy of your data is enclosed as the file %1: a zip archive in standard formats (JSON and CSV, with your files as they were given to us) that any computer can open.</source>
        <translation>Úplná kopie vašich údajů je přiložena jako soubor %1: archiv zip ve standardních formátech (JSON a CSV, s vašimi soubory tak, jak jsme je obdrželi), který otevře každý počítač.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the copy&apos;s contents list (manifest.json): %1</source>
        <translation>Otisk SHA-256 seznamu obsahu kopie (manifest.json): %1</translation>
    </message>
    <message>
        <source>The data we hold about you</source>
        <translation>Údaje, které o vás máme</translation>
    </message>
    <message>
        <source>Your record</source>
        <translation>Váš záznam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Křestní jméno</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Retention category</source>
        <translation>Kategorie uchovávání</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Záznam vytvořen</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Naposledy změněno</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Zpracování</translation>
    </message>
    <message>
        <source>Restricted: your data is only stored, not otherwise used.</source>
        <translation>Omezeno: vaše údaje jsou pouze uloženy, jinak se nepoužívají.</translation>
    </message>
    <message numerus="yes">
        <source>Notes about you (%n)</source>
        <translation>
            <numerusform>Poznámky o vás (%n)</numerusform>
            <numerusform>Poznámky o vás (%n)</numerusform>
            <numerusform>Poznámky o vás (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We hold no notes about you.</source>
        <translation>Nemáme o vás žádné poznámky.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <translation>
            <numerusform>Soubory (%n)</numerusform>
            <numerusform>Soubory (%n)</numerusform>
            <numerusform>Soubory (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We hold no files about you.</source>
        <translation>Nemáme o vás žádné soubory.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Přidáno</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>The files themselves are in the enclosed copy.</source>
        <translation>Samotné soubory jsou v přiložené kopii.</translation>
    </message>
    <message numerus="yes">
        <source>Your consents (%n)</source>
        <translation>
            <numerusform>Vaše souhlasy (%n)</numerusform>
            <numerusform>Vaše souhlasy (%n)</numerusform>
            <numerusform>Vaše souhlasy (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We have recorded no consent from you.</source>
        <translation>Nezaznamenali jsme od vás žádný souhlas.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Vaše odpověď</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Jak byl udělen</translation>
    </message>
    <message>
        <source>Why we hold your data and on what legal basis</source>
        <translation>Proč vaše údaje zpracováváme a na jakém právním základě</translation>
    </message>
    <message>
        <source>On the basis of your consent (GDPR Art. 6(1)(a)), which you may withdraw at any time: %1.</source>
        <translation>Na základě vašeho souhlasu (čl. 6 odst. 1 písm. a) GDPR), který můžete kdykoli odvolat: %1.</translation>
    </message>
    <message>
        <source>Our register records no purpose for your data beyond keeping your client record.</source>
        <translation>Naše evidence neuvádí žádný účel vašich údajů kromě vedení vašeho klientského záznamu.</translation>
    </message>
    <message>
        <source>Who receives your data</source>
        <translation>Kdo vaše údaje dostává</translation>
    </message>
    <message>
        <source>Our register records no one outside our business who receives your data.</source>
        <translation>Naše evidence neuvádí nikoho mimo naši firmu, kdo by vaše údaje dostával.</translation>
    </message>
    <message>
        <source>How long we keep it</source>
        <translation>Jak dlouho je uchováváme</translation>
    </message>
    <message>
        <source>Our register records no retention period; we keep your data no longer than necessary for the purposes above.</source>
        <translation>Naše evidence neuvádí dobu uchovávání; vaše údaje uchováváme jen po dobu nezbytnou pro výše uvedené účely.</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Odkud pocházejí</translation>
    </message>
    <message>
        <source>Our register records no source other than you.</source>
        <translation>Naše evidence neuvádí jiný zdroj než vás.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vaše práva</translation>
    </message>
    <message>
        <source>You may ask us to correct your data (GDPR Art. 16), to erase it (Art. 17), to restrict its processing (Art. 18) and to give it to you in a machine-readable form (Art. 20), and you may object to its processing, and always to its use for direct marketing (Art. 21).</source>
        <translation>Můžete nás požádat o opravu svých údajů (čl. 16 GDPR), o jejich výmaz (čl. 17), o omezení jejich zpracování (čl. 18) a o jejich poskytnutí ve strojově čitelné podobě (čl. 20) a můžete vznést námitku proti jejich zpracování, a vždy proti jejich použití pro přímý marketing (čl. 21).</translation>
    </message>
    <message>
        <source>You may also complain to the data protection supervisory authority of your country.</source>
        <translation>Můžete také podat stížnost u dozorového úřadu pro ochranu osobních údajů ve své zemi.</translation>
    </message>
    <message>
        <source>You may also complain to the supervisory authority: %1.</source>
        <translation>Můžete také podat stížnost u dozorového úřadu: %1.</translation>
    </message>
    <message>
        <source>Who accessed or changed your record</source>
        <translation>Kdo měl přístup k vašemu záznamu nebo jej měnil</translation>
    </message>
    <message>
        <source>Our records log lists each change to your record, each export of it and each opening of your files, newest first. People are named by their role only; looking at the record on screen is not logged.</source>
        <translation>Náš protokol uvádí každou změnu vašeho záznamu, každý jeho export a každé otevření vašich souborů, od nejnovějších. Lidé jsou uvedeni jen svou rolí; prohlížení záznamu na obrazovce se nezaznamenává.</translation>
    </message>
    <message>
        <source>The log holds no entry about your record.</source>
        <translation>Protokol neobsahuje žádný záznam o vašem záznamu.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>Older entries are left out of this letter; ask us for them.</source>
        <translation>Starší záznamy nejsou v tomto dopise uvedeny; požádejte nás o ně.</translation>
    </message>
    <message>
        <source>If anything in this letter is unclear, or you want to use one of your rights, contact us: %1.</source>
        <translation>Pokud vám v tomto dopise něco není jasné nebo chcete uplatnit některé ze svých práv, kontaktujte nás: %1.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>S pozdravem</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Záznam změněn</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Zpracování omezeno</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Omezení zrušeno</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Přidána poznámka</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Změněna poznámka</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Přidán soubor</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>Otevřen soubor</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Zaznamenán souhlas</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Údaje exportovány</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <source>Former user</source>
        <translation>Bývalý uživatel</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>Odstraněna poznámka</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Odstraněn soubor</translation>
    </message>
</context>
<context>
    <name>coffer::AddUserDialog</name>
    <message>
        <source>Adds, changes and erases client data, and exports one client&apos;s data.</source>
        <translation>Přidává, mění a maže data klientů a exportuje data jednotlivého klienta.</translation>
    </message>
    <message>
        <source>Reads client data; changes nothing.</source>
        <translation>Čte data klientů; nic nemění.</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Přidání uživatele</translation>
    </message>
    <message>
        <source>Coffer makes a one-time password for the new user. You give it to them; at their first sign-in they choose their own.</source>
        <translation>Coffer vytvoří pro nového uživatele jednorázové heslo. Vy mu ho předáte; při prvním přihlášení si zvolí vlastní.</translation>
    </message>
    <message>
        <source>The name they will sign in with</source>
        <translation>Jméno, kterým se bude přihlašovat</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Přidat uživatele</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Everything an administrator may do, choosing who may erase clients, and cancelling the account.</source>
        <translation>Vše, co smí správce, a navíc volba, kdo smí mazat klienty, a zrušení účtu.</translation>
    </message>
    <message>
        <source>Works with client data and erases clients, manages users, exports everything, makes and restores backups and reads the audit log.</source>
        <translation>Pracuje s daty klientů a maže klienty, spravuje uživatele, exportuje vše, vytváří a obnovuje zálohy a čte auditní protokol.</translation>
    </message>
    <message>
        <source>Adds and changes client data and exports one client&apos;s data; in this vault only administrators and the owner may erase clients.</source>
        <translation>Přidává a mění data klientů a exportuje data jednoho klienta; v tomto trezoru smějí klienty mazat jen správci a vlastník.</translation>
    </message>
</context>
<context>
    <name>coffer::AuditFilterBar</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Zrušit filtry</translation>
    </message>
    <message>
        <source>Show the entries of</source>
        <translation>Zobrazit záznamy uživatele</translation>
    </message>
    <message>
        <source>Show the actions of kind</source>
        <translation>Zobrazit akce druhu</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Všechny akce</translation>
    </message>
    <message>
        <source>Show the entries of the days</source>
        <translation>Zobrazit záznamy dnů</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kdykoli</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Posledních 7 dní</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Posledních 30 dní</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Letos</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Mezi daty</translation>
    </message>
    <message>
        <source>From the day</source>
        <translation>Ode dne</translation>
    </message>
    <message>
        <source>To the day, included</source>
        <translation>Do dne včetně</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Show every entry of the log again.</source>
        <translation>Znovu zobrazit všechny záznamy protokolu.</translation>
    </message>
    <message>
        <source>Show the entries about every client</source>
        <translation>Zobrazit záznamy o všech klientech</translation>
    </message>
    <message>
        <source>Remove the client filter</source>
        <translation>Odebrat filtr klienta</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Uživatel:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Akce:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kdy:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Všichni uživatelé</translation>
    </message>
    <message>
        <source>History of %1</source>
        <extracomment>The chip above the audit log when it shows one client&apos;s entries; %1 is the client&apos;s current name.</extracomment>
        <translation>Historie: %1</translation>
    </message>
</context>
<context>
    <name>coffer::AuditModel</name>
    <message>
        <source>(nobody signed in)</source>
        <translation>(nikdo nepřihlášen)</translation>
    </message>
    <message>
        <source>(removed user)</source>
        <translation>(odebraný uživatel)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The chain is broken from entry %1 on: this entry may have been changed, inserted or moved.</source>
        <translation>Řetězec je od záznamu %1 přerušen: tento záznam mohl být změněn, vložen nebo přesunut.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Č.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in(s) by %1</source>
        <translation>
            <numerusform>%1: %n přihlášení</numerusform>
            <numerusform>%1: %n přihlášení</numerusform>
            <numerusform>%1: %n přihlášení</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Od %1 do %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 signed in and locked the vault %n time(s) in a row, with nothing else between. Open the row to see each time.</source>
        <translation>
            <numerusform>%1 se přihlásil(a) a zamkl(a) trezor %nkrát za sebou, bez ničeho jiného mezi tím. Otevřete řádek a uvidíte každý z nich.</numerusform>
            <numerusform>%1 se přihlásil(a) a zamkl(a) trezor %nkrát za sebou, bez ničeho jiného mezi tím. Otevřete řádek a uvidíte každý z nich.</numerusform>
            <numerusform>%1 se přihlásil(a) a zamkl(a) trezor %nkrát za sebou, bez ničeho jiného mezi tím. Otevřete řádek a uvidíte každý z nich.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Patřilo — %1</translation>
    </message>
</context>
<context>
    <name>coffer::AuditPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>Záznamy auditního protokolu</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Ověřit řetězec</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Ověřit řetězec</translation>
    </message>
    <message>
        <source>Check that no entry of the log has been changed, inserted or deleted.</source>
        <translation>Zkontrolovat, že žádný záznam protokolu nebyl změněn, vložen ani smazán.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualizovat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualizovat</translation>
    </message>
    <message>
        <source>Show the entries written since the list was opened.</source>
        <translation>Zobrazit záznamy zapsané od otevření seznamu.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditní protokol</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln záznam</numerusform>
            <numerusform>%Ln záznamy</numerusform>
            <numerusform>%Ln záznamů</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>Ověřit řetězec</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>Kontroluje se každý záznam auditního protokolu…</translation>
    </message>
    <message>
        <source>The audit log is intact: all %L1 entries are linked as they were written. No entry has been changed, inserted or deleted since.</source>
        <translation>Auditní protokol je neporušený: všechny záznamy (%L1) jsou propojeny tak, jak byly zapsány. Od té doby nebyl žádný záznam změněn, vložen ani smazán.</translation>
    </message>
    <message>
        <source>The audit log has been altered. The chain is first broken at entry %L1: that entry, or one just before it, was changed, inserted or deleted outside Coffer. Entries from %L1 on cannot be trusted. Keep this vault as it is and compare with a backup made before that time.</source>
        <translation>Auditní protokol byl pozměněn. Řetězec je poprvé přerušen u záznamu %L1: tento záznam nebo záznam těsně před ním byl mimo Coffer změněn, vložen nebo smazán. Záznamům od %L1 dál nelze důvěřovat. Ponechte tento trezor beze změny a porovnejte ho se zálohou pořízenou před touto dobou.</translation>
    </message>
    <message>
        <source>The newest %L1 entries are shown; scroll down for older ones</source>
        <translation>Zobrazuje se nejnovějších %L1 záznamů; starší zobrazíte posunutím dolů</translation>
    </message>
    <message>
        <source>Who did what in this vault, and when, newest first. The log itself names no client, only a code that this vault alone can match to them; while the client exists, their name is shown here. “Show history” on a client&apos;s page opens their entries. Each entry is linked to the one before, so a change to the log shows when the chain is verified.</source>
        <translation>Kdo co v tomto trezoru dělal a kdy, od nejnovějšího. Protokol sám žádného klienta nejmenuje, jen kód, který ke klientovi přiřadí pouze tento trezor; dokud klient existuje, zobrazuje se zde jeho jméno. „Zobrazit historii“ na stránce klienta otevře jeho záznamy. Každý záznam je svázán s předchozím, takže ověření řetězce odhalí jakoukoli změnu protokolu.</translation>
    </message>
    <message>
        <source>Removed users</source>
        <translation>Odebraní uživatelé</translation>
    </message>
    <message>
        <source>Nobody signed in (failed sign-ins)</source>
        <translation>Nikdo nepřihlášen (neúspěšná přihlášení)</translation>
    </message>
    <message>
        <source>No entry matches these filters</source>
        <translation>Těmto filtrům neodpovídá žádný záznam</translation>
    </message>
    <message>
        <source>The newest %L1 matching entries are shown; scroll down for older ones</source>
        <translation>Zobrazeno nejnovějších %L1 odpovídajících záznamů; starší najdete posunutím dolů</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries</source>
        <translation>
            <numerusform>%Ln odpovídající záznam</numerusform>
            <numerusform>%Ln odpovídající záznamy</numerusform>
            <numerusform>%Ln odpovídajících záznamů</numerusform>
        </translation>
    </message>
    <message>
        <source>The users and the log&apos;s seals were not checked: you have not been given the vault&apos;s integrity key yet. It is given when the owner or another administrator next signs in.</source>
        <translation>Uživatelé a pečetě protokolu nebyly ověřeny: klíč integrity trezoru jste ještě nedostali. Dostanete jej, až se vlastník nebo jiný správce příště přihlásí.</translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key is missing: it was removed outside Coffer.</source>
        <translation>Klíč integrity trezoru chybí: byl odstraněn mimo Coffer.</translation>
    </message>
    <message>
        <source>This vault has no integrity key yet: the owner or an administrator makes it at their next sign-in.</source>
        <translation>Tento trezor zatím nemá klíč integrity: vlastník nebo správce jej vytvoří při příštím přihlášení.</translation>
    </message>
    <message>
        <source>The users or their roles were changed outside Coffer since the owner or an administrator last changed them. Check every user&apos;s role on the Users page.</source>
        <translation>Uživatelé nebo jejich role byly změněny mimo Coffer od chvíle, kdy je vlastník nebo správce naposledy měnil. Zkontrolujte roli každého uživatele na stránce Uživatelé.</translation>
    </message>
    <message>
        <source>The log&apos;s seals (checkpoints) were removed outside Coffer.</source>
        <translation>Pečetě protokolu (kontrolní body) byly odstraněny mimo Coffer.</translation>
    </message>
    <message>
        <source>The seal at entry %L1 does not hold: the log was changed outside Coffer at or before that entry, by someone who rewrote its links to hide it.</source>
        <translation>Pečeť u záznamu %L1 nesouhlasí: protokol byl změněn mimo Coffer v tomto záznamu nebo před ním a někdo přepsal jeho vazby, aby to skryl.</translation>
    </message>
    <message numerus="yes">
        <source>Changes outside Coffer were found before, %Ln time(s): see the entries named “integrity” in the log.</source>
        <translation>
            <numerusform>Změny mimo Coffer už byly nalezeny %Ln krát: viz záznamy nazvané „integrity“ v protokolu.</numerusform>
            <numerusform>Změny mimo Coffer už byly nalezeny %Ln krát: viz záznamy nazvané „integrity“ v protokolu.</numerusform>
            <numerusform>Změny mimo Coffer už byly nalezeny %Ln krát: viz záznamy nazvané „integrity“ v protokolu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The users and their roles are as the owner or an administrator left them, and the log is sealed through entry %L1; the %Ln entries after it are covered by their links alone.</source>
        <translation>
            <numerusform>Uživatelé a jejich role jsou tak, jak je zanechal vlastník nebo správce, a protokol je zapečetěn až po záznam %L1; %Ln záznam po něm chrání jen jeho vazby.</numerusform>
            <numerusform>Uživatelé a jejich role jsou tak, jak je zanechal vlastník nebo správce, a protokol je zapečetěn až po záznam %L1; %Ln záznamy po něm chrání jen jejich vazby.</numerusform>
            <numerusform>Uživatelé a jejich role jsou tak, jak je zanechal vlastník nebo správce, a protokol je zapečetěn až po záznam %L1; %Ln záznamů po něm chrání jen jejich vazby.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault was changed outside Coffer.</source>
        <translation>Trezor byl změněn mimo Coffer.</translation>
    </message>
    <message>
        <source>The users or their roles were changed outside Coffer since the owner or an administrator last changed them: check %1 on the Users page.</source>
        <translation>Uživatelé nebo jejich role byly změněny mimo Coffer od chvíle, kdy je vlastník nebo správce naposledy měnil: zkontrolujte %1 na stránce Uživatelé.</translation>
    </message>
    <message>
        <source>The users and their roles are as the owner or an administrator left them, and the log is sealed through its newest entry.</source>
        <translation>Uživatelé a jejich role jsou tak, jak je zanechal vlastník nebo správce, a protokol je zapečetěn až po nejnovější záznam.</translation>
    </message>
</context>
<context>
    <name>coffer::BackupAccessDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Obnovení zálohy</translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation>Ověření zálohy</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Obnovení zálohy z %1</translation>
    </message>
    <message>
        <source>Verify the backup of %1</source>
        <translation>Ověření zálohy z %1</translation>
    </message>
    <message>
        <source>The backup becomes a new vault in a new folder; this vault is not changed. Clients erased after the backup was made are erased again in the new vault, so they do not come back.</source>
        <translation>Ze zálohy vznikne nový trezor v nové složce; tento trezor se nezmění. Klienti vymazaní po vytvoření zálohy se v novém trezoru vymažou znovu, takže se nevrátí.</translation>
    </message>
    <message>
        <source>Coffer opens the backup with your password in a private temporary folder and checks every part of it. Nothing is changed.</source>
        <translation>Coffer otevře zálohu vaším heslem v soukromé dočasné složce a zkontroluje každou její část. Nic se nezmění.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Vy&amp;brat…</translation>
    </message>
    <message>
        <source>New vault &amp;name:</source>
        <translation>&amp;Název nového trezoru:</translation>
    </message>
    <message>
        <source>&amp;In folder:</source>
        <translation>&amp;Do složky:</translation>
    </message>
    <message>
        <source>Leave empty if you are the owner</source>
        <translation>Nechte prázdné, pokud jste vlastník</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Uživatelské jméno:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>The password that was valid when the backup was made.</source>
        <translation>Heslo, které platilo v době vytvoření zálohy.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Ověřit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Where should the restored vault go?</source>
        <translation>Kam uložit obnovený trezor?</translation>
    </message>
    <message>
        <source>Give the new vault a name.</source>
        <translation>Zadejte název nového trezoru.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Složka %1 neexistuje.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a restore never writes over anything.</source>
        <translation>%1 už existuje. Zvolte jiný název: obnova nikdy nic nepřepisuje.</translation>
    </message>
    <message>
        <source>It will be created as %1</source>
        <translation>Vytvoří se jako %1</translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation>Nahrazení trezoru</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup of %2</source>
        <translation>Nahradit trezor „%1“ zálohou z %2</translation>
    </message>
    <message>
        <source>Coffer restores the backup beside this vault and checks it. Only when every check has passed is this vault destroyed, its keys first, and the backup takes its place. Everything added or changed since %1 is lost; clients erased since are erased again. The vault locks for this, and you sign in again afterwards with a password of the backup&apos;s day.</source>
        <translation>Coffer obnoví zálohu vedle tohoto trezoru a zkontroluje ji. Teprve když projde všemi kontrolami, tento trezor se zničí, nejprve jeho klíče, a záloha zaujme jeho místo. Vše, co bylo od %1 přidáno nebo změněno, se ztratí; klienti vymazaní od té doby se vymažou znovu. Trezor se kvůli tomu zamkne a poté se znovu přihlásíte heslem platným v den zálohy.</translation>
    </message>
    <message>
        <source>&amp;Replace This Vault</source>
        <translation>&amp;Nahradit tento trezor</translation>
    </message>
    <message>
        <source>%1 — restored copy of %2</source>
        <extracomment>The default name of a vault restored from a backup: the vault&apos;s name and the backup&apos;s day, e.g. &quot;Salons Līga — restored copy of 1 Dec 2026&quot;.</extracomment>
        <translation>%1 — obnovená kopie (%2)</translation>
    </message>
</context>
<context>
    <name>coffer::BackupFolderModel</name>
    <message>
        <source>In use, but not reachable</source>
        <translation>Používá se, ale není dostupná</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Není dostupná</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>Používá se nyní</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>Používána dříve</translation>
    </message>
    <message>
        <source>Coffer cannot open this folder now (a drive not connected?). Backups there still count as copies of the vault: connect it so that erasures and a cancellation reach them.</source>
        <translation>Coffer teď tuto složku nemůže otevřít (není připojen disk?). Zálohy v ní se stále počítají jako kopie trezoru: připojte ji, aby se k nim dostaly výmazy i zrušení účtu.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Složka</translation>
    </message>
    <message>
        <source>First used</source>
        <translation>Poprvé použita</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Naposledy použita</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>coffer::BackupListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This file&apos;s beginning cannot be read: it may be damaged. Verify it to find out.</source>
        <translation>Začátek tohoto souboru nelze přečíst: může být poškozený. Zjistíte to ověřením.</translation>
    </message>
    <message>
        <source>Unknown (unreadable)</source>
        <translation>Neznámé (nečitelné)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
</context>
<context>
    <name>coffer::BackupSettingsGroup</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatické zálohy</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Složka záloh</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Použít &amp;výchozí</translation>
    </message>
    <message>
        <source>A folder named after the vault, beside it: %1</source>
        <translation>Složka pojmenovaná podle trezoru, vedle něj: %1</translation>
    </message>
    <message>
        <source>None — automatic backups off</source>
        <translation>Žádné — automatické zálohy vypnuty</translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation> nejnovějších záloh</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Kolik záloh ponechat</translation>
    </message>
    <message>
        <source>Each time the vault is locked after a change, Coffer makes an encrypted backup of it in this folder and keeps only the newest ones. A backup opens with the same passwords as the vault.</source>
        <translation>Pokaždé, když se trezor po změně zamkne, vytvoří Coffer v této složce jeho šifrovanou zálohu a ponechá jen ty nejnovější. Záloha se otevírá stejnými hesly jako trezor.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Složka:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Ponechat:</translation>
    </message>
    <message>
        <source>Only the owner and admins can change these settings.</source>
        <translation>Tato nastavení může měnit jen vlastník a správci.</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Kam ukládat zálohy?</translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation>Z&amp;měnit…</translation>
    </message>
    <message>
        <source>Risk accepted by the owner: the folder is %1.</source>
        <translation>Vlastník přijal riziko: složka je %1.</translation>
    </message>
    <message>
        <source>Use a Risky Backup Folder?</source>
        <translation>Použít rizikovou složku záloh?</translation>
    </message>
    <message>
        <source>&amp;Use This Folder Anyway</source>
        <translation>Př&amp;esto použít tuto složku</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Move the Backups?</source>
        <translation>Přesunout zálohy?</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n backup(s) already made to the new folder?</source>
        <translation>
            <numerusform>Přesunout %n již vytvořenou zálohu do nové složky?</numerusform>
            <numerusform>Přesunout %n již vytvořené zálohy do nové složky?</numerusform>
            <numerusform>Přesunout %n již vytvořených záloh do nové složky?</numerusform>
        </translation>
    </message>
    <message>
        <source>If you leave them, they stay where they are, and Coffer still counts them as copies of the vault: a restore reads the erasures kept there, and cancelling the account destroys them too.</source>
        <translation>Pokud je necháte, zůstanou, kde jsou, a Coffer je bude dál považovat za kopie trezoru: obnova načte záznamy o výmazu, které jsou v nich uložené, a zrušení účtu zničí i je.</translation>
    </message>
    <message>
        <source>&amp;Move Them</source>
        <translation>&amp;Přesunout je</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>&amp;Nechat je</translation>
    </message>
    <message>
        <source>&lt;b&gt;These backups are on the same disk as the vault.&lt;/b&gt; If that disk dies or the computer is stolen, the vault and its backups are lost together. Keep them on a USB drive or another disk.</source>
        <translation>&lt;b&gt;Tyto zálohy jsou na stejném disku jako trezor.&lt;/b&gt; Pokud disk selže nebo bude počítač ukraden, trezor i jeho zálohy budou ztraceny současně. Uchovávejte je na USB disku nebo jiném disku.</translation>
    </message>
    <message>
        <source>An administrator or the owner can choose one.</source>
        <translation>Vybrat ji může správce nebo vlastník.</translation>
    </message>
    <message>
        <source>Choose Another Di&amp;sk…</source>
        <translation>Vybrat jiný di&amp;sk…</translation>
    </message>
    <message>
        <source>Choose a folder on a USB drive or another disk for the backups.</source>
        <translation>Vyberte pro zálohy složku na USB disku nebo jiném disku.</translation>
    </message>
</context>
<context>
    <name>coffer::BackupsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Zálohovat &amp;nyní</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Ověřit…</translation>
    </message>
    <message>
        <source>Check that the chosen backup is whole and opens with your password.</source>
        <translation>Zkontrolovat, že vybraná záloha je úplná a otevře se vaším heslem.</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Zobrazit &amp;složku</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Zatím žádné zálohy</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole vault in one file. If this computer breaks or the vault is damaged, a backup brings everything back.

Coffer makes one automatically each time you lock the vault after changing something.</source>
        <translation>Záloha je šifrovaná kopie celého trezoru v jednom souboru. Pokud se tento počítač porouchá nebo se trezor poškodí, záloha vše vrátí.

Coffer ji vytvoří automaticky pokaždé, když po nějaké změně trezor zamknete.</translation>
    </message>
    <message>
        <source>To make the first one now, click Back up now.</source>
        <translation>První zálohu vytvoříte hned teď kliknutím na „Zálohovat nyní“.</translation>
    </message>
    <message>
        <source>In %1, the newest first.</source>
        <translation>Ve složce %1, od nejnovější.</translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation>Zálohy se ukládají do %1.</translation>
    </message>
    <message>
        <source>Export &amp;History…</source>
        <translation>&amp;Historie exportů…</translation>
    </message>
    <message>
        <source>The exports made from this vault: when, what, where to.</source>
        <translation>Exporty z tohoto trezoru: kdy, co a kam.</translation>
    </message>
    <message>
        <source>Backup folders this vault has used</source>
        <translation>Složky, které zálohy tohoto trezoru použily</translation>
    </message>
    <message>
        <source>Backup folders</source>
        <translation>Složky záloh</translation>
    </message>
    <message>
        <source>Backups left in any of them still count as copies of this vault: a restore reads the erasures kept there, and cancelling the account destroys them too.</source>
        <translation>Zálohy ponechané v kterékoli z nich se stále počítají jako kopie tohoto trezoru: obnovení čte výmazy, které jsou tam uložené, a zrušení účtu zničí i je.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>O&amp;bnovit…</translation>
    </message>
    <message>
        <source>Restore the chosen backup as a separate vault, or in place of this one.</source>
        <translation>Obnovit vybranou zálohu jako samostatný trezor, nebo místo tohoto trezoru.</translation>
    </message>
</context>
<context>
    <name>coffer::BusinessDetailsGroup</name>
    <message>
        <source>Your business in letters</source>
        <translation>Vaše firma v dopisech</translation>
    </message>
    <message>
        <source>The name letters are signed with</source>
        <translation>Název, kterým jsou dopisy podepsány</translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation>Ulice, obec, PSČ</translation>
    </message>
    <message>
        <source>Who answers for privacy, if not the address above</source>
        <translation>Kdo odpovídá za ochranu soukromí, není-li to adresa výše</translation>
    </message>
    <message>
        <source>Choose, or type the name and address of your authority</source>
        <translation>Vyberte, nebo napište název a adresu svého úřadu</translation>
    </message>
    <message>
        <source>For instance: to carry out our contracts with you (GDPR Art. 6(1)(b)); to keep the accounts the law requires (Art. 6(1)(c))</source>
        <translation>Například: k plnění našich smluv s vámi (čl. 6 odst. 1 písm. b) GDPR); k vedení účetnictví, které vyžaduje zákon (čl. 6 odst. 1 písm. c))</translation>
    </message>
    <message>
        <source>For instance: our accountant; our email provider. Leave empty if nobody outside receives the data.</source>
        <translation>Například: naše účetní; náš poskytovatel e-mailu. Nechte prázdné, pokud údaje nikdo mimo firmu nedostává.</translation>
    </message>
    <message>
        <source>For instance: as long as you are our client, then five years for the accounts</source>
        <translation>Například: dokud jste naším klientem, poté pět let kvůli účetnictví</translation>
    </message>
    <message>
        <source>Where data comes from when not from the person themselves, if ever</source>
        <translation>Odkud údaje pocházejí, pokud ne od samotné osoby (je-li tomu tak)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Privacy &amp;contact:</source>
        <translation>&amp;Kontakt pro ochranu údajů:</translation>
    </message>
    <message>
        <source>Supervisory &amp;authority:</source>
        <translation>&amp;Dozorový úřad:</translation>
    </message>
    <message>
        <source>P&amp;urposes and legal bases:</source>
        <translation>Úč&amp;ely a právní základy:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Příjemci:</translation>
    </message>
    <message>
        <source>How long data is &amp;kept:</source>
        <translation>Jak dlouho se údaje &amp;uchovávají:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Zdroje:</translation>
    </message>
    <message>
        <source>The letter that goes with an access pack, and the replies to requests, are signed with these details and say what they say here. Coffer fills in the rest from the client&apos;s record; it does not give legal advice.</source>
        <translation>Průvodní dopis k balíčku pro přístup a odpovědi na žádosti jsou podepsány těmito údaji a uvádějí to, co je zde. Zbytek Coffer doplní ze záznamu klienta; neposkytuje právní poradenství.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Details</source>
        <translation>&amp;Uložit údaje</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Zatím neuloženo.</translation>
    </message>
    <message>
        <source>Fill in at least the name and an email or postal address: a letter without them cannot be answered.</source>
        <translation>Vyplňte alespoň název a e-mailovou nebo poštovní adresu: na dopis bez nich nelze odpovědět.</translation>
    </message>
    <message>
        <source>Not filled in yet; administrators and the owner fill these in.</source>
        <translation>Zatím nevyplněno; tyto údaje vyplňují správci a vlastník.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uloženo.</translation>
    </message>
    <message>
        <source>Administrators and the owner change these details.</source>
        <translation>Tyto údaje mění správci a vlastník.</translation>
    </message>
</context>
<context>
    <name>coffer::CancelAccountDialog</name>
    <message>
        <source>Cancel Account</source>
        <translation>Zrušení účtu</translation>
    </message>
    <message>
        <source>Delete the vault “%1” and all its backups for good?</source>
        <translation>Trvale smazat trezor „%1“ a všechny jeho zálohy?</translation>
    </message>
    <message>
        <source>Every key that opens the vault is destroyed. From that moment its data cannot be read by anyone, wherever a copy of the encrypted files may be.</source>
        <translation>Zničí se všechny klíče, které trezor otevírají. Od té chvíle jeho data nikdo nepřečte, ať je kopie šifrovaných souborů kdekoli.</translation>
    </message>
    <message>
        <source>Every file of the vault, and every backup of it in %1 (there are %2 now), is overwritten with random data, checked and removed.</source>
        <translation>Každý soubor trezoru a každá jeho záloha ve složce %1 (nyní jich je %2) se přepíše náhodnými daty, zkontroluje a odstraní.</translation>
    </message>
    <message>
        <source>A deletion certificate records what was deleted, how, and the checks that followed. It is saved outside the vault, where you choose below.</source>
        <translation>Potvrzení o smazání zaznamená, co bylo smazáno a jak, a také následné kontroly. Uloží se mimo trezor, na místo, které zvolíte níže.</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>Co se stane:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Every user of this vault loses it. Exports and copies saved elsewhere are not touched: delete them yourself if they must go too.</source>
        <translation>&lt;b&gt;Tuto akci nelze vrátit zpět.&lt;/b&gt; Trezor ztratí všichni jeho uživatelé. Exportů a kopií uložených jinde se to nedotkne: pokud mají zmizet také, smažte je sami.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Vy&amp;brat…</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Vaše &amp;heslo:</translation>
    </message>
    <message>
        <source>Type “%1” to confirm:</source>
        <translation>Pro potvrzení napište „%1“:</translation>
    </message>
    <message>
        <source>Save the &amp;certificate in:</source>
        <translation>&amp;Uložit potvrzení do:</translation>
    </message>
    <message>
        <source>Keep My Vault</source>
        <translation>Ponechat trezor</translation>
    </message>
    <message>
        <source>Delete Everything</source>
        <translation>Smazat vše</translation>
    </message>
    <message>
        <source>%1 deletion certificate</source>
        <extracomment>The file name of the deletion certificate, before its time stamp; %1 is the vault&apos;s name.</extracomment>
        <translation>%1 potvrzení o smazání</translation>
    </message>
    <message>
        <source>Where should the certificate go?</source>
        <translation>Kam uložit potvrzení?</translation>
    </message>
    <message>
        <source>The folder for the certificate does not exist. Choose another one.</source>
        <translation>Složka pro potvrzení neexistuje. Zvolte jinou.</translation>
    </message>
    <message>
        <source>Coffer may not write in the folder for the certificate. Choose another one.</source>
        <translation>Coffer nemá oprávnění zapisovat do složky pro potvrzení. Zvolte jinou.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restored copies kept as separate vaults.&lt;/b&gt; These were restored from this vault&apos;s backups and still open with the passwords of their backup&apos;s day:</source>
        <translation>&lt;b&gt;Obnovené kopie ponechané jako samostatné trezory.&lt;/b&gt; Byly obnoveny ze záloh tohoto trezoru a stále se otevírají hesly ze dne své zálohy:</translation>
    </message>
    <message>
        <source>They stay as they are unless you tick the box below; the certificate then names them as kept.</source>
        <translation>Zůstanou, jak jsou, pokud nezaškrtnete políčko níže; potvrzení je pak uvede jako ponechané.</translation>
    </message>
    <message>
        <source>&amp;Also destroy these restored copies</source>
        <translation>&amp;Zničit i tyto obnovené kopie</translation>
    </message>
</context>
<context>
    <name>coffer::ChangePasswordDialog</name>
    <message>
        <source>Choose Your Password</source>
        <translation>Zvolte si heslo</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Vítejte, %1</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password now; the one-time password will stop working.</source>
        <translation>Přihlásili jste se jednorázovým heslem. Nyní si zvolte vlastní heslo; jednorázové heslo tím přestane platit.</translation>
    </message>
    <message>
        <source>&amp;Save Password</source>
        <translation>&amp;Uložit heslo</translation>
    </message>
    <message>
        <source>Lock the vault again without changing the password</source>
        <translation>Znovu zamknout trezor bez změny hesla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Změna hesla</translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation>Změna hesla uživatele %1</translation>
    </message>
    <message>
        <source>The new password replaces your current one at once; other users&apos; passwords do not change. Backups made before today still open with the current one.</source>
        <translation>Nové heslo okamžitě nahradí vaše současné; hesla ostatních uživatelů se nemění. Zálohy vytvořené před dneškem se dál otevírají současným heslem.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Současné heslo:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nové heslo:</translation>
    </message>
    <message>
        <source>Keep the current password</source>
        <translation>Ponechat současné heslo</translation>
    </message>
    <message>
        <source>The current password is not right; your password was not changed.</source>
        <translation>Současné heslo není správné; vaše heslo nebylo změněno.</translation>
    </message>
</context>
<context>
    <name>coffer::ClientListModel</name>
    <message>
        <source>Processing restricted: keep this client&apos;s data, but do not use it.</source>
        <translation>Zpracování omezeno: data tohoto klienta uchovávejte, ale nepoužívejte je.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Změněno</translation>
    </message>
</context>
<context>
    <name>coffer::ClientListPanel</name>
    <message>
        <source>Search clients</source>
        <translation>Hledat klienty</translation>
    </message>
    <message>
        <source>Search by name, email, phone, tag or note…</source>
        <translation>Hledat podle jména, e-mailu, telefonu, štítku nebo poznámky…</translation>
    </message>
    <message>
        <source>Show only clients with this tag</source>
        <translation>Zobrazit jen klienty s tímto štítkem</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nový klient</translation>
    </message>
    <message>
        <source>Add a client (%1)</source>
        <translation>Přidat klienta (%1)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Všechny štítky</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>nalezen %n klient</numerusform>
            <numerusform>nalezeni %n klienti</numerusform>
            <numerusform>nalezeno %n klientů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienti</numerusform>
            <numerusform>%n klientů</numerusform>
        </translation>
    </message>
    <message>
        <source>No client tagged “%1” matches “%2”.
Check the spelling, or clear the search with Esc.</source>
        <translation>Žádný klient se štítkem „%1“ neodpovídá hledání „%2“.
Zkontrolujte pravopis nebo hledání vymažte klávesou Esc.</translation>
    </message>
    <message>
        <source>No client matches “%1”.
Check the spelling, or clear the search with Esc.</source>
        <translation>Hledání „%1“ neodpovídá žádný klient.
Zkontrolujte pravopis nebo hledání vymažte klávesou Esc.</translation>
    </message>
    <message>
        <source>No client has the tag “%1”.</source>
        <translation>Žádný klient nemá štítek „%1“.</translation>
    </message>
    <message>
        <source>No clients yet. Someone who may edit this vault can add them.</source>
        <translation>Zatím žádní klienti. Přidat je může někdo, kdo smí tento trezor upravovat.</translation>
    </message>
    <message>
        <source>No clients yet — add your first with New client (%1),
or bring them in from a CSV file or an export with Import… in the toolbar.</source>
        <translation>Zatím žádní klienti — prvního přidáte tlačítkem „Nový klient“ (%1),
nebo je načtěte ze souboru CSV či z exportu tlačítkem „Importovat klienty…“ na panelu nástrojů.</translation>
    </message>
    <message>
        <source>Show only restricted clients, or those who may be contacted for a purpose</source>
        <translation>Zobrazit jen klienty s omezeným zpracováním nebo ty, které lze kontaktovat pro daný účel</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Všichni klienti</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Zpracování omezeno</translation>
    </message>
    <message>
        <source>Clients whose processing is restricted: their data is kept but not used.</source>
        <translation>Klienti s omezeným zpracováním: jejich údaje se uchovávají, ale nepoužívají.</translation>
    </message>
    <message>
        <source>May be contacted for “%1”</source>
        <translation>Lze kontaktovat: „%1“</translation>
    </message>
    <message>
        <source>Their latest consent for “%1” is granted, with no objection or withdrawal since, and their processing is not restricted.</source>
        <translation>Jejich poslední souhlas pro „%1“ je udělen, od té doby bez námitky či odvolání, a zpracování není omezeno.</translation>
    </message>
    <message>
        <source>No client that matches this view has restricted processing.</source>
        <translation>Žádný klient v tomto zobrazení nemá omezené zpracování.</translation>
    </message>
    <message>
        <source>No client that matches this view may be contacted for “%1”.
They need a granted consent for it, with no objection or withdrawal since, and no restriction.</source>
        <translation>Žádného klienta v tomto zobrazení nelze kontaktovat pro „%1“.
Potřebuje udělený souhlas bez pozdější námitky či odvolání a bez omezení.</translation>
    </message>
</context>
<context>
    <name>coffer::ClientProfileForm</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Osoba</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>Or&amp;ganizace</translation>
    </message>
    <message>
        <source>The client is a person</source>
        <translation>Klient je osoba</translation>
    </message>
    <message>
        <source>The client is an organisation</source>
        <translation>Klient je organizace</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Druh:</translation>
    </message>
    <message>
        <source>Leave empty to use the name above</source>
        <translation>Nechte prázdné, chcete-li použít jméno výše</translation>
    </message>
    <message>
        <source>Gi&amp;ven name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Příjmení:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organi&amp;zace:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Zo&amp;brazované jméno:</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>jmeno@example.com</translation>
    </message>
    <message>
        <source>Copy email %1</source>
        <translation>Kopírovat e-mail %1</translation>
    </message>
    <message>
        <source>Remove email %1</source>
        <translation>Odebrat e-mail %1</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Přidat e-mail</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation>+420 777 000 000</translation>
    </message>
    <message>
        <source>Copy phone %1</source>
        <translation>Kopírovat telefon %1</translation>
    </message>
    <message>
        <source>Remove phone %1</source>
        <translation>Odebrat telefon %1</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Přidat telefon</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>E-maily:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefony:</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Z&amp;emě:</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. supplier, vip</source>
        <translation>Štítky oddělte čárkami, např. dodavatel, vip</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ští&amp;tky:</translation>
    </message>
    <message>
        <source>Name of custom field %1</source>
        <translation>Název vlastního pole %1</translation>
    </message>
    <message>
        <source>Value of custom field %1</source>
        <translation>Hodnota vlastního pole %1</translation>
    </message>
    <message>
        <source>Name, e.g. VAT number</source>
        <translation>Název, např. DIČ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Remove custom field %1</source>
        <translation>Odebrat vlastní pole %1</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>Přidat vlastní pole</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Vlastní pole</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Vlastní pole:</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>Uc&amp;hovávání:</translation>
    </message>
    <message>
        <source>W&amp;orks at:</source>
        <translation>Pra&amp;cuje v:</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Název organizace:</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Pracuje v</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Název organizace</translation>
    </message>
    <message>
        <source>Added %1 · last changed %2</source>
        <translation>Přidáno %1 · naposledy změněno %2</translation>
    </message>
    <message>
        <source>A retention rule&apos;s name; empty: the rules of the client&apos;s purposes</source>
        <translation>Název pravidla uchovávání; prázdné: pravidla účelů klienta</translation>
    </message>
</context>
<context>
    <name>coffer::ClientView</name>
    <message>
        <source>Parts of the client&apos;s record</source>
        <translation>Části záznamu klienta</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Soubory</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Souhlasy</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Zpracování omezeno</translation>
    </message>
    <message>
        <source>Keep this client&apos;s data, but do not use it (GDPR Article 18).</source>
        <translation>Data tohoto klienta uchovávejte, ale nepoužívejte je (článek 18 GDPR).</translation>
    </message>
    <message>
        <source>E&amp;xport this client…</source>
        <translation>E&amp;xportovat tohoto klienta…</translation>
    </message>
    <message>
        <source>Export this client</source>
        <translation>Exportovat tohoto klienta</translation>
    </message>
    <message>
        <source>Save everything about this client to a file, e.g. to answer a request for access or to move their data elsewhere.</source>
        <translation>Uložit vše o tomto klientovi do souboru, např. k vyřízení žádosti o přístup nebo k přenesení jeho dat jinam.</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>Vymazat tohoto klienta…</translation>
    </message>
    <message>
        <source>Erase this client</source>
        <translation>Vymazat tohoto klienta</translation>
    </message>
    <message>
        <source>Delete everything about this client for good, and get a report that proves it.</source>
        <translation>Trvale smazat vše o tomto klientovi a získat zprávu, která to prokazuje.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>V&amp;rátit změny</translation>
    </message>
    <message>
        <source>Revert: undo the changes not yet saved</source>
        <translation>Vrátit změny: zrušit dosud neuložené úpravy</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Uložit profil</translation>
    </message>
    <message>
        <source>Save the profile (%1)</source>
        <translation>Uložit profil (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nový klient</translation>
    </message>
    <message>
        <source>%1 · works at %2</source>
        <translation>%1 · pracuje v %2</translation>
    </message>
    <message>
        <source>Fill in the profile and press Save.</source>
        <translation>Vyplňte profil a stiskněte „Uložit“.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neuložené změny</translation>
    </message>
    <message>
        <source>The new client is not saved yet. Save it?</source>
        <translation>Nový klient zatím není uložen. Uložit ho?</translation>
    </message>
    <message>
        <source>The profile of %1 has changes that are not saved. Save them?</source>
        <translation>Profil klienta %1 obsahuje neuložené změny. Uložit je?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Zahodit změny</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>A value is not right yet: it says what is wrong beside it, in red.</source>
        <translation>Některá hodnota ještě není správná: vedle ní je červeně napsáno, co je špatně.</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Zobrazit &amp;historii</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Zobrazit historii</translation>
    </message>
    <message>
        <source>Open the audit log at this client&apos;s entries: who changed them, and when.</source>
        <translation>Otevřít auditní protokol u záznamů tohoto klienta: kdo jej měnil a kdy.</translation>
    </message>
    <message>
        <source>Only the owner and admins can see the audit log of who changed this client.</source>
        <translation>Auditní protokol o tom, kdo měnil tohoto klienta, vidí jen vlastník a správci.</translation>
    </message>
    <message>
        <source>Keep this client&apos;s data, but do not use it (GDPR Article 18). Reason: %1</source>
        <translation>Údaje tohoto klienta uchovávejte, ale nepoužívejte (článek 18 GDPR). Důvod: %1</translation>
    </message>
    <message>
        <source>Processing of this client is restricted: their data is kept, not changed. Lift the restriction first.</source>
        <translation>Zpracování údajů tohoto klienta je omezeno: údaje se uchovávají, nemění se. Nejprve omezení zrušte.</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction…</source>
        <translation>&amp;Zrušit omezení…</translation>
    </message>
    <message>
        <source>&amp;Restrict Processing…</source>
        <translation>&amp;Omezit zpracování…</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>Zrušit omezení zpracování</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Omezit zpracování</translation>
    </message>
    <message>
        <source>Allow changes to this client again. Tell the person before you lift it.</source>
        <translation>Znovu povolit změny tohoto klienta. Před zrušením to osobě oznamte.</translation>
    </message>
    <message>
        <source>Keep this client&apos;s data but stop using or changing it, e.g. while they contest its accuracy (GDPR Article 18).</source>
        <translation>Uchovat údaje tohoto klienta, ale přestat je používat a měnit, např. dokud osoba popírá jejich přesnost (článek 18 GDPR).</translation>
    </message>
    <message>
        <source>Lift the Restriction</source>
        <translation>Zrušení omezení</translation>
    </message>
    <message>
        <source>Restrict Processing</source>
        <translation>Omezení zpracování</translation>
    </message>
    <message>
        <source>Why may this client&apos;s data be used again? (For instance: the accuracy is confirmed.) Tell the person before you lift the restriction.</source>
        <translation>Proč lze údaje tohoto klienta znovu používat? (Například: přesnost je potvrzena.) Před zrušením omezení to osobě oznamte.</translation>
    </message>
    <message>
        <source>Why is processing restricted? (For instance: the person contests the accuracy of their data.) While it is restricted, the data is kept but cannot be changed.</source>
        <translation>Proč se zpracování omezuje? (Například: osoba popírá přesnost svých údajů.) Po dobu omezení se údaje uchovávají, ale nelze je měnit.</translation>
    </message>
    <message>
        <source>Lift Restriction</source>
        <translation>Zrušit omezení</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Omezit</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Žádosti</translation>
    </message>
</context>
<context>
    <name>coffer::ClientsPage</name>
    <message>
        <source>Choose a client in the list to see and change their details, notes, files and consents — or add a new one with New client.</source>
        <translation>Vyberte klienta v seznamu a zobrazte či změňte jeho údaje, poznámky, soubory a souhlasy — nebo přidejte nového tlačítkem „Nový klient“.</translation>
    </message>
    <message>
        <source>Choose a client in the list to see their details, notes, files and consents.</source>
        <translation>Vyberte klienta v seznamu a zobrazte jeho údaje, poznámky, soubory a souhlasy.</translation>
    </message>
    <message>
        <source>Cannot show the clients</source>
        <translation>Klienty nelze zobrazit</translation>
    </message>
</context>
<context>
    <name>coffer::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>coffer::ConsentDialog</name>
    <message>
        <source>Change consent</source>
        <translation>Změna souhlasu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Jak byl souhlas udělen</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Verze zásad</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Úč&amp;el:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stav:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Z&amp;droj:</translation>
    </message>
    <message>
        <source>Policy &amp;version:</source>
        <translation>&amp;Verze zásad:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Zaznamenat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Date the client gave, refused or withdrew it</source>
        <translation>Datum, kdy jej klient udělil, odmítl nebo odvolal</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Give the day the client said so, if that was not today. Consents are never overwritten: this is added to the client&apos;s consent history.</source>
        <translation>Uveďte den, kdy to klient řekl, pokud to nebylo dnes. Souhlasy se nikdy nepřepisují: tento se přidá do historie souhlasů klienta.</translation>
    </message>
    <message>
        <source>E&amp;nds on</source>
        <translation>&amp;Končí</translation>
    </message>
    <message>
        <source>No purposes defined yet</source>
        <translation>Zatím nejsou určeny žádné účely</translation>
    </message>
    <message>
        <source>Choose a purpose</source>
        <translation>Vyberte účel</translation>
    </message>
    <message>
        <source>%1 (in force from %2)</source>
        <translation>%1 (účinné od %2)</translation>
    </message>
    <message>
        <source>The day the consent ends</source>
        <translation>Den, kdy souhlas končí</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Připojit…</translation>
    </message>
    <message>
        <source>Attach the file that shows the consent</source>
        <translation>Připojit soubor, který souhlas dokládá</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Doklad:</translation>
    </message>
    <message>
        <source>Consents are recorded for the purposes of processing your business has defined. An administrator defines them, with their lawful basis, on the Purposes &amp; Policies page.</source>
        <translation>Souhlasy se zaznamenávají k účelům zpracování, které vaše firma určila. Správce je určuje i s právním základem na stránce Účely a zásady.</translation>
    </message>
    <message>
        <source>None archived</source>
        <translation>V archivu nic není</translation>
    </message>
    <message>
        <source>None was in force on that day</source>
        <translation>Ten den nebyla účinná žádná</translation>
    </message>
    <message>
        <source>The one in force on that day: %1</source>
        <translation>Účinná ten den: %1</translation>
    </message>
    <message>
        <source>None (a signed form, say)</source>
        <translation>Žádný (například podepsaný formulář)</translation>
    </message>
</context>
<context>
    <name>coffer::ConsentsPanel</name>
    <message>
        <source>&amp;Change consent…</source>
        <translation>&amp;Změnit souhlas…</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Změnit souhlas</translation>
    </message>
    <message>
        <source>Record that the client granted, refused or withdrew consent for a purpose.</source>
        <translation>Zaznamenat, že klient k určitému účelu souhlas udělil, odmítl nebo odvolal.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Verze zásad</translation>
    </message>
    <message>
        <source>Consents now, one per purpose</source>
        <translation>Aktuální souhlasy, jeden pro každý účel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Consent history, newest first</source>
        <translation>Historie souhlasů, od nejnovějších</translation>
    </message>
    <message>
        <source>No consents recorded. When the client agrees to (or refuses) something, such as a newsletter, record it with Change consent…</source>
        <translation>Nejsou zaznamenány žádné souhlasy. Když klient s něčím souhlasí (nebo to odmítne), například s newsletterem, zaznamenejte to tlačítkem Změnit souhlas…</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Nejsou zaznamenány žádné souhlasy.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuálně</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
</context>
<context>
    <name>coffer::CountryCombo</name>
    <message>
        <source>— none —</source>
        <translation>— žádná —</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizard</name>
    <message>
        <source>Create a Vault</source>
        <translation>Vytvoření trezoru</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Další</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation>&amp;Vytvořit trezor</translation>
    </message>
    <message>
        <source>&amp;Open Vault</source>
        <translation>&amp;Otevřít trezor</translation>
    </message>
    <message>
        <source>Close without the recovery key?</source>
        <translation>Zavřít bez obnovovacího klíče?</translation>
    </message>
    <message>
        <source>The vault has been created. If you close this window without storing the recovery key, a forgotten owner password cannot be recovered. Close anyway?</source>
        <translation>Trezor byl vytvořen. Pokud toto okno zavřete bez uložení obnovovacího klíče, zapomenuté heslo vlastníka nebude možné obnovit. Přesto zavřít?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Přesto zavřít</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Vrátit se</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardLocationPage</name>
    <message>
        <source>Name and place</source>
        <translation>Název a umístění</translation>
    </message>
    <message>
        <source>A vault is one folder that holds all of your clients&apos; data, encrypted. Choose a name you will recognise, and where to keep it.</source>
        <translation>Trezor je jedna složka, ve které jsou zašifrovaná všechna data vašich klientů. Zvolte název, který poznáte, a místo, kde ho uchovávat.</translation>
    </message>
    <message>
        <source>for example: Clients</source>
        <translation>například: Klienti</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation>&amp;Název trezoru:</translation>
    </message>
    <message>
        <source>&amp;Keep it in:</source>
        <translation>&amp;Uložit do:</translation>
    </message>
    <message>
        <source>Type a name for the vault.</source>
        <translation>Napište název trezoru.</translation>
    </message>
    <message>
        <source>A vault name cannot contain any of these characters: %1</source>
        <translation>Název trezoru nesmí obsahovat žádný z těchto znaků: %1</translation>
    </message>
    <message>
        <source>A vault name cannot begin with a dot.</source>
        <translation>Název trezoru nesmí začínat tečkou.</translation>
    </message>
    <message>
        <source>The folder to keep it in does not exist.</source>
        <translation>Zvolená složka neexistuje.</translation>
    </message>
    <message>
        <source>There is already a vault called &quot;%1&quot; in this folder. Choose another name.</source>
        <translation>V této složce už je trezor „%1“. Zvolte jiný název.</translation>
    </message>
    <message>
        <source>Keep the Vault In</source>
        <translation>Složka pro trezor</translation>
    </message>
    <message>
        <source>The vault will be the folder:
%1</source>
        <translation>Trezor bude složka:
%1</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardOwnerPage</name>
    <message>
        <source>You, the owner</source>
        <translation>Vy jako vlastník</translation>
    </message>
    <message>
        <source>You will sign in with this name and password. Later you can add the people who work with you, each with their own password.</source>
        <translation>Tímto jménem a heslem se budete přihlašovat. Později můžete přidat lidi, kteří s vámi pracují, každého s vlastním heslem.</translation>
    </message>
    <message>
        <source>for example: Anna Ozola</source>
        <translation>například: Jana Nováková</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Vaše &amp;jméno:</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>Trezor se nepodařilo vytvořit: %1</translation>
    </message>
    <message>
        <source>Creating the vault and its encryption keys. This takes a few seconds…</source>
        <translation>Vytváří se trezor a jeho šifrovací klíče. Potrvá to několik sekund…</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardRecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Váš obnovovací klíč</translation>
    </message>
    <message>
        <source>The vault is ready. If you ever forget your password, this key is the only way back in. Nobody else can reset it for you, not even the makers of Coffer.</source>
        <translation>Trezor je připraven. Pokud někdy zapomenete heslo, je tento klíč jedinou cestou zpět. Nikdo jiný vám heslo nemůže obnovit, ani tvůrci Coffer.</translation>
    </message>
</context>
<context>
    <name>coffer::DesktopSession</name>
    <message>
        <source>Sample Data</source>
        <translation>Ukázková data</translation>
    </message>
    <message>
        <source>The demo vault could not be made. %1</source>
        <translation>Ukázkový trezor se nepodařilo vytvořit. %1</translation>
    </message>
</context>
<context>
    <name>coffer::EraseClientDialog</name>
    <message>
        <source>Erase Client</source>
        <translation>Výmaz klienta</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Trvale vymazat klienta %1?</translation>
    </message>
    <message>
        <source>the profile: names, emails, phones, address, tags and custom fields</source>
        <translation>profil: jména, e-maily, telefony, adresa, štítky a vlastní pole</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>poznámky: %1</translation>
    </message>
    <message>
        <source>attached files: %1</source>
        <translation>přiložené soubory: %1</translation>
    </message>
    <message>
        <source>consent records, with their history: %1</source>
        <translation>záznamy souhlasů včetně historie: %1</translation>
    </message>
    <message>
        <source>Everything this vault holds about &lt;b&gt;%1&lt;/b&gt; is deleted:</source>
        <translation>Smaže se vše, co tento trezor obsahuje o klientovi &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Coffer then checks that nothing of theirs is left anywhere in the vault file and shows you the result. Requests they made keep only an anonymous number, and the audit log records that a client was erased without naming them.</source>
        <translation>Coffer pak zkontroluje, že po klientovi nikde v souboru trezoru nic nezůstalo, a ukáže vám výsledek. U jeho žádostí zůstane jen anonymní číslo a auditní protokol zaznamená, že byl vymazán klient, aniž by ho jmenoval.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Backups made before now still hold them; if one is ever restored, Coffer erases them again.</source>
        <translation>&lt;b&gt;Tuto akci nelze vrátit zpět.&lt;/b&gt; Zálohy vytvořené před tímto okamžikem klienta stále obsahují; pokud některou z nich obnovíte, Coffer ho vymaže znovu.</translation>
    </message>
    <message>
        <source>I understand that %1&apos;s data will be deleted and cannot be brought back.</source>
        <translation>Rozumím, že data klienta %1 budou smazána a nepůjde je obnovit.</translation>
    </message>
    <message>
        <source>Keep Client</source>
        <translation>Ponechat klienta</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Vymazat klienta %1</translation>
    </message>
</context>
<context>
    <name>coffer::ErasureReportDocument</name>
    <message>
        <source>Backup of %1</source>
        <translation>Záloha: %1</translation>
    </message>
    <message>
        <source>Export of %1 (%2)</source>
        <translation>Export: %1 (%2)</translation>
    </message>
    <message>
        <source>Where it was saved is not recorded.</source>
        <translation>Kam byl uložen, není zaznamenáno.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Uloženo v %1</translation>
    </message>
    <message>
        <source>Backup folder not reachable</source>
        <translation>Složka záloh není dostupná</translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation>Protokol o výmazu</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Trezor</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>%1 (pseudonym %2)</source>
        <translation>%1 (pseudonym %2)</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Vymazáno</translation>
    </message>
    <message>
        <source>Erased by</source>
        <translation>Vymazal(a)</translation>
    </message>
    <message>
        <source>Records deleted</source>
        <translation>Smazané záznamy</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation>Všechny kontroly prošly</translation>
    </message>
    <message>
        <source>A check failed</source>
        <translation>Jedna kontrola selhala</translation>
    </message>
    <message>
        <source>The person is named by a pseudonym: the audit log and the vault&apos;s record of this erasure use the same one, and it cannot be turned back into their name.</source>
        <translation>Osoba je uvedena pseudonymem: auditní protokol i záznam trezoru o tomto výmazu používají tentýž a nelze z něj zpětně zjistit její jméno.</translation>
    </message>
    <message>
        <source>What Coffer checked after deleting</source>
        <translation>Co Coffer po smazání zkontroloval</translation>
    </message>
    <message>
        <source>Copies Coffer made that may still hold the person</source>
        <translation>Kopie pořízené Cofferem, které mohou osobu stále obsahovat</translation>
    </message>
    <message>
        <source>SHA-256 of this report as kept in the vault: %1</source>
        <translation>SHA-256 tohoto protokolu, jak je uložen v trezoru: %1</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Protokol se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textové soubory (*.txt)</translation>
    </message>
    <message>
        <source>Save the Erasure Report</source>
        <translation>Uložení protokolu o výmazu</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>Protokol se nepodařilo uložit</translation>
    </message>
    <message>
        <source>Choose another folder or name, and try again.</source>
        <translation>Zvolte jinou složku nebo název a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Print the Erasure Report</source>
        <translation>Tisk protokolu o výmazu</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>osobě</translation>
    </message>
    <message>
        <source>Nothing of %1 is left in this vault: their records are deleted, and a search of the whole vault file found no trace of them.</source>
        <translation>V tomto trezoru o %1 nic nezůstalo: záznamy jsou smazány a prohledání celého souboru trezoru nenašlo žádnou stopu.</translation>
    </message>
    <message>
        <source>The erasure of %1 is not complete: their records are deleted, but a check afterwards failed, so traces of them may remain in the vault file.</source>
        <translation>Vymazání (%1) není úplné: záznamy jsou smazány, ale následná kontrola selhala, takže v souboru trezoru mohou zůstat stopy.</translation>
    </message>
    <message>
        <source>Copies made before the erasure may still hold them; they are listed below.</source>
        <translation>Kopie pořízené před vymazáním je mohou stále obsahovat; jsou uvedeny níže.</translation>
    </message>
    <message>
        <source>Restored copy kept as a separate vault</source>
        <translation>Obnovená kopie ponechaná jako samostatný trezor</translation>
    </message>
</context>
<context>
    <name>coffer::ExportChoiceForm</name>
    <message>
        <source>Make the CSV tables open correctly in Excel (adds a byte-order mark)</source>
        <translation>Zajistit správné otevření tabulek CSV v Excelu (přidá značku pořadí bajtů, BOM)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Vy&amp;brat…</translation>
    </message>
    <message>
        <source>One &amp;zip file (recommended)</source>
        <translation>Jeden soubor z&amp;ip (doporučeno)</translation>
    </message>
    <message>
        <source>Everything in one file: JSON and CSV tables, the attached files, and a list of checksums.</source>
        <translation>Vše v jednom souboru: JSON a tabulky CSV, přiložené soubory a seznam kontrolních součtů.</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>&amp;Složka</translation>
    </message>
    <message>
        <source>The same files as the zip, unpacked into a new folder.</source>
        <translation>Stejné soubory jako v zipu, rozbalené do nové složky.</translation>
    </message>
    <message>
        <source>One &amp;JSON file</source>
        <translation>Jeden soubor &amp;JSON</translation>
    </message>
    <message>
        <source>Everything in a single file, attachments included: for other programs and for importing.</source>
        <translation>Vše v jediném souboru včetně příloh: pro jiné programy a pro import.</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet tables (CSV)</source>
        <translation>&amp;Tabulky pro tabulkový procesor (CSV)</translation>
    </message>
    <message>
        <source>A folder of tables for Excel, LibreOffice or Numbers, with the attached files.</source>
        <translation>Složka s tabulkami pro Excel, LibreOffice nebo Numbers, včetně přiložených souborů.</translation>
    </message>
    <message>
        <source>Excel shows accented letters (ā, č, ė) wrongly in CSV files without this mark. Other programs do not need it.</source>
        <translation>Bez této značky Excel v souborech CSV zobrazuje znaky s diakritikou (ě, č, ř) chybně. Jiné programy ji nepotřebují.</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Složka pro export</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formát:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Uložit do:</translation>
    </message>
    <message>
        <source>Choose a folder for the export.</source>
        <translation>Zvolte složku pro export.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another one.</source>
        <translation>Složka %1 neexistuje. Zvolte jinou.</translation>
    </message>
    <message>
        <source>Coffer may not write in %1. Choose another folder.</source>
        <translation>Coffer nemá oprávnění zapisovat do %1. Zvolte jinou složku.</translation>
    </message>
    <message>
        <source>Where should the export go?</source>
        <translation>Kam uložit export?</translation>
    </message>
    <message>
        <source>The export is readable only with the password you choose. Coffer can import it, and coffer-cli decrypt turns it back into a plain file.</source>
        <translation>Export bude čitelný jen s heslem, které zvolíte. Coffer ho umí importovat a příkaz coffer-cli decrypt z něj opět vytvoří nešifrovaný soubor.</translation>
    </message>
    <message>
        <source>A folder cannot be encrypted. Choose a zip or a JSON file to encrypt.</source>
        <translation>Složku nelze zašifrovat. Pro šifrování zvolte soubor zip nebo JSON.</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a password (recommended)</source>
        <translation>&amp;Zašifrovat heslem (doporučeno)</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Ochrana:</translation>
    </message>
    <message>
        <source>Only someone who knows the password can open the export.</source>
        <translation>Export může otevřít jen ten, kdo zná heslo.</translation>
    </message>
</context>
<context>
    <name>coffer::ExportDialog</name>
    <message>
        <source>Password for the export</source>
        <translation>Heslo pro export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Anyone with this password can open the export. Coffer does not keep it: if it is lost, the export cannot be opened by anyone.</source>
        <translation>Kdokoli, kdo zná toto heslo, může export otevřít. Coffer si ho neukládá: pokud ho ztratíte, export už nikdo neotevře.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>It will be saved as “%1”.</source>
        <translation>Uloží se jako „%1“.</translation>
    </message>
    <message>
        <source>Without encryption</source>
        <translation>Bez šifrování</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of an export that is not encrypted can read every client in it.</source>
        <translation>Kdokoli získá kopii nešifrovaného exportu, může přečíst každého klienta v něm.</translation>
    </message>
    <message>
        <source>To save it without encryption, type your own password, the one you sign in with.</source>
        <translation>Chcete-li jej uložit bez šifrování, zadejte své heslo – to, kterým se přihlašujete.</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Vaše &amp;heslo:</translation>
    </message>
    <message>
        <source>That is not your password, so nothing was exported. Type it again, or choose to encrypt the export.</source>
        <translation>To není vaše heslo, proto se nic neexportovalo. Zadejte je znovu, nebo zvolte zašifrování exportu.</translation>
    </message>
    <message>
        <source>Their processing is restricted (GDPR Article 18): their data is only kept, so an export of everything leaves them out unless you include them.</source>
        <translation>Jejich zpracování je omezeno (čl. 18 GDPR): údaje se jen uchovávají, proto je export všeho vynechá, pokud je nezahrnete.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include the %n client(s) whose processing is restricted</source>
        <translation>
            <numerusform>&amp;Zahrnout %n klienta, jehož zpracování je omezeno</numerusform>
            <numerusform>&amp;Zahrnout %n klienty, jejichž zpracování je omezeno</numerusform>
            <numerusform>&amp;Zahrnout %n klientů, jejichž zpracování je omezeno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coffer::ExportHistoryDialog</name>
    <message>
        <source>Export History</source>
        <translation>Historie exportů</translation>
    </message>
    <message>
        <source>Exports made from “%1”</source>
        <translation>Exporty z „%1“</translation>
    </message>
    <message>
        <source>Coffer notes every export, but an export is a file of its own: it stays where it was saved until someone deletes it, and Coffer cannot reach it. When a client is erased, the report names the exports that may still hold them.</source>
        <translation>Coffer si zaznamená každý export, ale export je samostatný soubor: zůstane tam, kam byl uložen, dokud ho někdo nesmaže, a Coffer se k němu nedostane. Při výmazu klienta protokol uvede exporty, které ho mohou stále obsahovat.</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporty</translation>
    </message>
    <message>
        <source>No export has been made from this vault yet.</source>
        <translation>Z tohoto trezoru zatím nebyl proveden žádný export.</translation>
    </message>
</context>
<context>
    <name>coffer::ExportHistoryModel</name>
    <message>
        <source>Zip file</source>
        <translation>Soubor zip</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Složka</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Soubor JSON</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>Tabulky CSV</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>bývalý uživatel</translation>
    </message>
    <message>
        <source>All clients (%1)</source>
        <translation>Všichni klienti (%1)</translation>
    </message>
    <message>
        <source>One client</source>
        <translation>Jeden klient</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Path removed at the client&apos;s erasure</source>
        <translation>Cesta odstraněna při výmazu klienta</translation>
    </message>
    <message>
        <source>SHA-256 of the export&apos;s manifest: %1</source>
        <translation>SHA-256 manifestu exportu: %1</translation>
    </message>
    <message>
        <source>The file name of a one-client export often names the person, so Coffer forgot it when the client was erased.</source>
        <translation>Název souboru exportu jednoho klienta často obsahuje jméno osoby, proto ho Coffer při výmazu klienta zapomněl.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Obsah</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Šifrováno</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Uloženo v</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>SHA-256 manifestu</translation>
    </message>
</context>
<context>
    <name>coffer::FilesPanel</name>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Přidat soubor…</translation>
    </message>
    <message>
        <source>Add file</source>
        <translation>Přidat soubor</translation>
    </message>
    <message>
        <source>Add a file to this client. You can also drop files onto the client&apos;s page.</source>
        <translation>Přidat soubor k tomuto klientovi. Soubory můžete také přetáhnout na stránku klienta.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Uložit jako…</translation>
    </message>
    <message>
        <source>Save the chosen file as</source>
        <translation>Uložit vybraný soubor jako</translation>
    </message>
    <message>
        <source>Save a copy of the chosen file to a folder you pick; you can open it from there.</source>
        <translation>Uložit kopii vybraného souboru do zvolené složky; odtud ho můžete otevřít.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Soubory</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Přidáno</translation>
    </message>
    <message>
        <source>No files yet. Add contracts, scans or letters with Add file…, or drop them here. They are stored encrypted inside the vault.</source>
        <translation>Zatím žádné soubory. Smlouvy, skeny nebo dopisy přidáte tlačítkem „Přidat soubor…“ nebo je sem přetáhněte. Ukládají se v trezoru šifrovaně.</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>Zatím žádné soubory.</translation>
    </message>
    <message>
        <source>Add files to this client</source>
        <translation>Přidat soubory k tomuto klientovi</translation>
    </message>
    <message>
        <source>Adding a file</source>
        <translation>Přidávání souboru</translation>
    </message>
    <message>
        <source>Adding “%1” to the vault…</source>
        <translation>Přidává se „%1“ do trezoru…</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Uložit kopii souboru</translation>
    </message>
    <message>
        <source>Saving a file</source>
        <translation>Ukládání souboru</translation>
    </message>
    <message>
        <source>Saving a copy of the file…</source>
        <translation>Ukládá se kopie souboru…</translation>
    </message>
    <message>
        <source>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</source>
        <translation>Uloženo do %1. &lt;a href=&quot;%2&quot;&gt;Otevřít&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Odstranit…</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>Odstranit vybraný soubor</translation>
    </message>
    <message>
        <source>Delete the chosen file from the vault (%1)</source>
        <translation>Smazat vybraný soubor z trezoru (%1)</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>Odstranit soubor</translation>
    </message>
    <message>
        <source>Remove the file “%1”?</source>
        <translation>Odstranit soubor „%1“?</translation>
    </message>
</context>
<context>
    <name>coffer::ImportDialog</name>
    <message>
        <source>Do not import</source>
        <translation>Neimportovat</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Celé jméno</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Křestní jméno</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Osoba nebo organizace</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Vlastní pole</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a file or a folder</source>
        <translation>Vyberte soubor nebo složku</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Soubor k importu</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Vybrat &amp;soubor…</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>Vybrat slož&amp;ku…</translation>
    </message>
    <message>
        <source>For an export that was saved as a folder.</source>
        <translation>Pro export uložený jako složka.</translation>
    </message>
    <message>
        <source>Password of the export</source>
        <translation>Heslo exportu</translation>
    </message>
    <message>
        <source>&amp;Password of the export:</source>
        <translation>&amp;Heslo exportu:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Sloupce souboru</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sloupec v souboru</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>První řádek</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Patří do</translation>
    </message>
    <message>
        <source>Coffer recognised the columns it could. Check where each one goes; a column kept as a custom field keeps its heading as the field&apos;s name.</source>
        <translation>Coffer rozpoznal ty sloupce, které dokázal. Zkontrolujte, kam který patří; sloupec ponechaný jako vlastní pole použije svůj nadpis jako název pole.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Import klientů</translation>
    </message>
    <message>
        <source>From a Coffer export (a ZIP, JSON or folder export, encrypted or not) or from a CSV file that a spreadsheet, an address book or another program saved. Nothing already in this vault is changed: records it has already are kept as they are.</source>
        <translation>Z exportu Coffer (ZIP, JSON nebo export do složky, šifrovaný i nešifrovaný) nebo ze souboru CSV, který uložil tabulkový procesor, adresář kontaktů či jiný program. Nic, co už v tomto trezoru je, se nezmění: záznamy, které už obsahuje, zůstanou tak, jak jsou.</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Vyberte soubor k importu</translation>
    </message>
    <message>
        <source>Coffer exports and CSV files (*.zip *.json *.encrypted *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exporty Coffer a soubory CSV (*.zip *.json *.encrypted *.csv *.tsv *.txt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Choose the Exported Folder</source>
        <translation>Vyberte exportovanou složku</translation>
    </message>
    <message>
        <source>An encrypted Coffer export. It opens with the password that was chosen when it was made.</source>
        <translation>Šifrovaný export Coffer. Otevře se heslem, které bylo zvoleno při jeho vytvoření.</translation>
    </message>
    <message>
        <source>A Coffer export: its clients, notes, files and consents are imported. Users and the audit log are not: this vault keeps its own.</source>
        <translation>Export Coffer: importují se jeho klienti, poznámky, soubory a souhlasy. Uživatelé a auditní protokol ne: tento trezor si ponechává vlastní.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Soubor nelze přečíst: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Soubor je prázdný.</translation>
    </message>
    <message>
        <source>The file has a heading row and no clients.</source>
        <translation>Soubor obsahuje řádek záhlaví, ale žádné klienty.</translation>
    </message>
    <message>
        <source>Where “%1” goes</source>
        <translation>Kam patří „%1“</translation>
    </message>
    <message numerus="yes">
        <source>A CSV file with %n column(s).</source>
        <translation>
            <numerusform>Soubor CSV s %n sloupcem.</numerusform>
            <numerusform>Soubor CSV s %n sloupci.</numerusform>
            <numerusform>Soubor CSV s %n sloupci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Sloupec %1</translation>
    </message>
    <message>
        <source>Choose the column that holds the clients&apos; names (or an organisation column together with “Person or organisation”).</source>
        <translation>Vyberte sloupec se jmény klientů (nebo sloupec organizace spolu se sloupcem „Osoba nebo organizace“).</translation>
    </message>
    <message>
        <source>Character set of the file</source>
        <translation>Znaková sada souboru</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>&amp;Znaková sada:</translation>
    </message>
    <message>
        <source>The file is not UTF-8. If the names below look wrong, choose the character set it was saved in.</source>
        <translation>Soubor není v kódování UTF-8. Pokud jména níže vypadají špatně, vyberte znakovou sadu, ve které byl uložen.</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <translation>UTF-8 se značkou pořadí bajtů (BOM)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (západoevropské)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (středoevropské)</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (baltské)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Save a &amp;Decrypted Copy…</source>
        <translation>Uložit &amp;dešifrovanou kopii…</translation>
    </message>
    <message>
        <source>Instead of importing: the export&apos;s plain ZIP or JSON file, for another program. Anyone who can read that copy can read the data in it.</source>
        <translation>Místo importu: nešifrovaný soubor ZIP nebo JSON exportu pro jiný program. Kdo může číst tuto kopii, může číst i data v ní.</translation>
    </message>
</context>
<context>
    <name>coffer::ImportTask</name>
    <message>
        <source>semicolons</source>
        <translation>středníky</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulátory</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>čárkami</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Soubor nelze přečíst: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing clients from “%1”…</source>
        <translation>Importují se klienti ze souboru „%1“…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importuje se „%1“…</translation>
    </message>
    <message>
        <source>“%1” is imported</source>
        <translation>Import „%1“ je dokončen</translation>
    </message>
    <message>
        <source>Clients: %1 · Notes: %2 · Files: %3 · Consents: %4</source>
        <translation>Klienti: %1 · Poznámky: %2 · Soubory: %3 · Souhlasy: %4</translation>
    </message>
    <message>
        <source>Already in this vault, and kept as they are here (%1):</source>
        <translation>Už v tomto trezoru jsou a zůstávají tak, jak jsou zde (%1):</translation>
    </message>
    <message>
        <source>Clients added: %1 · Notes: %2</source>
        <translation>Přidaní klienti: %1 · Poznámky: %2</translation>
    </message>
    <message>
        <source>Read as %1, with values separated by %2.</source>
        <translation>Načteno v kódování %1, hodnoty jsou odděleny %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Řádek %1: %2</translation>
    </message>
    <message>
        <source>Rows not imported — put them right in the file and import those rows again:</source>
        <translation>Neimportované řádky — opravte je v souboru a importujte tyto řádky znovu:</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Neimportované sloupce: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) of the export were not imported: an export holds no passwords. Add them on the Users page.</source>
        <translation>
            <numerusform>%n uživatel z exportu nebyl importován: export neobsahuje hesla. Přidejte ho na stránce Uživatelé.</numerusform>
            <numerusform>%n uživatelé z exportu nebyli importováni: export neobsahuje hesla. Přidejte je na stránce Uživatelé.</numerusform>
            <numerusform>%n uživatelů z exportu nebylo importováno: export neobsahuje hesla. Přidejte je na stránce Uživatelé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(s) were not imported: this vault keeps its own log.</source>
        <translation>
            <numerusform>%n záznam auditního protokolu nebyl importován: tento trezor si vede vlastní protokol.</numerusform>
            <numerusform>%n záznamy auditního protokolu nebyly importovány: tento trezor si vede vlastní protokol.</numerusform>
            <numerusform>%n záznamů auditního protokolu nebylo importováno: tento trezor si vede vlastní protokol.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is imported, except %n row(s)</source>
        <translation>
            <numerusform>„%1“ je importován, kromě %n řádku</numerusform>
            <numerusform>„%1“ je importován, kromě %n řádků</numerusform>
            <numerusform>„%1“ je importován, kromě %n řádků</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Decrypted Copy As</source>
        <translation>Uložit dešifrovanou kopii jako</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Dešifrování</translation>
    </message>
    <message>
        <source>Decrypting “%1”…</source>
        <translation>Dešifruje se „%1“…</translation>
    </message>
    <message>
        <source>The decrypted copy is saved</source>
        <translation>Dešifrovaná kopie je uložena</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Uloženo jako:</translation>
    </message>
    <message>
        <source>This copy is not encrypted: anyone who can read the file can read the data in it. Delete it when it is no longer needed.</source>
        <translation>Tato kopie není šifrovaná: kdo může číst soubor, může číst i data v něm. Smažte ji, až ji nebudete potřebovat.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is imported, except %n client(s)</source>
        <translation>
            <numerusform>„%1“ je importován, kromě %n klienta</numerusform>
            <numerusform>„%1“ je importován, kromě %n klientů</numerusform>
            <numerusform>„%1“ je importován, kromě %n klientů</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, with their notes, files and consents:</source>
        <translation>Vynecháni i s jejich poznámkami, soubory a souhlasy:</translation>
    </message>
    <message>
        <source>Each has a value that Coffer does not store, such as an email address with a comma where a dot should be. Put it right where the export came from, export again and import that: what is already here is kept as it is.</source>
        <translation>Každý má hodnotu, kterou Coffer neukládá, například e-mailovou adresu s čárkou místo tečky. Opravte ji tam, odkud export pochází, exportujte znovu a importujte ten: co už je zde, zůstane, jak je.</translation>
    </message>
</context>
<context>
    <name>coffer::MainWindow</name>
    <message>
        <source>%1 — Coffer</source>
        <extracomment>The main window&apos;s title: the vault&apos;s name, an em dash, the program&apos;s name.</extracomment>
        <translation>%1 — Coffer</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hlavní</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zamknout</translation>
    </message>
    <message>
        <source>Lock the vault (%1). Its keys are wiped from memory; the password is needed to open it again.</source>
        <translation>Zamknout trezor (%1). Jeho klíče se vymažou z paměti; k dalšímu otevření bude potřeba heslo.</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Trezor: %1</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Uživatel:</translation>
    </message>
    <message>
        <source>Your role in this vault decides what you may do.</source>
        <translation>Vaše role v tomto trezoru určuje, co smíte dělat.</translation>
    </message>
    <message>
        <source>&amp;Export all…</source>
        <translation>&amp;Exportovat vše…</translation>
    </message>
    <message>
        <source>Export everything in this vault to a file you keep: a complete copy in standard formats (JSON and CSV).</source>
        <translation>Exportovat vše z tohoto trezoru do souboru, který si ponecháte: úplná kopie ve standardních formátech (JSON a CSV).</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Zálohovat &amp;nyní</translation>
    </message>
    <message>
        <source>Make an encrypted backup of this vault in its backup folder.</source>
        <translation>Vytvořit šifrovanou zálohu tohoto trezoru v jeho složce záloh.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekce</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditní protokol</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Najít klienta</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nový klient</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo vault.&lt;/b&gt; The clients in it are made up. It is deleted when you lock it or quit Coffer, so nothing you do here is kept.</source>
        <translation>&lt;b&gt;Toto je ukázkový trezor.&lt;/b&gt; Klienti v něm jsou smyšlení. Smaže se, jakmile ho zamknete nebo ukončíte Coffer, takže nic, co zde uděláte, se neuchová.</translation>
    </message>
    <message>
        <source>Create &amp;Your Own Vault…</source>
        <translation>Vytvořit &amp;vlastní trezor…</translation>
    </message>
    <message>
        <source>Close the demo (it is deleted) and create a vault for your real clients.</source>
        <translation>Zavřít ukázku (bude smazána) a vytvořit trezor pro vaše skutečné klienty.</translation>
    </message>
    <message>
        <source>Demo vault notice</source>
        <translation>Upozornění na ukázkový trezor</translation>
    </message>
    <message>
        <source>Demo vault in a temporary folder: %1</source>
        <translation>Ukázkový trezor v dočasné složce: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Importovat &amp;klienty…</translation>
    </message>
    <message>
        <source>Bring clients in from a Coffer export or from a CSV file that another program saved.</source>
        <translation>Importovat klienty z exportu Coffer nebo ze souboru CSV, který uložil jiný program.</translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation>Nahrazení trezoru</translation>
    </message>
    <message>
        <source>The sample vault cannot be replaced. Restore the backup as a separate vault instead.</source>
        <translation>Ukázkový trezor nelze nahradit. Obnovte místo toho zálohu jako samostatný trezor.</translation>
    </message>
    <message>
        <source>Wait until the work in progress has finished, then try again.</source>
        <translation>Počkejte, až se probíhající práce dokončí, a zkuste to znovu.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Trezor byl zamčen po %n minutě nečinnosti.</numerusform>
            <numerusform>Trezor byl zamčen po %n minutách nečinnosti.</numerusform>
            <numerusform>Trezor byl zamčen po %n minutách nečinnosti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after a while without use.</source>
        <translation>Trezor byl zamčen po určité době nečinnosti.</translation>
    </message>
    <message>
        <source>Your account: change your password</source>
        <translation>Váš účet: změna hesla</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>Změnit své hes&amp;lo…</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Změna hesla</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one the next time you unlock the vault.</source>
        <translation>Vaše heslo bylo změněno. Při příštím odemykání trezoru použijte nové.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a restored copy&lt;/b&gt;, made from the backup of %1. It is a separate vault: what you change here does not reach the vault it was restored from, and clients added there since are not here.</source>
        <translation>&lt;b&gt;Toto je obnovená kopie&lt;/b&gt;, vytvořená ze zálohy (%1). Je to samostatný trezor: co zde změníte, se do trezoru, ze kterého byla obnovena, nedostane, a klienti přidaní tam od té doby zde nejsou.</translation>
    </message>
    <message>
        <source>Restored copy notice</source>
        <translation>Upozornění na obnovenou kopii</translation>
    </message>
    <message>
        <source>Choose Another Dis&amp;k…</source>
        <translation>Vybrat jiný dis&amp;k…</translation>
    </message>
    <message>
        <source>Choose a folder on a USB drive or another disk for the backups.</source>
        <translation>Vyberte pro zálohy složku na USB disku nebo jiném disku.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of this vault go to the same disk as the vault.&lt;/b&gt; Coffer makes one each time you lock it after a change, but if this disk dies, the vault and its backups are lost together. Keep them on a USB drive or another disk.</source>
        <translation>&lt;b&gt;Zálohy tohoto trezoru se ukládají na stejný disk jako trezor.&lt;/b&gt; Coffer vytvoří zálohu pokaždé, když jej po změně zamknete, ale pokud tento disk selže, trezor i jeho zálohy budou ztraceny současně. Uchovávejte je na USB disku nebo jiném disku.</translation>
    </message>
    <message>
        <source>Backups on the same disk notice</source>
        <translation>Upozornění na zálohy na stejném disku</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Žádosti</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Žádosti (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Requests, %n due within a week</source>
        <translation>
            <numerusform>Žádosti, %n se lhůtou do týdne</numerusform>
            <numerusform>Žádosti, %n se lhůtou do týdne</numerusform>
            <numerusform>Žádosti, %n se lhůtou do týdne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) due within 7 days or overdue</source>
        <translation>
            <numerusform>%n otevřená žádost se lhůtou do 7 dnů nebo po lhůtě</numerusform>
            <numerusform>%n otevřené žádosti se lhůtou do 7 dnů nebo po lhůtě</numerusform>
            <numerusform>%n otevřených žádostí se lhůtou do 7 dnů nebo po lhůtě</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault may have been rolled back.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tento trezor byl možná vrácen do staršího stavu.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Rolled-back vault warning</source>
        <translation>Varování o vráceném trezoru</translation>
    </message>
    <message>
        <source>Change the &amp;Data Key</source>
        <translation>Změnit &amp;datový klíč</translation>
    </message>
    <message>
        <source>&lt;b&gt;Access was taken away, but the data key has not changed since.&lt;/b&gt; A copy of the vault&apos;s files made before, with a removed user&apos;s old password, still opens everything saved now.</source>
        <translation>&lt;b&gt;Někomu byl odebrán přístup, ale datový klíč se od té doby nezměnil.&lt;/b&gt; Dříve pořízená kopie souborů trezoru spolu se starým heslem odebraného uživatele stále otevře vše, co je uloženo nyní.</translation>
    </message>
    <message>
        <source>Data key not changed warning</source>
        <translation>Varování o nezměněném datovém klíči</translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation>Změna datového klíče</translation>
    </message>
    <message>
        <source>Make a &amp;Recovery Key…</source>
        <translation>Vytvořit &amp;obnovovací klíč…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault has no recovery key.&lt;/b&gt; The previous owner&apos;s key went with the ownership. If you forget your password, nobody can open the vault: make a recovery key of your own and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Tento trezor nemá obnovovací klíč.&lt;/b&gt; Klíč předchozího vlastníka zanikl s předáním vlastnictví. Pokud zapomenete heslo, nikdo trezor neotevře: vytvořte si vlastní obnovovací klíč a uchovávejte ho na bezpečném místě.</translation>
    </message>
    <message>
        <source>No recovery key warning</source>
        <translation>Varování o chybějícím obnovovacím klíči</translation>
    </message>
    <message>
        <source>Make a Recovery Key</source>
        <translation>Vytvoření obnovovacího klíče</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault was changed outside Coffer.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tento trezor byl změněn mimo Coffer.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Outside change warning</source>
        <translation>Upozornění na změny mimo Coffer</translation>
    </message>
    <message>
        <source>Purposes &amp; Policies</source>
        <translation>Účely a zásady</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Zkontrolovat…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n client(s) are past their retention period.&lt;/b&gt; Their data is kept until you run retention.</source>
        <translation>
            <numerusform>&lt;b&gt;%n klientovi uplynula doba uchovávání.&lt;/b&gt; Údaje zůstanou, dokud uchovávání neprovedete.</numerusform>
            <numerusform>&lt;b&gt;%n klientům uplynula doba uchovávání.&lt;/b&gt; Údaje zůstanou, dokud uchovávání neprovedete.</numerusform>
            <numerusform>&lt;b&gt;%n klientům uplynula doba uchovávání.&lt;/b&gt; Údaje zůstanou, dokud uchovávání neprovedete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention reminder</source>
        <translation>Připomenutí uchovávání</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Uchovávání</translation>
    </message>
    <message>
        <source>Privacy Check</source>
        <translation>Kontrola ochrany údajů</translation>
    </message>
</context>
<context>
    <name>coffer::NewPasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Heslo &amp;znovu:</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Použijte alespoň %1 znaků. Několik nesouvisejících slov se snadno pamatuje a těžko uhádne.</translation>
    </message>
    <message>
        <source>Type the password again to make sure there is no typo.</source>
        <translation>Napište heslo znovu, abyste vyloučili překlep.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hesla se neshodují.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Hesla se shodují.</translation>
    </message>
</context>
<context>
    <name>coffer::NewRequestDialog</name>
    <message>
        <source>New Request</source>
        <translation>Nová žádost</translation>
    </message>
    <message>
        <source>Name and how to reach them, as they gave it</source>
        <translation>Jméno a kontakt, jak je osoba uvedla</translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation>&amp;Kdo žádá:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>They ask for:</source>
        <translation>Žádá o:</translation>
    </message>
    <message>
        <source>It &amp;arrived by:</source>
        <translation>&amp;Přišla:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Datum přijetí:</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Odpovědět do:</translation>
    </message>
    <message>
        <source>%1 — one month from receipt, even while identity is being checked; it can be extended by up to two months, telling the person why within the first month.</source>
        <translation>%1 — měsíc od přijetí, i během ověřování totožnosti; lhůtu lze prodloužit až o dva měsíce, pokud osobě během prvního měsíce sdělíte důvod.</translation>
    </message>
    <message>
        <source>&amp;Record Request</source>
        <translation>&amp;Zaznamenat žádost</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Kdo žádá</translation>
    </message>
    <message>
        <source>What they ask for</source>
        <translation>O co žádá</translation>
    </message>
    <message>
        <source>How it arrived</source>
        <translation>Jak přišla</translation>
    </message>
    <message>
        <source>Day it was received</source>
        <translation>Den přijetí</translation>
    </message>
</context>
<context>
    <name>coffer::NotesPanel</name>
    <message>
        <source>Kind of note</source>
        <translation>Druh poznámky</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text poznámky</translation>
    </message>
    <message>
        <source>What was said or agreed…</source>
        <translation>Co bylo řečeno nebo dohodnuto…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Přidat &amp;poznámku</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Přidat poznámku</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Poznámky, od nejnovějších</translation>
    </message>
    <message>
        <source>No notes yet. Write what was said or agreed above and press Add note.</source>
        <translation>Zatím žádné poznámky. Napište výše, co bylo řečeno nebo dohodnuto, a stiskněte „Přidat poznámku“.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Zatím žádné poznámky.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Add the note (%1)</source>
        <translation>Přidat poznámku (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove note…</source>
        <translation>&amp;Odstranit poznámku…</translation>
    </message>
    <message>
        <source>Remove the chosen note</source>
        <translation>Odstranit vybranou poznámku</translation>
    </message>
    <message>
        <source>Delete the chosen note (%1)</source>
        <translation>Smazat vybranou poznámku (%1)</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Odstranit poznámku</translation>
    </message>
    <message>
        <source>Remove this note?</source>
        <translation>Odstranit tuto poznámku?</translation>
    </message>
</context>
<context>
    <name>coffer::OldKeyBackupsDialog</name>
    <message>
        <source>Out of Coffer&apos;s reach</source>
        <translation>Mimo dosah Coffer</translation>
    </message>
    <message>
        <source>Older Backups</source>
        <translation>Starší zálohy</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this vault were taken before the data key changed. They still open with the old key, and with the passwords people had then — also of anyone whose access was just taken away.</source>
        <translation>
            <numerusform>%n záloha tohoto trezoru byla pořízena před změnou datového klíče. Stále se otevírá starým klíčem a hesly, která lidé tehdy měli, — i hesly těch, kterým byl právě odebrán přístup.</numerusform>
            <numerusform>%n zálohy tohoto trezoru byly pořízeny před změnou datového klíče. Stále se otevírají starým klíčem a hesly, která lidé tehdy měli, — i hesly těch, kterým byl právě odebrán přístup.</numerusform>
            <numerusform>%n záloh tohoto trezoru bylo pořízeno před změnou datového klíče. Stále se otevírají starým klíčem a hesly, která lidé tehdy měli, — i hesly těch, kterým byl právě odebrán přístup.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffer can destroy their key slots, as a cancellation does: it first checks that a backup under the new key opens, then overwrites the old backups&apos; keys so that nothing opens them, and removes the files. They cannot be restored afterwards.</source>
        <translation>Coffer může zničit jejich sloty klíčů, stejně jako při zrušení účtu: nejprve ověří, že se otevře záloha s novým klíčem, pak přepíše klíče starých záloh, aby je už nic neotevřelo, a soubory odstraní. Poté je už nelze obnovit.</translation>
    </message>
    <message>
        <source>&amp;Destroy Their Key Slots</source>
        <translation>&amp;Zničit jejich sloty klíčů</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Ponechat je</translation>
    </message>
    <message>
        <source>Nothing was destroyed: %1</source>
        <translation>Nic nebylo zničeno: %1</translation>
    </message>
    <message>
        <source>The backup at %1 was checked first.</source>
        <translation>Nejprve byla ověřena záloha %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed.</source>
        <translation>
            <numerusform>Zničena %n starší záloha.</numerusform>
            <numerusform>Zničeny %n starší zálohy.</numerusform>
            <numerusform>Zničeno %n starších záloh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed, %1 not:</source>
        <translation>
            <numerusform>Zničena %n starší záloha, %1 se zničit nepodařilo:</numerusform>
            <numerusform>Zničeny %n starší zálohy, %1 se zničit nepodařilo:</numerusform>
            <numerusform>Zničeno %n starších záloh, %1 se zničit nepodařilo:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Zavří&amp;t</translation>
    </message>
</context>
<context>
    <name>coffer::OneTimePasswordDialog</name>
    <message>
        <source>One-Time Password for %1</source>
        <translation>Jednorázové heslo pro uživatele %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has been added. Here is their one-time password.</source>
        <translation>Uživatel &lt;b&gt;%1&lt;/b&gt; byl přidán. Zde je jeho jednorázové heslo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&apos;s password has been reset. Here is their new one-time password; the old password no longer works.</source>
        <translation>Heslo uživatele &lt;b&gt;%1&lt;/b&gt; bylo resetováno. Zde je jeho nové jednorázové heslo; původní heslo už neplatí.</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Jednorázové heslo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Copy the one-time password</source>
        <translation>Kopírovat jednorázové heslo</translation>
    </message>
    <message>
        <source>Give it to %1 in person or by phone rather than by email. At their first sign-in Coffer asks them to choose their own password, and this one stops working.&lt;br&gt;&lt;br&gt;&lt;b&gt;This is the only time it is shown.&lt;/b&gt; If it is lost, reset the password again.</source>
        <translation>Předejte ho uživateli %1 osobně nebo po telefonu, ne e-mailem. Při prvním přihlášení ho Coffer vyzve, aby si zvolil vlastní heslo, a toto heslo přestane platit.&lt;br&gt;&lt;br&gt;&lt;b&gt;Zobrazuje se jen tentokrát.&lt;/b&gt; Pokud se ztratí, resetujte heslo znovu.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hotovo</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Zkopírováno. Schránka se vymaže za %n sekundu.</numerusform>
            <numerusform>Zkopírováno. Schránka se vymaže za %n sekundy.</numerusform>
            <numerusform>Zkopírováno. Schránka se vymaže za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Zkopírováno.</translation>
    </message>
</context>
<context>
    <name>coffer::PasswordStrengthMeter</name>
    <message>
        <source>Strength: %1</source>
        <translation>Síla: %1</translation>
    </message>
</context>
<context>
    <name>coffer::PolicyDialog</name>
    <message>
        <source>As &amp;text</source>
        <translation>Jako &amp;text</translation>
    </message>
    <message>
        <source>As a &amp;file (the PDF you published, say)</source>
        <translation>Jako &amp;soubor (například zveřejněné PDF)</translation>
    </message>
    <message>
        <source>Add Policy Version</source>
        <translation>Přidat verzi zásad</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>např. %1</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Účinné od</translation>
    </message>
    <message>
        <source>The policy&apos;s text</source>
        <translation>Text zásad</translation>
    </message>
    <message>
        <source>Paste the policy as published</source>
        <translation>Vložte zásady tak, jak byly zveřejněny</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vybrat…</translation>
    </message>
    <message>
        <source>The policy as published</source>
        <translation>Zásady, jak byly zveřejněny</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Verze:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Účinné &amp;od:</translation>
    </message>
    <message>
        <source>A version is kept as it is, with its SHA-256, and is never changed: a changed policy is a new version. Consents given under an earlier one are listed to ask again.</source>
        <translation>Verze se uchovává tak, jak je, se svým SHA-256, a nikdy se nemění: změněné zásady jsou novou verzí. Souhlasy udělené podle dřívější verze se vypíší, abyste se mohli zeptat znovu.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Přidat</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Není vybrán žádný soubor</translation>
    </message>
</context>
<context>
    <name>coffer::PrivacyCheckPage</name>
    <message>
        <source>Authority told %1</source>
        <translation>Úřad informován %1</translation>
    </message>
    <message>
        <source>Not notified: %1</source>
        <translation>Neohlášeno: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n hodinu po lhůtě</numerusform>
            <numerusform>%n hodiny po lhůtě</numerusform>
            <numerusform>%n hodin po lhůtě</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left to tell the authority</source>
        <translation>
            <numerusform>zbývá %n hodina k ohlášení úřadu</numerusform>
            <numerusform>zbývají %n hodiny k ohlášení úřadu</numerusform>
            <numerusform>zbývá %n hodin k ohlášení úřadu</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Zjištěno</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co udělat</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Zjištěno</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Hodiny</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>Breach log</source>
        <translation>Záznam o porušeních</translation>
    </message>
    <message>
        <source>Save Record of &amp;Processing…</source>
        <translation>Uložit záznamy o &amp;zpracování…</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Article 30) as a PDF.</source>
        <translation>Záznamy o činnostech zpracování (čl. 30 GDPR) jako PDF.</translation>
    </message>
    <message>
        <source>&amp;Log Breach…</source>
        <translation>&amp;Zaznamenat porušení…</translation>
    </message>
    <message>
        <source>Record &amp;Notification…</source>
        <translation>Zaznamenat &amp;ohlášení…</translation>
    </message>
    <message>
        <source>Privacy Check</source>
        <translation>Kontrola ochrany údajů</translation>
    </message>
    <message>
        <source>What needs your action now: requests to answer, data past its retention, consents to ask again, breaches to notify within 72 hours (GDPR Article 33), backups and the audit log.</source>
        <translation>Co teď vyžaduje vaši akci: žádosti k odpovědi, údaje po době uchovávání, souhlasy k novému vyžádání, porušení k ohlášení do 72 hodin (čl. 33 GDPR), zálohy a auditní záznam.</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Vyžaduje akci</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>V pořádku</translation>
    </message>
    <message>
        <source>Nothing needs your action.</source>
        <translation>Nic nevyžaduje vaši akci.</translation>
    </message>
    <message>
        <source>Some things need your action; each line says what to do.</source>
        <translation>Některé věci vyžadují vaši akci; každý řádek říká, co udělat.</translation>
    </message>
    <message>
        <source>Log Breach</source>
        <translation>Zaznamenat porušení</translation>
    </message>
    <message>
        <source>What happened, in general words (no client&apos;s data)</source>
        <translation>Co se stalo, obecnými slovy (bez údajů klientů)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Neznámo</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Zjištěno:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Co se stalo:</translation>
    </message>
    <message>
        <source>&amp;People, about:</source>
        <translation>&amp;Osob, přibližně:</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>&amp;Přijatá opatření:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Zaznamenat</translation>
    </message>
    <message>
        <source>The breach was not logged</source>
        <translation>Porušení nebylo zaznamenáno</translation>
    </message>
    <message>
        <source>Record Notification</source>
        <translation>Zaznamenat ohlášení</translation>
    </message>
    <message>
        <source>Or: why the authority is not told (no risk to people, because …)</source>
        <translation>Nebo: proč se úřad neinformuje (žádné riziko pro osoby, protože …)</translation>
    </message>
    <message>
        <source>&amp;Authority told on:</source>
        <translation>Ú&amp;řad informován:</translation>
    </message>
    <message>
        <source>&amp;Or not told, because:</source>
        <translation>&amp;Nebo neinformován, protože:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Zaznamenat</translation>
    </message>
    <message>
        <source>The notification was not recorded</source>
        <translation>Ohlášení nebylo zaznamenáno</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Záznamy o zpracování</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Uložit záznamy o zpracování</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Record of Processing</source>
        <translation>Uložit záznamy o zpracování</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>Záznamy nebyly uloženy</translation>
    </message>
</context>
<context>
    <name>coffer::PurposeDialog</name>
    <message>
        <source>Edit Purpose</source>
        <translation>Upravit účel</translation>
    </message>
    <message>
        <source>Add Purpose</source>
        <translation>Přidat účel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>e.g. Newsletter</source>
        <translation>např. Zpravodaj</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Právní základ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>What the data is used for, in the words your clients read</source>
        <translation>K čemu se údaje používají – slovy, která čtou vaši klienti</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Ú&amp;čel:</translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation>Právní &amp;základ:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Popis:</translation>
    </message>
    <message>
        <source>For consent, a client may be contacted for the purpose while their consent is granted. For any other basis, every client may be, unless they objected.</source>
        <translation>Je-li základem souhlas, lze klienta k tomuto účelu oslovit, dokud je jeho souhlas udělen. Při jakémkoli jiném základu lze oslovit každého klienta, pokud nevznesl námitku.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Přidat</translation>
    </message>
</context>
<context>
    <name>coffer::PurposesPage</name>
    <message>
        <source>Purposes &amp; Policies</source>
        <translation>Účely a zásady</translation>
    </message>
    <message>
        <source>What your business processes personal data for, and on which lawful basis (GDPR Article 6); the versions of your privacy policy. Consents are recorded against these purposes.</source>
        <translation>K jakým účelům vaše firma zpracovává osobní údaje a na jakém právním základě (čl. 6 GDPR); verze vašich zásad ochrany osobních údajů. Souhlasy se zaznamenávají k těmto účelům.</translation>
    </message>
    <message>
        <source>Purposes of processing</source>
        <translation>Účely zpracování</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Právní základ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>&amp;Add Purpose…</source>
        <translation>&amp;Přidat účel…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>Privacy policy versions</source>
        <translation>Verze zásad ochrany osobních údajů</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Účinné od</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Uloženo jako</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Uložit kopii…</translation>
    </message>
    <message>
        <source>Add &amp;Version…</source>
        <translation>Přidat &amp;verzi…</translation>
    </message>
    <message>
        <source>Consents to ask for again</source>
        <translation>Souhlasy, o které požádat znovu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Udělen</translation>
    </message>
    <message>
        <source>Under version</source>
        <translation>Podle verze</translation>
    </message>
    <message>
        <source>Consents given under an earlier policy</source>
        <translation>Souhlasy udělené podle dřívějších zásad</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Účel:</translation>
    </message>
    <message>
        <source>Clients whose consent was given under a policy version other than the one in force today. Open one to record their answer when you have asked again.</source>
        <translation>Klienti, jejichž souhlas byl udělen podle jiné verze zásad, než je dnes účinná. Až se jich znovu zeptáte, otevřete klienta a zaznamenejte odpověď.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (účinná)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>No policy version is archived yet: add the one in force, and Coffer lists here who consented under an earlier one once you add the next.</source>
        <translation>V archivu zatím není žádná verze zásad: přidejte tu účinnou a Coffer zde po přidání další vypíše, kdo souhlasil podle dřívější.</translation>
    </message>
    <message>
        <source>No purpose rests on consent.</source>
        <translation>Žádný účel nestojí na souhlasu.</translation>
    </message>
    <message>
        <source>Nobody: every granted consent for this purpose was given under the version in force.</source>
        <translation>Nikdo: všechny souhlasy s tímto účelem byly uděleny podle účinné verze.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nezaznamenána</translation>
    </message>
    <message>
        <source>Add Purpose</source>
        <translation>Přidat účel</translation>
    </message>
    <message>
        <source>Edit Purpose</source>
        <translation>Upravit účel</translation>
    </message>
    <message>
        <source>The file is larger than a policy may be (%1 MiB).</source>
        <translation>Soubor je větší, než smějí být zásady (%1 MiB).</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Soubor se nepodařilo přečíst: %1</translation>
    </message>
    <message>
        <source>Add Policy Version</source>
        <translation>Přidat verzi zásad</translation>
    </message>
    <message>
        <source>Privacy policy %1</source>
        <translation>Zásady ochrany osobních údajů %1</translation>
    </message>
    <message>
        <source>Save a copy of the policy</source>
        <translation>Uložit kopii zásad</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Uložit kopii</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>To se nepodařilo</translation>
    </message>
    <message>
        <source>Record of &amp;Processing…</source>
        <translation>Záznam o &amp;zpracování…</translation>
    </message>
    <message>
        <source>What the record of processing activities (GDPR Article 30) says of this purpose.</source>
        <translation>Co záznamy o činnostech zpracování (čl. 30 GDPR) uvádějí o tomto účelu.</translation>
    </message>
    <message>
        <source>Record of Processing</source>
        <translation>Záznam o zpracování</translation>
    </message>
    <message>
        <source>Record of Processing: %1</source>
        <translation>Záznam o zpracování: %1</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Osoby:</translation>
    </message>
    <message>
        <source>e.g. clients and their contact persons</source>
        <translation>např. klienti a jejich kontaktní osoby</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>Úd&amp;aje:</translation>
    </message>
    <message>
        <source>e.g. names, emails, phone numbers, contracts</source>
        <translation>např. jména, e-maily, telefony, smlouvy</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Příjemci:</translation>
    </message>
    <message>
        <source>e.g. our accountant; nobody</source>
        <translation>např. naše účetní; nikdo</translation>
    </message>
    <message>
        <source>&amp;Transfers outside the EEA:</source>
        <translation>Předávání &amp;mimo EHP:</translation>
    </message>
    <message>
        <source>none, or where to and with which safeguards</source>
        <translation>žádné, nebo kam a s jakými zárukami</translation>
    </message>
    <message>
        <source>The lawful basis, the retention rule, your business&apos;s details and the security measures come from where they are kept.</source>
        <translation>Právní základ, pravidlo uchovávání, údaje vaší firmy a bezpečnostní opatření se berou odtud, kde jsou uloženy.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyDialog</name>
    <message>
        <source>New Recovery Key</source>
        <translation>Nový obnovovací klíč</translation>
    </message>
    <message>
        <source>&lt;b&gt;The recovery key was replaced.&lt;/b&gt; The old one no longer opens this vault; this new one does, when you forget your password. It is shown only this once.</source>
        <translation>&lt;b&gt;Obnovovací klíč byl vyměněn.&lt;/b&gt; Starý už tento trezor neotevře; tento nový ano, když zapomenete heslo. Zobrazí se jen tentokrát.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are the owner of this vault now: here is your own recovery key.&lt;/b&gt; The previous owner&apos;s key was destroyed with the hand-over. If you forget your password, this key is the only way back in. It is shown only this once.</source>
        <translation>&lt;b&gt;Nyní jste vlastníkem tohoto trezoru: zde je váš vlastní obnovovací klíč.&lt;/b&gt; Klíč předchozího vlastníka byl při předání vlastnictví zničen. Pokud zapomenete heslo, bude tento klíč jedinou cestou zpět. Zobrazí se jen tentokrát.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hotovo</translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyPanel</name>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Obnovovací klíč mám uložený na bezpečném místě</translation>
    </message>
    <message>
        <source>Write it down, or save it in another password manager, and keep it somewhere safe, away from this computer. To use it, choose “Forgot your password?” when you unlock the vault. Anyone who has this key and a copy of the vault can open it.</source>
        <translation>Zapište si ho nebo ho uložte do jiného správce hesel a uchovávejte ho na bezpečném místě mimo tento počítač. Chcete-li ho použít, zvolte při odemykání trezoru „Zapomněli jste heslo?“. Kdokoli, kdo má tento klíč a kopii trezoru, ho může otevřít.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Obnovovací klíč</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Zkopírovat obnovovací klíč</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Uložit jako…</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste it where you keep it safe; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Zkopírováno. Vložte ho tam, kde ho bezpečně uchováváte; schránka se vymaže za %n sekundu.</numerusform>
            <numerusform>Zkopírováno. Vložte ho tam, kde ho bezpečně uchováváte; schránka se vymaže za %n sekundy.</numerusform>
            <numerusform>Zkopírováno. Vložte ho tam, kde ho bezpečně uchováváte; schránka se vymaže za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else over it.</source>
        <translation>Zkopírováno. Vložte ho tam, kde ho bezpečně uchováváte, a pak zkopírujte něco jiného, aby se přepsal.</translation>
    </message>
    <message>
        <source>%1 recovery key.txt</source>
        <translation>%1 obnovovací klíč.txt</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Uložit obnovovací klíč</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textové soubory (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it somewhere safe, away from this computer.</source>
        <translation>Uloženo do %1. Přesuňte ho na bezpečné místo mimo tento počítač.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Neuloženo: %1</translation>
    </message>
    <message>
        <source>Coffer recovery key

Vault: %1
Folder: %2
Created: %3

Recovery key: %4

With this key the owner can choose a new password when the old one is forgotten.
Keep it somewhere safe, away from the computer that holds the vault: anyone who has
this key and a copy of the vault can open it.
</source>
        <translation>Obnovovací klíč Coffer

Trezor: %1
Složka: %2
Vytvořeno: %3

Obnovovací klíč: %4

S tímto klíčem může vlastník zvolit nové heslo, pokud původní zapomene.
Uchovávejte ho na bezpečném místě mimo počítač s trezorem: kdokoli, kdo má
tento klíč a kopii trezoru, ho může otevřít.
</translation>
    </message>
</context>
<context>
    <name>coffer::RemovalQuestion</name>
    <message>
        <source>It is deleted from the vault for good. Backups made before now still hold it; to remove everything about a person, erase the client instead.</source>
        <translation>Bude z trezoru natrvalo smazána. Zálohy pořízené dříve ji stále obsahují; chcete-li odstranit vše o určité osobě, vymažte klienta.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odstranit</translation>
    </message>
</context>
<context>
    <name>coffer::ReplyLetter</name>
    <message>
        <source>The deadline of this request is not extended: extend it first, with its reason.</source>
        <translation>Lhůta této žádosti není prodloužena: nejprve ji prodlužte s uvedením důvodu.</translation>
    </message>
    <message>
        <source>This request is not closed as done yet.</source>
        <translation>Tato žádost ještě není uzavřena jako vyřízená.</translation>
    </message>
    <message>
        <source>This request is not refused: close it as refused first, with its legal ground.</source>
        <translation>Tato žádost není zamítnuta: nejprve ji uzavřete jako zamítnutou s uvedením právního důvodu.</translation>
    </message>
    <message>
        <source>Your request of %1: %2</source>
        <translation>Vaše žádost ze dne %1: %2</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Vážená paní, vážený pane,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Dobrý den, %1,</translation>
    </message>
    <message>
        <source>If you have any question about your request, contact us: %1.</source>
        <translation>Máte-li jakékoli dotazy ke své žádosti, kontaktujte nás: %1.</translation>
    </message>
    <message>
        <source>We received your request (%1) on %2. We will answer it without undue delay and by %3 at the latest, as Article 12(3) of the General Data Protection Regulation (GDPR) requires.</source>
        <translation>Dne %2 jsme obdrželi vaši žádost (%1). Vyřídíme ji bez zbytečného odkladu, nejpozději do %3, jak vyžaduje čl. 12 odst. 3 obecného nařízení o ochraně osobních údajů (GDPR).</translation>
    </message>
    <message>
        <source>Before we give you any personal data or change it, we need to be sure that the request comes from you. We may ask you for information to confirm who you are.</source>
        <translation>Než vám poskytneme nebo změníme jakékoli osobní údaje, musíme si ověřit, že žádost podáváte vy. Můžeme vás požádat o informace k ověření vaší totožnosti.</translation>
    </message>
    <message numerus="yes">
        <source>We received your request on %1. It needs more time than one month: %2. As Article 12(3) of the GDPR allows, we extend the period to answer by %n month(s), to %3.</source>
        <translation>
            <numerusform>Dne %1 jsme obdrželi vaši žádost. Její vyřízení vyžaduje více než jeden měsíc: %2. Jak dovoluje čl. 12 odst. 3 GDPR, prodlužujeme lhůtu k odpovědi o %n měsíc, do %3.</numerusform>
            <numerusform>Dne %1 jsme obdrželi vaši žádost. Její vyřízení vyžaduje více než jeden měsíc: %2. Jak dovoluje čl. 12 odst. 3 GDPR, prodlužujeme lhůtu k odpovědi o %n měsíce, do %3.</numerusform>
            <numerusform>Dne %1 jsme obdrželi vaši žádost. Její vyřízení vyžaduje více než jeden měsíc: %2. Jak dovoluje čl. 12 odst. 3 GDPR, prodlužujeme lhůtu k odpovědi o %n měsíců, do %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>We have carried out your request of %1.</source>
        <translation>Vaši žádost ze dne %1 jsme vyřídili.</translation>
    </message>
    <message>
        <source>We cannot carry out your request of %1, for this reason: %2.</source>
        <translation>Vaši žádost ze dne %1 nemůžeme vyřídit z tohoto důvodu: %2.</translation>
    </message>
    <message>
        <source>You may complain to the data protection supervisory authority of your country, and seek a judicial remedy (GDPR Art. 12(4)).</source>
        <translation>Můžete podat stížnost u dozorového úřadu pro ochranu osobních údajů ve své zemi a domáhat se soudní ochrany (čl. 12 odst. 4 GDPR).</translation>
    </message>
    <message>
        <source>You may complain to the supervisory authority, %1, and seek a judicial remedy (GDPR Art. 12(4)).</source>
        <translation>Můžete podat stížnost u dozorového úřadu (%1) a domáhat se soudní ochrany (čl. 12 odst. 4 GDPR).</translation>
    </message>
    <message>
        <source>A copy of the personal data we hold about you is enclosed, with a letter that explains it.</source>
        <translation>V příloze je kopie osobních údajů, které o vás máme, s dopisem, který ji vysvětluje.</translation>
    </message>
    <message>
        <source>Your data has been corrected as you asked.</source>
        <translation>Vaše údaje jsme opravili, jak jste požádali.</translation>
    </message>
    <message>
        <source>Your personal data has been erased from our records. We keep only a note that your request was handled, which does not name you.</source>
        <translation>Vaše osobní údaje byly vymazány z našich záznamů. Uchováváme jen poznámku, že vaše žádost byla vyřízena, která vás nejmenuje.</translation>
    </message>
    <message>
        <source>The processing of your data is restricted: we only store it, and we will tell you before the restriction is lifted.</source>
        <translation>Zpracování vašich údajů je omezeno: pouze je uchováváme a před zrušením omezení vás budeme informovat.</translation>
    </message>
    <message>
        <source>Your data is enclosed in structured, machine-readable formats (JSON and CSV).</source>
        <translation>V příloze jsou vaše údaje ve strukturovaných, strojově čitelných formátech (JSON a CSV).</translation>
    </message>
    <message>
        <source>We will no longer use your data for the purpose you objected to.</source>
        <translation>Vaše údaje již nebudeme používat k účelu, proti kterému jste vznesli námitku.</translation>
    </message>
    <message>
        <source>We have recorded the withdrawal of your consent and no longer use your data for that purpose.</source>
        <translation>Zaznamenali jsme odvolání vašeho souhlasu a vaše údaje k tomuto účelu již nepoužíváme.</translation>
    </message>
    <message>
        <source>The letter could not be written: %1</source>
        <translation>Dopis nelze zapsat: %1</translation>
    </message>
</context>
<context>
    <name>coffer::ReportDialog</name>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Splněno</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nesplněno</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Zobrazit ve &amp;složce</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Podrobnosti</translation>
    </message>
    <message>
        <source>What Coffer checked, in technical terms</source>
        <translation>Co Coffer zkontroloval, technicky řečeno</translation>
    </message>
</context>
<context>
    <name>coffer::RequestDialog</name>
    <message>
        <source>Evidence</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Identity Checked…</source>
        <translation>&amp;Totožnost ověřena…</translation>
    </message>
    <message>
        <source>Record how you confirmed that the request comes from the person themselves.</source>
        <translation>Zaznamenejte, jak jste ověřili, že žádost podala sama osoba.</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>P&amp;rodloužit…</translation>
    </message>
    <message>
        <source>Give yourself one or two more months, with the reason; tell the person within the first month.</source>
        <translation>Prodlužte lhůtu o jeden nebo dva měsíce s uvedením důvodu; informujte osobu během prvního měsíce.</translation>
    </message>
    <message>
        <source>Open &amp;Client</source>
        <translation>Otevřít &amp;klienta</translation>
    </message>
    <message>
        <source>Close &amp;Request…</source>
        <translation>Uzavřít žá&amp;dost…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Odpovědět do:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Přijato:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Totožnost:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Prodloužení:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <source>Evidence linked to it:</source>
        <translation>Připojené doklady:</translation>
    </message>
    <message>
        <source>an erased client</source>
        <translation>vymazaný klient</translation>
    </message>
    <message>
        <source>%1 (not yet identified)</source>
        <translation>%1 (zatím neidentifikován)</translation>
    </message>
    <message>
        <source>someone not yet identified</source>
        <translation>zatím neidentifikovaná osoba</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n den po lhůtě</numerusform>
            <numerusform>%n dny po lhůtě</numerusform>
            <numerusform>%n dní po lhůtě</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>lhůta končí dnes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>zbývá %n den</numerusform>
            <numerusform>zbývají %n dny</numerusform>
            <numerusform>zbývá %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checked on %1: %2</source>
        <translation>Ověřena %1: %2</translation>
    </message>
    <message>
        <source>Waiting for proof of identity; the month still runs from receipt.</source>
        <translation>Čeká na doložení totožnosti; měsíc se stále počítá od přijetí.</translation>
    </message>
    <message>
        <source>Not checked yet; the month runs from receipt all the same.</source>
        <translation>Zatím neověřena; měsíc se přesto počítá od přijetí.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Žádné</translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s): %1 (told on %2)</source>
        <translation>
            <numerusform>o %n měsíc: %1 (oznámeno %2)</numerusform>
            <numerusform>o %n měsíce: %1 (oznámeno %2)</numerusform>
            <numerusform>o %n měsíců: %1 (oznámeno %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewers see requests; editors and above handle them.</source>
        <translation>Čtenáři žádosti vidí; vyřizují je editoři a vyšší role.</translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation>Tato žádost je uzavřena.</translation>
    </message>
    <message>
        <source>The deadline is already extended by the two months the law allows.</source>
        <translation>Lhůta je již prodloužena o dva měsíce, které zákon dovoluje.</translation>
    </message>
    <message>
        <source>Prepare &amp;Access Pack…</source>
        <translation>Připravit &amp;balíček pro přístup…</translation>
    </message>
    <message>
        <source>Prepare &amp;Export…</source>
        <translation>Připravit &amp;export…</translation>
    </message>
    <message>
        <source>Prepare the access pack: a folder with the client&apos;s data (a zip of JSON, CSV and their files) and a cover letter to send them. It becomes this request&apos;s evidence.</source>
        <translation>Připravte balíček pro přístup: složku s údaji klienta (zip s JSON, CSV a jeho soubory) a průvodní dopis k odeslání. Stane se dokladem této žádosti.</translation>
    </message>
    <message>
        <source>Prepare the export: the client&apos;s data in machine-readable formats (a zip of JSON, CSV and their files). It becomes this request&apos;s evidence.</source>
        <translation>Připravte export: údaje klienta ve strojově čitelných formátech (zip s JSON, CSV a jeho soubory). Stane se dokladem této žádosti.</translation>
    </message>
    <message>
        <source>&amp;Erase Client…</source>
        <translation>&amp;Vymazat klienta…</translation>
    </message>
    <message>
        <source>Erase the client: the verified erasure runs and its report becomes this request&apos;s evidence. The request then names them by a pseudonym only.</source>
        <translation>Vymažte klienta: proběhne ověřený výmaz a jeho protokol se stane dokladem této žádosti. Žádost pak klienta uvádí jen pseudonymem.</translation>
    </message>
    <message>
        <source>Re&amp;strict Processing…</source>
        <translation>O&amp;mezit zpracování…</translation>
    </message>
    <message>
        <source>Restrict processing of the client: their data is then kept but not changed until you lift it.</source>
        <translation>Omezte zpracování údajů klienta: údaje se pak uchovávají, ale nemění, dokud omezení nezrušíte.</translation>
    </message>
    <message>
        <source>The request is not linked to a client.</source>
        <translation>Žádost není propojena s klientem.</translation>
    </message>
    <message>
        <source>This step was not recorded</source>
        <translation>Tento krok nebyl zaznamenán</translation>
    </message>
    <message>
        <source>Nothing was changed. Put right what the message says and try again.</source>
        <translation>Nic se nezměnilo. Napravte, co uvádí zpráva, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Identity Checked</source>
        <translation>Totožnost ověřena</translation>
    </message>
    <message>
        <source>How did you confirm that the request comes from the person themselves?</source>
        <translation>Jak jste ověřili, že žádost podala sama osoba?</translation>
    </message>
    <message>
        <source>Extend the Deadline</source>
        <translation>Prodloužení lhůty</translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s)</source>
        <translation>
            <numerusform>o %n měsíc</numerusform>
            <numerusform>o %n měsíce</numerusform>
            <numerusform>o %n měsíců</numerusform>
        </translation>
    </message>
    <message>
        <source>For instance: records in several archives must be searched</source>
        <translation>Například: je třeba prohledat záznamy v několika archivech</translation>
    </message>
    <message>
        <source>The law allows two more months where a request is complex or there are many; tell the person, with this reason, within the first month.</source>
        <translation>Zákon dovoluje další dva měsíce, je-li žádost složitá nebo je-li žádostí mnoho; sdělte osobě tento důvod během prvního měsíce.</translation>
    </message>
    <message>
        <source>Extend by:</source>
        <translation>Prodloužit:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Důvod:</translation>
    </message>
    <message>
        <source>Access pack %1</source>
        <translation>Balíček pro přístup %1</translation>
    </message>
    <message>
        <source>Where to Make the Access Pack</source>
        <translation>Kde vytvořit balíček pro přístup</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>Nová složka:</translation>
    </message>
    <message>
        <source>Prepare Access Pack</source>
        <translation>Příprava balíčku pro přístup</translation>
    </message>
    <message>
        <source>Exporting the data of %1 and writing the letter…</source>
        <translation>Exportují se údaje klienta %1 a píše se dopis…</translation>
    </message>
    <message>
        <source>No access pack was made</source>
        <translation>Balíček pro přístup nebyl vytvořen</translation>
    </message>
    <message>
        <source>Nothing was written. Put right what the message says and try again.</source>
        <translation>Nic nebylo zapsáno. Napravte, co uvádí zpráva, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The access pack is ready in %1.</source>
        <translation>Balíček pro přístup je připraven: %1.</translation>
    </message>
    <message>
        <source>It is linked to this request as its evidence. Send it to the person in a safe way (it is not encrypted), then close the request as done.</source>
        <translation>Je připojen k této žádosti jako doklad. Pošlete jej osobě bezpečnou cestou (není šifrován) a pak žádost uzavřete jako vyřízenou.</translation>
    </message>
    <message>
        <source>The person&apos;s identity is not recorded as checked: check it before you send them their data.</source>
        <translation>Totožnost osoby není zaznamenána jako ověřená: ověřte ji, než jí údaje pošlete.</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Zobrazit &amp;složku</translation>
    </message>
    <message>
        <source>Restrict Processing</source>
        <translation>Omezení zpracování</translation>
    </message>
    <message>
        <source>Why is processing restricted? (For instance: the person contests the accuracy of their data.)</source>
        <translation>Proč se zpracování omezuje? (Například: osoba popírá přesnost svých údajů.)</translation>
    </message>
    <message>
        <source>Close the Request</source>
        <translation>Uzavření žádosti</translation>
    </message>
    <message>
        <source>&amp;Done: the request was carried out</source>
        <translation>&amp;Vyřízeno: žádosti bylo vyhověno</translation>
    </message>
    <message>
        <source>&amp;Refused, on a legal ground</source>
        <translation>&amp;Zamítnuto z právního důvodu</translation>
    </message>
    <message>
        <source>Only administrators and the owner refuse a request.</source>
        <translation>Žádost mohou zamítnout jen správci a vlastník.</translation>
    </message>
    <message>
        <source>Required: the legal ground, which you tell the person</source>
        <translation>Povinné: právní důvod, který osobě sdělíte</translation>
    </message>
    <message>
        <source>Optional: the evidence above shows what was done</source>
        <translation>Nepovinné: doklady výše ukazují, co bylo provedeno</translation>
    </message>
    <message>
        <source>Required without evidence: what was done</source>
        <translation>Povinné bez dokladů: co bylo provedeno</translation>
    </message>
    <message>
        <source>Record &amp;Objection…</source>
        <translation>Zaznamenat &amp;námitku…</translation>
    </message>
    <message>
        <source>Record &amp;Withdrawal…</source>
        <translation>Zaznamenat &amp;odvolání…</translation>
    </message>
    <message>
        <source>Mark the client not to be contacted for the purpose they object to or withdrew from (direct marketing, a newsletter, …). The mark shows on their Consents tab and keeps them off the list of who may be contacted for it; it becomes this request&apos;s evidence.</source>
        <translation>Označte, že klienta nelze kontaktovat kvůli účelu, proti kterému vznesl námitku nebo pro který odvolal souhlas (přímý marketing, zpravodaj, …). Označení se zobrazí na jeho kartě Souhlasy a vyřadí jej ze seznamu těch, které lze pro tento účel kontaktovat; stane se dokladem této žádosti.</translation>
    </message>
    <message>
        <source>Record Objection</source>
        <translation>Zaznamenání námitky</translation>
    </message>
    <message>
        <source>Record Withdrawal</source>
        <translation>Zaznamenání odvolání</translation>
    </message>
    <message>
        <source>What do they object to? They will not be contacted for it.</source>
        <translation>Proti čemu osoba vznáší námitku? Kvůli tomu už nebude kontaktována.</translation>
    </message>
    <message>
        <source>Which consent do they withdraw? They will not be contacted for it.</source>
        <translation>Který souhlas osoba odvolává? Kvůli tomu už nebude kontaktována.</translation>
    </message>
    <message>
        <source>Write &amp;Letter</source>
        <translation>Napsat &amp;dopis</translation>
    </message>
    <message>
        <source>The letter that answers the person, filled from this request: as PDF or text.</source>
        <translation>Dopis, který odpovídá osobě, vyplněný z této žádosti: jako PDF nebo text.</translation>
    </message>
    <message>
        <source>&amp;Acknowledgement…</source>
        <translation>&amp;Potvrzení přijetí…</translation>
    </message>
    <message>
        <source>&amp;Extension Notice…</source>
        <translation>&amp;Oznámení o prodloužení…</translation>
    </message>
    <message>
        <source>&amp;Completion…</source>
        <translation>&amp;Oznámení o vyřízení…</translation>
    </message>
    <message>
        <source>&amp;Refusal…</source>
        <translation>&amp;Zamítnutí…</translation>
    </message>
    <message>
        <source>Write Letter</source>
        <translation>Napsat dopis</translation>
    </message>
    <message>
        <source>This letter does not fit the request yet</source>
        <translation>Tento dopis zatím k žádosti neodpovídá</translation>
    </message>
    <message>
        <source>Carry the step out first, then write the letter.</source>
        <translation>Nejprve proveďte tento krok a pak napište dopis.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textové soubory (*.txt)</translation>
    </message>
    <message>
        <source>Save the Letter</source>
        <translation>Uložení dopisu</translation>
    </message>
    <message>
        <source>The letter could not be saved</source>
        <translation>Dopis nelze uložit</translation>
    </message>
    <message>
        <source>Choose another folder or name, and try again.</source>
        <translation>Zvolte jinou složku nebo název a zkuste to znovu.</translation>
    </message>
    <message>
        <source>&amp;Link Corrections</source>
        <translation>&amp;Připojit opravy</translation>
    </message>
    <message>
        <source>Correct the record on the client&apos;s page (profile, notes, consents), then link the corrections: Coffer records which fields changed since the request arrived, never their values.</source>
        <translation>Opravte záznam na stránce klienta (profil, poznámky, souhlasy) a pak připojte opravy: Coffer zaznamená, která pole se od přijetí žádosti změnila, nikdy jejich hodnoty.</translation>
    </message>
    <message>
        <source>&amp;Link to Client…</source>
        <translation>&amp;Propojit s klientem…</translation>
    </message>
    <message>
        <source>Once you know who asked, link the request to their client record.</source>
        <translation>Až budete vědět, kdo žádal, propojte žádost s jeho záznamem klienta.</translation>
    </message>
    <message>
        <source>Who asked is not linked to a client yet: once you know, link the request to their record with Link to Client.</source>
        <translation>Žadatel zatím není propojen s klientem: až budete vědět, o koho jde, propojte žádost s jeho záznamem tlačítkem „Propojit s klientem“.</translation>
    </message>
    <message>
        <source>Link to Client</source>
        <translation>Propojení s klientem</translation>
    </message>
    <message>
        <source>Find the client: type a name, an email or a phone number.</source>
        <translation>Najděte klienta: napište jméno, e-mail nebo telefonní číslo.</translation>
    </message>
    <message>
        <source>The clients could not be searched</source>
        <translation>Klienty nelze prohledat</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Zkuste to znovu.</translation>
    </message>
    <message>
        <source>No client matches “%1”</source>
        <translation>Žádný klient neodpovídá „%1“</translation>
    </message>
    <message>
        <source>Try another spelling, or add them as a client first.</source>
        <translation>Zkuste jiný zápis, nebo jej nejprve přidejte jako klienta.</translation>
    </message>
    <message>
        <source>Which client asked?</source>
        <translation>Který klient žádal?</translation>
    </message>
    <message>
        <source>The purposes could not be read</source>
        <translation>Účely se nepodařilo načíst</translation>
    </message>
    <message>
        <source>There are no purposes of processing yet</source>
        <translation>Zatím nejsou žádné účely zpracování</translation>
    </message>
    <message>
        <source>An objection or a withdrawal is recorded against a purpose of the catalogue.</source>
        <translation>Námitka nebo odvolání se zaznamenává k účelu z katalogu.</translation>
    </message>
    <message>
        <source>An administrator defines the purposes on the Purposes &amp; Policies page.</source>
        <translation>Účely určuje správce na stránce Účely a zásady.</translation>
    </message>
</context>
<context>
    <name>coffer::RequestsPage</name>
    <message>
        <source>Show requests of this type</source>
        <translation>Zobrazit žádosti tohoto typu</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Všechny typy</translation>
    </message>
    <message>
        <source>Show requests in this state</source>
        <translation>Zobrazit žádosti v tomto stavu</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Otevřené žádosti</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Všechny žádosti</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Nová žádost…</translation>
    </message>
    <message>
        <source>Record a request from someone who is not (yet) a client. For a client, use New Request on their page.</source>
        <translation>Zaznamenat žádost od někoho, kdo (zatím) není klientem. U klienta použijte Nová žádost na jeho stránce.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Žádosti</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Odpovědět do</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Zbývá</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Žádost</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Přijata</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>No requests here. When someone asks to see, correct, move or erase their data, or objects to its use, record it with New Request: Coffer counts the month you have to answer.</source>
        <translation>Žádné žádosti. Když někdo žádá o nahlédnutí, opravu, přenesení nebo výmaz svých údajů nebo vznese námitku proti jejich použití, zaznamenejte to tlačítkem Nová žádost: Coffer počítá měsíc, který máte na odpověď.</translation>
    </message>
    <message>
        <source>What people asked about their data, and by when you must answer: one month from receipt (GDPR Article 12), overdue ones first. Coffer keeps the dates; it does not give legal advice.</source>
        <translation>Co lidé žádali ohledně svých údajů a do kdy musíte odpovědět: měsíc od přijetí (článek 12 GDPR), nejprve ty po lhůtě. Coffer hlídá data; neposkytuje právní poradenství.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavřena</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n den po lhůtě</numerusform>
            <numerusform>%n dny po lhůtě</numerusform>
            <numerusform>%n dní po lhůtě</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Lhůta dnes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n den</numerusform>
            <numerusform>%n dny</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>An erased client</source>
        <translation>Vymazaný klient</translation>
    </message>
    <message>
        <source>Not yet identified</source>
        <translation>Zatím neověřeno</translation>
    </message>
    <message>
        <source>%1 (not yet identified)</source>
        <translation>%1 (zatím neověřeno)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n žádost</numerusform>
            <numerusform>%n žádosti</numerusform>
            <numerusform>%n žádostí</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nová žádost</translation>
    </message>
</context>
<context>
    <name>coffer::RequestsPanel</name>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Nová žádost…</translation>
    </message>
    <message>
        <source>New request from this client</source>
        <translation>Nová žádost tohoto klienta</translation>
    </message>
    <message>
        <source>Record what this client asked about their data; Coffer counts the month to answer.</source>
        <translation>Zaznamenejte, o co tento klient ohledně svých údajů žádal; Coffer počítá měsíc na odpověď.</translation>
    </message>
    <message>
        <source>No requests from this client. When they ask to see, correct, move or erase their data, or object to its use, record it here.</source>
        <translation>Od tohoto klienta nejsou žádné žádosti. Když požádá o nahlédnutí, opravu, přenesení nebo výmaz svých údajů nebo vznese námitku proti jejich použití, zaznamenejte to zde.</translation>
    </message>
</context>
<context>
    <name>coffer::RetentionPage</name>
    <message>
        <source>Anonymise</source>
        <translation>Anonymizovat</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>from becoming a client</source>
        <translation>od založení klienta</translation>
    </message>
    <message>
        <source>from the last change</source>
        <translation>od poslední změny</translation>
    </message>
    <message>
        <source>from the last note</source>
        <translation>od poslední poznámky</translation>
    </message>
    <message>
        <source>from the date in “%1”</source>
        <translation>od data v poli „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n den</numerusform>
            <numerusform>%n dny</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n měsíc</numerusform>
            <numerusform>%n měsíce</numerusform>
            <numerusform>%n měsíců</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n roky</numerusform>
            <numerusform>%n let</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Retention Rule</source>
        <translation>Přidat pravidlo uchovávání</translation>
    </message>
    <message>
        <source>None: my own rule</source>
        <translation>Žádný: vlastní pravidlo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dny</translation>
    </message>
    <message>
        <source>months</source>
        <translation>měsíce</translation>
    </message>
    <message>
        <source>years</source>
        <translation>roky</translation>
    </message>
    <message>
        <source>from the date in a custom field</source>
        <translation>od data ve vlastním poli</translation>
    </message>
    <message>
        <source>The custom field, e.g. Contract end</source>
        <translation>Vlastní pole, např. Konec smlouvy</translation>
    </message>
    <message>
        <source>Erase the client (verified erasure)</source>
        <translation>Vymazat klienta (ověřený výmaz)</translation>
    </message>
    <message>
        <source>Anonymise: keep only a count for statistics</source>
        <translation>Anonymizovat: ponechat jen počet pro statistiku</translation>
    </message>
    <message>
        <source>&amp;Example:</source>
        <translation>&amp;Příklad:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Uchovávat:</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Počítáno:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>Po&amp;le:</translation>
    </message>
    <message>
        <source>&amp;At the end:</source>
        <translation>Na &amp;konci:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>P&amp;roč:</translation>
    </message>
    <message>
        <source>Examples are periods that laws commonly set; they are not legal advice. Confirm the period for your business before you add it.</source>
        <translation>Příklady jsou lhůty, které zákony často stanoví; nejsou právní radou. Před přidáním ověřte lhůtu pro svou firmu.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Přidat</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Uchovávání</translation>
    </message>
    <message>
        <source>How long client data is kept, and who is due to be erased or anonymised. Nothing is deleted until you run retention; a legal hold pauses it.</source>
        <translation>Jak dlouho se uchovávají údaje klientů a komu uplynula lhůta k výmazu nebo anonymizaci. Nic se nevymaže, dokud uchovávání neprovedete; právní pozastavení je přeruší.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Pravidla</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Uchovávat</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Počítáno</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Na konci</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Pravidla uchovávání</translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>&amp;Přidat pravidlo…</translation>
    </message>
    <message>
        <source>Who is due</source>
        <translation>Komu uplynula lhůta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Lhůta</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Clients due under their retention rule</source>
        <translation>Klienti, jimž uplynula lhůta pravidla uchovávání</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>Po&amp;zastavit…</translation>
    </message>
    <message>
        <source>A legal hold: keep the client&apos;s data until a day you choose, with the reason.</source>
        <translation>Právní pozastavení: uchovat údaje klienta do zvoleného dne, s uvedením důvodu.</translation>
    </message>
    <message>
        <source>&amp;Release Hold</source>
        <translation>&amp;Zrušit pozastavení</translation>
    </message>
    <message>
        <source>&amp;Run Retention…</source>
        <translation>P&amp;rovést uchovávání…</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Lhůta uplynula</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Do 30 dní</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>Pozastaveno do %1</translation>
    </message>
    <message>
        <source>No rules yet. Add one for each period your business keeps data for — or give purposes their rule on the Purposes &amp; Policies page.</source>
        <translation>Zatím žádná pravidla. Přidejte jedno pro každou lhůtu, po kterou vaše firma údaje uchovává – nebo přiřaďte pravidlo účelům na stránce Účely a zásady.</translation>
    </message>
    <message>
        <source>%1 due now, %2 within 30 days, %3 held.</source>
        <translation>Lhůta uplynula: %1, do 30 dní: %2, pozastaveno: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have a retention category that names no rule, and are kept.</source>
        <translation>
            <numerusform>%n klient má kategorii uchovávání, která neodkazuje na žádné pravidlo, a zůstává.</numerusform>
            <numerusform>%n klienti mají kategorii uchovávání, která neodkazuje na žádné pravidlo, a zůstávají.</numerusform>
            <numerusform>%n klientů má kategorii uchovávání, která neodkazuje na žádné pravidlo, a zůstávají.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) lack the date their rule counts from, and are kept.</source>
        <translation>
            <numerusform>%n klientovi chybí datum, od kterého se pravidlo počítá, a zůstává.</numerusform>
            <numerusform>%n klientům chybí datum, od kterého se pravidlo počítá, a zůstávají.</numerusform>
            <numerusform>%n klientům chybí datum, od kterého se pravidlo počítá, a zůstávají.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule was not added</source>
        <translation>Pravidlo nebylo přidáno</translation>
    </message>
    <message>
        <source>Run Retention</source>
        <translation>Provést uchovávání</translation>
    </message>
    <message>
        <source>%1 client(s) will be erased and %2 anonymised, with every note, file and consent, and each erasure verified. This cannot be undone. Clients under a legal hold are left as they are.</source>
        <translation>Vymazáno bude klientů: %1, anonymizováno: %2, se všemi poznámkami, soubory a souhlasy, a každý výmaz bude ověřen. Nelze to vrátit. Pozastavení klienti zůstanou beze změny.</translation>
    </message>
    <message>
        <source>Erase and Anonymise</source>
        <translation>Vymazat a anonymizovat</translation>
    </message>
    <message>
        <source>Erasing the clients due…</source>
        <translation>Mazání klientů, jimž uplynula lhůta…</translation>
    </message>
    <message>
        <source>Stop after this client</source>
        <translation>Zastavit po tomto klientovi</translation>
    </message>
    <message>
        <source>Retention did not run</source>
        <translation>Uchovávání nebylo provedeno</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased or anonymised, each erasure verified</source>
        <translation>
            <numerusform>%n klient vymazán nebo anonymizován, výmaz ověřen</numerusform>
            <numerusform>%n klienti vymazáni nebo anonymizováni, každý výmaz ověřen</numerusform>
            <numerusform>%n klientů vymazáno nebo anonymizováno, každý výmaz ověřen</numerusform>
        </translation>
    </message>
    <message>
        <source>Some erasures did not pass every check</source>
        <translation>Některé výmazy neprošly všemi kontrolami</translation>
    </message>
    <message>
        <source>%1 under “%2”, due %3</source>
        <translation>%1 podle „%2“, lhůta %3</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>The report is kept in the vault; its SHA-256 is %1.</source>
        <translation>Zpráva je uložena v trezoru; její SHA-256 je %1.</translation>
    </message>
    <message>
        <source>Legal Hold</source>
        <translation>Právní pozastavení</translation>
    </message>
    <message>
        <source>A court case, a tax audit, …</source>
        <translation>Soudní spor, daňová kontrola, …</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>Po&amp;zastavit</translation>
    </message>
    <message>
        <source>The hold was not set</source>
        <translation>Pozastavení nebylo nastaveno</translation>
    </message>
    <message>
        <source>Release Hold</source>
        <translation>Zrušit pozastavení</translation>
    </message>
    <message>
        <source>The hold was not released</source>
        <translation>Pozastavení nebylo zrušeno</translation>
    </message>
</context>
<context>
    <name>coffer::SecurityGroup</name>
    <message>
        <source>Security</source>
        <translation>Zabezpečení</translation>
    </message>
    <message>
        <source>Change the &amp;Data Key…</source>
        <translation>Změnit &amp;datový klíč…</translation>
    </message>
    <message>
        <source>Destroy &amp;Older Backups…</source>
        <translation>Zničit &amp;starší zálohy…</translation>
    </message>
    <message>
        <source>A new random key for everything in the vault; every member keeps their password.</source>
        <translation>Nový náhodný klíč pro veškerý obsah trezoru; každý uživatel si ponechá své heslo.</translation>
    </message>
    <message>
        <source>The data key that encrypts everything in this vault was last changed on %1.</source>
        <translation>Datový klíč, kterým je zašifrován veškerý obsah tohoto trezoru, byl naposledy změněn %1.</translation>
    </message>
    <message>
        <source>The data key that encrypts everything in this vault has not changed since it was created.</source>
        <translation>Datový klíč, kterým je zašifrován veškerý obsah tohoto trezoru, se od svého vytvoření nezměnil.</translation>
    </message>
    <message>
        <source>Coffer changes it by itself when someone&apos;s access is taken away, so that a copy of the vault&apos;s files made before opens nothing saved after.</source>
        <translation>Coffer ho mění sám, když je někomu odebrán přístup, aby dříve pořízená kopie souborů trezoru neotevřela nic, co se uloží potom.</translation>
    </message>
    <message>
        <source>Access was taken away since, without a change of the key: change it now.</source>
        <translation>Od té doby byl někomu odebrán přístup, aniž by se klíč změnil: změňte ho teď.</translation>
    </message>
    <message>
        <source>Replace the &amp;Recovery Key…</source>
        <translation>Vyměnit &amp;obnovovací klíč…</translation>
    </message>
    <message>
        <source>Make a &amp;Recovery Key…</source>
        <translation>Vytvořit &amp;obnovovací klíč…</translation>
    </message>
    <message>
        <source>The recovery key lets you choose a new password when you forget yours. Replace it when someone may have seen it: the old one stops working at once.</source>
        <translation>Obnovovací klíč vám umožní zvolit nové heslo, když své zapomenete. Vyměňte ho, pokud ho mohl někdo vidět: starý okamžitě přestane fungovat.</translation>
    </message>
    <message>
        <source>This vault has no recovery key: if you forget your password, nobody can open it. Make one and keep it somewhere safe.</source>
        <translation>Tento trezor nemá obnovovací klíč: pokud zapomenete heslo, nikdo ho neotevře. Vytvořte si ho a uchovávejte ho na bezpečném místě.</translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation>Změna datového klíče</translation>
    </message>
    <message>
        <source>Change the key that encrypts everything in this vault?

Everyone keeps their password. The vault is re-encrypted, which takes a moment for a large vault, and then a backup under the new key is made.</source>
        <translation>Změnit klíč, kterým je zašifrován veškerý obsah tohoto trezoru?

Všichni si ponechají svá hesla. Trezor se znovu zašifruje, což u velkého trezoru chvíli trvá, a poté se vytvoří záloha s novým klíčem.</translation>
    </message>
    <message>
        <source>Change the Key</source>
        <translation>Změnit klíč</translation>
    </message>
    <message>
        <source>Replace the Recovery Key</source>
        <translation>Výměna obnovovacího klíče</translation>
    </message>
    <message>
        <source>Make a new recovery key?

The old one stops working at once. The new one is shown only once, so have somewhere ready to keep it.</source>
        <translation>Vytvořit nový obnovovací klíč?

Starý okamžitě přestane fungovat. Nový se zobrazí jen jednou, proto si předem připravte místo, kam ho uložíte.</translation>
    </message>
    <message>
        <source>Replace the Key</source>
        <translation>Vyměnit klíč</translation>
    </message>
</context>
<context>
    <name>coffer::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation>Zamykání a schránka</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Zamknout po tomto počtu minut nečinnosti</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nikdy</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Clear the clipboard after this many seconds</source>
        <translation>Vymazat schránku po tomto počtu sekund</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Lock the vault after:</source>
        <translation>&amp;Zamknout trezor po:</translation>
    </message>
    <message>
        <source>Minutes without a key press or mouse movement in Coffer. Locking wipes the keys from memory; your password opens the vault again. 0 means never (not advised on a shared computer).</source>
        <translation>Počet minut bez stisku klávesy nebo pohybu myši v Coffer. Zamknutí vymaže klíče z paměti; trezor znovu otevřete svým heslem. 0 znamená nikdy (na sdíleném počítači se nedoporučuje).</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after:</source>
        <translation>Vymazat zkopírované &amp;hodnoty po:</translation>
    </message>
    <message>
        <source>Seconds before something copied in Coffer (an email address, a one-time password) is removed from the clipboard, unless you have copied something else since. 0 means never.</source>
        <translation>Počet sekund, po kterých se ze schránky odstraní to, co jste v Coffer zkopírovali (e-mailová adresa, jednorázové heslo), pokud jste mezitím nezkopírovali něco jiného. 0 znamená nikdy.</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Výchozí nastavení exportu</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Nebezpečná zóna</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancel the account&lt;/b&gt; — delete this vault for good. Coffer first destroys every key that opens it, so the data cannot be read from that moment, then overwrites and removes the vault and its backups, checks that nothing is left, and gives you a deletion certificate. This cannot be undone: export what you want to keep first.</source>
        <translation>&lt;b&gt;Zrušit účet&lt;/b&gt; — trvale smazat tento trezor. Coffer nejprve zničí všechny klíče, které ho otevírají, takže od té chvíle nelze data přečíst, poté přepíše a odstraní trezor i jeho zálohy, zkontroluje, že nic nezůstalo, a vydá vám potvrzení o smazání. Tuto akci nelze vrátit zpět: nejprve exportujte, co si chcete ponechat.</translation>
    </message>
    <message>
        <source>Cancel &amp;Account…</source>
        <translation>Z&amp;rušit účet…</translation>
    </message>
    <message>
        <source>Cancel account</source>
        <translation>Zrušit účet</translation>
    </message>
    <message>
        <source>Asks for your password and the vault&apos;s name before anything is deleted.</source>
        <translation>Před smazáním čehokoli se zeptá na vaše heslo a název trezoru.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Language of Coffer</source>
        <translation>Jazyk aplikace Coffer</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Jazyk počítače</translation>
    </message>
    <message>
        <source>English, Latvian, Lithuanian or Czech. A new choice applies the next time Coffer starts.</source>
        <translation>Angličtina, lotyština, litevština nebo čeština. Nová volba se projeví při příštím spuštění aplikace Coffer.</translation>
    </message>
    <message>
        <source>What &quot;Export all…&quot; in the toolbar makes. It asks for a password each time when encryption is on; the password is never saved.</source>
        <translation>Co vytvoří tlačítko „Exportovat vše…“ na panelu nástrojů. Při zapnutém šifrování se pokaždé zeptá na heslo; heslo se nikdy neukládá.</translation>
    </message>
    <message>
        <source>Coffer s&amp;peaks:</source>
        <translation>Jazyk &amp;aplikace:</translation>
    </message>
    <message>
        <source>Saved. The new choice applies the next time Coffer starts.</source>
        <translation>Uloženo. Nová volba se projeví při příštím spuštění aplikace Coffer.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Váš účet</translation>
    </message>
    <message>
        <source>You are signed in as %1. Your password opens this vault; nobody else can see it or change it for you, though an admin can give you a one-time password.</source>
        <translation>Jste přihlášeni jako %1. Vaše heslo otevírá tento trezor; nikdo jiný ho nemůže vidět ani za vás změnit, správce vám však může přidělit jednorázové heslo.</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>Změnit své hes&amp;lo…</translation>
    </message>
    <message>
        <source>Erasing clients</source>
        <translation>Mazání klientů</translation>
    </message>
    <message>
        <source>Who may erase clients</source>
        <translation>Kdo smí mazat klienty</translation>
    </message>
    <message>
        <source>&amp;Who may erase clients:</source>
        <translation>&amp;Kdo smí mazat klienty:</translation>
    </message>
    <message>
        <source>Erasing a client deletes everything about them for good; it cannot be undone. Where an editor is a temporary helper, keep erasing to administrators and the owner.</source>
        <translation>Vymazání klienta natrvalo smaže vše o něm; nelze je vrátit. Je-li editor dočasný pomocník, ponechte mazání správcům a vlastníkovi.</translation>
    </message>
    <message>
        <source>Only the owner can change who may erase clients.</source>
        <translation>Jen vlastník může změnit, kdo smí mazat klienty.</translation>
    </message>
    <message>
        <source>A change applies at once and is recorded in the audit log.</source>
        <translation>Změna platí okamžitě a zaznamená se do auditního protokolu.</translation>
    </message>
    <message>
        <source>Preferences of Coffer on this computer, and this vault&apos;s backups, who may erase its clients and the business details its letters are signed with.</source>
        <translation>Předvolby Coffer v tomto počítači, zálohy tohoto trezoru, kdo smí mazat jeho klienty a údaje o firmě, kterými jsou podepsány jeho dopisy.</translation>
    </message>
</context>
<context>
    <name>coffer::StartWindow</name>
    <message>
        <source>&lt;b&gt;Recent vaults&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nedávné trezory&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No vaults yet.

Create a new vault for your clients&apos; data, or open one that you already have.</source>
        <translation>Zatím žádné trezory.

Vytvořte nový trezor pro data svých klientů, nebo otevřete trezor, který už máte.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odemknout</translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation>&amp;Otevřít trezor…</translation>
    </message>
    <message>
        <source>Open a vault folder (NAME.coffer) that is not in the list</source>
        <translation>Otevřít složku trezoru (NÁZEV.coffer), která není v seznamu</translation>
    </message>
    <message>
        <source>&amp;Create Vault…</source>
        <translation>&amp;Vytvořit trezor…</translation>
    </message>
    <message>
        <source>Your clients&apos; data, encrypted on this computer. Nothing leaves it.</source>
        <translation>Data vašich klientů, šifrovaná v tomto počítači. Nic z něj neodchází.</translation>
    </message>
    <message>
        <source>Open Vault Folder</source>
        <translation>Otevřít složku trezoru</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>O&amp;debrat ze seznamu</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Nedávné trezory</translation>
    </message>
    <message>
        <source>An account cancellation was interrupted</source>
        <translation>Zrušení účtu bylo přerušeno</translation>
    </message>
    <message>
        <source>Finishing the cancellation. Please do not switch the computer off.</source>
        <translation>Dokončuje se zrušení. Nevypínejte prosím počítač.</translation>
    </message>
    <message>
        <source>A cancellation of “%1” was interrupted</source>
        <translation>Zrušení trezoru „%1“ bylo přerušeno</translation>
    </message>
    <message>
        <source>Some of its files, or of its backups, are still on this computer or on a backup drive. Connect the drives its backups went to, then finish the cancellation: Coffer deletes what is left and writes the deletion certificate.</source>
        <translation>Některé jeho soubory nebo zálohy jsou stále v tomto počítači nebo na zálohovacím disku. Připojte disky, na které šly jeho zálohy, a dokončete zrušení: Coffer smaže, co zbylo, a vystaví potvrzení o smazání.</translation>
    </message>
    <message>
        <source>&amp;Finish Cancelling</source>
        <translation>&amp;Dokončit zrušení</translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation>Zrušení účtu</translation>
    </message>
    <message>
        <source>Finishing the cancellation of “%1”. Please do not switch the computer off.</source>
        <translation>Dokončuje se zrušení trezoru „%1“. Nevypínejte prosím počítač.</translation>
    </message>
    <message>
        <source>Restored copy · %1</source>
        <translation>Obnovená kopie · %1</translation>
    </message>
</context>
<context>
    <name>coffer::TaskDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Průběh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Stopping… Nothing is left half-done.</source>
        <translation>Zastavuje se… Nic nezůstane napůl hotové.</translation>
    </message>
</context>
<context>
    <name>coffer::TaskReports</name>
    <message>
        <source>Save the Deletion Certificate As</source>
        <translation>Uložit potvrzení o smazání jako</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textové soubory (*.txt)</translation>
    </message>
    <message>
        <source>Save the Deletion Certificate</source>
        <translation>Uložení potvrzení o smazání</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Kopii se nepodařilo uložit</translation>
    </message>
    <message>
        <source>Coffer could not write %1.</source>
        <translation>Coffer nemohl zapsat %1.</translation>
    </message>
    <message>
        <source>Choose a folder you may write in. The certificate is still at %1.</source>
        <translation>Zvolte složku, do které smíte zapisovat. Potvrzení je nadále uloženo v %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The export is ready</source>
        <translation>Export je hotový</translation>
    </message>
    <message>
        <source>The export of %1 is ready</source>
        <translation>Export dat klienta %1 je hotový</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Uloženo jako:</translation>
    </message>
    <message>
        <source>Clients: %1 · Notes: %2 · Files: %3 · Consents: %4</source>
        <translation>Klienti: %1 · Poznámky: %2 · Soubory: %3 · Souhlasy: %4</translation>
    </message>
    <message>
        <source>It is encrypted. Keep the password somewhere safe: without it nobody can open the export, Coffer&apos;s makers included.</source>
        <translation>Export je šifrovaný. Heslo uchovávejte na bezpečném místě: bez něj export nikdo neotevře, ani tvůrci Coffer.</translation>
    </message>
    <message>
        <source>Next time, Export all saves the same way in one click. To change how, go to Settings.</source>
        <translation>Příště „Exportovat vše“ uloží export stejným způsobem jedním kliknutím. Způsob změníte v Nastavení.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Zálohování</translation>
    </message>
    <message>
        <source>The backup is made</source>
        <translation>Záloha je vytvořena</translation>
    </message>
    <message>
        <source>An encrypted copy of the vault as it is now (%1) is in:</source>
        <translation>Šifrovaná kopie trezoru v současném stavu (%1) je uložena v:</translation>
    </message>
    <message>
        <source>Coffer keeps the newest backups — how many is set on the Backups page (now %1) — and removes older ones.</source>
        <translation>Coffer uchovává nejnovější zálohy — kolik, to se nastavuje na stránce Zálohy (nyní %1) — a starší odstraňuje.</translation>
    </message>
    <message>
        <source>Automatic backups are off, so Coffer removes none.</source>
        <translation>Automatické zálohy jsou vypnuté, takže Coffer žádné neodstraňuje.</translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation>Ověření zálohy</translation>
    </message>
    <message>
        <source>The backup is whole and opens</source>
        <translation>Záloha je úplná a lze ji otevřít</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Co bylo zkontrolováno</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Obnovení zálohy</translation>
    </message>
    <message>
        <source>The backup is restored as a new vault</source>
        <translation>Záloha je obnovena jako nový trezor</translation>
    </message>
    <message>
        <source>The backup of %1 is now the vault:</source>
        <translation>Záloha z %1 je nyní obnovena jako trezor:</translation>
    </message>
    <message>
        <source>Coffer found no record of erasures for this vault. If you erased a client after %1, check that they are not back in the new vault, and erase them again if they are.</source>
        <translation>Coffer nenašel pro tento trezor žádné záznamy o výmazu. Pokud jste po %1 vymazali nějakého klienta, zkontrolujte, že se v novém trezoru znovu neobjevil, a případně ho vymažte znovu.</translation>
    </message>
    <message>
        <source>Clients erased after the backup was made were erased again in the new vault, so they do not come back (%1 in all).</source>
        <translation>Klienti vymazaní po vytvoření zálohy byli v novém trezoru vymazáni znovu, takže se nevrátí (celkem %1).</translation>
    </message>
    <message>
        <source>No client was erased after the backup was made, so nothing had to be erased again.</source>
        <translation>Po vytvoření zálohy nebyl vymazán žádný klient, takže nebylo nutné nic mazat znovu.</translation>
    </message>
    <message>
        <source>This vault is unchanged. To open the new one, lock this vault: it is in the list on the start window, and it opens with the passwords of the backup&apos;s day.</source>
        <translation>Tento trezor zůstal beze změny. Chcete-li otevřít nový, zamkněte tento trezor: nový najdete v seznamu v úvodním okně a otevře se hesly platnými v den zálohy.</translation>
    </message>
    <message>
        <source>Erase Client</source>
        <translation>Výmaz klienta</translation>
    </message>
    <message>
        <source>%1 is erased</source>
        <translation>Klient %1 je vymazán</translation>
    </message>
    <message>
        <source>%1 is erased, but a check failed</source>
        <translation>Klient %1 je vymazán, ale jedna z kontrol selhala</translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation>Zrušení účtu</translation>
    </message>
    <message>
        <source>The vault “%1” is deleted</source>
        <translation>Trezor „%1“ je smazán</translation>
    </message>
    <message>
        <source>Its keys were destroyed first. Then every file of it — %1 in all, backups included — was overwritten with random data, read back and removed.</source>
        <translation>Nejprve byly zničeny jeho klíče. Poté byl každý jeho soubor — celkem %1 včetně záloh — přepsán náhodnými daty, zpětně přečten a odstraněn.</translation>
    </message>
    <message>
        <source>Checks afterwards</source>
        <translation>Následné kontroly</translation>
    </message>
    <message>
        <source>The deletion certificate:</source>
        <translation>Potvrzení o smazání:</translation>
    </message>
    <message>
        <source>Keep the certificate: it records what was deleted, when and how. The JSON file beside it says the same for other programs.</source>
        <translation>Potvrzení si uschovejte: zaznamenává, co bylo smazáno, kdy a jak. Soubor JSON vedle něj obsahuje totéž pro jiné programy.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Uložit jako…</translation>
    </message>
    <message>
        <source>The cancellation did not finish</source>
        <translation>Zrušení účtu nebylo dokončeno</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>smazáno</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>nesmazáno</translation>
    </message>
    <message>
        <source>The files</source>
        <translation>Soubory</translation>
    </message>
    <message>
        <source>The export could not be made</source>
        <translation>Export se nepodařilo vytvořit</translation>
    </message>
    <message>
        <source>Nothing was written. Check that the folder exists, that you may write there and that the disk has room, then try again.</source>
        <translation>Nic nebylo zapsáno. Zkontrolujte, že složka existuje, že do ní smíte zapisovat a že je na disku místo, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>Zálohu se nepodařilo vytvořit</translation>
    </message>
    <message>
        <source>Nothing was written and your earlier backups are unchanged. Check the backup folder on the Backups page and that its disk has room, then try again.</source>
        <translation>Nic nebylo zapsáno a vaše dřívější zálohy jsou beze změny. Zkontrolujte složku záloh na stránce Zálohy a volné místo na jejím disku a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The backup could not be verified</source>
        <translation>Zálohu se nepodařilo ověřit</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Zálohu se nepodařilo obnovit</translation>
    </message>
    <message>
        <source>A backup opens with the user names and passwords of the day it was made. If you have changed your password since, try the old one.</source>
        <translation>Záloha se otevírá uživatelskými jmény a hesly platnými v den jejího vytvoření. Pokud jste od té doby heslo změnili, zkuste původní.</translation>
    </message>
    <message>
        <source>Do not rely on this backup. Make a new one now with Back up now, and try an older backup if you need to restore.</source>
        <translation>Na tuto zálohu se nespoléhejte. Hned vytvořte novou tlačítkem „Zálohovat nyní“, a pokud potřebujete obnovovat, zkuste starší zálohu.</translation>
    </message>
    <message>
        <source>Nothing was created. Put right what the message says and try again.</source>
        <translation>Nic nebylo vytvořeno. Napravte to, co uvádí zpráva, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Put right what the message says and try again.</source>
        <translation>Napravte to, co uvádí zpráva, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The client could not be erased</source>
        <translation>Klienta se nepodařilo vymazat</translation>
    </message>
    <message>
        <source>Nothing was deleted: the vault is as it was. Try again in a moment.</source>
        <translation>Nic nebylo smazáno: trezor je v původním stavu. Zkuste to za chvíli znovu.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Nesprávné heslo</translation>
    </message>
    <message>
        <source>The account was not cancelled</source>
        <translation>Účet nebyl zrušen</translation>
    </message>
    <message>
        <source>Nothing was deleted, and the vault is still open.</source>
        <translation>Nic nebylo smazáno a trezor je stále otevřený.</translation>
    </message>
    <message>
        <source>The password is not the owner&apos;s password of this vault.</source>
        <translation>Toto heslo není heslem vlastníka tohoto trezoru.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nic nebylo importováno</translation>
    </message>
    <message>
        <source>Type the password that was chosen when the export was made, and try again.</source>
        <translation>Zadejte heslo, které bylo zvoleno při vytváření exportu, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The vault is unchanged. Put right what the message says, or choose another file, and try again.</source>
        <translation>Trezor zůstal beze změny. Napravte to, co uvádí zpráva, nebo zvolte jiný soubor, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Dešifrování</translation>
    </message>
    <message>
        <source>The export could not be decrypted</source>
        <translation>Export se nepodařilo dešifrovat</translation>
    </message>
    <message>
        <source>Nothing was written. Put right what the message says and try again.</source>
        <translation>Nic nebylo zapsáno. Napravte, co uvádí zpráva, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Copies made earlier that may still hold them</source>
        <translation>Dříve pořízené kopie, které mohou klienta stále obsahovat</translation>
    </message>
    <message>
        <source>&amp;Name %1 in the saved or printed report</source>
        <translation>V uloženém nebo vytištěném protokolu &amp;uvést %1</translation>
    </message>
    <message>
        <source>Without it, the report names them only by the pseudonym %1, as the audit log does. Tick it for a report you hand to the person themselves.</source>
        <translation>Bez toho protokol osobu uvádí jen pseudonymem %1, stejně jako auditní protokol. Zaškrtněte pro protokol, který předáte přímo dané osobě.</translation>
    </message>
    <message>
        <source>&amp;Prune Backups…</source>
        <translation>&amp;Pročistit zálohy…</translation>
    </message>
    <message>
        <source>Destroy the backups made before this erasure, once a newer backup is checked.</source>
        <translation>Zničit zálohy pořízené před tímto výmazem, jakmile je ověřena novější záloha.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tisk…</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Uložit protokol…</translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation>Pročištění záloh</translation>
    </message>
    <message>
        <source>No backup had to be destroyed</source>
        <translation>Žádnou zálohu nebylo třeba zničit</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed</source>
        <translation>
            <numerusform>Zničena %n starší záloha</numerusform>
            <numerusform>Zničeny %n starší zálohy</numerusform>
            <numerusform>Zničeno %n starších záloh</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffer first made a new backup and checked that it is whole and opens:</source>
        <translation>Coffer nejprve pořídil novou zálohu a ověřil, že je celá a dá se otevřít:</translation>
    </message>
    <message>
        <source>Coffer first checked that the newest backup is whole and opens:</source>
        <translation>Coffer nejprve ověřil, že nejnovější záloha je celá a dá se otevřít:</translation>
    </message>
    <message>
        <source>Overwritten and deleted, since they held erased clients:</source>
        <translation>Přepsány a smazány, protože obsahovaly vymazané klienty:</translation>
    </message>
    <message>
        <source>Could not be destroyed:</source>
        <translation>Nepodařilo se zničit:</translation>
    </message>
    <message>
        <source>These backups still hold erased clients. Put right what is said above, then prune again.</source>
        <translation>Tyto zálohy stále obsahují vymazané klienty. Napravte, co je uvedeno výše, a pročistěte znovu.</translation>
    </message>
    <message>
        <source>Backup folders that could not be searched:</source>
        <translation>Složky záloh, které nešlo prohledat:</translation>
    </message>
    <message>
        <source>Connect the drives they are on and prune again: backups there may still hold erased clients.</source>
        <translation>Připojte disky, na kterých jsou, a pročistěte znovu: zálohy v nich mohou stále obsahovat vymazané klienty.</translation>
    </message>
    <message>
        <source>Backups made after the latest erasure are kept.</source>
        <translation>Zálohy pořízené po posledním výmazu zůstávají.</translation>
    </message>
    <message>
        <source>Restored copies destroyed with it:</source>
        <translation>Obnovené kopie zničené spolu s ním:</translation>
    </message>
    <message>
        <source>Restored copies kept, as you chose:</source>
        <translation>Obnovené kopie ponechané podle vaší volby:</translation>
    </message>
    <message>
        <source>They still open with the passwords of their backup&apos;s day. The certificate names them as kept.</source>
        <translation>Stále se otevírají hesly ze dne své zálohy. Potvrzení je uvádí jako ponechané.</translation>
    </message>
    <message>
        <source>Backup folders that could not be reached, so nothing in them was deleted:</source>
        <translation>Složky záloh, které nebyly dostupné, takže v nich nic smazáno nebylo:</translation>
    </message>
    <message>
        <source>Restored copies to be destroyed:</source>
        <translation>Obnovené kopie ke zničení:</translation>
    </message>
    <message>
        <source>No backup was destroyed</source>
        <translation>Žádná záloha nebyla zničena</translation>
    </message>
    <message>
        <source>The newest backup did not pass its check, so the older ones are kept. Make a new backup with Back up now, then prune again.</source>
        <translation>Nejnovější záloha neprošla kontrolou, a tak starší zůstávají. Pořiďte novou tlačítkem Zálohovat nyní a pak pročistěte znovu.</translation>
    </message>
    <message>
        <source>The cancellation could not be finished</source>
        <translation>Zrušení se nepodařilo dokončit</translation>
    </message>
    <message>
        <source>Nothing more was deleted. Put right what the message says and try again.</source>
        <translation>Nic dalšího smazáno nebylo. Napravte, co uvádí zpráva, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation>Nahrazení trezoru</translation>
    </message>
    <message>
        <source>The vault is replaced by the backup</source>
        <translation>Trezor je nahrazen zálohou</translation>
    </message>
    <message>
        <source>The replacement that was interrupted is finished: the restored backup is now the vault, and what was left of the previous one is destroyed.</source>
        <translation>Přerušené nahrazení je dokončeno: obnovená záloha je nyní trezorem a to, co zbylo z předchozího, je zničeno.</translation>
    </message>
    <message>
        <source>The backup of %1 passed every check and is now the vault; the previous one is destroyed.</source>
        <translation>Záloha z %1 prošla všemi kontrolami a je nyní trezorem; předchozí trezor je zničen.</translation>
    </message>
    <message>
        <source>Coffer found no record of erasures for this vault. If you erased a client after %1, check that they are not back, and erase them again if they are.</source>
        <translation>Coffer nenašel pro tento trezor žádné záznamy o výmazu. Pokud jste po %1 vymazali nějakého klienta, zkontrolujte, že se znovu neobjevil, a případně ho vymažte znovu.</translation>
    </message>
    <message>
        <source>Clients erased after the backup was made were erased again, so they do not come back (%1 in all).</source>
        <translation>Klienti vymazaní po vytvoření zálohy byli vymazáni znovu, takže se nevrátí (celkem %1).</translation>
    </message>
    <message>
        <source>Sign in again with a user name and password of the backup&apos;s day.</source>
        <translation>Přihlaste se znovu uživatelským jménem a heslem platnými v den zálohy.</translation>
    </message>
    <message>
        <source>Backup folders never reached, which you declared lost:</source>
        <translation>Složky záloh, které nebyly dostupné a které jste prohlásili za ztracené:</translation>
    </message>
    <message>
        <source>Nothing in them was deleted. Any backup still in them opens with the passwords of its day; the certificate names each of these folders as not sanitised.</source>
        <translation>Nic v nich nebylo smazáno. Každá záloha, která v nich ještě je, se otevře hesly ze dne svého pořízení; potvrzení uvádí každou z těchto složek jako nesanitizovanou.</translation>
    </message>
    <message>
        <source>Finish &amp;Without These Folders…</source>
        <translation>Dokončit &amp;bez těchto složek…</translation>
    </message>
    <message>
        <source>Finish the cancellation without these folders?</source>
        <translation>Dokončit zrušení bez těchto složek?</translation>
    </message>
    <message>
        <source>Do this only if the drives are lost or broken, or the folders were deleted some other way. Coffer cannot delete the backups in them: any that still exist open with the passwords of their day. The certificate names each folder as not reached and not sanitised:

%1</source>
        <translation>Udělejte to, jen pokud jsou disky ztracené nebo poškozené, nebo byly složky smazány jinak. Coffer nemůže smazat zálohy, které v nich jsou: ty, které ještě existují, se otevřou hesly ze dne svého pořízení. Potvrzení uvede každou složku jako nedosaženou a nesanitizovanou:

%1</translation>
    </message>
    <message>
        <source>Finish Without Them</source>
        <translation>Dokončit bez nich</translation>
    </message>
    <message>
        <source>The vault was not replaced</source>
        <translation>Trezor nebyl nahrazen</translation>
    </message>
    <message>
        <source>A backup opens with the user names and passwords of the day it was made. If you have changed your password since, try the old one. This vault is as it was.</source>
        <translation>Záloha se otevírá uživatelskými jmény a hesly platnými v den jejího vytvoření. Pokud jste od té doby heslo změnili, zkuste původní. Tento trezor je v původním stavu.</translation>
    </message>
    <message>
        <source>This vault is as it was. Put right what the message says and try again.</source>
        <translation>Tento trezor je v původním stavu. Napravte to, co uvádí zpráva, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The replacement could not be finished</source>
        <translation>Nahrazení se nepodařilo dokončit</translation>
    </message>
    <message>
        <source>The restored backup is still whole beside the vault. Put right what the message says and open the vault again to finish.</source>
        <translation>Obnovená záloha je stále celá vedle trezoru. Napravte to, co uvádí zpráva, a otevřete trezor znovu, aby se nahrazení dokončilo.</translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who gets a copy of it can read every client.</source>
        <translation>Tento export není zašifrován: kdokoli získá jeho kopii, může přečíst každého klienta.</translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who gets a copy of it can read everything in it about %1.</source>
        <translation>Tento export není zašifrován: kdokoli získá jeho kopii, může přečíst vše, co je v něm o %1.</translation>
    </message>
    <message>
        <source>The backup was not checked</source>
        <translation>Záloha nebyla zkontrolována</translation>
    </message>
    <message>
        <source>The backup of %1 is complete and opens with your password: it can bring back the vault as it was then. Clients in it: %2.</source>
        <translation>Záloha z %1 je úplná a otevírá se vaším heslem: lze z ní obnovit trezor, jak byl tehdy. Klientů v ní: %2.</translation>
    </message>
    <message>
        <source>Do not rely on the backup of %1 until it has been checked. Try again.</source>
        <translation>Nespoléhejte na zálohu z %1, dokud nebude zkontrolována. Zkuste to znovu.</translation>
    </message>
    <message>
        <source>Keep this report, do not restore older backups for now, and ask whoever supports your computer to look at it with you.</source>
        <translation>Tuto zprávu si ponechte, zatím neobnovujte starší zálohy a požádejte toho, kdo vám pomáhá s počítačem, aby se na ni podíval s vámi.</translation>
    </message>
    <message>
        <source>Records deleted: %1. Then Coffer searched the whole vault file for anything left of them:</source>
        <translation>Smazáno záznamů: %1. Potom Coffer prohledal celý soubor trezoru, zda z nich něco nezůstalo:</translation>
    </message>
    <message>
        <source>The vault “%1” and all its backups are gone for good: nobody can open them any more, with any password.</source>
        <translation>Trezor „%1“ a všechny jeho zálohy jsou natrvalo pryč: nikdo je už neotevře žádným heslem.</translation>
    </message>
    <message>
        <source>The vault “%1” and the backups Coffer could reach are gone for good. The copies listed below were not deleted: any of them that still exists opens with the passwords of its day.</source>
        <translation>Trezor „%1“ a zálohy, k nimž se Coffer dostal, jsou natrvalo pryč. Kopie uvedené níže smazány nebyly: kterákoli z nich, pokud ještě existuje, se otevře hesly svého dne.</translation>
    </message>
    <message>
        <source>Nobody can open the vault “%1” any more: its keys are destroyed. But the cancellation did not finish, so files of it may still be on the disk.</source>
        <translation>Trezor „%1“ už nikdo neotevře: jeho klíče jsou zničeny. Zrušení však nebylo dokončeno, takže jeho soubory mohou být stále na disku.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the vault “%1” is as it was.</source>
        <translation>Nic nebylo smazáno: trezor „%1“ je, jak byl.</translation>
    </message>
    <message>
        <source>Coffer has noted where it stopped: the next time it starts, it offers to finish the cancellation, deleting what is left and writing the certificate. Connect the drives named above first.</source>
        <translation>Coffer si poznamenal, kde skončil: při příštím spuštění nabídne dokončení zrušení, smaže, co zbylo, a vystaví potvrzení. Nejprve připojte výše uvedené disky.</translation>
    </message>
    <message>
        <source>Delete the files marked ✗ yourself; no certificate was written.</source>
        <translation>Soubory označené ✗ smažte sami; potvrzení nebylo vystaveno.</translation>
    </message>
    <message>
        <source>The vault was closed. Open it again, put right what the message says, and try once more.</source>
        <translation>Trezor byl zavřen. Otevřete jej znovu, opravte, co uvádí zpráva, a zkuste to ještě jednou.</translation>
    </message>
    <message>
        <source>This backup cannot be trusted to bring back your vault: a part of it is damaged, or was changed after it was made.</source>
        <translation>Na tuto zálohu se při obnově trezoru nelze spolehnout: její část je poškozená nebo byla po vytvoření změněna.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n client(s) whose processing is restricted, with their records. To export them too, tick “Include…” in Export all.</source>
        <translation>
            <numerusform>Vynechán: %n klient, jehož zpracování je omezeno, s jeho záznamy. Chcete-li exportovat i jej, zaškrtněte v Exportovat vše „Zahrnout…“.</numerusform>
            <numerusform>Vynecháni: %n klienti, jejichž zpracování je omezeno, s jejich záznamy. Chcete-li exportovat i je, zaškrtněte v Exportovat vše „Zahrnout…“.</numerusform>
            <numerusform>Vynecháno: %n klientů, jejichž zpracování je omezeno, s jejich záznamy. Chcete-li exportovat i je, zaškrtněte v Exportovat vše „Zahrnout…“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coffer::TrySampleBox</name>
    <message>
        <source>&amp;Try with Sample Data</source>
        <translation>Vy&amp;zkoušet s ukázkovými daty</translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation>Vyzkoušet s ukázkovými daty</translation>
    </message>
    <message>
        <source>Open a demo vault with a few hundred made-up clients, to look around first.</source>
        <translation>Otevřít ukázkový trezor s několika stovkami smyšlených klientů a nejprve se rozhlédnout.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New to Coffer?&lt;/b&gt;</source>
        <translation>&lt;b&gt;S Coffer začínáte?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Look around in a demo vault with a few hundred made-up clients, their notes and consents. It is kept in a temporary folder and deleted when you lock it or quit Coffer, so nothing you try there stays.</source>
        <translation>Rozhlédněte se v ukázkovém trezoru s několika stovkami smyšlených klientů, jejich poznámkami a souhlasy. Je uložen v dočasné složce a smaže se, jakmile ho zamknete nebo ukončíte Coffer, takže nic z toho, co v něm vyzkoušíte, nezůstane.</translation>
    </message>
    <message>
        <source>Preparing the demo vault</source>
        <translation>Příprava ukázkového trezoru</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Připravuje se…</translation>
    </message>
</context>
<context>
    <name>coffer::UnlockDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation>Odemknout: %1</translation>
    </message>
    <message>
        <source>Leave empty if you are the owner</source>
        <translation>Nechte prázdné, pokud jste vlastník</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Uživatelské jméno:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odemknout</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nesprávné uživatelské jméno nebo heslo.</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Zapo&amp;mněli jste heslo?</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or saved when the vault was created: 8 groups of 4 letters and digits. Spaces, dashes and small letters are fine. Then choose a new password.</source>
        <translation>Zadejte obnovovací klíč, který jste si zapsali nebo uložili při vytváření trezoru: 8 skupin po 4 písmenech a číslicích. Mezery, pomlčky a malá písmena nevadí. Poté zvolte nové heslo.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Obnovovací &amp;klíč:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nové heslo:</translation>
    </message>
    <message>
        <source>&amp;Reset Password and Unlock</source>
        <translation>&amp;Resetovat heslo a odemknout</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Z&amp;pět</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 z %2 znaků</translation>
    </message>
    <message>
        <source>%1 characters: a recovery key has %2. Check for a character typed twice.</source>
        <translation>Počet znaků: %1, obnovovací klíč jich má %2. Zkontrolujte, zda jste některý znak nenapsali dvakrát.</translation>
    </message>
    <message>
        <source>Wrong user name or recovery key. Nothing was changed.</source>
        <translation>Nesprávné uživatelské jméno nebo obnovovací klíč. Nic nebylo změněno.</translation>
    </message>
</context>
<context>
    <name>coffer::UsersModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vy)</translation>
    </message>
    <message>
        <source>One-time, to be changed</source>
        <translation>Jednorázové, nutno změnit</translation>
    </message>
    <message>
        <source>Their own</source>
        <translation>Vlastní</translation>
    </message>
    <message>
        <source>%1 still has a one-time password and must choose their own at the next sign-in.</source>
        <translation>%1 má stále jednorázové heslo a při příštím přihlášení si musí zvolit vlastní.</translation>
    </message>
    <message>
        <source>%1 has chosen their own password.</source>
        <translation>%1 už má vlastní heslo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Přidáno</translation>
    </message>
</context>
<context>
    <name>coffer::UsersPage</name>
    <message>
        <source>Users of this vault</source>
        <translation>Uživatelé tohoto trezoru</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <source>The people who may open this vault, each with their own password and role. Nobody can read another&apos;s password, and you cannot either.</source>
        <translation>Lidé, kteří smějí tento trezor otevřít, každý s vlastním heslem a rolí. Nikdo nemůže zjistit heslo jiného uživatele, ani vy.</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Přidat uživatele…</translation>
    </message>
    <message>
        <source>Add a person who may open this vault; you give them a one-time password.</source>
        <translation>Přidat osobu, která smí tento trezor otevřít; předáte jí jednorázové heslo.</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>Změnit &amp;roli</translation>
    </message>
    <message>
        <source>Give the selected user another role.</source>
        <translation>Přidělit vybranému uživateli jinou roli.</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Resetovat &amp;heslo…</translation>
    </message>
    <message>
        <source>Give the selected user a new one-time password, for when they have lost theirs.</source>
        <translation>Přidělit vybranému uživateli nové jednorázové heslo, když své heslo ztratil.</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Odebrat…</translation>
    </message>
    <message>
        <source>Remove the selected user: they can no longer open this vault.</source>
        <translation>Odebrat vybraného uživatele: tento trezor už nebude moci otevřít.</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>Co smí jednotlivé role</translation>
    </message>
    <message>
        <source>%1 (hand ownership over)…</source>
        <translation>%1 (předat vlastnictví)…</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>Uživatel %1 byl přidán s rolí %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Uživatel %1 má nyní roli %2.</translation>
    </message>
    <message>
        <source>Hand Ownership Over</source>
        <translation>Předání vlastnictví</translation>
    </message>
    <message>
        <source>Make %1 the owner of this vault?

A vault has one owner. You become an administrator, and only %1 can then cancel the account or hand ownership back.</source>
        <translation>Předat vlastnictví tohoto trezoru uživateli %1?

Trezor má jediného vlastníka. Vy se stanete správcem a zrušit účet nebo vlastnictví předat zpět pak bude moci jen %1.</translation>
    </message>
    <message>
        <source>Make %1 the Owner</source>
        <translation>Předat vlastnictví uživateli %1</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Resetovat heslo</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password?

Their current password stops working at once. You will see the new one-time password once, to give to them.</source>
        <translation>Přidělit uživateli %1 nové jednorázové heslo?

Jeho současné heslo okamžitě přestane platit. Nové jednorázové heslo uvidíte jen jednou, abyste mu ho předali.</translation>
    </message>
    <message>
        <source>%1&apos;s password was reset.</source>
        <translation>Heslo uživatele %1 bylo resetováno.</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Odebrání uživatele</translation>
    </message>
    <message>
        <source>Remove %1 from this vault?

They will no longer be able to open it. Client data and the audit log stay as they are.</source>
        <translation>Odebrat uživatele %1 z tohoto trezoru?

Už ho nebude moci otevřít. Data klientů a auditní protokol zůstanou beze změny.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Odebrat uživatele %1</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Uživatel %1 byl odebrán.</translation>
    </message>
    <message>
        <source>%1 is now the owner and makes a new recovery key; you are an administrator from now on.</source>
        <translation>%1 je nyní vlastníkem a vytvoří nový obnovovací klíč; vy jste od teď administrátorem.</translation>
    </message>
</context>
<context>
    <name>coffer::VaultTasks</name>
    <message>
        <source>%1 export</source>
        <extracomment>The name of an export file, before its time stamp; %1 is the vault&apos;s or the client&apos;s name.</extracomment>
        <translation>%1 export</translation>
    </message>
    <message>
        <source>A complete copy of this vault — every client, note, file and consent, and the audit log — in standard formats (JSON and CSV) that other programs can read. The vault itself does not change.</source>
        <translation>Úplná kopie tohoto trezoru — všichni klienti, poznámky, soubory a souhlasy a také auditní protokol — ve standardních formátech (JSON a CSV), které umí číst i jiné programy. Samotný trezor se nezmění.</translation>
    </message>
    <message>
        <source>Export everything in “%1”</source>
        <translation>Exportovat vše z trezoru „%1“</translation>
    </message>
    <message>
        <source>Export the data of %1</source>
        <translation>Exportovat data klienta %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Exportuje se do „%1“…</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Zálohování</translation>
    </message>
    <message>
        <source>Making an encrypted backup of “%1”…</source>
        <translation>Vytváří se šifrovaná záloha trezoru „%1“…</translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation>Ověření zálohy</translation>
    </message>
    <message>
        <source>Checking the backup of %1…</source>
        <translation>Ověřuje se záloha z %1…</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Obnovení zálohy</translation>
    </message>
    <message>
        <source>Restoring the backup of %1 into a new vault…</source>
        <translation>Obnovuje se záloha z %1 do nového trezoru…</translation>
    </message>
    <message>
        <source>Erase Client</source>
        <translation>Výmaz klienta</translation>
    </message>
    <message>
        <source>Erasing %1 and checking that nothing of theirs is left…</source>
        <translation>Maže se klient %1 a ověřuje se, že po něm nic nezůstalo…</translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation>Zrušení účtu</translation>
    </message>
    <message>
        <source>Deleting the vault “%1” and its backups. Please do not switch the computer off.</source>
        <translation>Maže se trezor „%1“ a jeho zálohy. Nevypínejte prosím počítač.</translation>
    </message>
    <message>
        <source>The vault&apos;s header file cannot be read, so the password cannot be checked.</source>
        <translation>Soubor hlavičky trezoru nelze přečíst, proto nelze ověřit heslo.</translation>
    </message>
    <message>
        <source>Everything this vault holds about %1 — profile, notes, files and consents — for an access or portability request. The vault itself does not change.</source>
        <translation>Vše, co tento trezor obsahuje o klientovi %1 — profil, poznámky, soubory a souhlasy — pro vyřízení žádosti o přístup nebo o přenositelnost. Samotný trezor se nezmění.</translation>
    </message>
    <message>
        <source>Coffer cannot find this vault&apos;s record of erasures</source>
        <translation>Coffer nemůže najít záznamy o výmazech tohoto trezoru</translation>
    </message>
    <message>
        <source>It looked in %1. If a client was erased after %2, they would come back in the restored vault. Restore anyway only if you are sure no client was erased since, or if the backup folder&apos;s drive is not connected, connect it first.</source>
        <translation>Hledáno v: %1. Pokud byl po %2 vymazán nějaký klient, v obnoveném trezoru by se znovu objevil. Přesto obnovte jen tehdy, když jste si jisti, že od té doby nebyl vymazán žádný klient; pokud není připojen disk se složkou záloh, nejprve ho připojte.</translation>
    </message>
    <message>
        <source>Restore Anyway</source>
        <translation>Přesto obnovit</translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation>Pročištění záloh</translation>
    </message>
    <message numerus="yes">
        <source>Destroy the %n backup(s) made before the latest erasure?</source>
        <translation>
            <numerusform>Zničit %n zálohu pořízenou před posledním výmazem?</numerusform>
            <numerusform>Zničit %n zálohy pořízené před posledním výmazem?</numerusform>
            <numerusform>Zničit %n záloh pořízených před posledním výmazem?</numerusform>
        </translation>
    </message>
    <message>
        <source>They were made while an erased client was still in the vault, so they still hold that client. Coffer first makes sure a newer backup exists and opens, then overwrites these and deletes them. This cannot be undone.</source>
        <translation>Byly pořízeny, když byl vymazaný klient ještě v trezoru, a proto ho stále obsahují. Coffer se nejprve ujistí, že existuje novější záloha a dá se otevřít, pak tyto přepíše a smaže. Nelze to vrátit zpět.</translation>
    </message>
    <message>
        <source>&amp;Destroy Them</source>
        <translation>&amp;Zničit je</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Ponechat</translation>
    </message>
    <message>
        <source>Checking a newer backup, then destroying the backups made before the latest erasure…</source>
        <translation>Ověřuje se novější záloha, pak se zničí zálohy pořízené před posledním výmazem…</translation>
    </message>
    <message>
        <source>&amp;Restore as a Separate Vault</source>
        <translation>&amp;Obnovit jako samostatný trezor</translation>
    </message>
    <message>
        <source>How should the backup of %1 be restored?</source>
        <translation>Jak obnovit zálohu z %1?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;As a separate vault:&lt;/b&gt; the backup becomes a second vault beside this one, with the clients and the passwords of the backup&apos;s day. This vault is not changed. Coffer lists the new vault as a copy of this one: cancelling the account covers it too, and asks you then whether to destroy it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;In place of this vault:&lt;/b&gt; once the restored backup has passed every check, this vault is destroyed and the backup takes its place. Everything added or changed since %1 is lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Jako samostatný trezor:&lt;/b&gt; ze zálohy se stane druhý trezor vedle tohoto, s klienty a hesly ze dne zálohy. Tento trezor se nezmění. Coffer vede nový trezor jako kopii tohoto: zrušení účtu se týká i jeho a zeptá se vás pak, zda ho zničit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Místo tohoto trezoru:&lt;/b&gt; jakmile obnovená záloha projde všemi kontrolami, tento trezor se zničí a záloha zaujme jeho místo. Vše, co bylo od %1 přidáno nebo změněno, se ztratí.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;place This Vault…</source>
        <translation>&amp;Nahradit tento trezor…</translation>
    </message>
</context>
</TS>
