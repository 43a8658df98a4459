<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
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
    <name>ConsentStore</name>
    <message>
        <source>Say what the consent is for (its purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose, source or policy version is too long.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nesprávné uživatelské jméno nebo heslo.</translation>
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
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Coffer (schema %1); this version understands up to %2.</source>
        <translation>Tento trezor vytvořila novější verze Coffer (schéma %1); tato verze rozumí nejvýše verzi %2.</translation>
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
    <name>coffer</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished">Nesprávné uživatelské jméno nebo heslo.</translation>
    </message>
    <message>
        <source>%1 is not a Coffer vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
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
</context>
<context>
    <name>coffer::ClientStore</name>
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
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 has no @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1 is not a phone number (digits, spaces, + - ( ) . / only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166 code, such as LV, LT or CZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag</source>
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
        <source>There is no client with the id %1.</source>
        <translation type="unfinished"></translation>
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
    <name>coffer::FileStore</name>
    <message>
        <source>Cannot read the file: it is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s record is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: its contents do not match their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output file: %1</source>
        <translation type="unfinished"></translation>
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
        <source>Your vault is ready</source>
        <translation>Váš trezor je připraven</translation>
    </message>
    <message>
        <source>Your clients, their notes, files and consents will be kept here. This part of Coffer arrives in the next version.

Everything in this vault is encrypted on this computer; nothing is sent anywhere. Press Lock when you step away.</source>
        <translation>Zde budou uloženi vaši klienti, jejich poznámky, soubory a souhlasy. Tato část Coffer přijde v příští verzi.

Vše v tomto trezoru je šifrováno v tomto počítači; nic se nikam neodesílá. Když od počítače odcházíte, stiskněte „Zamknout“.</translation>
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
        <source>This password is easy to guess. Add another word or two.</source>
        <translation>Toto heslo se dá snadno uhodnout. Přidejte ještě slovo nebo dvě.</translation>
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
    <name>coffer::OwnerPage</name>
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
    <name>coffer::PasswordStrengthMeter</name>
    <message>
        <source>Strength: %1</source>
        <translation>Síla: %1</translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyPage</name>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Obnovovací klíč mám uložený na bezpečném místě</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Váš obnovovací klíč</translation>
    </message>
    <message>
        <source>The vault is ready. If you ever forget your password, this key is the only way back in. Nobody else can reset it for you, not even the makers of Coffer.</source>
        <translation>Trezor je připraven. Pokud někdy zapomenete heslo, je tento klíč jedinou cestou zpět. Nikdo jiný vám heslo nemůže obnovit, ani tvůrci Coffer.</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it somewhere safe, away from this computer, or save it in another password manager. Anyone who has this key and a copy of the vault can open it.</source>
        <translation>Vytiskněte si ho nebo opište a uložte na bezpečném místě mimo tento počítač, nebo ho uložte do jiného správce hesel. Kdokoli, kdo má tento klíč a kopii trezoru, ho může otevřít.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Uložit jako…</translation>
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
</context>
<context>
    <name>coffer::Vault</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
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
        <source>The vault header is damaged (no recovery slot).</source>
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
        <source>The owner&apos;s password cannot be reset; the owner uses the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can reset an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password instead of resetting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (a key slot is missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::VaultHeader</name>
    <message>
        <source>This is not a Coffer vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header has format version %1; this Coffer reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::VaultLocationPage</name>
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
</TS>
