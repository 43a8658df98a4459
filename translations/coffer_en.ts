<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPack</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access pack answers a request for access or for portability; this request asks for something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the request to the client it concerns before preparing their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer to a request for access needs its cover letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the access pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountCancellation</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name typed does not match this vault&apos;s name; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the certificate, %1, does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slots could not be destroyed; no file was deleted, though the header may be partly overwritten. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwritten, read back equal, deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file was deleted, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was deleted and verified, but the certificate could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not in the expected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slots read back differ from what was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings entry names the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the files exists any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check afterwards failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault path no longer opens (“not a vault”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation journal cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the cancellation journal could not be written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation journal %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation had not destroyed anything yet; the vault still opens. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not this vault&apos;s any more; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every copy&apos;s key slots could be destroyed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted (before an interruption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file of the vault remains in its backup folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 folder(s) removed, %2 kept: %3 file(s) of this vault, %4 other file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copies are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) destroyed</source>
        <translation>
            <numerusform>%n copy destroyed</numerusform>
            <numerusform>%n copies destroyed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept at the user&apos;s request</source>
        <translation>
            <numerusform>; %n kept at the user&apos;s request</numerusform>
            <numerusform>; %n kept at the user&apos;s request</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate must be written outside the vault, its copies and their backup folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished: these backup folders could not be reached and were not sanitised: %1. Connect them and resume the cancellation (or, if one is gone for good, resume and say so: it is then named in the certificate as not reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 folder(s) not reached, declared lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file of the vault remains in the backup folders it could reach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Argon2Kdf</name>
    <message>
        <source>Key derivation parameters are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Created the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regained access with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked a client&apos;s erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened or saved a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported clients from a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic, on lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed who may erase clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported erased clients again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the backups to another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins and locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client changes, notes, files, consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, roles and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) destroyed</source>
        <translation>
            <numerusform>%n backup destroyed</numerusform>
            <numerusform>%n backups destroyed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erased client(s) imported again</source>
        <translation>
            <numerusform>%n erased client imported again</numerusform>
            <numerusform>%n erased clients imported again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erased client(s) kept out</source>
        <translation>
            <numerusform>%n erased client kept out</numerusform>
            <numerusform>%n erased clients kept out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out for an invalid value</source>
        <translation>
            <numerusform>%n left out for an invalid value</numerusform>
            <numerusform>%n left out for an invalid value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be destroyed</source>
        <translation>
            <numerusform>%n could not be destroyed</numerusform>
            <numerusform>%n could not be destroyed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n record deleted</numerusform>
            <numerusform>%n records deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) moved</source>
        <translation>
            <numerusform>%n file moved</numerusform>
            <numerusform>%n files moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) passed</source>
        <translation>
            <numerusform>%1 of %n check passed</numerusform>
            <numerusform>%1 of %n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recorded erasure(s) applied again</source>
        <translation>
            <numerusform>%1 of %n recorded erasure applied again</numerusform>
            <numerusform>%1 of %n recorded erasures applied again</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder kept despite a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted processing of a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted a client&apos;s restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked a request to its client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded an identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended a request&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked evidence to a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>By %n month(s) in all</source>
        <translation>
            <numerusform>By %n month in all</numerusform>
            <numerusform>By %n months in all</numerusform>
        </translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the vault&apos;s keys to the new format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded a key to the new format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the vault&apos;s files out of step (rolled back?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished an interrupted change of the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic, before the keys&apos; format changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header at change %1, database at change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished after an interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Given to %n key(s)</source>
        <translation>
            <numerusform>Given to %n key</numerusform>
            <numerusform>Given to %n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed attempt with a recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under an older data key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held erased clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s record of the vault&apos;s changes was edited; the files are at change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer had seen change %1; the files are at change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the key that seals the users and the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took their copy of the key that seals the users and the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the key that seals the users and the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the users or their roles changed outside Coffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the audit log changed outside Coffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the key that seals the users and the log removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found their copy of the sealing key replaced outside Coffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a purpose of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a purpose of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a privacy policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran retention: erased or anonymised the clients due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a client under a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released a client&apos;s legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged a personal-data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Described a breach further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a breach&apos;s notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Coffer backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has container format %1, this version reads %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 bytes more than its manifest names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault header does not match its SHA-256 sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its snapshot cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database snapshot does not match its SHA-256 sum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The backup is damaged: the database fails its integrity check (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged: its manifest was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password opens the header; header and manifest are authentic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database opens and passes SQLite&apos;s integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages, schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container format %1, manifest whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 sums of header and snapshot match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged: its header or manifest does not authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header and manifest are authentic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in the middle of a change; back up after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the vault database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachLog</name>
    <message>
        <source>A breach&apos;s description is at most %1 characters in each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of people and records are zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification cannot come before the breach was detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification is recorded once it was made, not before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the breach was detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach cannot be detected in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach detected before 2000? Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the authority or the people were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the authority is not told (the breach is unlikely to result in a risk to people, because …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no breach with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientEraser</name>
    <message>
        <source>The write-ahead log could not be emptied (the database is busy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indexes and the file were rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tombstone is kept for restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in vault.db and in %n backup folder(s)</source>
        <translation>
            <numerusform>in vault.db and in %n backup folder</numerusform>
            <numerusform>in vault.db and in %n backup folders</numerusform>
        </translation>
    </message>
    <message>
        <source>; not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>There is no client with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this client is restricted (GDPR Article 18): their data is kept but not changed. Lift the restriction first, with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing is restricted with its reason, not by editing the client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientValidation</name>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag may not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after the @ is not a domain such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address alone, without a name or &lt; &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds more than one email address; add each one separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address has a space in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address has no @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address has more than one @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address has nothing before the @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address has nothing after the @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address has a comma where a dot should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address has two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ cannot begin or end with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ cannot contain “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ has an invisible character in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number has letters in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number has a + that is not at its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number has brackets that do not pair up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number cannot contain “%1”: use digits, spaces and + - ( ) . / only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number has an invisible character in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is too short: it needs at least %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is too long: it can have at most %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows; the United Kingdom&apos;s is GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows; Greece&apos;s is GR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStore</name>
    <message>
        <source>Say what the consent is for (its purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose, source or policy version is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent has no id, purpose or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of a consent cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of a consent cannot be before 1900; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence of a consent must be one of the client&apos;s own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a consent that is granted can expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent&apos;s expiry must fall after the day it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy policy version %1 is not in the archive; an administrator adds it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The business&apos;s details are too long: at most %1 characters in each field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The kind is neither person nor organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is neither an ISO 3166 code nor a country name Coffer knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than a million characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds a name (such as Name, First name or Last name); map one to name, given or family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map is COLUMN=FIELD, such as &quot;Mobile=phone&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field needs a name: field:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; use name, given, family, email, phone, org, address, country, tags, kind, note, field:KEY or ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file ends inside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the vault database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of this change failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionCertificate</name>
    <message>
        <source>Full: every file was read back from the device after the overwrite and compared with what was written; then each path was checked to be gone, the folders searched for any file of the vault, the vault path opened as a vault (it must fail as &quot;not a vault&quot;), and the settings searched for any entry naming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge (NIST SP 800-88 Rev. 1) by cryptographic erase, then a one-pass random overwrite. First every key slot in the vault header was overwritten in place with random bytes and synced to the disk, and the data key was wiped from memory. Then every file of the vault and of its managed backups was overwritten once with random data, synced, read back from the device and compared, truncated, renamed to a random name and unlinked, and its folder synced and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What overwriting cannot promise: on SSDs, flash memory, and thin-provisioned or virtual disks the drive may write new data to other physical blocks and keep the old ones until it reuses them; on copy-on-write file systems (btrfs, ZFS, APFS) and where snapshots exist, an overwrite goes to new blocks and the old ones remain in snapshots or until the space is reused. On such storage the old bytes may still be on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the cryptographic erase still holds there: the database, its log and every backup were only ever written encrypted under the vault&apos;s data key, and the data key was only ever stored sealed inside key slots. The slots were destroyed, so whatever encrypted copies survive on the device cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the user made (zip, folder, JSON or CSV, encrypted or not, of the whole vault or of one client) and files saved out of the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of the vault or of its backups made outside Coffer: file copies, sync services, system backups and file-system snapshots, and backups moved out of the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery keys and passwords written down or saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERTIFICATE OF DELETION — Coffer vault &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields after NIST SP 800-88 Rev. 1, Appendix G. Result: completed and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person performing sanitisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault user: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating-system account: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sanitised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1, id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: %1 (file system: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (size in bytes, SHA-256 before the overwrite):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Purge. Used: cryptographic erase, then a one-pass random overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does not reach: earlier versions of the header (from before a password change, a new user or a reset) were written as new files, and their old blocks may survive in the same way; each held key slots that open only with a password or recovery key that was valid at that time. Each managed backup held its own copy of the key slots, destroyed by the overwrite of the backup file with the limits above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored copy destroyed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored copy KEPT at the user&apos;s request, not sanitised (it still opens with the passwords it had when its backup was taken): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder NOT reached, declared gone for good by the user; whatever it held was not sanitised: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>There is no room for the demo vault in the temporary folder (%1). Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureReport</name>
    <message numerus="yes">
        <source>%n backup(s) made before the erasure still hold the person. A restore of any of them erases the person again before the restored vault opens; &quot;Prune backups&quot; destroys them once a newer backup is verified.</source>
        <translation>
            <numerusform>%n backup made before the erasure still holds the person. A restore of it erases the person again before the restored vault opens; &quot;Prune backups&quot; destroys it once a newer backup is verified.</numerusform>
            <numerusform>%n backups made before the erasure still hold the person. A restore of any of them erases the person again before the restored vault opens; &quot;Prune backups&quot; destroys them once a newer backup is verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) made while the person was in the vault may hold their data. Coffer cannot reach them: delete them, or ask whoever received them to. An import of them will not bring the person back.</source>
        <translation>
            <numerusform>%n export made while the person was in the vault may hold their data. Coffer cannot reach it: delete it, or ask whoever received it to. An import of it will not bring the person back.</numerusform>
            <numerusform>%n exports made while the person was in the vault may hold their data. Coffer cannot reach them: delete them, or ask whoever received them to. An import of them will not bring the person back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup folder(s) could not be searched (a drive not connected?). Connect them and look again: backups there may hold the person.</source>
        <translation>
            <numerusform>%n backup folder could not be searched (a drive not connected?). Connect it and look again: backups there may hold the person.</numerusform>
            <numerusform>%n backup folders could not be searched (a drive not connected?). Connect them and look again: backups there may hold the person.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup or export that Coffer made holds the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies Coffer made that may still hold the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup folder not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report SHA-256 (kept in the vault): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored copy kept as a separate vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureVerifier</name>
    <message>
        <source>No row refers to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) searched, no row holds the id</source>
        <translation>
            <numerusform>%n table searched, no row holds the id</numerusform>
            <numerusform>%n tables searched, no row holds the id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still hold the id, in: %1</source>
        <translation>
            <numerusform>%n row still hold the id, in: %1</numerusform>
            <numerusform>%n rows still hold the id, in: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n string(s) searched in %1 tables</source>
        <translation>
            <numerusform>%n string searched in %1 tables</numerusform>
            <numerusform>%n strings searched in %1 tables</numerusform>
        </translation>
    </message>
    <message>
        <source>: none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>: found in %n row(s), in: %1</source>
        <translation>
            <numerusform>: found in %n row, in: %1</numerusform>
            <numerusform>: found in %n rows, in: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n also belong(s) to another client and stay with them</source>
        <translation>
            <numerusform>; %n also belong to another client and stay with them</numerusform>
            <numerusform>; %n also belongs to another client and stay with them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too short to search</source>
        <translation>
            <numerusform>; %n too short to search</numerusform>
            <numerusform>; %n too short to search</numerusform>
        </translation>
    </message>
    <message>
        <source>The search indexes hold none of their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) only they had</source>
        <translation>
            <numerusform>%n word only they had</numerusform>
            <numerusform>%n words only they had</numerusform>
        </translation>
    </message>
    <message>
        <source>, none left in the indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n still indexed, in: %1</source>
        <translation>
            <numerusform>, %n still indexed, in: %1</numerusform>
            <numerusform>, %n still indexed, in: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No free page is left that could hold old content</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free page(s)</source>
        <translation>
            <numerusform>%n free page</numerusform>
            <numerusform>%n free pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The write-ahead log is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>no log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of their data is in the file&apos;s decrypted pages or its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n string(s) searched in %1 decrypted page(s), free ones included</source>
        <translation>
            <numerusform>%n string searched in %1 decrypted page, free ones included</numerusform>
            <numerusform>%n strings searched in %1 decrypted pages, free ones included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: found in %n page(s)</source>
        <translation>
            <numerusform>: found in %n page</numerusform>
            <numerusform>: found in %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing that identified them (names, emails, phones, address, organisation, tags, custom fields, note and file names) is in any table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong, and Coffer stopped this step. Try again; if it happens again, restart Coffer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted export is one file: use the zip or json format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileStore</name>
    <message>
        <source>The file&apos;s part %1 of %2 is missing; nothing from that part on was written. Restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s part %1 of %2 is damaged; nothing from that part on was written. Restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name may have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name may not contain slashes or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: it is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An imported file does not match its recorded size and SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s record is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: its contents do not match their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is the evidence of a consent and is kept with the consent&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSafety</name>
    <message>
        <source>on a network file system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a folder that %1 synchronises (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). A vault must be on a disk of this computer: file locks and SQLite&apos;s write-ahead log do not hold on a network file system, so two computers could change the vault at once and damage it. Move the vault folder to a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is on a network file system (%2). File locks and SQLite&apos;s write-ahead log do not hold there, so a backup written there may be damaged. Choose a folder on a local disk, or, as the owner, accept the risk for this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside a folder that %2 synchronises (it keeps %3). A vault must stay outside the folders a sync client manages: the vault&apos;s lock does not hold across computers, and the client copies the database while it changes, which can damage it or bring erased data back. Move the vault folder out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is inside a folder that %2 synchronises (it keeps %3). The client copies backups while they are written and keeps versions of its own that Coffer cannot erase. Choose a folder that no sync client manages, or, as the owner, accept the risk for this folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The export is malformed (%1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is damaged: %1 does not match the SHA-256 in its manifest; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is encrypted: enter its password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Changing the data key, so that copies of the vault&apos;s header made before open nothing written from now on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>But the data key could not be changed, so a copy of the vault&apos;s header made before still opens it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s data key was changed, so an old copy of the vault&apos;s files cannot open anything saved from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup under the new key could be made; back up now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key could not be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key slot has no key pair yet: it cannot be given a new data key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagedBackups</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep between 0 and %1 backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder cannot be inside the vault folder: backups must outlive the loss of the vault&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner may accept the risk of a backup folder on a network file system or in a synchronised folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy differs from the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message>
        <source>The vault holds more notes than its search index can hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than a million characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note has no id, text or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such note; it may have been removed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>The output would be inside the vault folder %1. Nothing Coffer writes for you goes there: choose a place outside the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output file: its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is a symbolic link. Coffer never writes through a link, not even when it may replace a file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output already exists. Coffer never replaces a folder: choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is not a regular file. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file already exists. Choose a new name, or allow Coffer to replace it (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output would be inside the backup folder %1, which holds only the vault&apos;s own backups. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile, and it was not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too easy to guess: common passwords such as “password1”, names with a year and keyboard patterns are the first ones tried. Add another word or two, or use three or four unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyArchive</name>
    <message>
        <source>A policy version needs a name, such as 2026-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy version&apos;s name is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the day the policy took effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy version cannot take effect in the future: add it on the day it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy version cannot take effect before 1990; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the policy either as text or as a file, one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy&apos;s file needs its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy is at most %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive already has the policy version %1; a changed policy is a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy version has no name, day, text or file, or a file name that is not a plain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy version %1 does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message numerus="yes">
        <source>%n request(s) past the day to answer by.</source>
        <translation>
            <numerusform>%n request past the day to answer by.</numerusform>
            <numerusform>%n requests past the day to answer by.</numerusform>
        </translation>
    </message>
    <message>
        <source>No request is past the day to answer by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer them now, or record the extension: request list --overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) past their retention period.</source>
        <translation>
            <numerusform>%n client past their retention period.</numerusform>
            <numerusform>%n clients past their retention period.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client is past their retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review them and run retention: retention run --dry-run, then retention run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) granted under a policy version since superseded.</source>
        <translation>
            <numerusform>%n consent granted under a policy version since superseded.</numerusform>
            <numerusform>%n consents granted under a policy version since superseded.</numerusform>
        </translation>
    </message>
    <message>
        <source>No consent rests on a superseded policy version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask those clients again: consent list --purpose P --superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n restricted client(s) changed after their restriction.</source>
        <translation>
            <numerusform>%n restricted client changed after their restriction.</numerusform>
            <numerusform>%n restricted clients changed after their restriction.</numerusform>
        </translation>
    </message>
    <message>
        <source>No restricted client was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who changed them in the audit log, and whether the change was allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup verified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this vault has been verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a recent backup (backup verify FILE): one every %1 days at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s %n entries are whole.</source>
        <translation>
            <numerusform>The audit log&apos;s %n entry is whole.</numerusform>
            <numerusform>The audit log&apos;s %n entries are whole.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log shows a change made outside Coffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run audit --verify for what was found, and restore a backup if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every breach logged was notified, or why not is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) not notified, %1 past the 72 hours.</source>
        <translation>
            <numerusform>%n breach not notified, %1 past the 72 hours.</numerusform>
            <numerusform>%n breaches not notified, %1 past the 72 hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) not notified yet; the 72 hours run.</source>
        <translation>
            <numerusform>%n breach not notified yet; the 72 hours run.</numerusform>
            <numerusform>%n breaches not notified yet; the 72 hours run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the supervisory authority (breach notify ID --authority DATETIME), or record why not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingDocument</name>
    <message>
        <source>Record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Article 30(1). Made on %1 by Coffer from the vault&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purposes of processing are defined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>No retention rule: kept until erased by hand or on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>from becoming a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the date in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, then anonymised (rule “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, then erased (rule “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The data is kept on the business&apos;s own computer in one database encrypted with AES-256 (SQLCipher) under a random key; each of the %n user(s) unlocks it with their own password (Argon2id), and a recovery key kept on paper replaces a lost one. Roles (owner, administrator, editor, viewer) decide who may read, change, export and erase. Every action is recorded in an audit log chained by SHA-256 and sealed with a key only administrators hold; the log holds no client data. Backups are encrypted and verified; exports can be encrypted; an erasure is verified on every page of the database. No data leaves the computer over a network.</source>
        <translation>
            <numerusform>The data is kept on the business&apos;s own computer in one database encrypted with AES-256 (SQLCipher) under a random key; its one user unlocks it with their own password (Argon2id), and a recovery key kept on paper replaces a lost one. Roles (owner, administrator, editor, viewer) decide who may read, change, export and erase. Every action is recorded in an audit log chained by SHA-256 and sealed with a key only administrators hold; the log holds no client data. Backups are encrypted and verified; exports can be encrypted; an erasure is verified on every page of the database. No data leaves the computer over a network.</numerusform>
            <numerusform>The data is kept on the business&apos;s own computer in one database encrypted with AES-256 (SQLCipher) under a random key; each of the %n users unlocks it with their own password (Argon2id), and a recovery key kept on paper replaces a lost one. Roles (owner, administrator, editor, viewer) decide who may read, change, export and erase. Every action is recorded in an audit log chained by SHA-256 and sealed with a key only administrators hold; the log holds no client data. Backups are encrypted and verified; exports can be encrypted; an erasure is verified on every page of the database. No data leaves the computer over a network.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each part of the record is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeCatalogue</name>
    <message>
        <source>A purpose needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose&apos;s name is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose&apos;s description is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue already has the purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is not in the catalogue of purposes; an administrator adds it, with its lawful basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose has no name, or a name or description too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rectification</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request does not ask for a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the request to the client it concerns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the client&apos;s record was corrected since the request was received. Correct it on the client&apos;s page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemainingCopies</name>
    <message>
        <source>%1, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its key slots were destroyed, but the file could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 (%2): where it was saved is not recorded; it is not encrypted with the data key, so whoever has it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 (%2) at %3: not encrypted with the data key, so whoever has it can read it; delete it if nobody needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault restored from a backup at %1: it still opens with the old key and the passwords of that time; cancel it (coffer-cli cancel-account in that vault) if nobody needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached now: its backups were not searched; run this again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies made outside Coffer, such as a copied vault folder or a backup file copied elsewhere, are unknown to it and still open with the old key and the passwords of their time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestErasure</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request does not ask for erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the request to the client it concerns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is about another client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Access to their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to take elsewhere (portability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for proof of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s data (zip) and the cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s data (zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to be contacted for %1 (objection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to be contacted for %1 (consent withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestRegister</name>
    <message>
        <source>There is no request with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request already concerns a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the person&apos;s identity was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline is extended by one or two months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request needs more time; the person must be told the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The deadline is already extended by %n month(s); in all it can be extended by two months, to three months from receipt (%1).</source>
        <translation>
            <numerusform>The deadline is already extended by %n month; in all it can be extended by two months, to three months from receipt (%1).</numerusform>
            <numerusform>The deadline is already extended by %n months; in all it can be extended by two months, to three months from receipt (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>An extension must be told to the person within the first month, by %1; that day has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of an export or an erasure is its SHA-256, 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is closed as done or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is refused (its legal ground); the person must be told the reasons and their right to complain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is closed with its evidence (an export, an erasure report, what changed) or a stated reason; it has neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date is before 1900; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date cannot be before the request was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the person was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request has no id, date of receipt, due date or creation time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request&apos;s due date cannot be before the day it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request&apos;s deadline can be extended by two months at most, three months from receipt in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request cannot have been received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed request has no time it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request&apos;s evidence has no time, or too long a text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restorer</name>
    <message>
        <source>%1 already exists and is not empty; a restore never writes over a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tombstone file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No erasure tombstone file of this vault was found (looked in %1), so erasures made after %2 cannot be re-applied. Name the file (--tombstones FILE), or restore without (--no-tombstones) if you are sure no client was erased since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indexes and the file were rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restriction</name>
    <message>
        <source>Say why processing is restricted (for instance: the person contests the accuracy of their data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the restriction is lifted; the person must be told before it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this client is already restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this client is not restricted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>A retention rule needs a name of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention period is more than zero and at most %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention period runs from created, updated, last-note or field:KEY (a custom field that holds a date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule&apos;s description is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a retention rule named &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting documents (Latvia, example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: the Latvian accounting law keeps source documents for five years. Confirm the period for your business before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting documents (Lithuania, example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: the Lithuanian accounting law keeps accounting documents for ten years. Confirm the period for your business before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting documents (Czech Republic, example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: the Czech accounting and VAT laws keep accounting documents for up to ten years. Confirm the period for your business before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing contacts (example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: contacts kept for marketing, two years after the last change. Confirm the period for your business before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the client&apos;s data is held (a court case, a tax audit, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for a hold is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold lasts until today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is not held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no retention rule named &quot;%1&quot;; an administrator adds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>Retention run of %1 by %2: %n client(s) acted on.</source>
        <translation>
            <numerusform>Retention run of %1 by %2: %n client acted on.</numerusform>
            <numerusform>Retention run of %1 by %2: %n clients acted on.</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) due but under a legal hold: left as they are.</source>
        <translation>
            <numerusform>%n client due but under a legal hold: left as they are.</numerusform>
            <numerusform>%n clients due but under a legal hold: left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end: the clients not listed are still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editors, administrators and the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators and the owner only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for a quote for the spring order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back about the invoice; paid the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers email to phone calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at the trade fair; interested in the wholesale price list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the updated price list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked about renewing the service contract next quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery was two days late; offered 10% off the next order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would like a reminder in September.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agreement — summary

Monthly bookkeeping and one annual report.
Documents are handed over by the 5th of each month.
Either side may end the agreement with one month&apos;s notice.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agreement summary.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News and offers by email, about once a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls about new products and seasonal offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample privacy policy: what we keep about our clients, why, for how long, and how to ask us about it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Coffer (schema %1); this version understands up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be upgraded to this version of Coffer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStream</name>
    <message>
        <source>This is not an encrypted Coffer export, or it is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This encrypted export has a format version this Coffer does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted export is damaged (key derivation parameters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted export is cut short: its end is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted export is damaged (a chunk has an impossible length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password, or the encrypted export is damaged at its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted export is damaged: a part of it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted export has data after its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecureOverwrite</name>
    <message>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bytes read back from the device differ from those written, from byte %2 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing files from the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tombstones</name>
    <message>
        <source>The erasure tombstone file is damaged or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure tombstone file belongs to another vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s pseudonym has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Coffer vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (it does not match its checksum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged: its database file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with a one-time password: choose your own password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (your key slot is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault has one owner; hand ownership over with a role change instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault cannot hold more users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator or the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can remove an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can hand ownership over, by giving another user the owner role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change an administrator&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can hand ownership over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can reset an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (a key slot is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password instead: the menu under your name, or Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can reset the owner&apos;s password. An owner who has forgotten it locks the vault and chooses “Forgot your password?” to use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this vault only administrators and the owner may erase clients (the owner&apos;s choice, in Settings). Ask one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not allow erasing clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s database (vault.db) is older than its header: the header is at change %1, the database at change %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s header is older than its database: the header is at change %1, the database at change %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may have put back an older copy of one of its files, which would undo removals of users, password changes or erasures. If you did not restore it yourself, treat the vault as tampered with and check the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s rekey journal (%1) is damaged; the vault was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not signed in since the vault moved to the new key format: ask them to sign in once, or reset their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key was not changed, and nothing else either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has not been used since the vault moved to the new key format: the owner replaces it first (coffer-cli recovery-key rotate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no recovery key at the moment: its owner makes a new one (coffer-cli recovery-key rotate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has seen this vault at change %1, and its files are now at change %2: both the header and the database were put back from an older copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s record of how far this vault has changed does not verify: it was edited outside Coffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would undo removals of users, password changes or erasures. If you did not put them back yourself, treat the vault as tampered with and check the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot manage users yet: the list of users is sealed with a key that the owner and the administrators hold, and you have not been given your copy. It is given when the owner or another administrator next signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy of the vault&apos;s integrity key was replaced outside Coffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key was removed outside Coffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was changed outside Coffer since the owner or an administrator last signed in. Verify it on the Audit log page to see from where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of users was changed outside Coffer since the owner or an administrator last changed it: a user or the recovery key was removed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of users and their roles was changed outside Coffer since the owner or an administrator last changed it: check %1 on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made before now cannot be told apart from Coffer&apos;s own; Coffer has made a new key, which seals the vault as it is now, and gave it to you alone: give it to each administrator again by choosing their role again on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key was removed outside Coffer. The owner&apos;s next sign-in makes a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>The vault header is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Coffer vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header has format version %1; this Coffer reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header cannot be written in format %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>Cannot open the vault&apos;s lock file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another program (process %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultReplacement</name>
    <message>
        <source>The backup is not a backup of this vault; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored vault is whole in %1, but it could not take the place of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored vault did not pass every check (%1), so it was discarded and the current vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier replacement of this vault was interrupted; finish it first (the app offers it when the vault is opened, or restore --finish-replace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an interrupted replacement of this vault; it cannot replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a restore of this vault; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already taking the vault&apos;s place; it can only be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultReplacementTasks</name>
    <message>
        <source>Replace This Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing with what the interrupted replacement of “%1” left. Please do not switch the computer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup of %1 and checking it; then “%2” is replaced. Please do not switch the computer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer was replacing “%1” with a backup when it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored backup had passed every check, and the previous vault was being destroyed. Finish the replacement to open the vault again; you then sign in with a password of the backup&apos;s day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish Replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement of “%1” stopped before it changed the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is as it was. The backup restored for the replacement is still beside it, in %1, and is not needed: delete it, or keep it for now and decide later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the Restored Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep It for Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::AccessLetter</name>
    <message>
        <source>Your personal data held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 you asked us (%2) which personal data about you we hold. This letter answers your request under Article 15 of the General Data Protection Regulation (GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete copy of your data is enclosed as the file %1: a zip archive in standard formats (JSON and CSV, with your files as they were given to us) that any computer can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the copy&apos;s contents list (manifest.json): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data we hold about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: your data is only stored, not otherwise used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notes about you (%n)</source>
        <translation>
            <numerusform>Notes about you (%n)</numerusform>
            <numerusform>Notes about you (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We hold no notes about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <translation>
            <numerusform>Files (%n)</numerusform>
            <numerusform>Files (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We hold no files about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files themselves are in the enclosed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your consents (%n)</source>
        <translation>
            <numerusform>Your consents (%n)</numerusform>
            <numerusform>Your consents (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We have recorded no consent from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we hold your data and on what legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the basis of your consent (GDPR Art. 6(1)(a)), which you may withdraw at any time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our register records no purpose for your data beyond keeping your client record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our register records no one outside our business who receives your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long we keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our register records no retention period; we keep your data no longer than necessary for the purposes above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our register records no source other than you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may ask us to correct your data (GDPR Art. 16), to erase it (Art. 17), to restrict its processing (Art. 18) and to give it to you in a machine-readable form (Art. 20), and you may object to its processing, and always to its use for direct marketing (Art. 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may also complain to the data protection supervisory authority of your country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may also complain to the supervisory authority: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who accessed or changed your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our records log lists each change to your record, each export of it and each opening of your files, newest first. People are named by their role only; looking at the record on screen is not logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log holds no entry about your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older entries are left out of this letter; ask us for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If anything in this letter is unclear, or you want to use one of your rights, contact us: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::AddUserDialog</name>
    <message>
        <source>Adds, changes and erases client data, and exports one client&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads client data; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer makes a one-time password for the new user. You give it to them; at their first sign-in they choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name they will sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything an administrator may do, choosing who may erase clients, and cancelling the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with client data and erases clients, manages users, exports everything, makes and restores backups and reads the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds and changes client data and exports one client&apos;s data; in this vault only administrators and the owner may erase clients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::AuditFilterBar</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the actions of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries of the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every entry of the log again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries about every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the client filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <extracomment>The chip above the audit log when it shows one client&apos;s entries; %1 is the client&apos;s current name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::AuditModel</name>
    <message>
        <source>(nobody signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken from entry %1 on: this entry may have been changed, inserted or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in(s) by %1</source>
        <translation>
            <numerusform>%n sign-in by %1</numerusform>
            <numerusform>%n sign-ins by %1</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 signed in and locked the vault %n time(s) in a row, with nothing else between. Open the row to see each time.</source>
        <translation>
            <numerusform>%1 signed in and locked the vault %n time in a row, with nothing else between. Open the row to see each time.</numerusform>
            <numerusform>%1 signed in and locked the vault %n times in a row, with nothing else between. Open the row to see each time.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::AuditPage</name>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no entry of the log has been changed, inserted or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries written since the list was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: all %L1 entries are linked as they were written. No entry has been changed, inserted or deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been altered. The chain is first broken at entry %L1: that entry, or one just before it, was changed, inserted or deleted outside Coffer. Entries from %L1 on cannot be trusted. Keep this vault as it is and compare with a backup made before that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %L1 entries are shown; scroll down for older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what in this vault, and when, newest first. The log itself names no client, only a code that this vault alone can match to them; while the client exists, their name is shown here. “Show history” on a client&apos;s page opens their entries. Each entry is linked to the one before, so a change to the log shows when the chain is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in (failed sign-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %L1 matching entries are shown; scroll down for older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries</source>
        <translation>
            <numerusform>%Ln matching entry</numerusform>
            <numerusform>%Ln matching entries</numerusform>
        </translation>
    </message>
    <message>
        <source>The users and the log&apos;s seals were not checked: you have not been given the vault&apos;s integrity key yet. It is given when the owner or another administrator next signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key is missing: it was removed outside Coffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no integrity key yet: the owner or an administrator makes it at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users or their roles were changed outside Coffer since the owner or an administrator last changed them. Check every user&apos;s role on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s seals (checkpoints) were removed outside Coffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal at entry %L1 does not hold: the log was changed outside Coffer at or before that entry, by someone who rewrote its links to hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes outside Coffer were found before, %Ln time(s): see the entries named “integrity” in the log.</source>
        <translation>
            <numerusform>Changes outside Coffer were found before, once: see the entries named “integrity” in the log.</numerusform>
            <numerusform>Changes outside Coffer were found before, %Ln times: see the entries named “integrity” in the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The users and their roles are as the owner or an administrator left them, and the log is sealed through entry %L1; the %Ln entries after it are covered by their links alone.</source>
        <translation>
            <numerusform>The users and their roles are as the owner or an administrator left them, and the log is sealed through entry %L1; the %Ln entry after it is covered by its links alone.</numerusform>
            <numerusform>The users and their roles are as the owner or an administrator left them, and the log is sealed through entry %L1; the %Ln entries after it are covered by their links alone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault was changed outside Coffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users or their roles were changed outside Coffer since the owner or an administrator last changed them: check %1 on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users and their roles are as the owner or an administrator left them, and the log is sealed through its newest entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::BackupAccessDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup becomes a new vault in a new folder; this vault is not changed. Clients erased after the backup was made are erased again in the new vault, so they do not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer opens the backup with your password in a private temporary folder and checks every part of it. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if you are the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password that was valid when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the restored vault go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new vault a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a restore never writes over anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be created as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1” with the backup of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer restores the backup beside this vault and checks it. Only when every check has passed is this vault destroyed, its keys first, and the backup takes its place. Everything added or changed since %1 is lost; clients erased since are erased again. The vault locks for this, and you sign in again afterwards with a password of the backup&apos;s day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace This Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — restored copy of %2</source>
        <extracomment>The default name of a vault restored from a backup: the vault&apos;s name and the backup&apos;s day, e.g. &quot;Salons Līga — restored copy of 1 Dec 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::BackupFolderModel</name>
    <message>
        <source>In use, but not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer cannot open this folder now (a drive not connected?). Backups there still count as copies of the vault: connect it so that erasures and a cancellation reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::BackupListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s beginning cannot be read: it may be damaged. Verify it to find out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::BackupSettingsGroup</name>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder named after the vault, beside it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — automatic backups off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time the vault is locked after a change, Coffer makes an encrypted backup of it in this folder and keeps only the newest ones. A backup opens with the same passwords as the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner and admins can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk accepted by the owner: the folder is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a Risky Backup Folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Folder Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the Backups?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move the %n backup(s) already made to the new folder?</source>
        <translation>
            <numerusform>Move the %n backup already made to the new folder?</numerusform>
            <numerusform>Move the %n backups already made to the new folder?</numerusform>
        </translation>
    </message>
    <message>
        <source>If you leave them, they stay where they are, and Coffer still counts them as copies of the vault: a restore reads the erasures kept there, and cancelling the account destroys them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These backups are on the same disk as the vault.&lt;/b&gt; If that disk dies or the computer is stolen, the vault and its backups are lost together. Keep them on a USB drive or another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator or the owner can choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another Di&amp;sk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder on a USB drive or another disk for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::BackupsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the chosen backup is whole and opens with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole vault in one file. If this computer breaks or the vault is damaged, a backup brings everything back.

Coffer makes one automatically each time you lock the vault after changing something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make the first one now, click Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exports made from this vault: when, what, where to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folders this vault has used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups left in any of them still count as copies of this vault: a restore reads the erasures kept there, and cancelling the account destroys them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup as a separate vault, or in place of this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::BusinessDetailsGroup</name>
    <message>
        <source>Your business in letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name letters are signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers for privacy, if not the address above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose, or type the name and address of your authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For instance: to carry out our contracts with you (GDPR Art. 6(1)(b)); to keep the accounts the law requires (Art. 6(1)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For instance: our accountant; our email provider. Leave empty if nobody outside receives the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For instance: as long as you are our client, then five years for the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where data comes from when not from the person themselves, if ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory &amp;authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urposes and legal bases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long data is &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter that goes with an access pack, and the replies to requests, are signed with these details and say what they say here. Coffer fills in the rest from the client&apos;s record; it does not give legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in at least the name and an email or postal address: a letter without them cannot be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in yet; administrators and the owner fill these in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators and the owner change these details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::CancelAccountDialog</name>
    <message>
        <source>Cancel Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the vault “%1” and all its backups for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key that opens the vault is destroyed. From that moment its data cannot be read by anyone, wherever a copy of the encrypted files may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file of the vault, and every backup of it in %1 (there are %2 now), is overwritten with random data, checked and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion certificate records what was deleted, how, and the checks that followed. It is saved outside the vault, where you choose below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Every user of this vault loses it. Exports and copies saved elsewhere are not touched: delete them yourself if they must go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type “%1” to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;certificate in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep My Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletion certificate</source>
        <extracomment>The file name of the deletion certificate, before its time stamp; %1 is the vault&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the certificate go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the certificate does not exist. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer may not write in the folder for the certificate. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Restored copies kept as separate vaults.&lt;/b&gt; These were restored from this vault&apos;s backups and still open with the passwords of their backup&apos;s day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay as they are unless you tick the box below; the certificate then names them as kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Also destroy these restored copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ChangePasswordDialog</name>
    <message>
        <source>Choose Your Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password now; the one-time password will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault again without changing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password replaces your current one at once; other users&apos; passwords do not change. Backups made before today still open with the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right; your password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ClientListModel</name>
    <message>
        <source>Processing restricted: keep this client&apos;s data, but do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ClientListPanel</name>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, email, phone, tag or note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only clients with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>No client tagged “%1” matches “%2”.
Check the spelling, or clear the search with Esc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches “%1”.
Check the spelling, or clear the search with Esc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has the tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet. Someone who may edit this vault can add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet — add your first with New client (%1),
or bring them in from a CSV file or an export with Import… in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only restricted clients, or those who may be contacted for a purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients whose processing is restricted: their data is kept but not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be contacted for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their latest consent for “%1” is granted, with no objection or withdrawal since, and their processing is not restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client that matches this view has restricted processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client that matches this view may be contacted for “%1”.
They need a granted consent for it, with no objection or withdrawal since, and no restriction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ClientProfileForm</name>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the name above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi&amp;ven name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. supplier, vip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of custom field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of custom field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove custom field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;orks at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 · last changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention rule&apos;s name; empty: the rules of the client&apos;s purposes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ClientView</name>
    <message>
        <source>Parts of the client&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this client&apos;s data, but do not use it (GDPR Article 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport this client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything about this client to a file, e.g. to answer a request for access or to move their data elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything about this client for good, and get a report that proves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert: undo the changes not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · works at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the profile and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new client is not saved yet. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile of %1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is not right yet: it says what is wrong beside it, in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the audit log at this client&apos;s entries: who changed them, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner and admins can see the audit log of who changed this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this client&apos;s data, but do not use it (GDPR Article 18). Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this client is restricted: their data is kept, not changed. Lift the restriction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift Restriction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restrict Processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow changes to this client again. Tell the person before you lift it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this client&apos;s data but stop using or changing it, e.g. while they contest its accuracy (GDPR Article 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why may this client&apos;s data be used again? (For instance: the accuracy is confirmed.) Tell the person before you lift the restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is processing restricted? (For instance: the person contests the accuracy of their data.) While it is restricted, the data is kept but cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ClientsPage</name>
    <message>
        <source>Choose a client in the list to see and change their details, notes, files and consents — or add a new one with New client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client in the list to see their details, notes, files and consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ConsentDialog</name>
    <message>
        <source>Change consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the client gave, refused or withdrew it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the client said so, if that was not today. Consents are never overwritten: this is added to the client&apos;s consent history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nds on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purposes defined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in force from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the consent ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the file that shows the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents are recorded for the purposes of processing your business has defined. An administrator defines them, with their lawful basis, on the Purposes &amp; Policies page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None was in force on that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one in force on that day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a signed form, say)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ConsentsPanel</name>
    <message>
        <source>&amp;Change consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the client granted, refused or withdrew consent for a purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents now, one per purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consents recorded. When the client agrees to (or refuses) something, such as a newsletter, record it with Change consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::CountryCombo</name>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizard</name>
    <message>
        <source>Create a Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has been created. If you close this window without storing the recovery key, a forgotten owner password cannot be recovered. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardLocationPage</name>
    <message>
        <source>Name and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault is one folder that holds all of your clients&apos; data, encrypted. Choose a name you will recognise, and where to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault name cannot contain any of these characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault name cannot begin with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to keep it in does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault called &quot;%1&quot; in this folder. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Vault In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault will be the folder:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardOwnerPage</name>
    <message>
        <source>You, the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will sign in with this name and password. Later you can add the people who work with you, each with their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Anna Ozola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault and its encryption keys. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardRecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is ready. If you ever forget your password, this key is the only way back in. Nobody else can reset it for you, not even the makers of Coffer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::DesktopSession</name>
    <message>
        <source>Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo vault could not be made. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::EraseClientDialog</name>
    <message>
        <source>Erase Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile: names, emails, phones, address, tags and custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent records, with their history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this vault holds about &lt;b&gt;%1&lt;/b&gt; is deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer then checks that nothing of theirs is left anywhere in the vault file and shows you the result. Requests they made keep only an anonymous number, and the audit log records that a client was erased without naming them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Backups made before now still hold them; if one is ever restored, Coffer erases them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that %1&apos;s data will be deleted and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ErasureReportDocument</name>
    <message>
        <source>Backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was saved is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pseudonym %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is named by a pseudonym: the audit log and the vault&apos;s record of this erasure use the same one, and it cannot be turned back into their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Coffer checked after deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies Coffer made that may still hold the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of this report as kept in the vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Erasure Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder or name, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Erasure Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of %1 is left in this vault: their records are deleted, and a search of the whole vault file found no trace of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure of %1 is not complete: their records are deleted, but a check afterwards failed, so traces of them may remain in the vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies made before the erasure may still hold them; they are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored copy kept as a separate vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ExportChoiceForm</name>
    <message>
        <source>Make the CSV tables open correctly in Excel (adds a byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;zip file (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in one file: JSON and CSV tables, the attached files, and a list of checksums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same files as the zip, unpacked into a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in a single file, attachments included: for other programs and for importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spreadsheet tables (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of tables for Excel, LibreOffice or Numbers, with the attached files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel shows accented letters (ā, č, ė) wrongly in CSV files without this mark. Other programs do not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer may not write in %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the export go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is readable only with the password you choose. Coffer can import it, and coffer-cli decrypt turns it back into a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder cannot be encrypted. Choose a zip or a JSON file to encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt with a password (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only someone who knows the password can open the export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ExportDialog</name>
    <message>
        <source>Password for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this password can open the export. Coffer does not keep it: if it is lost, the export cannot be opened by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets a copy of an export that is not encrypted can read every client in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save it without encryption, type your own password, the one you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your password, so nothing was exported. Type it again, or choose to encrypt the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their processing is restricted (GDPR Article 18): their data is only kept, so an export of everything leaves them out unless you include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include the %n client(s) whose processing is restricted</source>
        <translation>
            <numerusform>&amp;Include the %n client whose processing is restricted</numerusform>
            <numerusform>&amp;Include the %n clients whose processing is restricted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coffer::ExportHistoryDialog</name>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports made from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer notes every export, but an export is a file of its own: it stays where it was saved until someone deletes it, and Coffer cannot reach it. When a client is erased, the report names the exports that may still hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export has been made from this vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ExportHistoryModel</name>
    <message>
        <source>Zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a former user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path removed at the client&apos;s erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the export&apos;s manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name of a one-client export often names the person, so Coffer forgot it when the client was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::FilesPanel</name>
    <message>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file to this client. You can also drop files onto the client&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the chosen file to a folder you pick; you can open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet. Add contracts, scans or letters with Add file…, or drop them here. They are stored encrypted inside the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “%1” to the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy of the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen file from the vault (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ImportDialog</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an export that was saved as a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password of the export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer recognised the columns it could. Check where each one goes; a column kept as a custom field keeps its heading as the field&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a Coffer export (a ZIP, JSON or folder export, encrypted or not) or from a CSV file that a spreadsheet, an address book or another program saved. Nothing already in this vault is changed: records it has already are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer exports and CSV files (*.zip *.json *.encrypted *.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Exported Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted Coffer export. It opens with the password that was chosen when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Coffer export: its clients, notes, files and consents are imported. Users and the audit log are not: this vault keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a heading row and no clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where “%1” goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A CSV file with %n column(s).</source>
        <translation>
            <numerusform>A CSV file with %n column.</numerusform>
            <numerusform>A CSV file with %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the clients&apos; names (or an organisation column together with “Person or organisation”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character set of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8. If the names below look wrong, choose the character set it was saved in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Decrypted Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of importing: the export&apos;s plain ZIP or JSON file, for another program. Anyone who can read that copy can read the data in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ImportTask</name>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing clients from “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: %1 · Notes: %2 · Files: %3 · Consents: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this vault, and kept as they are here (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients added: %1 · Notes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, with values separated by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not imported — put them right in the file and import those rows again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) of the export were not imported: an export holds no passwords. Add them on the Users page.</source>
        <translation>
            <numerusform>%n user of the export was not imported: an export holds no passwords. Add them on the Users page.</numerusform>
            <numerusform>%n users of the export were not imported: an export holds no passwords. Add them on the Users page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(s) were not imported: this vault keeps its own log.</source>
        <translation>
            <numerusform>%n audit log entry was not imported: this vault keeps its own log.</numerusform>
            <numerusform>%n audit log entries were not imported: this vault keeps its own log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is imported, except %n row(s)</source>
        <translation>
            <numerusform>“%1” is imported, except %n row</numerusform>
            <numerusform>“%1” is imported, except %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Decrypted Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decrypted copy is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy is not encrypted: anyone who can read the file can read the data in it. Delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is imported, except %n client(s)</source>
        <translation>
            <numerusform>“%1” is imported, except %n client</numerusform>
            <numerusform>“%1” is imported, except %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, with their notes, files and consents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each has a value that Coffer does not store, such as an email address with a comma where a dot should be. Put it right where the export came from, export again and import that: what is already here is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::MainWindow</name>
    <message>
        <source>%1 — Coffer</source>
        <extracomment>The main window&apos;s title: the vault&apos;s name, an em dash, the program&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault (%1). Its keys are wiped from memory; the password is needed to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in this vault decides what you may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything in this vault to a file you keep: a complete copy in standard formats (JSON and CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an encrypted backup of this vault in its backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo vault.&lt;/b&gt; The clients in it are made up. It is deleted when you lock it or quit Coffer, so nothing you do here is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Your Own Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the demo (it is deleted) and create a vault for your real clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault in a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring clients in from a Coffer export or from a CSV file that another program saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample vault cannot be replaced. Restore the backup as a separate vault instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the work in progress has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locked after %n minute without use.</numerusform>
            <numerusform>Locked after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after a while without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account: change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one the next time you unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a restored copy&lt;/b&gt;, made from the backup of %1. It is a separate vault: what you change here does not reach the vault it was restored from, and clients added there since are not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored copy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another Dis&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder on a USB drive or another disk for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of this vault go to the same disk as the vault.&lt;/b&gt; Coffer makes one each time you lock it after a change, but if this disk dies, the vault and its backups are lost together. Keep them on a USB drive or another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups on the same disk notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Requests, %n due within a week</source>
        <translation>
            <numerusform>Requests, %n due within a week</numerusform>
            <numerusform>Requests, %n due within a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) due within 7 days or overdue</source>
        <translation>
            <numerusform>%n open request due within 7 days or overdue</numerusform>
            <numerusform>%n open requests due within 7 days or overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault may have been rolled back.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled-back vault warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;Data Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Access was taken away, but the data key has not changed since.&lt;/b&gt; A copy of the vault&apos;s files made before, with a removed user&apos;s old password, still opens everything saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key not changed warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;Recovery Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault has no recovery key.&lt;/b&gt; The previous owner&apos;s key went with the ownership. If you forget your password, nobody can open the vault: make a recovery key of your own and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault was changed outside Coffer.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside change warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes &amp; Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n client(s) are past their retention period.&lt;/b&gt; Their data is kept until you run retention.</source>
        <translation>
            <numerusform>&lt;b&gt;%n client is past their retention period.&lt;/b&gt; Their data is kept until you run retention.</numerusform>
            <numerusform>&lt;b&gt;%n clients are past their retention period.&lt;/b&gt; Their data is kept until you run retention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::NewPasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again to make sure there is no typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::NewRequestDialog</name>
    <message>
        <source>New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and how to reach them, as they gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They ask for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It &amp;arrived by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — one month from receipt, even while identity is being checked; it can be extended by up to two months, telling the person why within the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day it was received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::NotesPanel</name>
    <message>
        <source>Kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or agreed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. Write what was said or agreed above and press Add note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen note (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this note?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::OldKeyBackupsDialog</name>
    <message>
        <source>Out of Coffer&apos;s reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this vault were taken before the data key changed. They still open with the old key, and with the passwords people had then — also of anyone whose access was just taken away.</source>
        <translation>
            <numerusform>%n backup of this vault was taken before the data key changed. It still opens with the old key, and with the passwords people had then — also of anyone whose access was just taken away.</numerusform>
            <numerusform>%n backups of this vault were taken before the data key changed. They still open with the old key, and with the passwords people had then — also of anyone whose access was just taken away.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffer can destroy their key slots, as a cancellation does: it first checks that a backup under the new key opens, then overwrites the old backups&apos; keys so that nothing opens them, and removes the files. They cannot be restored afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy Their Key Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was destroyed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup at %1 was checked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed.</source>
        <translation>
            <numerusform>%n older backup destroyed.</numerusform>
            <numerusform>%n older backups destroyed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed, %1 not:</source>
        <translation>
            <numerusform>%n older backup destroyed, %1 not:</numerusform>
            <numerusform>%n older backups destroyed, %1 not:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::OneTimePasswordDialog</name>
    <message>
        <source>One-Time Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has been added. Here is their one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&apos;s password has been reset. Here is their new one-time password; the old password no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to %1 in person or by phone rather than by email. At their first sign-in Coffer asks them to choose their own password, and this one stops working.&lt;br&gt;&lt;br&gt;&lt;b&gt;This is the only time it is shown.&lt;/b&gt; If it is lost, reset the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::PasswordStrengthMeter</name>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::PolicyDialog</name>
    <message>
        <source>As &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;file (the PDF you published, say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Policy Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the policy as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version is kept as it is, with its SHA-256, and is never changed: a changed policy is a new version. Consents given under an earlier one are listed to ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::PrivacyCheckPage</name>
    <message>
        <source>Authority told %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n hour late</numerusform>
            <numerusform>%n hours late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left to tell the authority</source>
        <translation>
            <numerusform>%n hour left to tell the authority</numerusform>
            <numerusform>%n hours left to tell the authority</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Record of &amp;Processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Article 30) as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Notification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs your action now: requests to answer, data past its retention, consents to ask again, breaches to notify within 72 hours (GDPR Article 33), backups and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some things need your action; each line says what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in general words (no client&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People, about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach was not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or: why the authority is not told (no risk to people, because …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority told on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Or not told, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Record of Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::PurposeDialog</name>
    <message>
        <source>Edit Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data is used for, in the words your clients read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For consent, a client may be contacted for the purpose while their consent is granted. For any other basis, every client may be, unless they objected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::PurposesPage</name>
    <message>
        <source>Purposes &amp; Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your business processes personal data for, and on which lawful basis (GDPR Article 6); the versions of your privacy policy. Consents are recorded against these purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Purpose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to ask for again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents given under an earlier policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients whose consent was given under a policy version other than the one in force today. Open one to record their answer when you have asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy version is archived yet: add the one in force, and Coffer lists here who consented under an earlier one once you add the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purpose rests on consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: every granted consent for this purpose was given under the version in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than a policy may be (%1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Policy Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of &amp;Processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the record of processing activities (GDPR Article 30) says of this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of Processing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. clients and their contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. names, emails, phone numbers, contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. our accountant; nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers outside the EEA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, or where to and with which safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lawful basis, the retention rule, your business&apos;s details and the security measures come from where they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyDialog</name>
    <message>
        <source>New Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The recovery key was replaced.&lt;/b&gt; The old one no longer opens this vault; this new one does, when you forget your password. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You are the owner of this vault now: here is your own recovery key.&lt;/b&gt; The previous owner&apos;s key was destroyed with the hand-over. If you forget your password, this key is the only way back in. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyPanel</name>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down, or save it in another password manager, and keep it somewhere safe, away from this computer. To use it, choose “Forgot your password?” when you unlock the vault. Anyone who has this key and a copy of the vault can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste it where you keep it safe; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. Paste it where you keep it safe; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. Paste it where you keep it safe; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recovery key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Move it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::RemovalQuestion</name>
    <message>
        <source>It is deleted from the vault for good. Backups made before now still hold it; to remove everything about a person, erase the client instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ReplyLetter</name>
    <message>
        <source>The deadline of this request is not extended: extend it first, with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is not closed as done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is not refused: close it as refused first, with its legal ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have any question about your request, contact us: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We received your request (%1) on %2. We will answer it without undue delay and by %3 at the latest, as Article 12(3) of the General Data Protection Regulation (GDPR) requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before we give you any personal data or change it, we need to be sure that the request comes from you. We may ask you for information to confirm who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>We received your request on %1. It needs more time than one month: %2. As Article 12(3) of the GDPR allows, we extend the period to answer by %n month(s), to %3.</source>
        <translation>
            <numerusform>We received your request on %1. It needs more time than one month: %2. As Article 12(3) of the GDPR allows, we extend the period to answer by %n month, to %3.</numerusform>
            <numerusform>We received your request on %1. It needs more time than one month: %2. As Article 12(3) of the GDPR allows, we extend the period to answer by %n months, to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>We have carried out your request of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot carry out your request of %1, for this reason: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may complain to the data protection supervisory authority of your country, and seek a judicial remedy (GDPR Art. 12(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may complain to the supervisory authority, %1, and seek a judicial remedy (GDPR Art. 12(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the personal data we hold about you is enclosed, with a letter that explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data has been corrected as you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal data has been erased from our records. We keep only a note that your request was handled, which does not name you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing of your data is restricted: we only store it, and we will tell you before the restriction is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is enclosed in structured, machine-readable formats (JSON and CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will no longer use your data for the purpose you objected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have recorded the withdrawal of your consent and no longer use your data for that purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ReportDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Coffer checked, in technical terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::RequestDialog</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity Checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how you confirmed that the request comes from the person themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give yourself one or two more months, with the reason; tell the person within the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence linked to it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an erased client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not yet identified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone not yet identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for proof of identity; the month still runs from receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet; the month runs from receipt all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s): %1 (told on %2)</source>
        <translation>
            <numerusform>%n more month: %1 (told on %2)</numerusform>
            <numerusform>%n more months: %1 (told on %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewers see requests; editors and above handle them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is already extended by the two months the law allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare &amp;Access Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare &amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the access pack: a folder with the client&apos;s data (a zip of JSON, CSV and their files) and a cover letter to send them. It becomes this request&apos;s evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the export: the client&apos;s data in machine-readable formats (a zip of JSON, CSV and their files). It becomes this request&apos;s evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the client: the verified erasure runs and its report becomes this request&apos;s evidence. The request then names them by a pseudonym only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;strict Processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing of the client: their data is then kept but not changed until you lift it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not linked to a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Put right what the message says and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you confirm that the request comes from the person themselves?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s)</source>
        <translation>
            <numerusform>%n more month</numerusform>
            <numerusform>%n more months</numerusform>
        </translation>
    </message>
    <message>
        <source>For instance: records in several archives must be searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law allows two more months where a request is complex or there are many; tell the person, with this reason, within the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to Make the Access Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare Access Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the data of %1 and writing the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access pack was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Put right what the message says and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access pack is ready in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is linked to this request as its evidence. Send it to the person in a safe way (it is not encrypted), then close the request as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s identity is not recorded as checked: check it before you send them their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is processing restricted? (For instance: the person contests the accuracy of their data.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done: the request was carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused, on a legal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators and the owner refuse a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the legal ground, which you tell the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the evidence above shows what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required without evidence: what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Withdrawal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the client not to be contacted for the purpose they object to or withdrew from (direct marketing, a newsletter, …). The mark shows on their Consents tab and keeps them off the list of who may be contacted for it; it becomes this request&apos;s evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do they object to? They will not be contacted for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which consent do they withdraw? They will not be contacted for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter that answers the person, filled from this request: as PDF or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extension Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refusal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter does not fit the request yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the step out first, then write the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder or name, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the record on the client&apos;s page (profile, notes, consents), then link the corrections: Coffer records which fields changed since the request arrived, never their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you know who asked, link the request to their client record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked is not linked to a client yet: once you know, link the request to their record with Link to Client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the client: type a name, an email or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients could not be searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another spelling, or add them as a client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which client asked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purposes could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no purposes of processing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection or a withdrawal is recorded against a purpose of the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator defines the purposes on the Purposes &amp; Policies page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::RequestsPage</name>
    <message>
        <source>Show requests of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show requests in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a request from someone who is not (yet) a client. For a client, use New Request on their page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests here. When someone asks to see, correct, move or erase their data, or objects to its use, record it with New Request: Coffer counts the month you have to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people asked about their data, and by when you must answer: one month from receipt (GDPR Article 12), overdue ones first. Coffer keeps the dates; it does not give legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>An erased client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not yet identified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::RequestsPanel</name>
    <message>
        <source>&amp;New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request from this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what this client asked about their data; Coffer counts the month to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests from this client. When they ask to see, correct, move or erase their data, or object to its use, record it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::RetentionPage</name>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from becoming a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the last note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the date in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Retention Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: my own rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the date in a custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field, e.g. Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the client (verified erasure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise: keep only a count for statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At the end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples are periods that laws commonly set; they are not legal advice. Confirm the period for your business before you add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long client data is kept, and who is due to be erased or anonymised. Nothing is deleted until you run retention; a legal hold pauses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients due under their retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold: keep the client&apos;s data until a day you choose, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules yet. Add one for each period your business keeps data for — or give purposes their rule on the Purposes &amp; Policies page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due now, %2 within 30 days, %3 held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have a retention category that names no rule, and are kept.</source>
        <translation>
            <numerusform>%n client has a retention category that names no rule, and is kept.</numerusform>
            <numerusform>%n clients have a retention category that names no rule, and are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) lack the date their rule counts from, and are kept.</source>
        <translation>
            <numerusform>%n client lacks the date their rule counts from, and is kept.</numerusform>
            <numerusform>%n clients lack the date their rule counts from, and are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 client(s) will be erased and %2 anonymised, with every note, file and consent, and each erasure verified. This cannot be undone. Clients under a legal hold are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase and Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the clients due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased or anonymised, each erasure verified</source>
        <translation>
            <numerusform>%n client erased or anonymised, the erasure verified</numerusform>
            <numerusform>%n clients erased or anonymised, each erasure verified</numerusform>
        </translation>
    </message>
    <message>
        <source>Some erasures did not pass every check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 under “%2”, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is kept in the vault; its SHA-256 is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A court case, a tax audit, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold was not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold was not released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::SecurityGroup</name>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;Data Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy &amp;Older Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new random key for everything in the vault; every member keeps their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key that encrypts everything in this vault was last changed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key that encrypts everything in this vault has not changed since it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer changes it by itself when someone&apos;s access is taken away, so that a copy of the vault&apos;s files made before opens nothing saved after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was taken away since, without a change of the key: change it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the &amp;Recovery Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;Recovery Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key lets you choose a new password when you forget yours. Replace it when someone may have seen it: the old one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no recovery key: if you forget your password, nobody can open it. Make one and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the key that encrypts everything in this vault?

Everyone keeps their password. The vault is re-encrypted, which takes a moment for a large vault, and then a backup under the new key is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key?

The old one stops working at once. The new one is shown only once, so have somewhere ready to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clipboard after this many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the vault after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without a key press or mouse movement in Coffer. Locking wipes the keys from memory; your password opens the vault again. 0 means never (not advised on a shared computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied values after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before something copied in Coffer (an email address, a one-time password) is removed from the clipboard, unless you have copied something else since. 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancel the account&lt;/b&gt; — delete this vault for good. Coffer first destroys every key that opens it, so the data cannot be read from that moment, then overwrites and removes the vault and its backups, checks that nothing is left, and gives you a deletion certificate. This cannot be undone: export what you want to keep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for your password and the vault&apos;s name before anything is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of Coffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English, Latvian, Lithuanian or Czech. A new choice applies the next time Coffer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &quot;Export all…&quot; in the toolbar makes. It asks for a password each time when encryption is on; the password is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer s&amp;peaks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new choice applies the next time Coffer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1. Your password opens this vault; nobody else can see it or change it for you, though an admin can give you a one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may erase clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who may erase clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing a client deletes everything about them for good; it cannot be undone. Where an editor is a temporary helper, keep erasing to administrators and the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change who may erase clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change applies at once and is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences of Coffer on this computer, and this vault&apos;s backups, who may erase its clients and the business details its letters are signed with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::StartWindow</name>
    <message>
        <source>&lt;b&gt;Recent vaults&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vaults yet.

Create a new vault for your clients&apos; data, or open one that you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault folder (NAME.coffer) that is not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clients&apos; data, encrypted on this computer. Nothing leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Vault Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account cancellation was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the cancellation. Please do not switch the computer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancellation of “%1” was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of its files, or of its backups, are still on this computer or on a backup drive. Connect the drives its backups went to, then finish the cancellation: Coffer deletes what is left and writes the deletion certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the cancellation of “%1”. Please do not switch the computer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored copy · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::TaskDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… Nothing is left half-done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::TaskReports</name>
    <message>
        <source>Save the Deletion Certificate As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Deletion Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write in. The certificate is still at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: %1 · Notes: %2 · Files: %3 · Consents: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is encrypted. Keep the password somewhere safe: without it nobody can open the export, Coffer&apos;s makers included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time, Export all saves the same way in one click. To change how, go to Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted copy of the vault as it is now (%1) is in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer keeps the newest backups — how many is set on the Backups page (now %1) — and removes older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are off, so Coffer removes none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is whole and opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored as a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is now the vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer found no record of erasures for this vault. If you erased a client after %1, check that they are not back in the new vault, and erase them again if they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients erased after the backup was made were erased again in the new vault, so they do not come back (%1 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client was erased after the backup was made, so nothing had to be erased again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is unchanged. To open the new one, lock this vault: it is in the list on the start window, and it opens with the passwords of the backup&apos;s day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is erased, but a check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault “%1” is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keys were destroyed first. Then every file of it — %1 in all, backups included — was overwritten with random data, read back and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the certificate: it records what was deleted, when and how. The JSON file beside it says the same for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Check that the folder exists, that you may write there and that the disk has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written and your earlier backups are unchanged. Check the backup folder on the Backups page and that its disk has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup opens with the user names and passwords of the day it was made. If you have changed your password since, try the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rely on this backup. Make a new one now with Back up now, and try an older backup if you need to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created. Put right what the message says and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put right what the message says and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client could not be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the vault is as it was. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted, and the vault is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not the owner&apos;s password of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password that was chosen when the export was made, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is unchanged. Put right what the message says, or choose another file, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Put right what the message says and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies made earlier that may still hold them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name %1 in the saved or printed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, the report names them only by the pseudonym %1, as the audit log does. Tick it for a report you hand to the person themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prune Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the backups made before this erasure, once a newer backup is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup had to be destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed</source>
        <translation>
            <numerusform>%n older backup destroyed</numerusform>
            <numerusform>%n older backups destroyed</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffer first made a new backup and checked that it is whole and opens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer first checked that the newest backup is whole and opens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwritten and deleted, since they held erased clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be destroyed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups still hold erased clients. Put right what is said above, then prune again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folders that could not be searched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the drives they are on and prune again: backups there may still hold erased clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made after the latest erasure are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored copies destroyed with it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored copies kept, as you chose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They still open with the passwords of their backup&apos;s day. The certificate names them as kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folders that could not be reached, so nothing in them was deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored copies to be destroyed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup did not pass its check, so the older ones are kept. Make a new backup with Back up now, then prune again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more was deleted. Put right what the message says and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is replaced by the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement that was interrupted is finished: the restored backup is now the vault, and what was left of the previous one is destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 passed every check and is now the vault; the previous one is destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer found no record of erasures for this vault. If you erased a client after %1, check that they are not back, and erase them again if they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients erased after the backup was made were erased again, so they do not come back (%1 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with a user name and password of the backup&apos;s day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folders never reached, which you declared lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in them was deleted. Any backup still in them opens with the passwords of its day; the certificate names each of these folders as not sanitised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish &amp;Without These Folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the cancellation without these folders?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this only if the drives are lost or broken, or the folders were deleted some other way. Coffer cannot delete the backups in them: any that still exist open with the passwords of their day. The certificate names each folder as not reached and not sanitised:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Without Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup opens with the user names and passwords of the day it was made. If you have changed your password since, try the old one. This vault is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is as it was. Put right what the message says and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored backup is still whole beside the vault. Put right what the message says and open the vault again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who gets a copy of it can read every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who gets a copy of it can read everything in it about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is complete and opens with your password: it can bring back the vault as it was then. Clients in it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rely on the backup of %1 until it has been checked. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this report, do not restore older backups for now, and ask whoever supports your computer to look at it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records deleted: %1. Then Coffer searched the whole vault file for anything left of them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault “%1” and all its backups are gone for good: nobody can open them any more, with any password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault “%1” and the backups Coffer could reach are gone for good. The copies listed below were not deleted: any of them that still exists opens with the passwords of its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can open the vault “%1” any more: its keys are destroyed. But the cancellation did not finish, so files of it may still be on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the vault “%1” is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer has noted where it stopped: the next time it starts, it offers to finish the cancellation, deleting what is left and writing the certificate. Connect the drives named above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the files marked ✗ yourself; no certificate was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was closed. Open it again, put right what the message says, and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be trusted to bring back your vault: a part of it is damaged, or was changed after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n client(s) whose processing is restricted, with their records. To export them too, tick “Include…” in Export all.</source>
        <translation>
            <numerusform>Left out: %n client whose processing is restricted, with their records. To export them too, tick “Include…” in Export all.</numerusform>
            <numerusform>Left out: %n clients whose processing is restricted, with their records. To export them too, tick “Include…” in Export all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coffer::TrySampleBox</name>
    <message>
        <source>&amp;Try with Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo vault with a few hundred made-up clients, to look around first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New to Coffer?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around in a demo vault with a few hundred made-up clients, their notes and consents. It is kept in a temporary folder and deleted when you lock it or quit Coffer, so nothing you try there stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::UnlockDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if you are the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or saved when the vault was created: 8 groups of 4 letters and digits. Spaces, dashes and small letters are fine. Then choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Password and Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters: a recovery key has %2. Check for a character typed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or recovery key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::UsersModel</name>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time, to be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has a one-time password and must choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has chosen their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::UsersPage</name>
    <message>
        <source>Users of this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who may open this vault, each with their own password and role. Nobody can read another&apos;s password, and you cannot either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who may open this vault; you give them a one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected user another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected user a new one-time password, for when they have lost theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected user: they can no longer open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hand ownership over)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Ownership Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the owner of this vault?

A vault has one owner. You become an administrator, and only %1 can then cancel the account or hand ownership back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new one-time password?

Their current password stops working at once. You will see the new one-time password once, to give to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this vault?

They will no longer be able to open it. Client data and the audit log stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the owner and makes a new recovery key; you are an administrator from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::VaultTasks</name>
    <message>
        <source>%1 export</source>
        <extracomment>The name of an export file, before its time stamp; %1 is the vault&apos;s or the client&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete copy of this vault — every client, note, file and consent, and the audit log — in standard formats (JSON and CSV) that other programs can read. The vault itself does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making an encrypted backup of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup of %1 into a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing %1 and checking that nothing of theirs is left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the vault “%1” and its backups. Please do not switch the computer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s header file cannot be read, so the password cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this vault holds about %1 — profile, notes, files and consents — for an access or portability request. The vault itself does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer cannot find this vault&apos;s record of erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looked in %1. If a client was erased after %2, they would come back in the restored vault. Restore anyway only if you are sure no client was erased since, or if the backup folder&apos;s drive is not connected, connect it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Destroy the %n backup(s) made before the latest erasure?</source>
        <translation>
            <numerusform>Destroy the %n backup made before the latest erasure?</numerusform>
            <numerusform>Destroy the %n backups made before the latest erasure?</numerusform>
        </translation>
    </message>
    <message>
        <source>They were made while an erased client was still in the vault, so they still hold that client. Coffer first makes sure a newer backup exists and opens, then overwrites these and deletes them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking a newer backup, then destroying the backups made before the latest erasure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as a Separate Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should the backup of %1 be restored?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;As a separate vault:&lt;/b&gt; the backup becomes a second vault beside this one, with the clients and the passwords of the backup&apos;s day. This vault is not changed. Coffer lists the new vault as a copy of this one: cancelling the account covers it too, and asks you then whether to destroy it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;In place of this vault:&lt;/b&gt; once the restored backup has passed every check, this vault is destroyed and the backup takes its place. Everything added or changed since %1 is lost.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place This Vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
