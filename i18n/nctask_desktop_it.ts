<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="134"/>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="140"/>
        <source>Version {version} ({name}), with Qt {qt} and Python {python}</source>
        <translation>Versione {version} ({name}), con Qt {qt} e Python {python}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="153"/>
        <source>Runs the AI tasks of your own Nextcloud server from your desktop, with your own files. Free software under the GNU Affero General Public License, version 3 or later.</source>
        <translation>Esegue le attività di IA del tuo server Nextcloud direttamente dal computer, con i tuoi file. Software libero distribuito con licenza GNU Affero General Public License, versione 3 o successiva.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="164"/>
        <source>The project&apos;s address: {url}</source>
        <translation>Indirizzo del progetto: {url}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="167"/>
        <source>Built with:</source>
        <translation>Realizzato con:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="172"/>
        <source>Libraries and their licences</source>
        <translation>Librerie e relative licenze</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="173"/>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
</context>
<context>
    <name>AccountArea</name>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="45"/>
        <source>{account} — sign in again</source>
        <translation>{account} — accedi di nuovo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="53"/>
        <source>Simulated server on this computer</source>
        <translation>Server simulato su questo computer</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="70"/>
        <source>You are trying the app with a simulated Nextcloud on this computer. The results are examples, and the demo forgets its tasks when you quit. Connect your own Nextcloud whenever you like.</source>
        <translation>Stai provando l&apos;app con un Nextcloud simulato su questo computer. I risultati sono solo esempi e la demo dimentica le sue attività quando chiudi l&apos;app. Collega il tuo Nextcloud quando vuoi.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="74"/>
        <source>Connect your Nextcloud</source>
        <translation>Collega il tuo Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="83"/>
        <source>This computer has no usable keychain, so your app password is kept only until you quit the app. You will need to sign in again next time.</source>
        <translation>Questo computer non ha un portachiavi utilizzabile, quindi la tua password per l&apos;applicazione viene conservata solo finché non chiudi l&apos;app. La prossima volta dovrai accedere di nuovo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="97"/>
        <source>Your app password for {server} was not kept on this computer, because it has no keychain. Nothing was deleted. Sign in again to continue.</source>
        <translation>La tua password per l&apos;applicazione di {server} non è stata conservata su questo computer, perché non ha un portachiavi. Non è stato eliminato nulla. Accedi di nuovo per continuare.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="103"/>
        <source>Your app password for {server} is no longer in this computer&apos;s keychain. Nothing was deleted. Sign in again to continue.</source>
        <translation>La tua password per l&apos;applicazione di {server} non è più nel portachiavi di questo computer. Non è stato eliminato nulla. Accedi di nuovo per continuare.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="108"/>
        <source>{server} no longer accepts this app&apos;s password (it may have been revoked). Nothing was deleted. Sign in again to continue.</source>
        <translation>{server} non accetta più la password di questa app (potrebbe essere stata revocata). Non è stato eliminato nulla. Accedi di nuovo per continuare.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="112"/>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="119"/>
        <location filename="../nctask_desktop/ui/account_area.py" line="125"/>
        <source>Sign out</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="120"/>
        <source>Sign out of {account}?</source>
        <translation>Vuoi disconnettere {account}?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="122"/>
        <source>The app password is revoked on the server and removed from this computer, with your unsent drafts. Your tasks and files in Nextcloud stay.</source>
        <translation>La password per l&apos;applicazione viene revocata sul server e rimossa da questo computer, insieme alle bozze non inviate. Le tue attività e i tuoi file in Nextcloud restano dove sono.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="131"/>
        <source>Signed out here, but the server could not be told to revoke the app password: {reason} You can revoke it in your Nextcloud under Settings → Security.</source>
        <translation>Disconnessione eseguita su questo computer, ma non è stato possibile chiedere al server di revocare la password per l&apos;applicazione: {reason} Puoi revocarla nel tuo Nextcloud in Impostazioni → Sicurezza.</translation>
    </message>
</context>
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="116"/>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="118"/>
        <source>Switch account</source>
        <translation>Cambia account</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="124"/>
        <source>Add account…</source>
        <translation>Aggiungi account…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="125"/>
        <source>Add account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="126"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="127"/>
        <source>Sign out</source>
        <translation>Disconnetti</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="79"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="114"/>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="79"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="114"/>
        <source>Connect to your Nextcloud</source>
        <translation>Collegati al tuo Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="92"/>
        <source>This computer has no usable keychain, so the app password is kept only until you quit the app. You will need to sign in again next time.</source>
        <translation>Questo computer non ha un portachiavi utilizzabile, quindi la password per l&apos;applicazione viene conservata solo finché non chiudi l&apos;app. La prossima volta dovrai accedere di nuovo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="119"/>
        <source>cloud.example.org</source>
        <translation>cloud.example.org</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="121"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Indirizzo del server:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="125"/>
        <source>The address you type in your browser to open your Nextcloud.</source>
        <translation>L&apos;indirizzo che digiti nel browser per aprire il tuo Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="136"/>
        <source>Use an app &amp;password instead</source>
        <translation>Usa invece una &amp;password per l&apos;applicazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="138"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="193"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="232"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="140"/>
        <source>Sign in with your &amp;browser</source>
        <translation>Accedi con il &amp;browser</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="151"/>
        <source>Finish signing in in your browser</source>
        <translation>Completa l&apos;accesso nel browser</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="154"/>
        <source>Your browser shows the login page of your Nextcloud. Log in there and choose “Grant access”. This window continues by itself.</source>
        <translation>Il browser mostra la pagina di accesso del tuo Nextcloud. Accedi lì e scegli “Concedi l&apos;accesso”. Questa finestra prosegue da sola.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="163"/>
        <source>No browser window? Copy the link and open it in your browser.</source>
        <translation>Non vedi la finestra del browser? Copia il collegamento e aprilo nel browser.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="169"/>
        <source>Sign-in link</source>
        <translation>Collegamento per l&apos;accesso</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="171"/>
        <source>&amp;Copy link</source>
        <translation>&amp;Copia collegamento</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="174"/>
        <source>&amp;Open browser again</source>
        <translation>&amp;Riapri il browser</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="184"/>
        <source>Waiting for you to grant access…</source>
        <translation>In attesa che tu conceda l&apos;accesso…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="191"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="231"/>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="193"/>
        <source>Cancel signing in</source>
        <translation>Annulla l&apos;accesso</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="201"/>
        <source>Sign in with an app password</source>
        <translation>Accedi con una password per l&apos;applicazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="206"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="208"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="214"/>
        <source>App &amp;password:</source>
        <translation>&amp;Password per l&apos;applicazione:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="219"/>
        <source>Create an app password in your Nextcloud in the browser: Settings → Security → “Create new app password”. Copy the login name and the password it shows.</source>
        <translation>Crea una password per l&apos;applicazione nel tuo Nextcloud, dal browser: Impostazioni → Sicurezza → “Crea nuova password di applicazione”. Copia il nome utente e la password che vengono mostrati.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="233"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="304"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="366"/>
        <source>Connect with http://</source>
        <translation>Collegati con http://</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="340"/>
        <source>Fill in the login name and the app password.</source>
        <translation>Inserisci il nome utente e la password per l&apos;applicazione.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="362"/>
        <source>An address with http:// connects without encryption: others on the network could read your password and your files. Use https:// if your server offers it, or connect with http:// only on a network you trust.</source>
        <translation>Un indirizzo con http:// si collega senza cifratura: altre persone sulla rete potrebbero leggere la tua password e i tuoi file. Usa https:// se il tuo server lo supporta, oppure collegati con http:// solo su una rete di cui ti fidi.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="470"/>
        <source>The link is copied. Paste it into your browser.</source>
        <translation>Collegamento copiato negli appunti. Incollalo nel browser.</translation>
    </message>
</context>
<context>
    <name>AccountFlows</name>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="149"/>
        <source>{server} asked for the data of {name} on this computer to be removed (a remote wipe): its history, drafts and app password are gone from here. Files you saved are kept.</source>
        <translation>{server} ha chiesto di rimuovere i dati di {name} da questo computer (cancellazione remota): cronologia, bozze e password per l&apos;applicazione sono stati rimossi. I file che hai salvato restano.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="168"/>
        <source>Trusted: {old}</source>
        <translation>Impronta accettata: {old}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="171"/>
        <source>Now: {new}</source>
        <translation>Impronta attuale: {new}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="184"/>
        <source>Demo User</source>
        <translation>Utente demo</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="33"/>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="34"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="35"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="36"/>
        <source>High contrast</source>
        <translation>Alto contrasto</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="353"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="362"/>
        <source>Avatar of {name}</source>
        <translation>Avatar di {name}</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="61"/>
        <source>Run on many files</source>
        <translation>Esegui su più file</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="63"/>
        <source>Run “{task}” on many files</source>
        <translation>Esegui “{task}” su più file</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="71"/>
        <source>One task for each file. The other inputs are taken from the form, the same for every file.</source>
        <translation>Un&apos;attività per ogni file. Gli altri dati vengono presi dal modulo e sono uguali per tutti i file.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="83"/>
        <source>The &amp;input that changes:</source>
        <translation>Il &amp;campo che cambia:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="84"/>
        <source>The input that changes from file to file</source>
        <translation>Il campo che cambia da un file all&apos;altro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="89"/>
        <source>&amp;Files:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="92"/>
        <source>The files, one task each</source>
        <translation>I file, un&apos;attività per ciascuno</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="99"/>
        <source>How many files</source>
        <translation>Quanti file</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="101"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Aggiungi file…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="104"/>
        <source>Add a f&amp;older…</source>
        <translation>Aggiungi una ca&amp;rtella…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="107"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="110"/>
        <source>Remove the selected files</source>
        <translation>Rimuovi i file selezionati</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="118"/>
        <source>Results:</source>
        <translation>Risultati:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="121"/>
        <source>&amp;Next to each file</source>
        <translation>Accanto a &amp;ogni file</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="123"/>
        <source>In &amp;this folder:</source>
        <translation>In &amp;questa cartella:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="128"/>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="242"/>
        <source>(none chosen)</source>
        <translation>(nessuna scelta)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="131"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="134"/>
        <source>Choose the folder for the results</source>
        <translation>Scegli la cartella per i risultati</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="145"/>
        <source>Each result is named after its file (interview.wav gives interview.txt); a file already there is never replaced.</source>
        <translation>Ogni risultato prende il nome dal suo file (intervista.wav diventa intervista.txt); un file già presente non viene mai sostituito.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="153"/>
        <source>What is missing</source>
        <translation>Cosa manca</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="156"/>
        <source>&amp;Start</source>
        <translation>A&amp;vvia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="156"/>
        <source>Start the tasks</source>
        <translation>Avvia le attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="210"/>
        <source>Files: {n}, one task each.</source>
        <translation>File: {n}, un&apos;attività per ciascuno.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="212"/>
        <source>Add {kinds}, or a folder that holds some.</source>
        <translation>Aggiungi {kinds}, oppure una cartella che contenga file di questo tipo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="214"/>
        <source>Left out, as “{input}” does not take them: {n}.</source>
        <translation>Esclusi perché “{input}” non li accetta: {n}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="223"/>
        <source>Fill in the form first: {inputs}. Close this window, fill them in, and choose Run on many files again.</source>
        <translation>Prima compila il modulo: {inputs}. Chiudi questa finestra, compila quei campi e scegli di nuovo “Esegui su più file”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="228"/>
        <source>Choose the folder for the results.</source>
        <translation>Scegli la cartella per i risultati.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="249"/>
        <source>Save the results in…</source>
        <translation>Salva i risultati in…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="252"/>
        <source>Save here</source>
        <translation>Salva qui</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="262"/>
        <source>Add {kinds}</source>
        <translation>Aggiungi {kinds}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="269"/>
        <source>Add the files of a folder</source>
        <translation>Aggiungi i file di una cartella</translation>
    </message>
</context>
<context>
    <name>BatchFlow</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_flow.py" line="194"/>
        <source>Choose a task that takes a file (such as audio or an image) first.</source>
        <translation>Prima scegli un&apos;attività che accetti un file (come un audio o un&apos;immagine).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_flow.py" line="246"/>
        <source>the marked inputs</source>
        <translation>i campi evidenziati</translation>
    </message>
</context>
<context>
    <name>BatchItemsModel</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="428"/>
        <location filename="../nctask_desktop/ui/batch_view.py" line="432"/>
        <source>Runs on many files</source>
        <translation>Esecuzioni su più file</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="47"/>
        <source>Waiting its turn</source>
        <translation>In attesa del proprio turno</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="48"/>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="49"/>
        <source>Waiting for the server&apos;s limit</source>
        <translation>In attesa per il limite del server</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="50"/>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="51"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="52"/>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="53"/>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="54"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="56"/>
        <source>Sent; waiting for the server to start it</source>
        <translation>Inviata; in attesa che il server la avvii</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="69"/>
        <source>Failed: {reason}</source>
        <translation>Non riuscita: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="98"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="100"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="101"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="107"/>
        <source>{task}: {done} of {total} done</source>
        <translation>{task}: {done} di {total} completati</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="111"/>
        <source>(paused)</source>
        <translation>(in pausa)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="218"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="218"/>
        <source>Pause the batch</source>
        <translation>Metti in pausa il lotto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="221"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="221"/>
        <source>Resume the batch</source>
        <translation>Riprendi il lotto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="224"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="224"/>
        <source>Cancel the batch</source>
        <translation>Annulla il lotto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="227"/>
        <source>Retry failed</source>
        <translation>Riprova i non riusciti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="230"/>
        <source>Retry the failed files</source>
        <translation>Riprova i file non riusciti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="246"/>
        <source>Batch progress</source>
        <translation>Avanzamento del lotto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="250"/>
        <source>Files done, running, waiting and failed</source>
        <translation>File completati, in esecuzione, in attesa e non riusciti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="254"/>
        <source>The server&apos;s limit</source>
        <translation>Il limite del server</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="257"/>
        <source>Where the results go</source>
        <translation>Dove vengono salvati i risultati</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="271"/>
        <source>The files of the batch</source>
        <translation>I file del lotto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="273"/>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="283"/>
        <source>Show in &amp;folder</source>
        <translation>Mostra nella &amp;cartella</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="286"/>
        <source>Show the selected file&apos;s result in its folder</source>
        <translation>Mostra il risultato del file selezionato nella sua cartella</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="290"/>
        <source>&amp;Open result</source>
        <translation>&amp;Apri il risultato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="293"/>
        <source>Open the selected file&apos;s result</source>
        <translation>Apri il risultato del file selezionato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="297"/>
        <source>Remove from the list</source>
        <translation>Rimuovi dall&apos;elenco</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="300"/>
        <source>Remove the finished batch from the list</source>
        <translation>Rimuovi dall&apos;elenco il lotto completato</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="322"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n completato</numerusform>
            <numerusform>%n completati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="323"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n in esecuzione</numerusform>
            <numerusform>%n in esecuzione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="324"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="325"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscito</numerusform>
            <numerusform>%n non riusciti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="328"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annullato</numerusform>
            <numerusform>%n annullati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="331"/>
        <source>Results are saved next to each file.</source>
        <translation>I risultati vengono salvati accanto a ogni file.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="334"/>
        <source>Results are saved in {folder}.</source>
        <translation>I risultati vengono salvati in {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="352"/>
        <source>Finished.</source>
        <translation>Completato.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="354"/>
        <source>Paused: no new task is sent. Tasks already sent go on.</source>
        <translation>In pausa: non vengono inviate nuove attività. Quelle già inviate proseguono.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="360"/>
        <source>The server allows {limit} new tasks per {window}: the next one goes in {wait}.</source>
        <translation>Il server consente {limit} nuove attività ogni {window}: la prossima parte tra {wait}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="407"/>
        <source>This computer has no application to open “{name}”. It is in {folder}.</source>
        <translation>Su questo computer non c&apos;è un&apos;applicazione per aprire “{name}”. Si trova in {folder}.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="426"/>
        <source>Working</source>
        <translation>Elaborazione in corso</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="55"/>
        <source>A certificate this computer does not trust</source>
        <translation>Un certificato di cui questo computer non si fida</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="57"/>
        <source>Trust the certificate of {server}?</source>
        <translation>Vuoi fidarti del certificato di {server}?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="64"/>
        <source>This computer does not trust the certificate the server presents. If it is your own server with its own certificate, compare the fingerprint below with the one its administrator sees on the server. Trust it only if they are the same: this account will then trust exactly this certificate, and refuse any other.</source>
        <translation>Questo computer non si fida del certificato presentato dal server. Se è un server tuo, con un proprio certificato, confronta l&apos;impronta digitale qui sotto con quella che il suo amministratore vede sul server. Fidati solo se sono uguali: da quel momento questo account si fiderà solo di questo certificato e rifiuterà tutti gli altri.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="84"/>
        <source>Issued to:</source>
        <translation>Rilasciato a:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="85"/>
        <source>Issued by:</source>
        <translation>Rilasciato da:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="86"/>
        <source>Valid from:</source>
        <translation>Valido dal:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="87"/>
        <source>Valid until:</source>
        <translation>Valido fino al:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="88"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Impronta digitale SHA-256:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="98"/>
        <source>Trust this certificate for this account</source>
        <translation>Fidati di questo certificato per questo account</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="72"/>
        <source>The answer was cancelled.</source>
        <translation>La risposta è stata annullata.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="73"/>
        <source>The server no longer has this answer&apos;s task. Retry to ask again.</source>
        <translation>Il server non ha più l&apos;attività di questa risposta. Premi “Riprova” per richiederla.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="76"/>
        <source>This message did not reach the server before the app was closed.</source>
        <translation>Questo messaggio non ha raggiunto il server prima della chiusura dell&apos;app.</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="50"/>
        <source>No messages yet</source>
        <translation>Ancora nessun messaggio</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="95"/>
        <source>Check again</source>
        <translation>Controlla di nuovo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="98"/>
        <source>Check again whether your server offers chat</source>
        <translation>Controlla di nuovo se il tuo server offre la chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="142"/>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="145"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="151"/>
        <source>New conversation</source>
        <translation>Nuova conversazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="160"/>
        <source>Chat: new conversation</source>
        <translation>Chat: nuova conversazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="161"/>
        <source>Chat: send the message</source>
        <translation>Chat: invia il messaggio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="163"/>
        <source>Chat: new line in the message</source>
        <translation>Chat: nuova riga nel messaggio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="166"/>
        <source>Chat: rename the conversation</source>
        <translation>Chat: rinomina la conversazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="167"/>
        <source>Chat: delete the conversation</source>
        <translation>Chat: elimina la conversazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="213"/>
        <location filename="../nctask_desktop/ui/chat_page.py" line="216"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="213"/>
        <source>Sign in to your Nextcloud to chat with its assistant.</source>
        <translation>Accedi al tuo Nextcloud per chattare con il suo assistente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="216"/>
        <source>Looking at what your server offers…</source>
        <translation>Verifica delle funzioni offerte dal tuo server…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="219"/>
        <source>Your server does not offer chat</source>
        <translation>Il tuo server non offre la chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="221"/>
        <source>Chat needs an AI app on your Nextcloud that provides it. Its administrator can enable one, for example “OpenAI and LocalAI integration” or “Local large language model” (llm2), together with the Assistant app. The other tasks your server offers are on the New task tab.</source>
        <translation>Per la chat serve sul tuo Nextcloud un&apos;app di IA che la fornisca. L&apos;amministratore può attivarne una, per esempio “OpenAI and LocalAI integration” o “Local large language model” (llm2), insieme all&apos;app Assistant. Le altre attività offerte dal tuo server si trovano nella scheda Nuova attività.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="278"/>
        <source>The conversation of that chat message was deleted.</source>
        <translation>La conversazione di quel messaggio della chat è stata eliminata.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="281"/>
        <source>That chat message was sent from elsewhere (for example the Assistant in your browser): its conversation is not on this computer.</source>
        <translation>Quel messaggio della chat è stato inviato da un altro posto (per esempio dall&apos;Assistant nel browser): la sua conversazione non si trova su questo computer.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="354"/>
        <source>Delete conversation</source>
        <translation>Elimina conversazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="355"/>
        <source>Delete the conversation “{title}”?</source>
        <translation>Vuoi eliminare la conversazione “{title}”?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="357"/>
        <source>Its messages and answers are deleted from this computer. This cannot be undone.</source>
        <translation>I suoi messaggi e le sue risposte verranno eliminati da questo computer. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="359"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="53"/>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="57"/>
        <source>Still waiting for the server to start it. The server may have no worker running: tell its administrator if this stays so.</source>
        <translation>Ancora in attesa che il server la avvii. Forse sul server non è attivo nessun processo di elaborazione (worker): se la situazione non cambia, avvisa l&apos;amministratore del server.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="62"/>
        <source>Waiting for the server to start it</source>
        <translation>In attesa che il server la avvii</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="63"/>
        <source>Writing the answer…</source>
        <translation>Scrittura della risposta…</translation>
    </message>
</context>
<context>
    <name>CollapsibleSection</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="86"/>
        <source>Expanded</source>
        <translation>Espanso</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="86"/>
        <source>Collapsed</source>
        <translation>Compresso</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="196"/>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="78"/>
        <source>New conversation</source>
        <translation>Nuova conversazione</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="212"/>
        <source>&amp;New conversation</source>
        <translation>&amp;Nuova conversazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="214"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Inizia una nuova conversazione (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="216"/>
        <location filename="../nctask_desktop/ui/chat_list.py" line="217"/>
        <source>Search conversations</source>
        <translation>Cerca tra le conversazioni</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="221"/>
        <source>No conversations yet.</source>
        <translation>Ancora nessuna conversazione.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="222"/>
        <source>No conversation matches the search.</source>
        <translation>Nessuna conversazione corrisponde alla ricerca.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="123"/>
        <source>Ask anything. Your Nextcloud&apos;s assistant answers; the conversation is kept on this computer for this account. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Chiedi qualsiasi cosa. Ti risponde l&apos;assistente del tuo Nextcloud; la conversazione viene conservata su questo computer per questo account. Enter invia il messaggio, Shift+Enter va a capo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="134"/>
        <source>Your message</source>
        <translation>Il tuo messaggio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="135"/>
        <source>Write a message…</source>
        <translation>Scrivi un messaggio…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="137"/>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Enter invia il messaggio; Shift+Enter va a capo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="141"/>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="142"/>
        <source>Record a message</source>
        <translation>Registra un messaggio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="143"/>
        <source>Record a message: its words go into the message box</source>
        <translation>Registra un messaggio: le parole pronunciate vengono inserite nella casella del messaggio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="148"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="149"/>
        <source>Send the message</source>
        <translation>Invia il messaggio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="150"/>
        <source>Send the message (Enter)</source>
        <translation>Invia il messaggio (Enter)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="161"/>
        <source>More options</source>
        <translation>Altre opzioni</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="162"/>
        <source>&amp;Instructions for the assistant in this conversation:</source>
        <translation>&amp;Istruzioni per l&apos;assistente in questa conversazione:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="164"/>
        <source>Instructions for the assistant</source>
        <translation>Istruzioni per l&apos;assistente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="169"/>
        <source>Use the usual instructions</source>
        <translation>Usa le istruzioni predefinite</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="204"/>
        <source>New conversation</source>
        <translation>Nuova conversazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="305"/>
        <source>Wait for the answer (or cancel it) before you send the next message.</source>
        <translation>Attendi la risposta (o annullala) prima di inviare il messaggio successivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="315"/>
        <source>The answer is copied. Paste it wherever you like.</source>
        <translation>Risposta copiata negli appunti. Incollala dove vuoi.</translation>
    </message>
</context>
<context>
    <name>DavEntryModel</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="111"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="112"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="113"/>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="143"/>
        <source>This file cannot be used here.</source>
        <translation>Questo file non può essere usato qui.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="147"/>
        <source>Folder {name}</source>
        <translation>Cartella {name}</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="150"/>
        <source>Show {app}</source>
        <translation>Mostra {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="152"/>
        <source>Show the history</source>
        <translation>Mostra la cronologia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="154"/>
        <source>Quick text…</source>
        <translation>Testo rapido…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="156"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="392"/>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="396"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="442"/>
        <source>{value} (not offered)</source>
        <translation>{value} (non disponibile)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="45"/>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="66"/>
        <source>The details are also in the log file: {path}</source>
        <translation>I dettagli si trovano anche nel file di registro: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="72"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copia dettagli</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="73"/>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="76"/>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="77"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="87"/>
        <source>The details are copied. Paste them into your report.</source>
        <translation>Dettagli copiati negli appunti. Incollali nella tua segnalazione.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../nctask_desktop/messages.py" line="67"/>
        <source>The file {name} was moved or deleted after you submitted it.</source>
        <translation>Il file {name} è stato spostato o eliminato dopo che lo hai inviato.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="70"/>
        <source>Choose the file again in the form of this task type, then submit.</source>
        <translation>Scegli di nuovo il file nel modulo di questo tipo di attività, poi invia.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="77"/>
        <source>The file {name} changed after you submitted it.</source>
        <translation>Il file {name} è stato modificato dopo che lo hai inviato.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="78"/>
        <source>It was not sent, so that the task does not use a version you did not choose. Submit it again to send the file as it is now.</source>
        <translation>L&apos;attività non è stata inviata, così non userà una versione che non hai scelto. Inviala di nuovo per mandare il file così com&apos;è adesso.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="87"/>
        <source>This app is not allowed to write or read {path}.</source>
        <translation>Questa app non ha il permesso di scrivere o leggere {path}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="88"/>
        <source>Choose another folder, or check the folder&apos;s permissions.</source>
        <translation>Scegli un&apos;altra cartella, oppure controlla i permessi della cartella.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="95"/>
        <source>The file {path} does not exist (any more).</source>
        <translation>Il file {path} non esiste (più).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="96"/>
        <source>Check the name, or choose the file again.</source>
        <translation>Controlla il nome, oppure scegli di nuovo il file.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="101"/>
        <source>The disk is full.</source>
        <translation>Il disco è pieno.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="102"/>
        <source>Free some space, then try again.</source>
        <translation>Libera un po&apos; di spazio, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="106"/>
        <source>A file could not be read or written: {reason}.</source>
        <translation>Non è stato possibile leggere o scrivere un file: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="107"/>
        <source>Check the file and folder, then try again.</source>
        <translation>Controlla il file e la cartella, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="111"/>
        <source>Something unexpected went wrong.</source>
        <translation>Si è verificato un problema imprevisto.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="112"/>
        <source>Please try again. If it keeps happening, report it with the log file.</source>
        <translation>Riprova. Se continua a succedere, segnalalo allegando il file di registro.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="125"/>
        <source>The disk is full: the result could not be saved in {folder}.</source>
        <translation>Il disco è pieno: non è stato possibile salvare il risultato in {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="126"/>
        <source>The disk is full: the report could not be saved in {folder}.</source>
        <translation>Il disco è pieno: non è stato possibile salvare il rapporto in {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="127"/>
        <location filename="../nctask_desktop/messages.py" line="136"/>
        <source>Free some space or choose another folder, then save again.</source>
        <translation>Libera un po&apos; di spazio o scegli un&apos;altra cartella, poi salva di nuovo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="130"/>
        <source>Your disk quota is used up: the result could not be saved in {folder}.</source>
        <translation>La tua quota di spazio su disco è esaurita: non è stato possibile salvare il risultato in {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="133"/>
        <source>Your disk quota is used up: the report could not be saved in {folder}.</source>
        <translation>La tua quota di spazio su disco è esaurita: non è stato possibile salvare il rapporto in {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="139"/>
        <source>This app may not write in {folder}, so the result was not saved.</source>
        <translation>Questa app non ha il permesso di scrivere in {folder}, quindi il risultato non è stato salvato.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="142"/>
        <source>This app may not write in {folder}, so the report was not saved.</source>
        <translation>Questa app non ha il permesso di scrivere in {folder}, quindi il rapporto non è stato salvato.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="145"/>
        <source>Choose another folder, or allow writing in this one, then save again.</source>
        <translation>Scegli un&apos;altra cartella, oppure consenti la scrittura in questa, poi salva di nuovo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="150"/>
        <source>{folder} is on a read-only disk, so the result was not saved.</source>
        <translation>{folder} si trova su un disco di sola lettura, quindi il risultato non è stato salvato.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="153"/>
        <source>{folder} is on a read-only disk, so the report was not saved.</source>
        <translation>{folder} si trova su un disco di sola lettura, quindi il rapporto non è stato salvato.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="156"/>
        <source>Choose another folder, then save again.</source>
        <translation>Scegli un&apos;altra cartella, poi salva di nuovo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="159"/>
        <source>The result could not be saved in {folder}: {reason}.</source>
        <translation>Non è stato possibile salvare il risultato in {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="160"/>
        <source>The report could not be saved in {folder}: {reason}.</source>
        <translation>Non è stato possibile salvare il rapporto in {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="161"/>
        <source>Check the folder or choose another one, then save again.</source>
        <translation>Controlla la cartella o scegline un&apos;altra, poi salva di nuovo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="193"/>
        <source>{server} answers only over plain http. It is on this computer, so nothing leaves it.</source>
        <translation>{server} risponde solo tramite http semplice. Si trova su questo computer, quindi nessun dato ne esce.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="197"/>
        <source>Connect with http:// to go on.</source>
        <translation>Collegati con http:// per continuare.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="200"/>
        <source>{server} answers only over plain http, without encryption: this is not a certificate problem.</source>
        <translation>{server} risponde solo tramite http semplice, senza cifratura: non è un problema di certificato.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="204"/>
        <source>You can connect with http://, but others on the network could read your password and your files. Do it only on a network you trust, or ask for https to be set up.</source>
        <translation>Puoi collegarti con http://, ma altre persone sulla rete potrebbero leggere la tua password e i tuoi file. Fallo solo su una rete di cui ti fidi, oppure chiedi che venga configurato https.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="213"/>
        <source>You are not signed in to {server}.</source>
        <translation>Non hai effettuato l&apos;accesso a {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="214"/>
        <source>Sign in again to continue.</source>
        <translation>Accedi di nuovo per continuare.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="217"/>
        <source>{server} did not accept the login name or app password.</source>
        <translation>{server} non ha accettato il nome utente o la password per l&apos;applicazione.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="218"/>
        <source>It may have been revoked. Sign in again to continue.</source>
        <translation>Potrebbe essere stata revocata. Accedi di nuovo per continuare.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="224"/>
        <source>The server did not accept the input: {message}</source>
        <translation>Il server non ha accettato i dati inseriti: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="225"/>
        <source>Correct it and try again.</source>
        <translation>Correggili e riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="228"/>
        <source>The server did not accept the input.</source>
        <translation>Il server non ha accettato i dati inseriti.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="229"/>
        <source>Check the values and try again.</source>
        <translation>Controlla i valori e riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="235"/>
        <source>The server refused: {message}</source>
        <translation>Il server ha rifiutato la richiesta: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="236"/>
        <source>Choose files you own, or ask the owner to share them with you.</source>
        <translation>Scegli file di tua proprietà, oppure chiedi al proprietario di condividerli con te.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="240"/>
        <source>You do not have access to this on {server}.</source>
        <translation>Non hai accesso a questo elemento su {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="248"/>
        <source>That does not look like a server address.</source>
        <translation>Questo non sembra l&apos;indirizzo di un server.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="249"/>
        <source>Type it as you would in a browser, for example cloud.example.org.</source>
        <translation>Scrivilo come faresti nel browser, per esempio cloud.example.org.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="255"/>
        <source>The security certificate of {server} has changed since you trusted it, so nothing was sent.</source>
        <translation>Il certificato di sicurezza di {server} è cambiato da quando hai scelto di fidarti, quindi non è stato inviato nulla.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="259"/>
        <source>Ask the server&apos;s administrator whether it was renewed. If it was, sign in again to trust the new one; if not, someone may be listening in between.</source>
        <translation>Chiedi all&apos;amministratore del server se è stato rinnovato. Se sì, accedi di nuovo per fidarti di quello nuovo; se no, qualcuno potrebbe intercettare la comunicazione.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="266"/>
        <source>The security certificate of {server} is not trusted by this computer, so the connection was stopped.</source>
        <translation>Questo computer non si fida del certificato di sicurezza di {server}, quindi la connessione è stata interrotta.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="270"/>
        <source>Check the address. If it is your own server with its own certificate, you can trust it after checking its fingerprint with the server&apos;s administrator.</source>
        <translation>Controlla l&apos;indirizzo. Se è un server tuo, con un proprio certificato, puoi fidarti dopo averne verificato l&apos;impronta digitale con l&apos;amministratore del server.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="277"/>
        <source>{server} took too long to answer.</source>
        <translation>{server} ha impiegato troppo tempo a rispondere.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="278"/>
        <source>Check your internet connection and try again in a moment.</source>
        <translation>Controlla la connessione a Internet e riprova tra poco.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="282"/>
        <source>Could not reach {server}.</source>
        <translation>Impossibile raggiungere {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="283"/>
        <source>Check the address and your internet connection, then try again.</source>
        <translation>Controlla l&apos;indirizzo e la connessione a Internet, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="289"/>
        <source>{server} sent the connection somewhere else, which this app does not follow for your safety.</source>
        <translation>{server} ha reindirizzato la connessione altrove; per la tua sicurezza, questa app non segue il reindirizzamento.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="293"/>
        <source>Use the address your Nextcloud shows in the browser after you have logged in.</source>
        <translation>Usa l&apos;indirizzo che il tuo Nextcloud mostra nel browser dopo che hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="300"/>
        <source>{server} does not answer like a Nextcloud server.</source>
        <translation>{server} non risponde come un server Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="301"/>
        <source>Check the address. If you are on a hotel or guest network, log in to it in your browser first.</source>
        <translation>Controlla l&apos;indirizzo. Se sei sulla rete di un hotel o su una rete per ospiti, prima accedi alla rete dal browser.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="308"/>
        <source>{server} is in maintenance mode or being updated.</source>
        <translation>{server} è in modalità di manutenzione o in fase di aggiornamento.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="309"/>
        <source>Try again later; nothing you entered is lost.</source>
        <translation>Riprova più tardi: non hai perso nulla di quello che hai inserito.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="313"/>
        <source>The server allows 20 new tasks per 2 minutes, and that limit is reached.</source>
        <translation>Il server consente 20 nuove attività ogni 2 minuti, e questo limite è stato raggiunto.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="316"/>
        <source>Wait a minute or two, then try again.</source>
        <translation>Aspetta un paio di minuti, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="320"/>
        <source>This kind of task is not available on {server} right now.</source>
        <translation>Questo tipo di attività al momento non è disponibile su {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="321"/>
        <source>Ask the administrator to enable an app that provides it, or choose another task.</source>
        <translation>Chiedi all&apos;amministratore di abilitare un&apos;app che offra questo tipo di attività, oppure scegli un&apos;altra attività.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="328"/>
        <source>The server no longer has this.</source>
        <translation>Il server non ha più questo elemento.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="329"/>
        <source>It may have been deleted, or removed after the server&apos;s retention time.</source>
        <translation>Potrebbe essere stato eliminato, oppure rimosso allo scadere del periodo di conservazione del server.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="335"/>
        <source>Your Nextcloud storage is full.</source>
        <translation>Lo spazio di archiviazione del tuo Nextcloud è pieno.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="336"/>
        <source>Delete some files in Nextcloud, then try again.</source>
        <translation>Elimina alcuni file in Nextcloud, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="340"/>
        <source>The sign-in link expired before access was granted.</source>
        <translation>Il collegamento per l&apos;accesso è scaduto prima che l&apos;accesso venisse concesso.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="341"/>
        <source>Start signing in again.</source>
        <translation>Ricomincia l&apos;accesso da capo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="345"/>
        <source>{server} refused the request as a security precaution.</source>
        <translation>{server} ha rifiutato la richiesta per precauzione di sicurezza.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="346"/>
        <source>Try again. If it keeps happening, a proxy in front of the server may be removing headers.</source>
        <translation>Riprova. Se continua a succedere, un proxy davanti al server potrebbe rimuovere alcune intestazioni.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="353"/>
        <source>{server} ran into a problem on its side.</source>
        <translation>{server} ha riscontrato un problema interno.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="354"/>
        <source>Try again later. If it keeps happening, tell the server&apos;s administrator.</source>
        <translation>Riprova più tardi. Se continua a succedere, avvisa l&apos;amministratore del server.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="360"/>
        <source>{server} sent a reply this app cannot read.</source>
        <translation>{server} ha inviato una risposta che questa app non riesce a leggere.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="361"/>
        <source>Try again later. A proxy in front of the server may be cutting replies short.</source>
        <translation>Riprova più tardi. Un proxy davanti al server potrebbe troncare le risposte.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="382"/>
        <source>This server has no task processing; it needs Nextcloud 30 or newer.</source>
        <translation>Questo server non supporta l&apos;elaborazione delle attività: serve Nextcloud 30 o successivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="385"/>
        <source>Ask the administrator to update the server (it runs version {version}).</source>
        <translation>Chiedi all&apos;amministratore di aggiornare il server (ora usa la versione {version}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="401"/>
        <source>The request to {server} failed.</source>
        <translation>La richiesta a {server} non è riuscita.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="402"/>
        <source>Try again. If it keeps happening, report it with the log file.</source>
        <translation>Riprova. Se continua a succedere, segnalalo allegando il file di registro.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="414"/>
        <source>The proxy server at {proxy} could not be reached.</source>
        <translation>Impossibile raggiungere il server proxy {proxy}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="415"/>
        <source>Check the proxy in Preferences → Network (or in your system&apos;s network settings if the app uses those), then try again.</source>
        <translation>Controlla il proxy in Preferenze → Rete (oppure nelle impostazioni di rete del tuo sistema, se l&apos;app usa quelle), poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="422"/>
        <source>The proxy server at {proxy} did not connect you to {server}.</source>
        <translation>Il server proxy {proxy} non ti ha collegato a {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="423"/>
        <source>The server may be down, or the proxy may not allow it or may want a sign-in. Ask whoever runs your network, or change the proxy in Preferences → Network.</source>
        <translation>Il server potrebbe non essere disponibile, oppure il proxy potrebbe non consentire il collegamento o richiedere un accesso. Chiedi a chi gestisce la tua rete, oppure cambia il proxy in Preferenze → Rete.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="433"/>
        <source>“{key}” is required.</source>
        <translation>Il campo “{key}” è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="434"/>
        <source>Fill it in, then submit again.</source>
        <translation>Compilalo, poi invia di nuovo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="436"/>
        <source>“{key}” needs a number, not “{detail}”.</source>
        <translation>“{key}” richiede un numero, non “{detail}”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="437"/>
        <source>“{key}” must be one of: {detail}.</source>
        <translation>Il valore di “{key}” deve essere uno tra: {detail}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="439"/>
        <source>This task has no input called “{key}”.</source>
        <translation>Questa attività non ha un campo chiamato “{key}”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="440"/>
        <source>Its inputs are: {detail}.</source>
        <translation>I suoi campi sono: {detail}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="442"/>
        <source>“{key}” takes one value only.</source>
        <translation>“{key}” accetta un solo valore.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="444"/>
        <source>“{key}” needs a file.</source>
        <translation>“{key}” richiede un file.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="445"/>
        <source>Give a file as @PATH, or the id of a file in Nextcloud.</source>
        <translation>Indica un file come @PATH, oppure l&apos;id di un file in Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="447"/>
        <source>“{key}” needs a list of values.</source>
        <translation>“{key}” richiede un elenco di valori.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="448"/>
        <source>“{key}” needs text.</source>
        <translation>“{key}” richiede un testo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="450"/>
        <source>The file {detail} for “{key}” does not exist.</source>
        <translation>Il file {detail} per “{key}” non esiste.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="451"/>
        <source>Check the path.</source>
        <translation>Controlla il percorso.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="454"/>
        <source>The file {detail} for “{key}” is not readable UTF-8 text.</source>
        <translation>Il file {detail} per “{key}” non è un testo UTF-8 leggibile.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="457"/>
        <source>“{key}” does not take a file.</source>
        <translation>“{key}” non accetta file.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="459"/>
        <source>“{key}” has a kind of input this app does not know yet ({detail}).</source>
        <translation>“{key}” richiede un tipo di dato che questa app non conosce ancora ({detail}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="462"/>
        <source>Use the Nextcloud web Assistant for this task.</source>
        <translation>Per questa attività usa l&apos;Assistant di Nextcloud nel browser.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="469"/>
        <source>“{key}” is not valid.</source>
        <translation>Il valore di “{key}” non è valido.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="478"/>
        <location filename="../nctask_desktop/messages.py" line="482"/>
        <source>The task failed: {message}</source>
        <translation>L&apos;attività non è riuscita: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="487"/>
        <source>The task failed, and the server gave no reason.</source>
        <translation>L&apos;attività non è riuscita e il server non ha indicato il motivo.</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="132"/>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="179"/>
        <source>on this computer</source>
        <translation>su questo computer</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="140"/>
        <source>File {id}</source>
        <translation>File {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="146"/>
        <source>in your Nextcloud</source>
        <translation>nel tuo Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="174"/>
        <source>This file is no longer on this computer.</source>
        <translation>Questo file non è più su questo computer.</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="505"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="507"/>
        <source>Remove the file of “{name}”</source>
        <translation>Rimuovi il file di “{name}”</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="226"/>
        <source>Drop {kinds} here, or:</source>
        <translation>Trascina qui {kinds}, oppure:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="228"/>
        <source>Drop {kind} here, or:</source>
        <translation>Trascina qui {kind}, oppure:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="236"/>
        <source>Choose files…</source>
        <translation>Scegli i file…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="236"/>
        <source>Choose file…</source>
        <translation>Scegli un file…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="239"/>
        <source>Choose files on this computer for “{name}”</source>
        <translation>Scegli i file su questo computer per “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="241"/>
        <source>Choose a file on this computer for “{name}”</source>
        <translation>Scegli un file su questo computer per “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="248"/>
        <source>Record…</source>
        <translation>Registra…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="251"/>
        <source>Record audio with the microphone for “{name}”</source>
        <translation>Registra l&apos;audio con il microfono per “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="255"/>
        <source>Choose from Nextcloud…</source>
        <translation>Scegli da Nextcloud…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="257"/>
        <source>Choose from your Nextcloud for “{name}”</source>
        <translation>Scegli dal tuo Nextcloud per “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="277"/>
        <source>Choose {kinds}</source>
        <translation>Scegli {kinds}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="279"/>
        <source>Choose a file</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="305"/>
        <source>Record audio for “{name}”</source>
        <translation>Registra l&apos;audio per “{name}”</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="87"/>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="88"/>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="89"/>
        <source>WAV audio</source>
        <translation>audio WAV</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="90"/>
        <source>MP3 audio</source>
        <translation>audio MP3</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="91"/>
        <source>Ogg audio</source>
        <translation>audio Ogg</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="92"/>
        <source>Ogg Vorbis audio</source>
        <translation>audio Ogg Vorbis</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="93"/>
        <source>Opus audio</source>
        <translation>audio Opus</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="94"/>
        <source>FLAC audio</source>
        <translation>audio FLAC</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="95"/>
        <source>MPEG-4 audio</source>
        <translation>audio MPEG-4</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="96"/>
        <source>AAC audio</source>
        <translation>audio AAC</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="97"/>
        <source>WebM audio</source>
        <translation>audio WebM</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="98"/>
        <source>PNG image</source>
        <translation>immagine PNG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="99"/>
        <source>JPEG image</source>
        <translation>immagine JPEG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="100"/>
        <source>GIF image</source>
        <translation>immagine GIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="101"/>
        <source>WebP image</source>
        <translation>immagine WebP</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="102"/>
        <source>Windows BMP image</source>
        <translation>immagine BMP di Windows</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="103"/>
        <source>TIFF image</source>
        <translation>immagine TIFF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="104"/>
        <source>SVG image</source>
        <translation>immagine SVG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="105"/>
        <source>HEIF image</source>
        <translation>immagine HEIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="106"/>
        <source>AVIF image</source>
        <translation>immagine AVIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="107"/>
        <source>MPEG-4 video</source>
        <translation>video MPEG-4</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="108"/>
        <source>WebM video</source>
        <translation>video WebM</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="109"/>
        <source>QuickTime video</source>
        <translation>video QuickTime</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="110"/>
        <source>Matroska video</source>
        <translation>video Matroska</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="111"/>
        <source>Ogg video</source>
        <translation>video Ogg</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="112"/>
        <source>plain text document</source>
        <translation>documento di testo semplice</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="113"/>
        <source>Markdown document</source>
        <translation>documento Markdown</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="114"/>
        <source>CSV document</source>
        <translation>documento CSV</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="115"/>
        <source>HTML document</source>
        <translation>documento HTML</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="116"/>
        <source>JSON document</source>
        <translation>documento JSON</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="117"/>
        <source>PDF document</source>
        <translation>documento PDF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="118"/>
        <source>Zip archive</source>
        <translation>archivio Zip</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="132"/>
        <source>audio file</source>
        <translation>file audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="134"/>
        <source>image</source>
        <translation>immagine</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="136"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="138"/>
        <source>text document</source>
        <translation>documento di testo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="141"/>
        <source>%1 file</source>
        <translation>file %1</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="142"/>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="48"/>
        <source>Choose a task on the left.</source>
        <translation>Scegli un&apos;attività a sinistra.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="53"/>
        <source>Upload progress</source>
        <translation>Avanzamento del caricamento</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="53"/>
        <source>Cancel upload</source>
        <translation>Annulla caricamento</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="62"/>
        <source>Submit</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="63"/>
        <source>Submit the task</source>
        <translation>Invia l&apos;attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="64"/>
        <source>Submit the task ({key})</source>
        <translation>Invia l&apos;attività ({key})</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="69"/>
        <source>Run on many files…</source>
        <translation>Esegui su più file…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="70"/>
        <source>Run the task on many files</source>
        <translation>Esegui l&apos;attività su più file</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="80"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="83"/>
        <source>Where the submitted task stands</source>
        <translation>Stato dell&apos;attività inviata</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="87"/>
        <source>The submitted task and its result</source>
        <translation>L&apos;attività inviata e il suo risultato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="90"/>
        <source>Cancel task</source>
        <translation>Annulla attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="91"/>
        <source>Cancel the submitted task</source>
        <translation>Annulla l&apos;attività inviata</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="108"/>
        <source>Uploading files to your Nextcloud…</source>
        <translation>Caricamento dei file sul tuo Nextcloud…</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="187"/>
        <source>The server&apos;s answer</source>
        <translation>La risposta del server</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="212"/>
        <source>More options</source>
        <translation>Altre opzioni</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="222"/>
        <source>This task needs no input.</source>
        <translation>Questa attività non richiede dati.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="467"/>
        <source>This input is of a kind this app does not know yet ({kind}). Use the Nextcloud web Assistant for this task.</source>
        <translation>Questo campo è di un tipo che questa app non conosce ancora ({kind}). Per questa attività usa l&apos;Assistant di Nextcloud nel browser.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="359"/>
        <source>“{name}” is empty (0 bytes). Choose a file that has something in it.</source>
        <translation>“{name}” è vuoto (0 byte). Scegli un file che contenga qualcosa.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="363"/>
        <source>“{name}” is not {kind}. “{slot}” takes {kinds} ({exts}, …).</source>
        <translation>“{name}” non è {kind}. “{slot}” accetta {kinds} ({exts}, …).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="55"/>
        <source>images</source>
        <translation>immagini</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="56"/>
        <source>audio files</source>
        <translation>file audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="57"/>
        <source>videos</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="58"/>
        <source>files</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="61"/>
        <source>an image</source>
        <translation>un&apos;immagine</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="62"/>
        <source>an audio file</source>
        <translation>un file audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="63"/>
        <source>a video</source>
        <translation>un video</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="64"/>
        <source>a file</source>
        <translation>un file</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="70"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="74"/>
        <source>Images</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="75"/>
        <source>Audio files</source>
        <translation>File audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="76"/>
        <source>Videos</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="57"/>
        <source>just now</source>
        <translation>poco fa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="64"/>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="76"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="78"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="80"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="93"/>
        <source>Removed from the server</source>
        <translation>Rimossa dal server</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="96"/>
        <source>%1 — no longer on the server</source>
        <translation>%1 — non più sul server</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="106"/>
        <source>Still waiting — the server may have no worker running</source>
        <translation>Ancora in attesa — forse sul server non è attivo nessun worker</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="107"/>
        <source>Waiting for the server to start it</source>
        <translation>In attesa che il server la avvii</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="111"/>
        <source>Running — %1%</source>
        <translation>In esecuzione — %1%</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="112"/>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="114"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="116"/>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="118"/>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="119"/>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="209"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="210"/>
        <source>Input</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="211"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="212"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="213"/>
        <source>Submitted</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="214"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="275"/>
        <source>The server no longer has this task (it removes old tasks after a while). Files you saved are kept.</source>
        <translation>Il server non ha più questa attività (dopo un po&apos; di tempo rimuove le attività vecchie). I file che hai salvato restano.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="160"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="162"/>
        <source>Show tasks by state</source>
        <translation>Mostra le attività in base allo stato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="169"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="171"/>
        <source>Show tasks of one kind</source>
        <translation>Mostra le attività di un solo tipo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="173"/>
        <location filename="../nctask_desktop/ui/history_table.py" line="205"/>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="179"/>
        <location filename="../nctask_desktop/ui/history_table.py" line="180"/>
        <source>Search your tasks</source>
        <translation>Cerca tra le tue attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="183"/>
        <source>Chat &amp;messages</source>
        <translation>Messaggi della c&amp;hat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="184"/>
        <source>Show chat messages</source>
        <translation>Mostra i messaggi della chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="186"/>
        <source>The messages and answers of the Chat tab are left out unless this is on</source>
        <translation>I messaggi e le risposte della scheda Chat vengono mostrati solo se questa opzione è attiva</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="113"/>
        <source>No tasks yet. The tasks you run here, and those you run in the Assistant of your Nextcloud, appear here with their results.</source>
        <translation>Ancora nessuna attività. Le attività che esegui qui, e quelle che esegui nell&apos;Assistant del tuo Nextcloud, compaiono qui con i loro risultati.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="125"/>
        <location filename="../nctask_desktop/ui/history_panel.py" line="342"/>
        <source>No task matches the filter.</source>
        <translation>Nessuna attività corrisponde al filtro.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="134"/>
        <source>The selected task</source>
        <translation>L&apos;attività selezionata</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="172"/>
        <source>History: {action}</source>
        <translation>Cronologia: {action}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="274"/>
        <source>The server cannot be reached right now. The list shows what was known; it is updated as soon as the connection is back.</source>
        <translation>Al momento il server non è raggiungibile. L&apos;elenco mostra le ultime informazioni disponibili e verrà aggiornato appena torna la connessione.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="337"/>
        <source>Your tasks so far are chat messages, which are kept in the Chat tab. Tick Chat messages to list them here too.</source>
        <translation>Finora le tue attività sono messaggi della chat, che restano nella scheda Chat. Seleziona “Messaggi della chat” per elencarli anche qui.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="371"/>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="455"/>
        <source>This kind of task (“{type}”) is not offered by the server any more, so it cannot be run again here.</source>
        <translation>Il server non offre più questo tipo di attività (“{type}”), quindi non è possibile eseguirla di nuovo qui.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="478"/>
        <source>Could not cancel it: {reason}</source>
        <translation>Impossibile annullarla: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="495"/>
        <source>Delete tasks</source>
        <translation>Elimina attività</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/history_panel.py" line="496"/>
        <source>Delete %n task(s)?</source>
        <translation>
            <numerusform>Vuoi eliminare %n attività?</numerusform>
            <numerusform>Vuoi eliminare %n attività?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="498"/>
        <source>They are deleted from your Nextcloud (also from its Assistant) and from this list. Files you saved on this computer are kept.</source>
        <translation>Verranno eliminate dal tuo Nextcloud (anche dal suo Assistant) e da questo elenco. I file che hai salvato su questo computer restano.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="501"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="510"/>
        <source>Could not delete it: {reason}</source>
        <translation>Impossibile eliminarla: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="524"/>
        <source>The selected task has no text result to copy.</source>
        <translation>L&apos;attività selezionata non ha un risultato di testo da copiare.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="149"/>
        <source>All tasks</source>
        <translation>Tutte le attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="150"/>
        <source>Not finished</source>
        <translation>Non terminate</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="151"/>
        <source>Done</source>
        <translation>Completate</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="152"/>
        <source>Failed or cancelled</source>
        <translation>Non riuscite o annullate</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="89"/>
        <source>Your tasks</source>
        <translation>Le tue attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="103"/>
        <source>Columns: click one to sort by it</source>
        <translation>Colonne: fai clic su una colonna per ordinare l&apos;elenco</translation>
    </message>
</context>
<context>
    <name>HistoryToolbar</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="230"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="230"/>
        <source>Open the result</source>
        <translation>Apri il risultato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="233"/>
        <source>Run again</source>
        <translation>Esegui di nuovo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="234"/>
        <source>Fill in the form with this task&apos;s input</source>
        <translation>Compila il modulo con i dati di questa attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="239"/>
        <source>Cancel task</source>
        <translation>Annulla attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="239"/>
        <source>Stop the selected tasks</source>
        <translation>Interrompi le attività selezionate</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="242"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="242"/>
        <source>Delete the selected tasks</source>
        <translation>Elimina le attività selezionate</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="244"/>
        <source>Copy text</source>
        <translation>Copia testo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="244"/>
        <source>Copy the text result</source>
        <translation>Copia il testo del risultato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="249"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="250"/>
        <source>Save the results in the download folder</source>
        <translation>Salva i risultati nella cartella dei download</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="255"/>
        <source>Save to…</source>
        <translation>Salva in…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="256"/>
        <source>Save the results to a folder you choose</source>
        <translation>Salva i risultati in una cartella a tua scelta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="261"/>
        <source>Input files</source>
        <translation>File forniti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="261"/>
        <source>Show the task&apos;s input files</source>
        <translation>Mostra i file forniti all&apos;attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="263"/>
        <source>Task actions</source>
        <translation>Azioni sull&apos;attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="285"/>
        <source>More actions</source>
        <translation>Altre azioni</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="51"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="55"/>
        <source>Actual size</source>
        <translation>Dimensioni reali</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="56"/>
        <source>Show the image at its actual size</source>
        <translation>Mostra l&apos;immagine alle dimensioni reali</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="59"/>
        <source>Open in another app</source>
        <translation>Apri in un&apos;altra app</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="60"/>
        <source>Open the image in your image viewer</source>
        <translation>Apri l&apos;immagine nel tuo visualizzatore di immagini</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="62"/>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="63"/>
        <source>Save the image to a folder</source>
        <translation>Salva l&apos;immagine in una cartella</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="66"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="78"/>
        <source>This image cannot be shown.</source>
        <translation>Impossibile mostrare questa immagine.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="157"/>
        <source>Input level</source>
        <translation>Livello di ingresso</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="110"/>
        <source>Add a number</source>
        <translation>Aggiungi un numero</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="112"/>
        <source>Add a text</source>
        <translation>Aggiungi un testo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="117"/>
        <source>{action} to “{name}”</source>
        <translation>{action} a “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="221"/>
        <source>“{name}”, item {n} of {count}</source>
        <translation>“{name}”, elemento {n} di {count}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="232"/>
        <source>Move item {n} of “{name}” up</source>
        <translation>Sposta in su l&apos;elemento {n} di “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="233"/>
        <source>Move item {n} of “{name}” down</source>
        <translation>Sposta in giù l&apos;elemento {n} di “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="234"/>
        <source>Remove item {n} of “{name}”</source>
        <translation>Rimuovi l&apos;elemento {n} di “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="290"/>
        <source>Item {n}: {problem}</source>
        <translation>Elemento {n}: {problem}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="71"/>
        <source>Starting…</source>
        <translation>Avvio in corso…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="309"/>
        <source>Starting the simulated server…</source>
        <translation>Avvio del server simulato…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="343"/>
        <source>Sign in again to see the tasks of this server.</source>
        <translation>Accedi di nuovo per vedere le attività di questo server.</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="123"/>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="123"/>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="142"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="145"/>
        <source>Cancel this answer</source>
        <translation>Annulla questa risposta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="157"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="160"/>
        <source>Copy this answer</source>
        <translation>Copia questa risposta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="164"/>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="167"/>
        <source>Write this answer again</source>
        <translation>Scrivi di nuovo questa risposta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="171"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="174"/>
        <source>Ask for this answer again</source>
        <translation>Richiedi di nuovo questa risposta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="196"/>
        <source>Your message</source>
        <translation>Il tuo messaggio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="196"/>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="205"/>
        <source>The server gave no reason.</source>
        <translation>Il server non ha indicato il motivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="206"/>
        <source>No answer: {reason}</source>
        <translation>Nessuna risposta: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="208"/>
        <source>The answer was cancelled.</source>
        <translation>La risposta è stata annullata.</translation>
    </message>
</context>
<context>
    <name>MessagesArea</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="69"/>
        <source>The conversation</source>
        <translation>La conversazione</translation>
    </message>
</context>
<context>
    <name>NewTaskPage</name>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="221"/>
        <source>Form of {task}</source>
        <translation>Modulo di {task}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="287"/>
        <source>New task: submit the form</source>
        <translation>Nuova attività: invia il modulo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="288"/>
        <source>New task: copy the result&apos;s text</source>
        <translation>Nuova attività: copia il testo del risultato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="422"/>
        <source>Could not cancel it: {reason}</source>
        <translation>Impossibile annullarla: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="497"/>
        <source>Check the marked inputs: the task has changed since it was run.</source>
        <translation>Controlla i campi evidenziati: l&apos;attività è cambiata da quando è stata eseguita.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="502"/>
        <source>Some inputs of the earlier task are no longer asked for: {keys}.</source>
        <translation>Alcuni campi dell&apos;attività precedente non sono più richiesti: {keys}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="509"/>
        <source>The form holds the input of task {id}. Change it, or submit.</source>
        <translation>Il modulo contiene i dati dell&apos;attività {id}. Modificali oppure invia.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="526"/>
        <source>This file does not exist: {name}</source>
        <translation>Questo file non esiste: {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="166"/>
        <source>None of this server&apos;s tasks takes these files.</source>
        <translation>Nessuna attività di questo server accetta questi file.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="546"/>
        <location filename="../nctask_desktop/ui/open_with.py" line="172"/>
        <source>This task takes no such file.</source>
        <translation>Questa attività non accetta file di questo tipo.</translation>
    </message>
</context>
<context>
    <name>NextcloudFileDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="198"/>
        <source>Choose from Nextcloud</source>
        <translation>Scegli da Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="209"/>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="210"/>
        <source>Up one folder</source>
        <translation>Cartella superiore</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="233"/>
        <source>Files and folders</source>
        <translation>File e cartelle</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="250"/>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="251"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="268"/>
        <source>Only {kinds} can be chosen here.</source>
        <translation>Qui puoi scegliere solo {kinds}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="271"/>
        <source>Save in Nextcloud</source>
        <translation>Salva in Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="272"/>
        <source>Open the folder to save in, then choose “Save here”.</source>
        <translation>Apri la cartella in cui salvare, poi scegli “Salva qui”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="280"/>
        <source>Choose</source>
        <translation>Scegli</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="280"/>
        <source>Save here</source>
        <translation>Salva qui</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="305"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="340"/>
        <source>This folder is empty.</source>
        <translation>Questa cartella è vuota.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="361"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="364"/>
        <source>Home folder</source>
        <translation>Cartella home</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="369"/>
        <source>Folder {name}</source>
        <translation>Cartella {name}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/services/notifications.py" line="89"/>
        <source>%n of them failed.</source>
        <translation>
            <numerusform>Di queste, %n non è riuscita.</numerusform>
            <numerusform>Di queste, %n non sono riuscite.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="91"/>
        <source>Open the history to see the results.</source>
        <translation>Apri la cronologia per vedere i risultati.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="99"/>
        <source>“{task}” is done</source>
        <translation>Attività “{task}” completata</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="102"/>
        <source>{summary}
Saved in {folder}.</source>
        <translation>{summary}
Risultati salvati in {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="106"/>
        <source>{summary}</source>
        <translation>{summary}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="108"/>
        <source>Click to see the result.</source>
        <translation>Fai clic per vedere il risultato.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="111"/>
        <source>“{task}” failed</source>
        <translation>Attività “{task}” non riuscita</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="114"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="116"/>
        <source>The server gave no reason.</source>
        <translation>Il server non ha indicato il motivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="124"/>
        <source>No tasks running</source>
        <translation>Nessuna attività in corso</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/services/notifications.py" line="125"/>
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n attività in corso</numerusform>
            <numerusform>%n attività in corso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished</source>
        <translation>
            <numerusform>%n attività terminata</numerusform>
            <numerusform>%n attività terminate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="326"/>
        <source>Default: {value}</source>
        <translation>Predefinito: {value}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="363"/>
        <source>“{name}” must be {minimum} or more.</source>
        <translation>“{name}” deve essere almeno {minimum}.</translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="151"/>
        <source>Downloading…</source>
        <translation>Scaricamento in corso…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="156"/>
        <source>Download progress of {name}</source>
        <translation>Avanzamento dello scaricamento di {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="171"/>
        <source>Downloading… {size}</source>
        <translation>Scaricamento in corso… {size}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="94"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="106"/>
        <source>Files for tasks</source>
        <translation>File per le attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="112"/>
        <source>&amp;Upload folder in Nextcloud:</source>
        <translation>Cartella di &amp;caricamento in Nextcloud:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="117"/>
        <source>Files from this computer that a task needs are uploaded into this folder of your Nextcloud, in a sub-folder for each day.</source>
        <translation>I file di questo computer che servono a un&apos;attività vengono caricati in questa cartella del tuo Nextcloud, in una sottocartella per ogni giorno.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="124"/>
        <source>Delete these copies when I delete their task</source>
        <translation>Elimina queste copie quando elimino la relativa attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="127"/>
        <source>Files you chose from your Nextcloud are never deleted.</source>
        <translation>I file che hai scelto dal tuo Nextcloud non vengono mai eliminati.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="130"/>
        <source>Delete the uploaded copies of my files when I delete their task</source>
        <translation>Elimina le copie caricate dei miei file quando elimino la relativa attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="136"/>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="141"/>
        <source>Folder for saved results</source>
        <translation>Cartella per i risultati salvati</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="142"/>
        <source>Save results &amp;in:</source>
        <translation>Salva i risultati &amp;in:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="144"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="145"/>
        <source>Choose the folder for saved results</source>
        <translation>Scegli la cartella per i risultati salvati</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="152"/>
        <source>Leave it empty for your Downloads folder.</source>
        <translation>Lascia vuoto per usare la cartella dei download.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="154"/>
        <source>Save the results of these tasks by themselves:</source>
        <translation>Salva automaticamente i risultati di queste attività:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="160"/>
        <source>Tasks whose results are saved by themselves</source>
        <translation>Attività i cui risultati vengono salvati automaticamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="171"/>
        <source>Save the results of “{task}” by themselves</source>
        <translation>Salva automaticamente i risultati di “{task}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="190"/>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="193"/>
        <source>&amp;Notify me when a task is done or has failed</source>
        <translation>&amp;Notificami quando un&apos;attività è completata o non è riuscita</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="195"/>
        <source>Notify me when a task is done or has failed</source>
        <translation>Notificami quando un&apos;attività è completata o non è riuscita</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="198"/>
        <source>Also notify my &amp;other devices (needs the Assistant app on the server)</source>
        <translation>Avvisa anche gli &amp;altri miei dispositivi (richiede l&apos;app Assistant sul server)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="200"/>
        <source>Also notify my other devices</source>
        <translation>Avvisa anche gli altri miei dispositivi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="244"/>
        <source>Language and appearance</source>
        <translation>Lingua e aspetto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="248"/>
        <source>The system&apos;s language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="252"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="254"/>
        <source>A new language is used from the next start of the app.</source>
        <translation>La nuova lingua verrà usata dal prossimo avvio dell&apos;app.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="261"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="268"/>
        <source>Window and keys</source>
        <translation>Finestra e tasti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="272"/>
        <source>Ask while tasks are running</source>
        <translation>Chiedi se ci sono attività in corso</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="273"/>
        <source>Keep running in the tray</source>
        <translation>Resta attivo nell&apos;area di notifica</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="274"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="276"/>
        <source>When I &amp;close the window:</source>
        <translation>&amp;Quando chiudo la finestra:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="279"/>
        <source>This desktop has no tray: closing quits.</source>
        <translation>Questo desktop non ha un&apos;area di notifica: chiudendo la finestra si esce dall&apos;app.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="281"/>
        <source>Open Quick text with Ctrl+Shift+Space from &amp;any app</source>
        <translation>Apri Testo rapido con Ctrl+Shift+Space da q&amp;ualsiasi app</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="284"/>
        <source>Open Quick text with Ctrl+Shift+Space from any app</source>
        <translation>Apri Testo rapido con Ctrl+Shift+Space da qualsiasi app</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="296"/>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="298"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usa le impostazioni proxy del &amp;sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="299"/>
        <source>No pro&amp;xy: connect directly</source>
        <translation>Nessun pro&amp;xy: collegamento diretto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="300"/>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manuale:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="304"/>
        <source>Manual proxy</source>
        <translation>Proxy manuale</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="316"/>
        <source>Proxy server</source>
        <translation>Server proxy</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="332"/>
        <source>Connections to this computer never use a proxy. A change applies at once. Proxies that ask for a password are not supported here: use the system&apos;s settings for those.</source>
        <translation>Le connessioni verso questo computer non usano mai un proxy. Le modifiche hanno effetto subito. I proxy che chiedono una password non sono supportati qui: per quelli usa le impostazioni del sistema.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="427"/>
        <source>Type the proxy server&apos;s name or address, such as “{example}”, and its port in the field beside it.</source>
        <translation>Scrivi il nome o l&apos;indirizzo del server proxy, come “{example}”, e la sua porta nel campo accanto.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="313"/>
        <source>Proxy kind</source>
        <translation>Tipo di proxy</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="321"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="320"/>
        <source>Proxy port</source>
        <translation>Porta del proxy</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="389"/>
        <source>Save results in</source>
        <translation>Salva i risultati in</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="411"/>
        <source>Type a folder name such as “{example}”, without “..” or special signs.</source>
        <translation>Scrivi il nome di una cartella come “{example}”, senza “..” né caratteri speciali.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="419"/>
        <source>Choose the folder for results with “Choose…”, or give its full path.</source>
        <translation>Scegli la cartella per i risultati con “Scegli…”, oppure scrivi il suo percorso completo.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="168"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="188"/>
        <source>The results were not saved</source>
        <translation>I risultati non sono stati salvati</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/presence.py" line="191"/>
        <source>%n file(s) saved</source>
        <translation>
            <numerusform>%n file salvato</numerusform>
            <numerusform>%n file salvati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="192"/>
        <source>In {folder}</source>
        <translation>In {folder}</translation>
    </message>
</context>
<context>
    <name>QuickTextWindow</name>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="98"/>
        <source>Quick text</source>
        <translation>Testo rapido</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="109"/>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="111"/>
        <source>Text to work on</source>
        <translation>Testo su cui lavorare</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="113"/>
        <source>The clipboard holds no text: type or paste the text here.</source>
        <translation>Negli appunti non c&apos;è testo: scrivi o incolla qui il testo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="121"/>
        <source>&amp;Summarise</source>
        <translation>&amp;Riassumi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="123"/>
        <source>T&amp;ranslate into</source>
        <translation>Tra&amp;duci in</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="126"/>
        <source>Language to translate into</source>
        <translation>Lingua in cui tradurre</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="127"/>
        <source>Ask in &amp;Chat</source>
        <translation>Chiedi nella &amp;chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="129"/>
        <source>A new conversation with the text as its first message, kept in the Chat tab</source>
        <translation>Una nuova conversazione con il testo come primo messaggio, conservata nella scheda Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="139"/>
        <source>Or say what to do with it, e.g. “Make it more polite”</source>
        <translation>Oppure scrivi cosa farne, ad es. “Rendilo più cortese”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="141"/>
        <source>What to do with the text</source>
        <translation>Cosa fare con il testo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="143"/>
        <source>Run the &amp;prompt</source>
        <translation>&amp;Esegui la richiesta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="154"/>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="155"/>
        <source>Cancel the task</source>
        <translation>Annulla l&apos;attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="163"/>
        <source>Result:</source>
        <translation>Risultato:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="167"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="176"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="177"/>
        <source>Copy the result</source>
        <translation>Copia il risultato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="178"/>
        <source>Replace the c&amp;lipboard</source>
        <translation>Sostituisci gli a&amp;ppunti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="180"/>
        <source>Put the result in the clipboard in place of the text, and close this window</source>
        <translation>Metti il risultato negli appunti al posto del testo e chiudi questa finestra</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="183"/>
        <source>Continue in the Chat &amp;tab</source>
        <translation>Contin&amp;ua nella scheda Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="185"/>
        <source>Copied.</source>
        <translation>Copiato.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="244"/>
        <source>Account: {account}</source>
        <translation>Account: {account}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="260"/>
        <source>Sign in to your Nextcloud in the main window first.</source>
        <translation>Prima accedi al tuo Nextcloud nella finestra principale.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="262"/>
        <source>The tasks of your server are still loading.</source>
        <translation>Le attività del tuo server sono ancora in caricamento.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="265"/>
        <source>Your server offers none of the text tasks (summarise, translate, a free prompt, chat): its administrator can install an assistant app for them.</source>
        <translation>Il tuo server non offre nessuna delle attività di testo (riassunto, traduzione, richiesta libera, chat): l&apos;amministratore può installare un&apos;app di assistente che le fornisca.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="269"/>
        <source>Your server does not offer every text task: only those it has show.</source>
        <translation>Il tuo server non offre tutte le attività di testo: vengono mostrate solo quelle disponibili.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="304"/>
        <source>Type or paste a text first.</source>
        <translation>Prima scrivi o incolla un testo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="317"/>
        <source>Say what to do with the text first.</source>
        <translation>Prima scrivi cosa fare con il testo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="349"/>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="399"/>
        <source>The task was cancelled.</source>
        <translation>L&apos;attività è stata annullata.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="435"/>
        <source>Running…</source>
        <translation>In esecuzione…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="437"/>
        <source>Sent; waiting for the server to start it.</source>
        <translation>Inviata; in attesa che il server la avvii.</translation>
    </message>
</context>
<context>
    <name>QuitPrompt</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="15"/>
        <source>%n task(s) you submitted have not reached your server yet. They are kept on this computer and sent the next time you start nctask-desktop.</source>
        <translation>
            <numerusform>%n attività che hai inviato non è ancora arrivata al tuo server. Viene conservata su questo computer e sarà inviata al prossimo avvio di nctask-desktop.</numerusform>
            <numerusform>%n attività che hai inviato non sono ancora arrivate al tuo server. Vengono conservate su questo computer e saranno inviate al prossimo avvio di nctask-desktop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="25"/>
        <source>%n task(s) are still running on your server. Keep nctask-desktop running in the tray to be told when they are done; if you quit, their results are in the History the next time you start it.</source>
        <translation>
            <numerusform>%n attività è ancora in esecuzione sul tuo server. Lascia nctask-desktop attivo nell&apos;area di notifica per ricevere un avviso quando sarà completata; se esci, i risultati saranno nella Cronologia al prossimo avvio.</numerusform>
            <numerusform>%n attività sono ancora in esecuzione sul tuo server. Lascia nctask-desktop attivo nell&apos;area di notifica per ricevere un avviso quando saranno completate; se esci, i risultati saranno nella Cronologia al prossimo avvio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="36"/>
        <source>nctask-desktop is still running: click its icon to open it again.</source>
        <translation>nctask-desktop è ancora in esecuzione: fai clic sulla sua icona per riaprirlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="93"/>
        <source>Quit nctask-desktop?</source>
        <translation>Vuoi uscire da nctask-desktop?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="96"/>
        <source>You can also keep the app open until they are sent.</source>
        <translation>Puoi anche lasciare l&apos;app aperta finché non vengono inviate.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="101"/>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="127"/>
        <source>&amp;Quit, send them later</source>
        <translation>&amp;Esci e inviale più tardi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="105"/>
        <source>&amp;Keep open</source>
        <translation>&amp;Lascia l&apos;app aperta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="118"/>
        <source>Keep nctask-desktop running?</source>
        <translation>Vuoi lasciare nctask-desktop in esecuzione?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="123"/>
        <source>Keep running in the &amp;tray</source>
        <translation>Resta attivo nell&apos;area di &amp;notifica</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="134"/>
        <source>&amp;Do the same from now on</source>
        <translation>&amp;Fai lo stesso d&apos;ora in poi</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="137"/>
        <source>You can change it in the Preferences.</source>
        <translation>Puoi cambiarlo nelle Preferenze.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="62"/>
        <source>macOS does not let the app use the microphone: allow it in System Settings → Privacy &amp; Security → Microphone, then try again.</source>
        <translation>macOS non consente all&apos;app di usare il microfono: consenti l&apos;accesso in Impostazioni di Sistema → Privacy e sicurezza → Microfono, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="68"/>
        <source>Windows does not let the app use the microphone: allow it in Settings → Privacy &amp; security → Microphone (“Let desktop apps access your microphone”), then try again.</source>
        <translation>Windows non consente all&apos;app di usare il microfono: consenti l&apos;accesso in Impostazioni → Privacy e sicurezza → Microfono (“Consenti alle app desktop di accedere al microfono”), poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="74"/>
        <source>The system does not let the app use the microphone: allow it in your sound settings (PipeWire or PulseAudio) or your desktop&apos;s privacy settings, then try again.</source>
        <translation>Il sistema non consente all&apos;app di usare il microfono: consenti l&apos;accesso nelle impostazioni audio (PipeWire o PulseAudio) o nelle impostazioni della privacy del tuo ambiente desktop, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="81"/>
        <source>No microphone was found: connect one, or choose one in System Settings → Sound → Input, then try again.</source>
        <translation>Nessun microfono trovato: collegane uno, oppure scegline uno in Impostazioni di Sistema → Suono → Ingresso, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="87"/>
        <source>No microphone was found: connect one, or turn it on in Settings → System → Sound → Input, then try again.</source>
        <translation>Nessun microfono trovato: collegane uno, oppure attivalo in Impostazioni → Sistema → Audio → Input, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="92"/>
        <source>No microphone was found: connect one, or choose it as the input in your sound settings (PipeWire or PulseAudio), then try again.</source>
        <translation>Nessun microfono trovato: collegane uno, oppure sceglilo come ingresso nelle impostazioni audio (PipeWire o PulseAudio), poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="98"/>
        <source>The microphone is in use by another program: close that program, or choose another input in your sound settings, then try again.</source>
        <translation>Il microfono è usato da un altro programma: chiudi quel programma, oppure scegli un altro ingresso nelle impostazioni audio, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="105"/>
        <source>Recording needs the PortAudio library, which is not installed: install the package libportaudio2 (sudo apt install libportaudio2), then try again.</source>
        <translation>Per registrare serve la libreria PortAudio, che non è installata: installa il pacchetto libportaudio2 (sudo apt install libportaudio2), poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="110"/>
        <source>Recording needs the PortAudio library, which is missing from this installation: install the app again.</source>
        <translation>Per registrare serve la libreria PortAudio, che manca in questa installazione: installa di nuovo l&apos;app.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="115"/>
        <source>The microphone could not be used ({detail}): check your sound settings, then try again.</source>
        <translation>Non è stato possibile usare il microfono ({detail}): controlla le impostazioni audio, poi riprova.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="125"/>
        <source>No sound reaches the app: the microphone is muted, or macOS blocks it (allow it in System Settings → Privacy &amp; Security → Microphone).</source>
        <translation>All&apos;app non arriva alcun suono: il microfono è disattivato, oppure macOS lo blocca (consenti l&apos;accesso in Impostazioni di Sistema → Privacy e sicurezza → Microfono).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="131"/>
        <source>No sound reaches the app: the microphone is muted, or Windows blocks it (allow it in Settings → Privacy &amp; security → Microphone).</source>
        <translation>All&apos;app non arriva alcun suono: il microfono è disattivato, oppure Windows lo blocca (consenti l&apos;accesso in Impostazioni → Privacy e sicurezza → Microfono).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="136"/>
        <source>No sound reaches the app: the microphone is muted, or blocked in your sound settings (PipeWire or PulseAudio).</source>
        <translation>All&apos;app non arriva alcun suono: il microfono è disattivato, oppure è bloccato nelle impostazioni audio (PipeWire o PulseAudio).</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="187"/>
        <source>Record audio</source>
        <translation>Registra l&apos;audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="203"/>
        <source>Recording time</source>
        <translation>Durata della registrazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="229"/>
        <source>Use this recording</source>
        <translation>Usa questa registrazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="233"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="235"/>
        <source>Discard the recording</source>
        <translation>Scarta la registrazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="265"/>
        <source>Stop recording</source>
        <translation>Interrompi la registrazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="267"/>
        <source>Recording… Speak now; press Stop recording when done.</source>
        <translation>Registrazione in corso… Parla ora; quando hai finito, premi “Interrompi la registrazione”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="269"/>
        <source>Record again</source>
        <translation>Registra di nuovo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="272"/>
        <source>Recorded {time}. Play it back if you like, then use it or discard it.</source>
        <translation>Registrazione di {time}. Se vuoi, riascoltala, poi usala o scartala.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="276"/>
        <source>Start recording</source>
        <translation>Avvia la registrazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="278"/>
        <source>Press Start recording, then speak.</source>
        <translation>Premi “Avvia la registrazione”, poi parla.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="280"/>
        <source>Stop playing</source>
        <translation>Interrompi la riproduzione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="280"/>
        <source>Play back</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="285"/>
        <source>Stop playing the recording</source>
        <translation>Interrompi la riproduzione della registrazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="285"/>
        <source>Play the recording back</source>
        <translation>Riproduci la registrazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="320"/>
        <source>Waiting for you to allow the microphone…</source>
        <translation>In attesa che tu consenta l&apos;uso del microfono…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="393"/>
        <source>The recording stopped at {time}, the longest it can be.</source>
        <translation>La registrazione si è fermata a {time}, la durata massima consentita.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="92"/>
        <source>Report a problem</source>
        <translation>Segnala un problema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="96"/>
        <source>This writes one zip file to attach to your message about the problem: the app&apos;s log files, its version and your system&apos;s, and the app&apos;s settings. Passwords, tokens, server addresses and names are left out. Nothing is sent anywhere.</source>
        <translation>Viene creato un unico file zip da allegare al tuo messaggio sul problema: i file di registro dell&apos;app, la sua versione e quella del tuo sistema, e le impostazioni dell&apos;app. Password, token, indirizzi dei server e nomi vengono esclusi. Non viene inviato nulla da nessuna parte.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="105"/>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="106"/>
        <source>Include the text of my tasks</source>
        <translation>Includi il testo delle mie attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="109"/>
        <source>Adds the last {count} tasks of each account: what you asked and what came back. Leave it off unless the problem is about a task.</source>
        <translation>Aggiunge le ultime {count} attività di ogni account: cosa hai chiesto e cosa hai ricevuto. Lascialo disattivato, a meno che il problema non riguardi un&apos;attività.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="124"/>
        <source>C&amp;hange folder…</source>
        <translation>Cam&amp;bia cartella…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="127"/>
        <source>Change the folder the report is saved in</source>
        <translation>Cambia la cartella in cui viene salvato il rapporto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="135"/>
        <source>&amp;Create report</source>
        <translation>&amp;Crea rapporto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="147"/>
        <source>&amp;Show in folder</source>
        <translation>&amp;Mostra nella cartella</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="187"/>
        <source>Saved in: {folder}</source>
        <translation>Cartella di salvataggio: {folder}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="195"/>
        <source>Save the report in…</source>
        <translation>Salva il rapporto in…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="198"/>
        <source>Save here</source>
        <translation>Salva qui</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="261"/>
        <source>The report is saved as “{name}” in {folder}. Attach it to your message about the problem.</source>
        <translation>Il rapporto è stato salvato come “{name}” in {folder}. Allegalo al tuo messaggio sul problema.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="282"/>
        <source>This computer has no file manager to show “{name}”. It is in {folder}.</source>
        <translation>Su questo computer non c&apos;è un gestore di file per mostrare “{name}”. Si trova in {folder}.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="79"/>
        <source>Saving progress</source>
        <translation>Avanzamento del salvataggio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="80"/>
        <source>Stop saving</source>
        <translation>Interrompi salvataggio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="81"/>
        <source>Stop saving the results</source>
        <translation>Interrompi il salvataggio dei risultati</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="128"/>
        <source>The text is copied. Paste it wherever you like.</source>
        <translation>Testo copiato negli appunti. Incollalo dove vuoi.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="143"/>
        <source>Save the results in…</source>
        <translation>Salva i risultati in…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="147"/>
        <source>Save here</source>
        <translation>Salva qui</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="187"/>
        <source>Could not save the results: {reason}</source>
        <translation>Impossibile salvare i risultati: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="235"/>
        <source>Could not save in your Nextcloud: {reason}</source>
        <translation>Impossibile salvare nel tuo Nextcloud: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="242"/>
        <source>Saved in your Nextcloud: {path}</source>
        <translation>Salvato nel tuo Nextcloud: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="244"/>
        <source>%n file(s) saved in your Nextcloud: {folder}</source>
        <translation>
            <numerusform>%n file salvato nel tuo Nextcloud: {folder}</numerusform>
            <numerusform>%n file salvati nel tuo Nextcloud: {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="245"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="250"/>
        <source>Saving file {index} of {count}…</source>
        <translation>Salvataggio del file {index} di {count}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="259"/>
        <source>%n result file(s) saved automatically in {folder}.</source>
        <translation>
            <numerusform>%n file del risultato salvato automaticamente in {folder}.</numerusform>
            <numerusform>%n file dei risultati salvati automaticamente in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="261"/>
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n file salvato in {folder}.</numerusform>
            <numerusform>%n file salvati in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="263"/>
        <source>Show in folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="318"/>
        <source>This computer has no application that opens “{name}”. Save it to a folder and open it from there, or install an application for this kind of file.</source>
        <translation>Su questo computer non c&apos;è un&apos;applicazione in grado di aprire “{name}”. Salvalo in una cartella e aprilo da lì, oppure installa un&apos;applicazione per questo tipo di file.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="329"/>
        <source>Save to…</source>
        <translation>Salva in…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="349"/>
        <source>This computer has no file manager to show “{name}”. It is in {folder}.</source>
        <translation>Su questo computer non c&apos;è un gestore di file per mostrare “{name}”. Si trova in {folder}.</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="70"/>
        <source>Queued before nctask-desktop was closed; sending it now.</source>
        <translation>Messa in coda prima della chiusura di nctask-desktop; invio in corso.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="74"/>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="78"/>
        <source>Uploading files… {percent} %</source>
        <translation>Caricamento dei file… {percent} %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="84"/>
        <source>Not sent yet: {reason}</source>
        <translation>Non ancora inviata: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="94"/>
        <location filename="../nctask_desktop/ui/session_panel.py" line="420"/>
        <source>Waiting: the server allows 20 new tasks per 2 minutes.</source>
        <translation>In attesa: il server consente 20 nuove attività ogni 2 minuti.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="103"/>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="105"/>
        <source>Paused: sign in again to send it.</source>
        <translation>In pausa: accedi di nuovo per inviarla.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="107"/>
        <source>Cancelled before it was sent.</source>
        <translation>Annullata prima dell&apos;invio.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="110"/>
        <source>Not sent: {reason}</source>
        <translation>Non inviata: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="117"/>
        <location filename="../nctask_desktop/ui/session_panel.py" line="137"/>
        <source>Sent.</source>
        <translation>Inviata.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="120"/>
        <source>Sent; waiting for the server to start it.</source>
        <translation>Inviata; in attesa che il server la avvii.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="125"/>
        <source>Running… {percent} %</source>
        <translation>In esecuzione… {percent} %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="128"/>
        <source>Running…</source>
        <translation>In esecuzione…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="130"/>
        <source>Done.</source>
        <translation>Completata.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="136"/>
        <source>Cancelled.</source>
        <translation>Annullata.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="321"/>
        <source>Sent in this session</source>
        <translation>Inviate in questa sessione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="326"/>
        <source>Tasks you submit appear here while they are sent and run. Their results will also be in the Assistant of your Nextcloud.</source>
        <translation>Le attività che invii compaiono qui mentre vengono inviate ed eseguite. I loro risultati saranno anche nell&apos;Assistant del tuo Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="341"/>
        <source>Tasks sent in this session</source>
        <translation>Attività inviate in questa sessione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="345"/>
        <source>Send queue</source>
        <translation>Coda di invio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="349"/>
        <source>Cancel sending</source>
        <translation>Annulla invio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="350"/>
        <source>Cancel sending the selected task</source>
        <translation>Annulla l&apos;invio dell&apos;attività selezionata</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="404"/>
        <source>%n task(s) wait for the server to be reachable. They are kept, also if you quit, and sent as soon as it answers.</source>
        <translation>
            <numerusform>%n attività attende che il server sia raggiungibile. Viene conservata anche se chiudi l&apos;app e sarà inviata appena il server risponde.</numerusform>
            <numerusform>%n attività attendono che il server sia raggiungibile. Vengono conservate anche se chiudi l&apos;app e saranno inviate appena il server risponde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="412"/>
        <source>Sending %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>Invio in corso di %n attività rimasta in sospeso all&apos;ultima chiusura di nctask-desktop.</numerusform>
            <numerusform>Invio in corso di %n attività rimaste in sospeso all&apos;ultima chiusura di nctask-desktop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="424"/>
        <source>%n task(s) in the queue.</source>
        <translation>
            <numerusform>%n attività in coda.</numerusform>
            <numerusform>%n attività in coda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="429"/>
        <source>%n task(s) being sent.</source>
        <translation>
            <numerusform>%n attività in fase di invio.</numerusform>
            <numerusform>%n attività in fase di invio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="437"/>
        <source>Sent after the restart: %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>Inviata dopo il riavvio: %n attività rimasta in sospeso all&apos;ultima chiusura di nctask-desktop.</numerusform>
            <numerusform>Inviate dopo il riavvio: %n attività rimaste in sospeso all&apos;ultima chiusura di nctask-desktop.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="473"/>
        <source>Deleted.</source>
        <translation>Eliminata.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="475"/>
        <source>The server no longer has this task.</source>
        <translation>Il server non ha più questa attività.</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Prossimo tentativo tra %n secondo.</numerusform>
            <numerusform>Prossimo tentativo tra %n secondi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="52"/>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="56"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="56"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="59"/>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="24"/>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="25"/>
        <source>Dismiss the message about the history file</source>
        <translation>Ignora il messaggio sul file della cronologia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="39"/>
        <source>Your task history on this computer was damaged, so it was set aside and is being read again from your server. Tasks your server no longer keeps (older than about a week) are in the old copy: {path}</source>
        <translation>La cronologia delle attività su questo computer era danneggiata, quindi è stata messa da parte e viene riletta dal tuo server. Le attività che il tuo server non conserva più (più vecchie di circa una settimana) si trovano nella vecchia copia: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="45"/>
        <source>Your task history was written by a newer version of nctask-desktop, so it was set aside unchanged and is being read again from your server. Tasks your server no longer keeps (older than about a week) are in the newer version&apos;s copy: {path}</source>
        <translation>La cronologia delle attività è stata scritta da una versione più recente di nctask-desktop, quindi è stata messa da parte senza modifiche e viene riletta dal tuo server. Le attività che il tuo server non conserva più (più vecchie di circa una settimana) si trovano nella copia della versione più recente: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="51"/>
        <source>Your task history on this computer could not be opened ({reason}): {path}. Your tasks are read from your server, but nothing is kept after you quit. Check that you may read and write that file and its folder, then start nctask-desktop again.</source>
        <translation>Impossibile aprire la cronologia delle attività su questo computer ({reason}): {path}. Le tue attività vengono lette dal tuo server, ma non viene conservato nulla quando chiudi l&apos;app. Controlla di avere il permesso di leggere e scrivere quel file e la sua cartella, poi avvia di nuovo nctask-desktop.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="55"/>
        <source>Show the file</source>
        <translation>Mostra il file</translation>
    </message>
</context>
<context>
    <name>TaskChoiceDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="78"/>
        <source>Choose a task</source>
        <translation>Scegli un&apos;attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="82"/>
        <source>Which task should take {name}?</source>
        <translation>Quale attività vuoi usare per {name}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/open_with.py" line="84"/>
        <source>Which task should take these %n files?</source>
        <translation>
            <numerusform>Quale attività vuoi usare per questo file (%n)?</numerusform>
            <numerusform>Quale attività vuoi usare per questi %n file?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="89"/>
        <source>Tasks that take the files</source>
        <translation>Attività che accettano i file</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="124"/>
        <source>Choose a task above to see where it stands and its results.</source>
        <translation>Scegli un&apos;attività qui sopra per vederne lo stato e i risultati.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="155"/>
        <source>The task&apos;s input</source>
        <translation>I dati dell&apos;attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="161"/>
        <source>Where the task stands</source>
        <translation>Stato dell&apos;attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="164"/>
        <source>Progress of the task</source>
        <translation>Avanzamento dell&apos;attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="174"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="181"/>
        <source>Save all</source>
        <translation>Salva tutto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="182"/>
        <source>Save all results in the download folder</source>
        <translation>Salva tutti i risultati nella cartella dei download</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="184"/>
        <source>Save all to…</source>
        <translation>Salva tutto in…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="186"/>
        <source>Save all results to a folder you choose</source>
        <translation>Salva tutti i risultati in una cartella a tua scelta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="189"/>
        <source>Save to Nextcloud…</source>
        <translation>Salva in Nextcloud…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="191"/>
        <source>Save the results in a folder of your Nextcloud</source>
        <translation>Salva i risultati in una cartella del tuo Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="200"/>
        <source>Saved on this computer</source>
        <translation>Salvati su questo computer</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="207"/>
        <source>Input files</source>
        <translation>File forniti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="209"/>
        <source>Show input files</source>
        <translation>Mostra i file forniti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="210"/>
        <source>Download and show the task&apos;s input files</source>
        <translation>Scarica e mostra i file forniti all&apos;attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="288"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="462"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="536"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="288"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="462"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="537"/>
        <source>Open {name}</source>
        <translation>Apri {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="328"/>
        <source>Submitted {when}</source>
        <translation>Inviata {when}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="329"/>
        <source>task {id}</source>
        <translation>attività {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="331"/>
        <source>from “{app}”</source>
        <translation>da “{app}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="341"/>
        <source>Waiting for the server to start it (for {time}).</source>
        <translation>In attesa che il server la avvii (da {time}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="345"/>
        <source>Running for {time}.</source>
        <translation>In esecuzione da {time}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="347"/>
        <source>Running for {time} — {percent}% done.</source>
        <translation>In esecuzione da {time} — completata al {percent}%.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="355"/>
        <source>Done at {time}.</source>
        <translation>Completata alle {time}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="357"/>
        <source>Done at {time}, after {duration}.</source>
        <translation>Completata alle {time}, dopo {duration}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="360"/>
        <source>Done.</source>
        <translation>Completata.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="362"/>
        <source>Failed.</source>
        <translation>Non riuscita.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="364"/>
        <source>Cancelled.</source>
        <translation>Annullata.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="372"/>
        <source>Expected to be done around {time} (in {left}).</source>
        <translation>Dovrebbe essere completata verso le {time} (tra {left}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="375"/>
        <source>It is taking longer than the server expected ({time}).</source>
        <translation>Sta richiedendo più tempo di quanto previsto dal server ({time}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="385"/>
        <source>The server no longer has this task: it removes old tasks after a while, or the task was deleted elsewhere. What you saved on this computer is kept.</source>
        <translation>Il server non ha più questa attività: dopo un po&apos; di tempo rimuove le attività vecchie, oppure l&apos;attività è stata eliminata altrove. Quello che hai salvato su questo computer resta.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="393"/>
        <source>Task id: {id}</source>
        <translation>ID attività: {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="399"/>
        <source>Still waiting after {time}. The server may have no worker running: tasks start when its background jobs run. If this stays so, tell the server&apos;s administrator.</source>
        <translation>Ancora in attesa dopo {time}. Forse sul server non è attivo nessun processo di elaborazione (worker): le attività partono quando vengono eseguite le sue operazioni in background. Se la situazione non cambia, avvisa l&apos;amministratore del server.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="458"/>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="458"/>
        <source>Play {name} in your audio player</source>
        <translation>Riproduci {name} nel tuo lettore audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="466"/>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="466"/>
        <source>Save {name} to a folder</source>
        <translation>Salva {name} in una cartella</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="478"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="479"/>
        <source>Copy “{name}”</source>
        <translation>Copia “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="488"/>
        <source>Not available while signed out.</source>
        <translation>Non disponibile finché non accedi.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="495"/>
        <source>The server no longer has this file.</source>
        <translation>Il server non ha più questo file.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="534"/>
        <source>{name} (moved or deleted)</source>
        <translation>{name} (spostato o eliminato)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="540"/>
        <source>Show in folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="541"/>
        <source>Show {name} in its folder</source>
        <translation>Mostra {name} nella sua cartella</translation>
    </message>
</context>
<context>
    <name>TaskTypeModel</name>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="104"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="113"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="187"/>
        <source>Characters: {count}</source>
        <translation>Caratteri: {count}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="193"/>
        <source>This text is longer than {limit} characters. The server may refuse it or cut it short.</source>
        <translation>Questo testo supera i {limit} caratteri. Il server potrebbe rifiutarlo o troncarlo.</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="205"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="206"/>
        <source>{name}: open it large</source>
        <translation>{name}: apri in grande</translation>
    </message>
</context>
<context>
    <name>TypeBrowser</name>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="58"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="59"/>
        <source>Translate</source>
        <translation>Traduzione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="60"/>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="61"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="62"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="199"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="200"/>
        <source>Search tasks</source>
        <translation>Cerca attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="209"/>
        <source>Refresh the list of tasks ({key})</source>
        <translation>Aggiorna l&apos;elenco delle attività ({key})</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="215"/>
        <source>Refresh the list of tasks</source>
        <translation>Aggiorna l&apos;elenco delle attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="234"/>
        <source>Task types</source>
        <translation>Tipi di attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="245"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="246"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="255"/>
        <source>No task matches your search.</source>
        <translation>Nessuna attività corrisponde alla ricerca.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="273"/>
        <source>This server offers no AI tasks yet.</source>
        <translation>Questo server non offre ancora attività di IA.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="275"/>
        <source>Ask the administrator to install the Assistant app and an AI provider (for example a local language model).</source>
        <translation>Chiedi all&apos;amministratore di installare l&apos;app Assistant e un fornitore di IA (per esempio un modello linguistico locale).</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="92"/>
        <source>Record a message</source>
        <translation>Registra un messaggio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="93"/>
        <source>Use this recording</source>
        <translation>Usa questa registrazione</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="110"/>
        <source>Turning your recording into text…</source>
        <translation>Conversione della registrazione in testo…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="110"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="112"/>
        <source>Stop turning the recording into text</source>
        <translation>Interrompi la conversione della registrazione in testo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="128"/>
        <source>Your recording is in the message box as text. Check it, then send it.</source>
        <translation>La tua registrazione è ora nella casella del messaggio come testo. Controlla il testo, poi invialo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="154"/>
        <source>The recording could not be sent: {reason}</source>
        <translation>Impossibile inviare la registrazione: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="176"/>
        <source>The recording could not be turned into text. {reason}</source>
        <translation>Impossibile convertire la registrazione in testo. {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="185"/>
        <source>No words were heard in the recording.</source>
        <translation>Nella registrazione non è stata riconosciuta nessuna parola.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="35"/>
        <source>Welcome to {app}</source>
        <translation>Ti diamo il benvenuto in {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="41"/>
        <source>Use the AI features of your own Nextcloud from your desktop: write and summarise text, translate, create images, transcribe recordings — with your own files, on your own server.</source>
        <translation>Usa le funzioni di IA del tuo Nextcloud direttamente dal computer: scrivi e riassumi testi, traduci, crea immagini, trascrivi registrazioni — con i tuoi file, sul tuo server.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="50"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="51"/>
        <source>Connect to your Nextcloud</source>
        <translation>Collegati al tuo Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="59"/>
        <source>You sign in through your browser; this app gets its own app password, which you can revoke in your Nextcloud at any time. It needs Nextcloud 30 or newer.</source>
        <translation>Accedi tramite il browser; questa app riceve una propria password per l&apos;applicazione, che puoi revocare in qualsiasi momento dal tuo Nextcloud. Serve Nextcloud 30 o successivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="66"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="67"/>
        <source>Try it without an account</source>
        <translation>Provala senza account</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="73"/>
        <source>Starts a simulated Nextcloud on this computer, so you can try every feature. Nothing is sent anywhere; the results are examples, and the demo forgets its tasks when you quit.</source>
        <translation>Avvia un Nextcloud simulato su questo computer, così puoi provare tutte le funzioni. Non viene inviato nulla da nessuna parte; i risultati sono solo esempi e la demo dimentica le sue attività quando chiudi l&apos;app.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="128"/>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="57"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="58"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="60"/>
        <source>S&amp;witch account</source>
        <translation>&amp;Cambia account</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="62"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="64"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="68"/>
        <source>&amp;Quick text…</source>
        <translation>&amp;Testo rapido…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="72"/>
        <source>Summarise, translate or ask about the text in the clipboard</source>
        <translation>Riassumi o traduci il testo negli appunti, oppure fai domande su di esso</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="74"/>
        <source>Run on &amp;many files…</source>
        <translation>Esegui su più &amp;file…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="75"/>
        <source>One task per file, the other inputs filled once</source>
        <translation>Un&apos;attività per file; gli altri campi si compilano una volta sola</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="86"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="88"/>
        <source>&amp;Refresh task list</source>
        <translation>&amp;Aggiorna elenco attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="93"/>
        <source>&amp;Find a task</source>
        <translation>Ce&amp;rca un&apos;attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="97"/>
        <source>&amp;New task</source>
        <translation>&amp;Nuova attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="99"/>
        <source>&amp;History</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="100"/>
        <source>&amp;Chat</source>
        <translation>C&amp;hat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="106"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="108"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="112"/>
        <source>Open the &amp;log folder</source>
        <translation>Apri la cartella dei &amp;registri</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="114"/>
        <source>&amp;Report a problem…</source>
        <translation>Segnala un &amp;problema…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="117"/>
        <source>Write one zip file with the logs and settings, to attach to a problem report</source>
        <translation>Crea un file zip con i registri e le impostazioni, da allegare a una segnalazione di problema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="119"/>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="145"/>
        <source>Open the context menu</source>
        <translation>Apri il menu contestuale</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="145"/>
        <source>Menu key, or Shift+F10</source>
        <translation>Tasto Menu, oppure Shift+F10</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="146"/>
        <source>Next or previous control</source>
        <translation>Elemento successivo o precedente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="146"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="43"/>
        <source>New task, history or chat</source>
        <translation>Nuova attività, cronologia o chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="47"/>
        <source>New task</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="57"/>
        <location filename="../nctask_desktop/ui/work_page.py" line="105"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="60"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/work_page.py" line="105"/>
        <source>History (%n running)</source>
        <translation>
            <numerusform>Cronologia (%n in corso)</numerusform>
            <numerusform>Cronologia (%n in corso)</numerusform>
        </translation>
    </message>
</context>
</TS>
