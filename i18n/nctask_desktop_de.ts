<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="134"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="140"/>
        <source>Version {version} ({name}), with Qt {qt} and Python {python}</source>
        <translation>Version {version} ({name}), mit Qt {qt} und Python {python}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="153"/>
        <source>Runs the AI tasks of your own Nextcloud server from your desktop, with your own files. Free software under the GNU Affero General Public License, version 3 or later.</source>
        <translation>Startet die KI-Aufgaben deines eigenen Nextcloud-Servers von deinem Desktop aus, mit deinen eigenen Dateien. Freie Software unter der GNU Affero General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="164"/>
        <source>The project&apos;s address: {url}</source>
        <translation>Adresse des Projekts: {url}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="167"/>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="172"/>
        <source>Libraries and their licences</source>
        <translation>Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="173"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>AccountArea</name>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="45"/>
        <source>{account} — sign in again</source>
        <translation>{account} — erneut anmelden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="53"/>
        <source>Simulated server on this computer</source>
        <translation>Simulierter Server auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="70"/>
        <source>You are trying the app with a simulated Nextcloud on this computer. The results are examples, and the demo forgets its tasks when you quit. Connect your own Nextcloud whenever you like.</source>
        <translation>Du probierst die App mit einer simulierten Nextcloud auf diesem Computer aus. Die Ergebnisse sind Beispiele, und die Demo vergisst ihre Aufgaben, wenn du die App beendest. Verbinde deine eigene Nextcloud, wann immer du möchtest.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="74"/>
        <source>Connect your Nextcloud</source>
        <translation>Deine Nextcloud verbinden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="83"/>
        <source>This computer has no usable keychain, so your app password is kept only until you quit the app. You will need to sign in again next time.</source>
        <translation>Dieser Computer hat keinen nutzbaren Schlüsselbund, daher wird dein App-Passwort nur gespeichert, bis du die App beendest. Beim nächsten Mal musst du dich erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="97"/>
        <source>Your app password for {server} was not kept on this computer, because it has no keychain. Nothing was deleted. Sign in again to continue.</source>
        <translation>Dein App-Passwort für {server} wurde auf diesem Computer nicht gespeichert, weil er keinen Schlüsselbund hat. Es wurde nichts gelöscht. Melde dich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="103"/>
        <source>Your app password for {server} is no longer in this computer&apos;s keychain. Nothing was deleted. Sign in again to continue.</source>
        <translation>Dein App-Passwort für {server} ist nicht mehr im Schlüsselbund dieses Computers. Es wurde nichts gelöscht. Melde dich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="108"/>
        <source>{server} no longer accepts this app&apos;s password (it may have been revoked). Nothing was deleted. Sign in again to continue.</source>
        <translation>{server} akzeptiert das Passwort dieser App nicht mehr (vielleicht wurde es widerrufen). Es wurde nichts gelöscht. Melde dich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="112"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="119"/>
        <location filename="../nctask_desktop/ui/account_area.py" line="125"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="120"/>
        <source>Sign out of {account}?</source>
        <translation>Von {account} abmelden?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="122"/>
        <source>The app password is revoked on the server and removed from this computer, with your unsent drafts. Your tasks and files in Nextcloud stay.</source>
        <translation>Das App-Passwort wird auf dem Server widerrufen und zusammen mit deinen nicht gesendeten Entwürfen von diesem Computer entfernt. Deine Aufgaben und Dateien in Nextcloud bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="131"/>
        <source>Signed out here, but the server could not be told to revoke the app password: {reason} You can revoke it in your Nextcloud under Settings → Security.</source>
        <translation>Du wurdest hier abgemeldet, aber der Server konnte nicht angewiesen werden, das App-Passwort zu widerrufen: {reason} Du kannst es in deiner Nextcloud unter Einstellungen → Sicherheit widerrufen.</translation>
    </message>
</context>
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="116"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="118"/>
        <source>Switch account</source>
        <translation>Konto wechseln</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="124"/>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="125"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="126"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="127"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="79"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="114"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="79"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="114"/>
        <source>Connect to your Nextcloud</source>
        <translation>Mit deiner Nextcloud verbinden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="92"/>
        <source>This computer has no usable keychain, so the app password is kept only until you quit the app. You will need to sign in again next time.</source>
        <translation>Dieser Computer hat keinen nutzbaren Schlüsselbund, daher wird das App-Passwort nur gespeichert, bis du die App beendest. Beim nächsten Mal musst du dich erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="119"/>
        <source>cloud.example.org</source>
        <translation>cloud.example.org</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="121"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="125"/>
        <source>The address you type in your browser to open your Nextcloud.</source>
        <translation>Die Adresse, die du im Browser eingibst, um deine Nextcloud zu öffnen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="136"/>
        <source>Use an app &amp;password instead</source>
        <translation>Stattdessen ein App-&amp;Passwort verwenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="138"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="193"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="232"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="140"/>
        <source>Sign in with your &amp;browser</source>
        <translation>Mit dem &amp;Browser anmelden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="151"/>
        <source>Finish signing in in your browser</source>
        <translation>Anmeldung im Browser abschließen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="154"/>
        <source>Your browser shows the login page of your Nextcloud. Log in there and choose “Grant access”. This window continues by itself.</source>
        <translation>Dein Browser zeigt die Anmeldeseite deiner Nextcloud. Melde dich dort an und wähle „Zugriff gewähren“. Dieses Fenster macht danach von selbst weiter.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="163"/>
        <source>No browser window? Copy the link and open it in your browser.</source>
        <translation>Kein Browserfenster? Kopiere den Link und öffne ihn in deinem Browser.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="169"/>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="171"/>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="174"/>
        <source>&amp;Open browser again</source>
        <translation>Browser &amp;erneut öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="184"/>
        <source>Waiting for you to grant access…</source>
        <translation>Warten, bis du den Zugriff gewährst…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="191"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="231"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="193"/>
        <source>Cancel signing in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="201"/>
        <source>Sign in with an app password</source>
        <translation>Mit einem App-Passwort anmelden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="206"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="208"/>
        <source>&amp;Login name:</source>
        <translation>Anmelde&amp;name:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="214"/>
        <source>App &amp;password:</source>
        <translation>App-&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="219"/>
        <source>Create an app password in your Nextcloud in the browser: Settings → Security → “Create new app password”. Copy the login name and the password it shows.</source>
        <translation>Erstelle im Browser in deiner Nextcloud ein App-Passwort: Einstellungen → Sicherheit → „Neues App-Passwort erstellen“. Kopiere den Anmeldenamen und das Passwort, die dort angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="233"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="304"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="366"/>
        <source>Connect with http://</source>
        <translation>Mit http:// verbinden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="340"/>
        <source>Fill in the login name and the app password.</source>
        <translation>Gib den Anmeldenamen und das App-Passwort ein.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="362"/>
        <source>An address with http:// connects without encryption: others on the network could read your password and your files. Use https:// if your server offers it, or connect with http:// only on a network you trust.</source>
        <translation>Eine Adresse mit http:// verbindet ohne Verschlüsselung: Andere im Netzwerk könnten dein Passwort und deine Dateien mitlesen. Verwende https://, wenn dein Server das anbietet, oder verbinde dich mit http:// nur in einem Netzwerk, dem du vertraust.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="470"/>
        <source>The link is copied. Paste it into your browser.</source>
        <translation>Der Link wurde kopiert. Füge ihn in deinen Browser ein.</translation>
    </message>
</context>
<context>
    <name>AccountFlows</name>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="149"/>
        <source>{server} asked for the data of {name} on this computer to be removed (a remote wipe): its history, drafts and app password are gone from here. Files you saved are kept.</source>
        <translation>{server} hat verlangt, dass die Daten von {name} auf diesem Computer entfernt werden (Fernlöschung): Verlauf, Entwürfe und App-Passwort sind hier gelöscht. Von dir gespeicherte Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="168"/>
        <source>Trusted: {old}</source>
        <translation>Bisher vertraut: {old}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="171"/>
        <source>Now: {new}</source>
        <translation>Jetzt: {new}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="184"/>
        <source>Demo User</source>
        <translation>Demo-Benutzer</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="33"/>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="34"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="35"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="36"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
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
        <translation>Avatar von {name}</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="61"/>
        <source>Run on many files</source>
        <translation>Für viele Dateien ausführen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="63"/>
        <source>Run “{task}” on many files</source>
        <translation>„{task}“ für viele Dateien ausführen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="71"/>
        <source>One task for each file. The other inputs are taken from the form, the same for every file.</source>
        <translation>Eine Aufgabe pro Datei. Die anderen Eingaben werden aus dem Formular übernommen, für jede Datei gleich.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="83"/>
        <source>The &amp;input that changes:</source>
        <translation>Die &amp;Eingabe, die wechselt:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="84"/>
        <source>The input that changes from file to file</source>
        <translation>Die Eingabe, die von Datei zu Datei wechselt</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="89"/>
        <source>&amp;Files:</source>
        <translation>&amp;Dateien:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="92"/>
        <source>The files, one task each</source>
        <translation>Die Dateien, je eine Aufgabe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="99"/>
        <source>How many files</source>
        <translation>Anzahl der Dateien</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="101"/>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="104"/>
        <source>Add a f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="107"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="110"/>
        <source>Remove the selected files</source>
        <translation>Die ausgewählten Dateien entfernen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="118"/>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="121"/>
        <source>&amp;Next to each file</source>
        <translation>&amp;Neben jeder Datei</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="123"/>
        <source>In &amp;this folder:</source>
        <translation>&amp;In diesem Ordner:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="128"/>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="242"/>
        <source>(none chosen)</source>
        <translation>(keiner ausgewählt)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="131"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="134"/>
        <source>Choose the folder for the results</source>
        <translation>Ordner für die Ergebnisse auswählen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="145"/>
        <source>Each result is named after its file (interview.wav gives interview.txt); a file already there is never replaced.</source>
        <translation>Jedes Ergebnis wird nach seiner Datei benannt (aus interview.wav wird interview.txt); eine bereits vorhandene Datei wird nie ersetzt.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="153"/>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="156"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="156"/>
        <source>Start the tasks</source>
        <translation>Die Aufgaben starten</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="210"/>
        <source>Files: {n}, one task each.</source>
        <translation>Dateien: {n}, je eine Aufgabe.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="212"/>
        <source>Add {kinds}, or a folder that holds some.</source>
        <translation>Füge {kinds} hinzu oder einen Ordner, der welche enthält.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="214"/>
        <source>Left out, as “{input}” does not take them: {n}.</source>
        <translation>Weggelassen, weil „{input}“ sie nicht verwenden kann: {n}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="223"/>
        <source>Fill in the form first: {inputs}. Close this window, fill them in, and choose Run on many files again.</source>
        <translation>Fülle zuerst das Formular aus: {inputs}. Schließe dieses Fenster, fülle die Felder aus und wähle dann erneut „Für viele Dateien ausführen“.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="228"/>
        <source>Choose the folder for the results.</source>
        <translation>Wähle den Ordner für die Ergebnisse aus.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="249"/>
        <source>Save the results in…</source>
        <translation>Ergebnisse speichern in…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="252"/>
        <source>Save here</source>
        <translation>Hier speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="262"/>
        <source>Add {kinds}</source>
        <translation>{kinds} hinzufügen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="269"/>
        <source>Add the files of a folder</source>
        <translation>Die Dateien eines Ordners hinzufügen</translation>
    </message>
</context>
<context>
    <name>BatchFlow</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_flow.py" line="194"/>
        <source>Choose a task that takes a file (such as audio or an image) first.</source>
        <translation>Wähle zuerst eine Aufgabe, die eine Datei verwendet (zum Beispiel Audio oder ein Bild).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_flow.py" line="246"/>
        <source>the marked inputs</source>
        <translation>die markierten Eingaben</translation>
    </message>
</context>
<context>
    <name>BatchItemsModel</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="428"/>
        <location filename="../nctask_desktop/ui/batch_view.py" line="432"/>
        <source>Runs on many files</source>
        <translation>Ausführungen für viele Dateien</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="47"/>
        <source>Waiting its turn</source>
        <translation>Wartet, bis sie an der Reihe ist</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="48"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="49"/>
        <source>Waiting for the server&apos;s limit</source>
        <translation>Wartet wegen der Grenze des Servers</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="50"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="51"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="52"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="53"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="54"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="56"/>
        <source>Sent; waiting for the server to start it</source>
        <translation>Gesendet; wartet darauf, dass der Server sie startet</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="69"/>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
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
        <translation>{task}: {done} von {total} fertig</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="111"/>
        <source>(paused)</source>
        <translation>(pausiert)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="218"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="218"/>
        <source>Pause the batch</source>
        <translation>Den Stapel pausieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="221"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="221"/>
        <source>Resume the batch</source>
        <translation>Den Stapel fortsetzen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="224"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="224"/>
        <source>Cancel the batch</source>
        <translation>Den Stapel abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="227"/>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="230"/>
        <source>Retry the failed files</source>
        <translation>Die fehlgeschlagenen Dateien wiederholen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="246"/>
        <source>Batch progress</source>
        <translation>Fortschritt des Stapels</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="250"/>
        <source>Files done, running, waiting and failed</source>
        <translation>Fertige, laufende, wartende und fehlgeschlagene Dateien</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="254"/>
        <source>The server&apos;s limit</source>
        <translation>Die Grenze des Servers</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="257"/>
        <source>Where the results go</source>
        <translation>Wohin die Ergebnisse kommen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="271"/>
        <source>The files of the batch</source>
        <translation>Die Dateien des Stapels</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="273"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="283"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="286"/>
        <source>Show the selected file&apos;s result in its folder</source>
        <translation>Das Ergebnis der ausgewählten Datei in seinem Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="290"/>
        <source>&amp;Open result</source>
        <translation>&amp;Ergebnis öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="293"/>
        <source>Open the selected file&apos;s result</source>
        <translation>Das Ergebnis der ausgewählten Datei öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="297"/>
        <source>Remove from the list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="300"/>
        <source>Remove the finished batch from the list</source>
        <translation>Den abgeschlossenen Stapel aus der Liste entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="322"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="323"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="324"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="325"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="328"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="331"/>
        <source>Results are saved next to each file.</source>
        <translation>Die Ergebnisse werden neben jeder Datei gespeichert.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="334"/>
        <source>Results are saved in {folder}.</source>
        <translation>Die Ergebnisse werden in {folder} gespeichert.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="352"/>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="354"/>
        <source>Paused: no new task is sent. Tasks already sent go on.</source>
        <translation>Pausiert: Es werden keine neuen Aufgaben gesendet. Bereits gesendete Aufgaben laufen weiter.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="360"/>
        <source>The server allows {limit} new tasks per {window}: the next one goes in {wait}.</source>
        <translation>Der Server erlaubt {limit} neue Aufgaben pro {window}: Die nächste wird in {wait} gesendet.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="407"/>
        <source>This computer has no application to open “{name}”. It is in {folder}.</source>
        <translation>Auf diesem Computer gibt es keine Anwendung, die „{name}“ öffnen kann. Die Datei liegt in {folder}.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="426"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="55"/>
        <source>A certificate this computer does not trust</source>
        <translation>Ein Zertifikat, dem dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="57"/>
        <source>Trust the certificate of {server}?</source>
        <translation>Dem Zertifikat von {server} vertrauen?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="64"/>
        <source>This computer does not trust the certificate the server presents. If it is your own server with its own certificate, compare the fingerprint below with the one its administrator sees on the server. Trust it only if they are the same: this account will then trust exactly this certificate, and refuse any other.</source>
        <translation>Dieser Computer vertraut dem Zertifikat nicht, das der Server vorlegt. Wenn es dein eigener Server mit einem eigenen Zertifikat ist, vergleiche den Fingerabdruck unten mit dem, den die Administration des Servers dort sieht. Vertraue ihm nur, wenn beide gleich sind: Dieses Konto vertraut dann genau diesem Zertifikat und lehnt jedes andere ab.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="84"/>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="85"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="86"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="87"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="88"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="98"/>
        <source>Trust this certificate for this account</source>
        <translation>Diesem Zertifikat für dieses Konto vertrauen</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="72"/>
        <source>The answer was cancelled.</source>
        <translation>Die Antwort wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="73"/>
        <source>The server no longer has this answer&apos;s task. Retry to ask again.</source>
        <translation>Die Aufgabe zu dieser Antwort gibt es auf dem Server nicht mehr. Mit „Erneut versuchen“ fragst du noch einmal.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="76"/>
        <source>This message did not reach the server before the app was closed.</source>
        <translation>Diese Nachricht hat den Server nicht erreicht, bevor die App geschlossen wurde.</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="50"/>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="95"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="98"/>
        <source>Check again whether your server offers chat</source>
        <translation>Erneut prüfen, ob dein Server Chat anbietet</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="142"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="145"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="151"/>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="160"/>
        <source>Chat: new conversation</source>
        <translation>Chat: Neue Unterhaltung</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="161"/>
        <source>Chat: send the message</source>
        <translation>Chat: Nachricht senden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="163"/>
        <source>Chat: new line in the message</source>
        <translation>Chat: Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="166"/>
        <source>Chat: rename the conversation</source>
        <translation>Chat: Unterhaltung umbenennen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="167"/>
        <source>Chat: delete the conversation</source>
        <translation>Chat: Unterhaltung löschen</translation>
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
        <translation>Melde dich bei deiner Nextcloud an, um mit ihrem Assistenten zu chatten.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="216"/>
        <source>Looking at what your server offers…</source>
        <translation>Es wird geprüft, was dein Server anbietet…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="219"/>
        <source>Your server does not offer chat</source>
        <translation>Dein Server bietet keinen Chat an</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="221"/>
        <source>Chat needs an AI app on your Nextcloud that provides it. Its administrator can enable one, for example “OpenAI and LocalAI integration” or “Local large language model” (llm2), together with the Assistant app. The other tasks your server offers are on the New task tab.</source>
        <translation>Für den Chat braucht deine Nextcloud eine KI-App, die ihn bereitstellt. Die Administration kann eine aktivieren, zum Beispiel „OpenAI and LocalAI integration“ oder „Local large language model“ (llm2), zusammen mit der Assistant-App. Die anderen Aufgaben, die dein Server anbietet, findest du im Tab „Neue Aufgabe“.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="278"/>
        <source>The conversation of that chat message was deleted.</source>
        <translation>Die Unterhaltung dieser Chatnachricht wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="281"/>
        <source>That chat message was sent from elsewhere (for example the Assistant in your browser): its conversation is not on this computer.</source>
        <translation>Diese Chatnachricht wurde anderswo gesendet (zum Beispiel über die Assistant-App im Browser): Ihre Unterhaltung ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="354"/>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="355"/>
        <source>Delete the conversation “{title}”?</source>
        <translation>Die Unterhaltung „{title}“ löschen?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="357"/>
        <source>Its messages and answers are deleted from this computer. This cannot be undone.</source>
        <translation>Ihre Nachrichten und Antworten werden von diesem Computer gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="359"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="53"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="57"/>
        <source>Still waiting for the server to start it. The server may have no worker running: tell its administrator if this stays so.</source>
        <translation>Wartet noch darauf, dass der Server sie startet. Vielleicht läuft auf dem Server kein Worker: Wende dich an die Administration des Servers, wenn das so bleibt.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="62"/>
        <source>Waiting for the server to start it</source>
        <translation>Wartet darauf, dass der Server sie startet</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="63"/>
        <source>Writing the answer…</source>
        <translation>Die Antwort wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>CollapsibleSection</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="86"/>
        <source>Expanded</source>
        <translation>Ausgeklappt</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="86"/>
        <source>Collapsed</source>
        <translation>Eingeklappt</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="196"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="78"/>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="212"/>
        <source>&amp;New conversation</source>
        <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="214"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Eine neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="216"/>
        <location filename="../nctask_desktop/ui/chat_list.py" line="217"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="221"/>
        <source>No conversations yet.</source>
        <translation>Noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="222"/>
        <source>No conversation matches the search.</source>
        <translation>Keine Unterhaltung passt zur Suche.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="123"/>
        <source>Ask anything. Your Nextcloud&apos;s assistant answers; the conversation is kept on this computer for this account. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Frag, was du möchtest. Der Assistent deiner Nextcloud antwortet; die Unterhaltung wird auf diesem Computer für dieses Konto gespeichert. Enter sendet, Shift+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="134"/>
        <source>Your message</source>
        <translation>Deine Nachricht</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="135"/>
        <source>Write a message…</source>
        <translation>Schreib eine Nachricht…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="137"/>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Enter sendet die Nachricht; Shift+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="141"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="142"/>
        <source>Record a message</source>
        <translation>Nachricht aufnehmen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="143"/>
        <source>Record a message: its words go into the message box</source>
        <translation>Nachricht aufnehmen: Die gesprochenen Wörter kommen ins Nachrichtenfeld</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="148"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="149"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="150"/>
        <source>Send the message (Enter)</source>
        <translation>Nachricht senden (Enter)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="161"/>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="162"/>
        <source>&amp;Instructions for the assistant in this conversation:</source>
        <translation>An&amp;weisungen für den Assistenten in dieser Unterhaltung:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="164"/>
        <source>Instructions for the assistant</source>
        <translation>Anweisungen für den Assistenten</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="169"/>
        <source>Use the usual instructions</source>
        <translation>Die üblichen Anweisungen verwenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="204"/>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="305"/>
        <source>Wait for the answer (or cancel it) before you send the next message.</source>
        <translation>Warte auf die Antwort (oder brich sie ab), bevor du die nächste Nachricht sendest.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="315"/>
        <source>The answer is copied. Paste it wherever you like.</source>
        <translation>Die Antwort wurde kopiert. Füge sie ein, wo du möchtest.</translation>
    </message>
</context>
<context>
    <name>DavEntryModel</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="112"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="113"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="143"/>
        <source>This file cannot be used here.</source>
        <translation>Diese Datei kann hier nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="147"/>
        <source>Folder {name}</source>
        <translation>Ordner {name}</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="150"/>
        <source>Show {app}</source>
        <translation>{app} anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="152"/>
        <source>Show the history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="154"/>
        <source>Quick text…</source>
        <translation>Schnelltext…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="156"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="392"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="396"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="442"/>
        <source>{value} (not offered)</source>
        <translation>{value} (nicht angeboten)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="45"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="66"/>
        <source>The details are also in the log file: {path}</source>
        <translation>Die Details stehen auch in der Protokolldatei: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="72"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="73"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="76"/>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="77"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="87"/>
        <source>The details are copied. Paste them into your report.</source>
        <translation>Die Details wurden kopiert. Füge sie in deinen Bericht ein.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../nctask_desktop/messages.py" line="67"/>
        <source>The file {name} was moved or deleted after you submitted it.</source>
        <translation>Die Datei {name} wurde verschoben oder gelöscht, nachdem du sie abgesendet hast.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="70"/>
        <source>Choose the file again in the form of this task type, then submit.</source>
        <translation>Wähle die Datei im Formular dieses Aufgabentyps erneut aus und sende die Aufgabe dann ab.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="77"/>
        <source>The file {name} changed after you submitted it.</source>
        <translation>Die Datei {name} wurde geändert, nachdem du sie abgesendet hast.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="78"/>
        <source>It was not sent, so that the task does not use a version you did not choose. Submit it again to send the file as it is now.</source>
        <translation>Sie wurde nicht gesendet, damit die Aufgabe keine Version verwendet, die du nicht ausgewählt hast. Sende die Aufgabe erneut ab, um die Datei in ihrem jetzigen Stand zu senden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="87"/>
        <source>This app is not allowed to write or read {path}.</source>
        <translation>Diese App darf {path} nicht lesen oder schreiben.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="88"/>
        <source>Choose another folder, or check the folder&apos;s permissions.</source>
        <translation>Wähle einen anderen Ordner oder prüfe die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="95"/>
        <source>The file {path} does not exist (any more).</source>
        <translation>Die Datei {path} existiert nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="96"/>
        <source>Check the name, or choose the file again.</source>
        <translation>Prüfe den Namen oder wähle die Datei erneut aus.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="101"/>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="102"/>
        <source>Free some space, then try again.</source>
        <translation>Gib etwas Speicherplatz frei und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="106"/>
        <source>A file could not be read or written: {reason}.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="107"/>
        <source>Check the file and folder, then try again.</source>
        <translation>Prüfe Datei und Ordner und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="111"/>
        <source>Something unexpected went wrong.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="112"/>
        <source>Please try again. If it keeps happening, report it with the log file.</source>
        <translation>Bitte versuche es erneut. Wenn es immer wieder passiert, melde es zusammen mit der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="125"/>
        <source>The disk is full: the result could not be saved in {folder}.</source>
        <translation>Der Datenträger ist voll: Das Ergebnis konnte nicht in {folder} gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="126"/>
        <source>The disk is full: the report could not be saved in {folder}.</source>
        <translation>Der Datenträger ist voll: Der Bericht konnte nicht in {folder} gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="127"/>
        <location filename="../nctask_desktop/messages.py" line="136"/>
        <source>Free some space or choose another folder, then save again.</source>
        <translation>Gib etwas Speicherplatz frei oder wähle einen anderen Ordner und speichere dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="130"/>
        <source>Your disk quota is used up: the result could not be saved in {folder}.</source>
        <translation>Dein Speicherkontingent ist aufgebraucht: Das Ergebnis konnte nicht in {folder} gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="133"/>
        <source>Your disk quota is used up: the report could not be saved in {folder}.</source>
        <translation>Dein Speicherkontingent ist aufgebraucht: Der Bericht konnte nicht in {folder} gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="139"/>
        <source>This app may not write in {folder}, so the result was not saved.</source>
        <translation>Diese App darf nicht in {folder} schreiben, deshalb wurde das Ergebnis nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="142"/>
        <source>This app may not write in {folder}, so the report was not saved.</source>
        <translation>Diese App darf nicht in {folder} schreiben, deshalb wurde der Bericht nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="145"/>
        <source>Choose another folder, or allow writing in this one, then save again.</source>
        <translation>Wähle einen anderen Ordner oder erlaube das Schreiben in diesem und speichere dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="150"/>
        <source>{folder} is on a read-only disk, so the result was not saved.</source>
        <translation>{folder} liegt auf einem schreibgeschützten Datenträger, deshalb wurde das Ergebnis nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="153"/>
        <source>{folder} is on a read-only disk, so the report was not saved.</source>
        <translation>{folder} liegt auf einem schreibgeschützten Datenträger, deshalb wurde der Bericht nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="156"/>
        <source>Choose another folder, then save again.</source>
        <translation>Wähle einen anderen Ordner und speichere dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="159"/>
        <source>The result could not be saved in {folder}: {reason}.</source>
        <translation>Das Ergebnis konnte nicht in {folder} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="160"/>
        <source>The report could not be saved in {folder}: {reason}.</source>
        <translation>Der Bericht konnte nicht in {folder} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="161"/>
        <source>Check the folder or choose another one, then save again.</source>
        <translation>Prüfe den Ordner oder wähle einen anderen und speichere dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="193"/>
        <source>{server} answers only over plain http. It is on this computer, so nothing leaves it.</source>
        <translation>{server} antwortet nur über einfaches http. Der Server läuft auf diesem Computer, es verlässt also nichts das Gerät.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="197"/>
        <source>Connect with http:// to go on.</source>
        <translation>Verbinde dich mit http://, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="200"/>
        <source>{server} answers only over plain http, without encryption: this is not a certificate problem.</source>
        <translation>{server} antwortet nur über einfaches http, ohne Verschlüsselung: Das ist kein Zertifikatsproblem.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="204"/>
        <source>You can connect with http://, but others on the network could read your password and your files. Do it only on a network you trust, or ask for https to be set up.</source>
        <translation>Du kannst dich mit http:// verbinden, aber andere im Netzwerk könnten dann dein Passwort und deine Dateien mitlesen. Tu das nur in einem Netzwerk, dem du vertraust, oder bitte darum, dass https eingerichtet wird.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="213"/>
        <source>You are not signed in to {server}.</source>
        <translation>Du bist nicht bei {server} angemeldet.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="214"/>
        <source>Sign in again to continue.</source>
        <translation>Melde dich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="217"/>
        <source>{server} did not accept the login name or app password.</source>
        <translation>{server} hat den Anmeldenamen oder das App-Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="218"/>
        <source>It may have been revoked. Sign in again to continue.</source>
        <translation>Vielleicht wurde es widerrufen. Melde dich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="224"/>
        <source>The server did not accept the input: {message}</source>
        <translation>Der Server hat die Eingabe nicht akzeptiert: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="225"/>
        <source>Correct it and try again.</source>
        <translation>Korrigiere sie und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="228"/>
        <source>The server did not accept the input.</source>
        <translation>Der Server hat die Eingabe nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="229"/>
        <source>Check the values and try again.</source>
        <translation>Prüfe die Werte und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="235"/>
        <source>The server refused: {message}</source>
        <translation>Der Server hat abgelehnt: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="236"/>
        <source>Choose files you own, or ask the owner to share them with you.</source>
        <translation>Wähle Dateien, die dir gehören, oder bitte die Person, der sie gehören, sie mit dir zu teilen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="240"/>
        <source>You do not have access to this on {server}.</source>
        <translation>Du hast auf {server} keinen Zugriff darauf.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="248"/>
        <source>That does not look like a server address.</source>
        <translation>Das sieht nicht wie eine Serveradresse aus.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="249"/>
        <source>Type it as you would in a browser, for example cloud.example.org.</source>
        <translation>Gib sie so ein wie im Browser, zum Beispiel cloud.example.org.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="255"/>
        <source>The security certificate of {server} has changed since you trusted it, so nothing was sent.</source>
        <translation>Das Sicherheitszertifikat von {server} hat sich geändert, seit du ihm vertraut hast; deshalb wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="259"/>
        <source>Ask the server&apos;s administrator whether it was renewed. If it was, sign in again to trust the new one; if not, someone may be listening in between.</source>
        <translation>Frag die Administration des Servers, ob es erneuert wurde. Falls ja, melde dich erneut an, um dem neuen Zertifikat zu vertrauen; falls nicht, könnte jemand die Verbindung abhören.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="266"/>
        <source>The security certificate of {server} is not trusted by this computer, so the connection was stopped.</source>
        <translation>Dieser Computer vertraut dem Sicherheitszertifikat von {server} nicht, deshalb wurde die Verbindung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="270"/>
        <source>Check the address. If it is your own server with its own certificate, you can trust it after checking its fingerprint with the server&apos;s administrator.</source>
        <translation>Prüfe die Adresse. Wenn es dein eigener Server mit einem eigenen Zertifikat ist, kannst du dem Zertifikat vertrauen, nachdem du seinen Fingerabdruck mit der Administration des Servers abgeglichen hast.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="277"/>
        <source>{server} took too long to answer.</source>
        <translation>{server} hat zu lange für eine Antwort gebraucht.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="278"/>
        <source>Check your internet connection and try again in a moment.</source>
        <translation>Prüfe deine Internetverbindung und versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="282"/>
        <source>Could not reach {server}.</source>
        <translation>{server} konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="283"/>
        <source>Check the address and your internet connection, then try again.</source>
        <translation>Prüfe die Adresse und deine Internetverbindung und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="289"/>
        <source>{server} sent the connection somewhere else, which this app does not follow for your safety.</source>
        <translation>{server} hat die Verbindung woandershin umgeleitet; dem folgt diese App zu deiner Sicherheit nicht.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="293"/>
        <source>Use the address your Nextcloud shows in the browser after you have logged in.</source>
        <translation>Verwende die Adresse, die deine Nextcloud im Browser anzeigt, nachdem du dich angemeldet hast.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="300"/>
        <source>{server} does not answer like a Nextcloud server.</source>
        <translation>{server} antwortet nicht wie ein Nextcloud-Server.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="301"/>
        <source>Check the address. If you are on a hotel or guest network, log in to it in your browser first.</source>
        <translation>Prüfe die Adresse. Wenn du in einem Hotel- oder Gastnetzwerk bist, melde dich dort zuerst im Browser an.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="308"/>
        <source>{server} is in maintenance mode or being updated.</source>
        <translation>{server} ist im Wartungsmodus oder wird gerade aktualisiert.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="309"/>
        <source>Try again later; nothing you entered is lost.</source>
        <translation>Versuche es später erneut; deine Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="313"/>
        <source>The server allows 20 new tasks per 2 minutes, and that limit is reached.</source>
        <translation>Der Server erlaubt 20 neue Aufgaben pro 2 Minuten, und diese Grenze ist erreicht.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="316"/>
        <source>Wait a minute or two, then try again.</source>
        <translation>Warte ein oder zwei Minuten und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="320"/>
        <source>This kind of task is not available on {server} right now.</source>
        <translation>Dieser Aufgabentyp ist auf {server} gerade nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="321"/>
        <source>Ask the administrator to enable an app that provides it, or choose another task.</source>
        <translation>Wende dich an die Administration, damit sie eine App aktiviert, die diesen Aufgabentyp bereitstellt, oder wähle eine andere Aufgabe.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="328"/>
        <source>The server no longer has this.</source>
        <translation>Das gibt es auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="329"/>
        <source>It may have been deleted, or removed after the server&apos;s retention time.</source>
        <translation>Vielleicht wurde es gelöscht oder nach Ablauf der Aufbewahrungszeit des Servers entfernt.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="335"/>
        <source>Your Nextcloud storage is full.</source>
        <translation>Dein Nextcloud-Speicher ist voll.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="336"/>
        <source>Delete some files in Nextcloud, then try again.</source>
        <translation>Lösche einige Dateien in Nextcloud und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="340"/>
        <source>The sign-in link expired before access was granted.</source>
        <translation>Der Anmeldelink ist abgelaufen, bevor der Zugriff gewährt wurde.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="341"/>
        <source>Start signing in again.</source>
        <translation>Beginne die Anmeldung noch einmal.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="345"/>
        <source>{server} refused the request as a security precaution.</source>
        <translation>{server} hat die Anfrage aus Sicherheitsgründen abgelehnt.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="346"/>
        <source>Try again. If it keeps happening, a proxy in front of the server may be removing headers.</source>
        <translation>Versuche es erneut. Wenn es immer wieder passiert, entfernt vielleicht ein Proxy vor dem Server Header.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="353"/>
        <source>{server} ran into a problem on its side.</source>
        <translation>Auf der Seite von {server} ist ein Problem aufgetreten.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="354"/>
        <source>Try again later. If it keeps happening, tell the server&apos;s administrator.</source>
        <translation>Versuche es später erneut. Wenn es immer wieder passiert, wende dich an die Administration des Servers.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="360"/>
        <source>{server} sent a reply this app cannot read.</source>
        <translation>{server} hat eine Antwort geschickt, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="361"/>
        <source>Try again later. A proxy in front of the server may be cutting replies short.</source>
        <translation>Versuche es später erneut. Vielleicht schneidet ein Proxy vor dem Server Antworten ab.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="382"/>
        <source>This server has no task processing; it needs Nextcloud 30 or newer.</source>
        <translation>Dieser Server bietet keine Aufgabenverarbeitung; dafür ist Nextcloud 30 oder neuer nötig.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="385"/>
        <source>Ask the administrator to update the server (it runs version {version}).</source>
        <translation>Wende dich an die Administration, damit sie den Server aktualisiert (er läuft mit Version {version}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="401"/>
        <source>The request to {server} failed.</source>
        <translation>Die Anfrage an {server} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="402"/>
        <source>Try again. If it keeps happening, report it with the log file.</source>
        <translation>Versuche es erneut. Wenn es immer wieder passiert, melde es zusammen mit der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="414"/>
        <source>The proxy server at {proxy} could not be reached.</source>
        <translation>Der Proxy-Server unter {proxy} konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="415"/>
        <source>Check the proxy in Preferences → Network (or in your system&apos;s network settings if the app uses those), then try again.</source>
        <translation>Prüfe den Proxy unter Einstellungen → Netzwerk (oder in den Netzwerkeinstellungen deines Systems, falls die App diese verwendet) und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="422"/>
        <source>The proxy server at {proxy} did not connect you to {server}.</source>
        <translation>Der Proxy-Server unter {proxy} hat dich nicht mit {server} verbunden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="423"/>
        <source>The server may be down, or the proxy may not allow it or may want a sign-in. Ask whoever runs your network, or change the proxy in Preferences → Network.</source>
        <translation>Vielleicht ist der Server ausgefallen, oder der Proxy erlaubt die Verbindung nicht oder verlangt eine Anmeldung. Frag die Person, die dein Netzwerk betreut, oder ändere den Proxy unter Einstellungen → Netzwerk.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="433"/>
        <source>“{key}” is required.</source>
        <translation>„{key}“ ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="434"/>
        <source>Fill it in, then submit again.</source>
        <translation>Fülle das Feld aus und sende die Aufgabe dann erneut ab.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="436"/>
        <source>“{key}” needs a number, not “{detail}”.</source>
        <translation>„{key}“ braucht eine Zahl, nicht „{detail}“.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="437"/>
        <source>“{key}” must be one of: {detail}.</source>
        <translation>„{key}“ muss einer dieser Werte sein: {detail}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="439"/>
        <source>This task has no input called “{key}”.</source>
        <translation>Diese Aufgabe hat keine Eingabe namens „{key}“.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="440"/>
        <source>Its inputs are: {detail}.</source>
        <translation>Ihre Eingaben sind: {detail}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="442"/>
        <source>“{key}” takes one value only.</source>
        <translation>„{key}“ nimmt nur einen Wert an.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="444"/>
        <source>“{key}” needs a file.</source>
        <translation>„{key}“ braucht eine Datei.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="445"/>
        <source>Give a file as @PATH, or the id of a file in Nextcloud.</source>
        <translation>Gib eine Datei als @PATH oder die ID einer Datei in Nextcloud an.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="447"/>
        <source>“{key}” needs a list of values.</source>
        <translation>„{key}“ braucht eine Liste von Werten.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="448"/>
        <source>“{key}” needs text.</source>
        <translation>„{key}“ braucht Text.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="450"/>
        <source>The file {detail} for “{key}” does not exist.</source>
        <translation>Die Datei {detail} für „{key}“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="451"/>
        <source>Check the path.</source>
        <translation>Prüfe den Pfad.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="454"/>
        <source>The file {detail} for “{key}” is not readable UTF-8 text.</source>
        <translation>Die Datei {detail} für „{key}“ ist kein lesbarer UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="457"/>
        <source>“{key}” does not take a file.</source>
        <translation>„{key}“ nimmt keine Datei an.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="459"/>
        <source>“{key}” has a kind of input this app does not know yet ({detail}).</source>
        <translation>„{key}“ hat eine Art von Eingabe, die diese App noch nicht kennt ({detail}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="462"/>
        <source>Use the Nextcloud web Assistant for this task.</source>
        <translation>Verwende für diese Aufgabe den Nextcloud Assistant im Browser.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="469"/>
        <source>“{key}” is not valid.</source>
        <translation>„{key}“ ist ungültig.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="478"/>
        <location filename="../nctask_desktop/messages.py" line="482"/>
        <source>The task failed: {message}</source>
        <translation>Die Aufgabe ist fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="487"/>
        <source>The task failed, and the server gave no reason.</source>
        <translation>Die Aufgabe ist fehlgeschlagen, und der Server hat keinen Grund genannt.</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="132"/>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="179"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="140"/>
        <source>File {id}</source>
        <translation>Datei {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="146"/>
        <source>in your Nextcloud</source>
        <translation>in deiner Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="174"/>
        <source>This file is no longer on this computer.</source>
        <translation>Diese Datei ist nicht mehr auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="505"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="507"/>
        <source>Remove the file of “{name}”</source>
        <translation>Datei von „{name}“ entfernen</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="226"/>
        <source>Drop {kinds} here, or:</source>
        <translation>Ziehe {kinds} hierher oder:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="228"/>
        <source>Drop {kind} here, or:</source>
        <translation>Ziehe {kind} hierher oder:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="236"/>
        <source>Choose files…</source>
        <translation>Dateien auswählen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="236"/>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="239"/>
        <source>Choose files on this computer for “{name}”</source>
        <translation>Dateien auf diesem Computer für „{name}“ auswählen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="241"/>
        <source>Choose a file on this computer for “{name}”</source>
        <translation>Eine Datei auf diesem Computer für „{name}“ auswählen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="248"/>
        <source>Record…</source>
        <translation>Aufnehmen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="251"/>
        <source>Record audio with the microphone for “{name}”</source>
        <translation>Audio mit dem Mikrofon für „{name}“ aufnehmen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="255"/>
        <source>Choose from Nextcloud…</source>
        <translation>Aus Nextcloud auswählen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="257"/>
        <source>Choose from your Nextcloud for “{name}”</source>
        <translation>Aus deiner Nextcloud für „{name}“ auswählen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="277"/>
        <source>Choose {kinds}</source>
        <translation>Wähle {kinds} aus</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="279"/>
        <source>Choose a file</source>
        <translation>Wähle eine Datei aus</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="305"/>
        <source>Record audio for “{name}”</source>
        <translation>Audio für „{name}“ aufnehmen</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="87"/>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="88"/>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="89"/>
        <source>WAV audio</source>
        <translation>WAV-Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="90"/>
        <source>MP3 audio</source>
        <translation>MP3-Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="91"/>
        <source>Ogg audio</source>
        <translation>Ogg-Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="92"/>
        <source>Ogg Vorbis audio</source>
        <translation>Ogg-Vorbis-Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="93"/>
        <source>Opus audio</source>
        <translation>Opus-Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="94"/>
        <source>FLAC audio</source>
        <translation>FLAC-Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="95"/>
        <source>MPEG-4 audio</source>
        <translation>MPEG-4-Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="96"/>
        <source>AAC audio</source>
        <translation>AAC-Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="97"/>
        <source>WebM audio</source>
        <translation>WebM-Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="98"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="99"/>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="100"/>
        <source>GIF image</source>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="101"/>
        <source>WebP image</source>
        <translation>WebP-Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="102"/>
        <source>Windows BMP image</source>
        <translation>Windows-BMP-Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="103"/>
        <source>TIFF image</source>
        <translation>TIFF-Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="104"/>
        <source>SVG image</source>
        <translation>SVG-Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="105"/>
        <source>HEIF image</source>
        <translation>HEIF-Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="106"/>
        <source>AVIF image</source>
        <translation>AVIF-Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="107"/>
        <source>MPEG-4 video</source>
        <translation>MPEG-4-Video</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="108"/>
        <source>WebM video</source>
        <translation>WebM-Video</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="109"/>
        <source>QuickTime video</source>
        <translation>QuickTime-Video</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="110"/>
        <source>Matroska video</source>
        <translation>Matroska-Video</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="111"/>
        <source>Ogg video</source>
        <translation>Ogg-Video</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="112"/>
        <source>plain text document</source>
        <translation>Einfaches Textdokument</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="113"/>
        <source>Markdown document</source>
        <translation>Markdown-Dokument</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="114"/>
        <source>CSV document</source>
        <translation>CSV-Dokument</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="115"/>
        <source>HTML document</source>
        <translation>HTML-Dokument</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="116"/>
        <source>JSON document</source>
        <translation>JSON-Dokument</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="117"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="118"/>
        <source>Zip archive</source>
        <translation>Zip-Archiv</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="132"/>
        <source>audio file</source>
        <translation>Audiodatei</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="134"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="136"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="138"/>
        <source>text document</source>
        <translation>Textdokument</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="141"/>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="142"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="48"/>
        <source>Choose a task on the left.</source>
        <translation>Wähle links eine Aufgabe aus.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="53"/>
        <source>Upload progress</source>
        <translation>Fortschritt beim Hochladen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="53"/>
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="62"/>
        <source>Submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="63"/>
        <source>Submit the task</source>
        <translation>Aufgabe absenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="64"/>
        <source>Submit the task ({key})</source>
        <translation>Aufgabe absenden ({key})</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="69"/>
        <source>Run on many files…</source>
        <translation>Für viele Dateien ausführen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="70"/>
        <source>Run the task on many files</source>
        <translation>Die Aufgabe für viele Dateien ausführen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="80"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="83"/>
        <source>Where the submitted task stands</source>
        <translation>Stand der abgesendeten Aufgabe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="87"/>
        <source>The submitted task and its result</source>
        <translation>Die abgesendete Aufgabe und ihr Ergebnis</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="90"/>
        <source>Cancel task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="91"/>
        <source>Cancel the submitted task</source>
        <translation>Die abgesendete Aufgabe abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="108"/>
        <source>Uploading files to your Nextcloud…</source>
        <translation>Dateien werden in deine Nextcloud hochgeladen…</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="187"/>
        <source>The server&apos;s answer</source>
        <translation>Die Antwort des Servers</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="212"/>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="222"/>
        <source>This task needs no input.</source>
        <translation>Diese Aufgabe braucht keine Eingabe.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="467"/>
        <source>This input is of a kind this app does not know yet ({kind}). Use the Nextcloud web Assistant for this task.</source>
        <translation>Diese Art von Eingabe kennt die App noch nicht ({kind}). Verwende für diese Aufgabe den Nextcloud Assistant im Browser.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="359"/>
        <source>“{name}” is empty (0 bytes). Choose a file that has something in it.</source>
        <translation>„{name}“ ist leer (0 Bytes). Wähle eine Datei, die etwas enthält.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="363"/>
        <source>“{name}” is not {kind}. “{slot}” takes {kinds} ({exts}, …).</source>
        <translation>Bei „{name}“ handelt es sich nicht um {kind}. „{slot}“ braucht {kinds} ({exts}, …).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="55"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="56"/>
        <source>audio files</source>
        <translation>Audiodateien</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="57"/>
        <source>videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="58"/>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="61"/>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="62"/>
        <source>an audio file</source>
        <translation>eine Audiodatei</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="63"/>
        <source>a video</source>
        <translation>ein Video</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="64"/>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="70"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="74"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="75"/>
        <source>Audio files</source>
        <translation>Audiodateien</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="76"/>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="57"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="64"/>
        <source>yesterday</source>
        <translation>gestern</translation>
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
        <translation>Vom Server entfernt</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="96"/>
        <source>%1 — no longer on the server</source>
        <translation>%1 — nicht mehr auf dem Server</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="106"/>
        <source>Still waiting — the server may have no worker running</source>
        <translation>Wartet noch — vielleicht läuft auf dem Server kein Worker</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="107"/>
        <source>Waiting for the server to start it</source>
        <translation>Wartet darauf, dass der Server sie startet</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="111"/>
        <source>Running — %1%</source>
        <translation>Läuft — %1 %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="112"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="114"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="116"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="118"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="119"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="209"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="210"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="211"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="212"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="213"/>
        <source>Submitted</source>
        <translation>Abgesendet</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="214"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="275"/>
        <source>The server no longer has this task (it removes old tasks after a while). Files you saved are kept.</source>
        <translation>Diese Aufgabe gibt es auf dem Server nicht mehr (alte Aufgaben werden dort nach einer Weile entfernt). Dateien, die du gespeichert hast, bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="160"/>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="162"/>
        <source>Show tasks by state</source>
        <translation>Aufgaben nach Status anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="169"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="171"/>
        <source>Show tasks of one kind</source>
        <translation>Aufgaben eines Typs anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="173"/>
        <location filename="../nctask_desktop/ui/history_table.py" line="205"/>
        <source>All kinds</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="179"/>
        <location filename="../nctask_desktop/ui/history_table.py" line="180"/>
        <source>Search your tasks</source>
        <translation>Deine Aufgaben durchsuchen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="183"/>
        <source>Chat &amp;messages</source>
        <translation>&amp;Chatnachrichten</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="184"/>
        <source>Show chat messages</source>
        <translation>Chatnachrichten anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="186"/>
        <source>The messages and answers of the Chat tab are left out unless this is on</source>
        <translation>Die Nachrichten und Antworten aus dem Tab „Chat“ werden nur angezeigt, wenn das eingeschaltet ist</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="113"/>
        <source>No tasks yet. The tasks you run here, and those you run in the Assistant of your Nextcloud, appear here with their results.</source>
        <translation>Noch keine Aufgaben. Die Aufgaben, die du hier ausführst, und die, die du in der Assistant-App deiner Nextcloud ausführst, erscheinen hier mit ihren Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="125"/>
        <location filename="../nctask_desktop/ui/history_panel.py" line="342"/>
        <source>No task matches the filter.</source>
        <translation>Keine Aufgabe passt zum Filter.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="134"/>
        <source>The selected task</source>
        <translation>Die ausgewählte Aufgabe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="172"/>
        <source>History: {action}</source>
        <translation>Verlauf: {action}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="274"/>
        <source>The server cannot be reached right now. The list shows what was known; it is updated as soon as the connection is back.</source>
        <translation>Der Server ist gerade nicht erreichbar. Die Liste zeigt den letzten bekannten Stand; sie wird aktualisiert, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="337"/>
        <source>Your tasks so far are chat messages, which are kept in the Chat tab. Tick Chat messages to list them here too.</source>
        <translation>Deine bisherigen Aufgaben sind Chatnachrichten; sie werden im Tab „Chat“ aufbewahrt. Setze ein Häkchen bei „Chatnachrichten“, um sie auch hier aufzulisten.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="371"/>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="455"/>
        <source>This kind of task (“{type}”) is not offered by the server any more, so it cannot be run again here.</source>
        <translation>Diesen Aufgabentyp („{type}“) bietet der Server nicht mehr an, daher kann die Aufgabe hier nicht erneut ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="478"/>
        <source>Could not cancel it: {reason}</source>
        <translation>Abbrechen fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="495"/>
        <source>Delete tasks</source>
        <translation>Aufgaben löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/history_panel.py" line="496"/>
        <source>Delete %n task(s)?</source>
        <translation>
            <numerusform>%n Aufgabe löschen?</numerusform>
            <numerusform>%n Aufgaben löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="498"/>
        <source>They are deleted from your Nextcloud (also from its Assistant) and from this list. Files you saved on this computer are kept.</source>
        <translation>Sie werden aus deiner Nextcloud (auch aus der Assistant-App) und aus dieser Liste gelöscht. Dateien, die du auf diesem Computer gespeichert hast, bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="501"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="510"/>
        <source>Could not delete it: {reason}</source>
        <translation>Löschen fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="524"/>
        <source>The selected task has no text result to copy.</source>
        <translation>Die ausgewählte Aufgabe hat kein Textergebnis zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="149"/>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="150"/>
        <source>Not finished</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="151"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="152"/>
        <source>Failed or cancelled</source>
        <translation>Fehlgeschlagen oder abgebrochen</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="89"/>
        <source>Your tasks</source>
        <translation>Deine Aufgaben</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="103"/>
        <source>Columns: click one to sort by it</source>
        <translation>Spalten: Klicke auf eine Spalte, um danach zu sortieren</translation>
    </message>
</context>
<context>
    <name>HistoryToolbar</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="230"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="230"/>
        <source>Open the result</source>
        <translation>Ergebnis öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="233"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="234"/>
        <source>Fill in the form with this task&apos;s input</source>
        <translation>Das Formular mit der Eingabe dieser Aufgabe ausfüllen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="239"/>
        <source>Cancel task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="239"/>
        <source>Stop the selected tasks</source>
        <translation>Die ausgewählten Aufgaben abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="242"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="242"/>
        <source>Delete the selected tasks</source>
        <translation>Die ausgewählten Aufgaben löschen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="244"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="244"/>
        <source>Copy the text result</source>
        <translation>Das Textergebnis kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="249"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="250"/>
        <source>Save the results in the download folder</source>
        <translation>Die Ergebnisse im Download-Ordner speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="255"/>
        <source>Save to…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="256"/>
        <source>Save the results to a folder you choose</source>
        <translation>Die Ergebnisse in einem Ordner deiner Wahl speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="261"/>
        <source>Input files</source>
        <translation>Eingabedateien</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="261"/>
        <source>Show the task&apos;s input files</source>
        <translation>Die Eingabedateien der Aufgabe anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="263"/>
        <source>Task actions</source>
        <translation>Aufgabenaktionen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="285"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="51"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="55"/>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="56"/>
        <source>Show the image at its actual size</source>
        <translation>Das Bild in Originalgröße anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="59"/>
        <source>Open in another app</source>
        <translation>In anderer App öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="60"/>
        <source>Open the image in your image viewer</source>
        <translation>Das Bild in deinem Bildbetrachter öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="62"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="63"/>
        <source>Save the image to a folder</source>
        <translation>Das Bild in einem Ordner speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="66"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="78"/>
        <source>This image cannot be shown.</source>
        <translation>Dieses Bild kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="157"/>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="110"/>
        <source>Add a number</source>
        <translation>Zahl hinzufügen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="112"/>
        <source>Add a text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="117"/>
        <source>{action} to “{name}”</source>
        <translation>„{name}“: {action}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="221"/>
        <source>“{name}”, item {n} of {count}</source>
        <translation>„{name}“, Eintrag {n} von {count}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="232"/>
        <source>Move item {n} of “{name}” up</source>
        <translation>Eintrag {n} von „{name}“ nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="233"/>
        <source>Move item {n} of “{name}” down</source>
        <translation>Eintrag {n} von „{name}“ nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="234"/>
        <source>Remove item {n} of “{name}”</source>
        <translation>Eintrag {n} von „{name}“ entfernen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="290"/>
        <source>Item {n}: {problem}</source>
        <translation>Eintrag {n}: {problem}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="71"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="309"/>
        <source>Starting the simulated server…</source>
        <translation>Der simulierte Server wird gestartet…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="343"/>
        <source>Sign in again to see the tasks of this server.</source>
        <translation>Melde dich erneut an, um die Aufgaben dieses Servers zu sehen.</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="123"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="123"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="142"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="145"/>
        <source>Cancel this answer</source>
        <translation>Diese Antwort abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="157"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="160"/>
        <source>Copy this answer</source>
        <translation>Diese Antwort kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="164"/>
        <source>Regenerate</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="167"/>
        <source>Write this answer again</source>
        <translation>Diese Antwort neu schreiben lassen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="171"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="174"/>
        <source>Ask for this answer again</source>
        <translation>Diese Antwort erneut anfordern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="196"/>
        <source>Your message</source>
        <translation>Deine Nachricht</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="196"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="205"/>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="206"/>
        <source>No answer: {reason}</source>
        <translation>Keine Antwort: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="208"/>
        <source>The answer was cancelled.</source>
        <translation>Die Antwort wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>MessagesArea</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="69"/>
        <source>The conversation</source>
        <translation>Die Unterhaltung</translation>
    </message>
</context>
<context>
    <name>NewTaskPage</name>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="221"/>
        <source>Form of {task}</source>
        <translation>Formular für {task}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="287"/>
        <source>New task: submit the form</source>
        <translation>Neue Aufgabe: Formular absenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="288"/>
        <source>New task: copy the result&apos;s text</source>
        <translation>Neue Aufgabe: Text des Ergebnisses kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="422"/>
        <source>Could not cancel it: {reason}</source>
        <translation>Abbrechen fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="497"/>
        <source>Check the marked inputs: the task has changed since it was run.</source>
        <translation>Prüfe die markierten Eingaben: Die Aufgabe hat sich geändert, seit sie ausgeführt wurde.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="502"/>
        <source>Some inputs of the earlier task are no longer asked for: {keys}.</source>
        <translation>Einige Eingaben der früheren Aufgabe werden nicht mehr abgefragt: {keys}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="509"/>
        <source>The form holds the input of task {id}. Change it, or submit.</source>
        <translation>Das Formular enthält die Eingabe von Aufgabe {id}. Ändere sie oder sende die Aufgabe ab.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="526"/>
        <source>This file does not exist: {name}</source>
        <translation>Diese Datei existiert nicht: {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="166"/>
        <source>None of this server&apos;s tasks takes these files.</source>
        <translation>Keine Aufgabe dieses Servers kann diese Dateien verwenden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="546"/>
        <location filename="../nctask_desktop/ui/open_with.py" line="172"/>
        <source>This task takes no such file.</source>
        <translation>Diese Aufgabe kann eine solche Datei nicht verwenden.</translation>
    </message>
</context>
<context>
    <name>NextcloudFileDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="198"/>
        <source>Choose from Nextcloud</source>
        <translation>Aus Nextcloud auswählen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="209"/>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="210"/>
        <source>Up one folder</source>
        <translation>Einen Ordner nach oben</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="233"/>
        <source>Files and folders</source>
        <translation>Dateien und Ordner</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="250"/>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="251"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="268"/>
        <source>Only {kinds} can be chosen here.</source>
        <translation>Hier kannst du nur {kinds} auswählen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="271"/>
        <source>Save in Nextcloud</source>
        <translation>In Nextcloud speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="272"/>
        <source>Open the folder to save in, then choose “Save here”.</source>
        <translation>Öffne den Ordner, in dem gespeichert werden soll, und wähle dann „Hier speichern“.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="280"/>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="280"/>
        <source>Save here</source>
        <translation>Hier speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="305"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="340"/>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="361"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="364"/>
        <source>Home folder</source>
        <translation>Startordner</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="369"/>
        <source>Folder {name}</source>
        <translation>Ordner {name}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/services/notifications.py" line="89"/>
        <source>%n of them failed.</source>
        <translation>
            <numerusform>%n davon ist fehlgeschlagen.</numerusform>
            <numerusform>%n davon sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="91"/>
        <source>Open the history to see the results.</source>
        <translation>Öffne den Verlauf, um die Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="99"/>
        <source>“{task}” is done</source>
        <translation>„{task}“ ist fertig</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="102"/>
        <source>{summary}
Saved in {folder}.</source>
        <translation>{summary}
Gespeichert in {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="106"/>
        <source>{summary}</source>
        <translation>{summary}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="108"/>
        <source>Click to see the result.</source>
        <translation>Klicke, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="111"/>
        <source>“{task}” failed</source>
        <translation>„{task}“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="114"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="116"/>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="124"/>
        <source>No tasks running</source>
        <translation>Keine laufenden Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/services/notifications.py" line="125"/>
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished</source>
        <translation>
            <numerusform>%n Aufgabe abgeschlossen</numerusform>
            <numerusform>%n Aufgaben abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="326"/>
        <source>Default: {value}</source>
        <translation>Standard: {value}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="363"/>
        <source>“{name}” must be {minimum} or more.</source>
        <translation>„{name}“ muss mindestens {minimum} sein.</translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="151"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="156"/>
        <source>Download progress of {name}</source>
        <translation>Fortschritt beim Herunterladen von {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="171"/>
        <source>Downloading… {size}</source>
        <translation>Wird heruntergeladen… {size}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="94"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="106"/>
        <source>Files for tasks</source>
        <translation>Dateien für Aufgaben</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="112"/>
        <source>&amp;Upload folder in Nextcloud:</source>
        <translation>Ordner zum &amp;Hochladen in Nextcloud:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="117"/>
        <source>Files from this computer that a task needs are uploaded into this folder of your Nextcloud, in a sub-folder for each day.</source>
        <translation>Dateien von diesem Computer, die eine Aufgabe braucht, werden in diesen Ordner deiner Nextcloud hochgeladen, mit einem Unterordner pro Tag.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="124"/>
        <source>Delete these copies when I delete their task</source>
        <translation>Diese Kopien löschen, wenn ich ihre Aufgabe lösche</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="127"/>
        <source>Files you chose from your Nextcloud are never deleted.</source>
        <translation>Dateien, die du aus deiner Nextcloud ausgewählt hast, werden nie gelöscht.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="130"/>
        <source>Delete the uploaded copies of my files when I delete their task</source>
        <translation>Die hochgeladenen Kopien meiner Dateien löschen, wenn ich ihre Aufgabe lösche</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="136"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="141"/>
        <source>Folder for saved results</source>
        <translation>Ordner für gespeicherte Ergebnisse</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="142"/>
        <source>Save results &amp;in:</source>
        <translation>Ergebnisse &amp;speichern in:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="144"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="145"/>
        <source>Choose the folder for saved results</source>
        <translation>Ordner für gespeicherte Ergebnisse auswählen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="152"/>
        <source>Leave it empty for your Downloads folder.</source>
        <translation>Leer lassen, um deinen Downloads-Ordner zu verwenden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="154"/>
        <source>Save the results of these tasks by themselves:</source>
        <translation>Die Ergebnisse dieser Aufgaben automatisch speichern:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="160"/>
        <source>Tasks whose results are saved by themselves</source>
        <translation>Aufgaben, deren Ergebnisse automatisch gespeichert werden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="171"/>
        <source>Save the results of “{task}” by themselves</source>
        <translation>Die Ergebnisse von „{task}“ automatisch speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="190"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="193"/>
        <source>&amp;Notify me when a task is done or has failed</source>
        <translation>&amp;Benachrichtigen, wenn eine Aufgabe fertig oder fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="195"/>
        <source>Notify me when a task is done or has failed</source>
        <translation>Benachrichtigen, wenn eine Aufgabe fertig oder fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="198"/>
        <source>Also notify my &amp;other devices (needs the Assistant app on the server)</source>
        <translation>Auch meine &amp;anderen Geräte benachrichtigen (benötigt die Assistant-App auf dem Server)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="200"/>
        <source>Also notify my other devices</source>
        <translation>Auch meine anderen Geräte benachrichtigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="244"/>
        <source>Language and appearance</source>
        <translation>Sprache und Aussehen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="248"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="252"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="254"/>
        <source>A new language is used from the next start of the app.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start der App verwendet.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="261"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="268"/>
        <source>Window and keys</source>
        <translation>Fenster und Tasten</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="272"/>
        <source>Ask while tasks are running</source>
        <translation>Fragen, wenn noch Aufgaben laufen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="273"/>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="274"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="276"/>
        <source>When I &amp;close the window:</source>
        <translation>Beim Schließen des &amp;Fensters:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="279"/>
        <source>This desktop has no tray: closing quits.</source>
        <translation>Diese Desktopumgebung hat keinen Infobereich: Schließen beendet die App.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="281"/>
        <source>Open Quick text with Ctrl+Shift+Space from &amp;any app</source>
        <translation>„Schnelltext“ mit Strg+Shift+Leertaste aus &amp;jeder App öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="284"/>
        <source>Open Quick text with Ctrl+Shift+Space from any app</source>
        <translation>„Schnelltext“ mit Strg+Shift+Leertaste aus jeder App öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="296"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="298"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-&amp;Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="299"/>
        <source>No pro&amp;xy: connect directly</source>
        <translation>Kein Pro&amp;xy: direkt verbinden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="300"/>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="304"/>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="316"/>
        <source>Proxy server</source>
        <translation>Proxy-Server</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="332"/>
        <source>Connections to this computer never use a proxy. A change applies at once. Proxies that ask for a password are not supported here: use the system&apos;s settings for those.</source>
        <translation>Verbindungen zu diesem Computer verwenden nie einen Proxy. Eine Änderung gilt sofort. Proxys, die ein Passwort verlangen, werden hier nicht unterstützt: Verwende für diese die Einstellungen des Systems.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="427"/>
        <source>Type the proxy server&apos;s name or address, such as “{example}”, and its port in the field beside it.</source>
        <translation>Gib den Namen oder die Adresse des Proxy-Servers ein, zum Beispiel „{example}“, und seinen Port im Feld daneben.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="313"/>
        <source>Proxy kind</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="321"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="320"/>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="389"/>
        <source>Save results in</source>
        <translation>Ergebnisse speichern in</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="411"/>
        <source>Type a folder name such as “{example}”, without “..” or special signs.</source>
        <translation>Gib einen Ordnernamen wie „{example}“ ein, ohne „..“ oder Sonderzeichen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="419"/>
        <source>Choose the folder for results with “Choose…”, or give its full path.</source>
        <translation>Wähle den Ordner für Ergebnisse mit „Auswählen…“ oder gib seinen vollständigen Pfad an.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="168"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="188"/>
        <source>The results were not saved</source>
        <translation>Die Ergebnisse wurden nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/presence.py" line="191"/>
        <source>%n file(s) saved</source>
        <translation>
            <numerusform>%n Datei gespeichert</numerusform>
            <numerusform>%n Dateien gespeichert</numerusform>
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
        <translation>Schnelltext</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="109"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="111"/>
        <source>Text to work on</source>
        <translation>Zu bearbeitender Text</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="113"/>
        <source>The clipboard holds no text: type or paste the text here.</source>
        <translation>Die Zwischenablage enthält keinen Text: Gib den Text hier ein oder füge ihn ein.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="121"/>
        <source>&amp;Summarise</source>
        <translation>&amp;Zusammenfassen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="123"/>
        <source>T&amp;ranslate into</source>
        <translation>Über&amp;setzen in</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="126"/>
        <source>Language to translate into</source>
        <translation>Zielsprache der Übersetzung</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="127"/>
        <source>Ask in &amp;Chat</source>
        <translation>Im &amp;Chat fragen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="129"/>
        <source>A new conversation with the text as its first message, kept in the Chat tab</source>
        <translation>Eine neue Unterhaltung mit dem Text als erster Nachricht, gespeichert im Tab „Chat“</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="139"/>
        <source>Or say what to do with it, e.g. “Make it more polite”</source>
        <translation>Oder sag, was mit dem Text geschehen soll, z. B. „Formuliere ihn höflicher“</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="141"/>
        <source>What to do with the text</source>
        <translation>Was mit dem Text geschehen soll</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="143"/>
        <source>Run the &amp;prompt</source>
        <translation>&amp;Anweisung ausführen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="154"/>
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="155"/>
        <source>Cancel the task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="163"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="167"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="176"/>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="177"/>
        <source>Copy the result</source>
        <translation>Das Ergebnis kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="178"/>
        <source>Replace the c&amp;lipboard</source>
        <translation>Zwischenablage &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="180"/>
        <source>Put the result in the clipboard in place of the text, and close this window</source>
        <translation>Das Ergebnis statt des Textes in die Zwischenablage legen und dieses Fenster schließen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="183"/>
        <source>Continue in the Chat &amp;tab</source>
        <translation>Im Tab „Chat“ &amp;weitermachen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="185"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="244"/>
        <source>Account: {account}</source>
        <translation>Konto: {account}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="260"/>
        <source>Sign in to your Nextcloud in the main window first.</source>
        <translation>Melde dich zuerst im Hauptfenster bei deiner Nextcloud an.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="262"/>
        <source>The tasks of your server are still loading.</source>
        <translation>Die Aufgaben deines Servers werden noch geladen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="265"/>
        <source>Your server offers none of the text tasks (summarise, translate, a free prompt, chat): its administrator can install an assistant app for them.</source>
        <translation>Dein Server bietet keine der Textaufgaben an (Zusammenfassen, Übersetzen, freie Anweisung, Chat): Die Administration kann dafür eine Assistant-App installieren.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="269"/>
        <source>Your server does not offer every text task: only those it has show.</source>
        <translation>Dein Server bietet nicht alle Textaufgaben an: Es werden nur die angezeigt, die er hat.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="304"/>
        <source>Type or paste a text first.</source>
        <translation>Gib zuerst einen Text ein oder füge einen ein.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="317"/>
        <source>Say what to do with the text first.</source>
        <translation>Sag zuerst, was mit dem Text geschehen soll.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="349"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="399"/>
        <source>The task was cancelled.</source>
        <translation>Die Aufgabe wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="435"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="437"/>
        <source>Sent; waiting for the server to start it.</source>
        <translation>Gesendet; wartet darauf, dass der Server sie startet.</translation>
    </message>
</context>
<context>
    <name>QuitPrompt</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="15"/>
        <source>%n task(s) you submitted have not reached your server yet. They are kept on this computer and sent the next time you start nctask-desktop.</source>
        <translation>
            <numerusform>%n abgesendete Aufgabe hat deinen Server noch nicht erreicht. Sie bleibt auf diesem Computer gespeichert und wird beim nächsten Start von nctask-desktop gesendet.</numerusform>
            <numerusform>%n abgesendete Aufgaben haben deinen Server noch nicht erreicht. Sie bleiben auf diesem Computer gespeichert und werden beim nächsten Start von nctask-desktop gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="25"/>
        <source>%n task(s) are still running on your server. Keep nctask-desktop running in the tray to be told when they are done; if you quit, their results are in the History the next time you start it.</source>
        <translation>
            <numerusform>%n Aufgabe läuft noch auf deinem Server. Lass nctask-desktop im Infobereich weiterlaufen, um benachrichtigt zu werden, wenn sie fertig ist; wenn du die App beendest, findest du ihr Ergebnis beim nächsten Start im Verlauf.</numerusform>
            <numerusform>%n Aufgaben laufen noch auf deinem Server. Lass nctask-desktop im Infobereich weiterlaufen, um benachrichtigt zu werden, wenn sie fertig sind; wenn du die App beendest, findest du ihre Ergebnisse beim nächsten Start im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="36"/>
        <source>nctask-desktop is still running: click its icon to open it again.</source>
        <translation>nctask-desktop läuft weiter: Klicke auf sein Symbol, um es wieder zu öffnen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="93"/>
        <source>Quit nctask-desktop?</source>
        <translation>nctask-desktop beenden?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="96"/>
        <source>You can also keep the app open until they are sent.</source>
        <translation>Du kannst die App auch geöffnet lassen, bis sie gesendet sind.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="101"/>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="127"/>
        <source>&amp;Quit, send them later</source>
        <translation>&amp;Beenden, später senden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="105"/>
        <source>&amp;Keep open</source>
        <translation>&amp;Geöffnet lassen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="118"/>
        <source>Keep nctask-desktop running?</source>
        <translation>nctask-desktop weiterlaufen lassen?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="123"/>
        <source>Keep running in the &amp;tray</source>
        <translation>Im &amp;Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="134"/>
        <source>&amp;Do the same from now on</source>
        <translation>&amp;Künftig immer so machen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="137"/>
        <source>You can change it in the Preferences.</source>
        <translation>Du kannst das in den Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="62"/>
        <source>macOS does not let the app use the microphone: allow it in System Settings → Privacy &amp; Security → Microphone, then try again.</source>
        <translation>macOS erlaubt der App nicht, das Mikrofon zu verwenden: Erlaube es unter Systemeinstellungen → Datenschutz &amp; Sicherheit → Mikrofon und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="68"/>
        <source>Windows does not let the app use the microphone: allow it in Settings → Privacy &amp; security → Microphone (“Let desktop apps access your microphone”), then try again.</source>
        <translation>Windows erlaubt der App nicht, das Mikrofon zu verwenden: Erlaube es unter Einstellungen → Datenschutz und Sicherheit → Mikrofon („Desktop-Apps den Zugriff auf Ihr Mikrofon erlauben“) und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="74"/>
        <source>The system does not let the app use the microphone: allow it in your sound settings (PipeWire or PulseAudio) or your desktop&apos;s privacy settings, then try again.</source>
        <translation>Das System erlaubt der App nicht, das Mikrofon zu verwenden: Erlaube es in deinen Audioeinstellungen (PipeWire oder PulseAudio) oder in den Datenschutzeinstellungen deiner Desktopumgebung und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="81"/>
        <source>No microphone was found: connect one, or choose one in System Settings → Sound → Input, then try again.</source>
        <translation>Es wurde kein Mikrofon gefunden: Schließ eines an oder wähle eines unter Systemeinstellungen → Ton → Eingang aus und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="87"/>
        <source>No microphone was found: connect one, or turn it on in Settings → System → Sound → Input, then try again.</source>
        <translation>Es wurde kein Mikrofon gefunden: Schließ eines an oder schalte es unter Einstellungen → System → Sound → Eingabe ein und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="92"/>
        <source>No microphone was found: connect one, or choose it as the input in your sound settings (PipeWire or PulseAudio), then try again.</source>
        <translation>Es wurde kein Mikrofon gefunden: Schließ eines an oder wähle es in deinen Audioeinstellungen (PipeWire oder PulseAudio) als Eingang aus und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="98"/>
        <source>The microphone is in use by another program: close that program, or choose another input in your sound settings, then try again.</source>
        <translation>Das Mikrofon wird von einem anderen Programm verwendet: Schließ dieses Programm oder wähle in deinen Audioeinstellungen einen anderen Eingang aus und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="105"/>
        <source>Recording needs the PortAudio library, which is not installed: install the package libportaudio2 (sudo apt install libportaudio2), then try again.</source>
        <translation>Für die Aufnahme wird die PortAudio-Bibliothek benötigt, die nicht installiert ist: Installiere das Paket libportaudio2 (sudo apt install libportaudio2) und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="110"/>
        <source>Recording needs the PortAudio library, which is missing from this installation: install the app again.</source>
        <translation>Für die Aufnahme wird die PortAudio-Bibliothek benötigt, die in dieser Installation fehlt: Installiere die App erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="115"/>
        <source>The microphone could not be used ({detail}): check your sound settings, then try again.</source>
        <translation>Das Mikrofon konnte nicht verwendet werden ({detail}): Prüfe deine Audioeinstellungen und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="125"/>
        <source>No sound reaches the app: the microphone is muted, or macOS blocks it (allow it in System Settings → Privacy &amp; Security → Microphone).</source>
        <translation>Bei der App kommt kein Ton an: Das Mikrofon ist stummgeschaltet, oder macOS blockiert es (erlaube es unter Systemeinstellungen → Datenschutz &amp; Sicherheit → Mikrofon).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="131"/>
        <source>No sound reaches the app: the microphone is muted, or Windows blocks it (allow it in Settings → Privacy &amp; security → Microphone).</source>
        <translation>Bei der App kommt kein Ton an: Das Mikrofon ist stummgeschaltet, oder Windows blockiert es (erlaube es unter Einstellungen → Datenschutz und Sicherheit → Mikrofon).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="136"/>
        <source>No sound reaches the app: the microphone is muted, or blocked in your sound settings (PipeWire or PulseAudio).</source>
        <translation>Bei der App kommt kein Ton an: Das Mikrofon ist stummgeschaltet oder in deinen Audioeinstellungen (PipeWire oder PulseAudio) blockiert.</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="187"/>
        <source>Record audio</source>
        <translation>Audio aufnehmen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="203"/>
        <source>Recording time</source>
        <translation>Aufnahmedauer</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="229"/>
        <source>Use this recording</source>
        <translation>Diese Aufnahme verwenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="233"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="235"/>
        <source>Discard the recording</source>
        <translation>Aufnahme verwerfen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="265"/>
        <source>Stop recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="267"/>
        <source>Recording… Speak now; press Stop recording when done.</source>
        <translation>Aufnahme läuft… Sprich jetzt; drücke „Aufnahme beenden“, wenn du fertig bist.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="269"/>
        <source>Record again</source>
        <translation>Erneut aufnehmen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="272"/>
        <source>Recorded {time}. Play it back if you like, then use it or discard it.</source>
        <translation>Aufgenommen: {time}. Hör dir die Aufnahme an, wenn du möchtest, und verwende oder verwirf sie dann.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="276"/>
        <source>Start recording</source>
        <translation>Aufnahme starten</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="278"/>
        <source>Press Start recording, then speak.</source>
        <translation>Drücke „Aufnahme starten“ und sprich dann.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="280"/>
        <source>Stop playing</source>
        <translation>Wiedergabe beenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="280"/>
        <source>Play back</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="285"/>
        <source>Stop playing the recording</source>
        <translation>Wiedergabe der Aufnahme beenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="285"/>
        <source>Play the recording back</source>
        <translation>Aufnahme anhören</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="320"/>
        <source>Waiting for you to allow the microphone…</source>
        <translation>Warten, bis du den Zugriff auf das Mikrofon erlaubst…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="393"/>
        <source>The recording stopped at {time}, the longest it can be.</source>
        <translation>Die Aufnahme wurde bei {time} beendet: Länger kann sie nicht sein.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="92"/>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="96"/>
        <source>This writes one zip file to attach to your message about the problem: the app&apos;s log files, its version and your system&apos;s, and the app&apos;s settings. Passwords, tokens, server addresses and names are left out. Nothing is sent anywhere.</source>
        <translation>Damit wird eine Zip-Datei erstellt, die du deiner Nachricht über das Problem anhängen kannst: die Protokolldateien der App, ihre Version und die deines Systems sowie die Einstellungen der App. Passwörter, Tokens, Serveradressen und Namen werden weggelassen. Es wird nichts nach außen gesendet.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="105"/>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="106"/>
        <source>Include the text of my tasks</source>
        <translation>Den Text meiner Aufgaben beifügen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="109"/>
        <source>Adds the last {count} tasks of each account: what you asked and what came back. Leave it off unless the problem is about a task.</source>
        <translation>Fügt die letzten {count} Aufgaben jedes Kontos hinzu: was du gefragt hast und was zurückkam. Lass es ausgeschaltet, es sei denn, das Problem betrifft eine Aufgabe.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="124"/>
        <source>C&amp;hange folder…</source>
        <translation>&amp;Ordner ändern…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="127"/>
        <source>Change the folder the report is saved in</source>
        <translation>Den Ordner ändern, in dem der Bericht gespeichert wird</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="135"/>
        <source>&amp;Create report</source>
        <translation>Bericht &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="147"/>
        <source>&amp;Show in folder</source>
        <translation>Im Ordner &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="187"/>
        <source>Saved in: {folder}</source>
        <translation>Speicherort: {folder}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="195"/>
        <source>Save the report in…</source>
        <translation>Bericht speichern in…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="198"/>
        <source>Save here</source>
        <translation>Hier speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="261"/>
        <source>The report is saved as “{name}” in {folder}. Attach it to your message about the problem.</source>
        <translation>Der Bericht wurde als „{name}“ in {folder} gespeichert. Hänge ihn an deine Nachricht über das Problem an.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="282"/>
        <source>This computer has no file manager to show “{name}”. It is in {folder}.</source>
        <translation>Auf diesem Computer gibt es keinen Dateimanager, um „{name}“ anzuzeigen. Die Datei liegt in {folder}.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="79"/>
        <source>Saving progress</source>
        <translation>Fortschritt beim Speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="80"/>
        <source>Stop saving</source>
        <translation>Speichern abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="81"/>
        <source>Stop saving the results</source>
        <translation>Das Speichern der Ergebnisse abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="128"/>
        <source>The text is copied. Paste it wherever you like.</source>
        <translation>Der Text wurde kopiert. Füge ihn ein, wo du möchtest.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="143"/>
        <source>Save the results in…</source>
        <translation>Ergebnisse speichern in…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="147"/>
        <source>Save here</source>
        <translation>Hier speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="187"/>
        <source>Could not save the results: {reason}</source>
        <translation>Die Ergebnisse konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="235"/>
        <source>Could not save in your Nextcloud: {reason}</source>
        <translation>Speichern in deiner Nextcloud fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="242"/>
        <source>Saved in your Nextcloud: {path}</source>
        <translation>In deiner Nextcloud gespeichert: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="244"/>
        <source>%n file(s) saved in your Nextcloud: {folder}</source>
        <translation>
            <numerusform>%n Datei in deiner Nextcloud gespeichert: {folder}</numerusform>
            <numerusform>%n Dateien in deiner Nextcloud gespeichert: {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="245"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="250"/>
        <source>Saving file {index} of {count}…</source>
        <translation>Datei {index} von {count} wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="259"/>
        <source>%n result file(s) saved automatically in {folder}.</source>
        <translation>
            <numerusform>%n Ergebnisdatei automatisch in {folder} gespeichert.</numerusform>
            <numerusform>%n Ergebnisdateien automatisch in {folder} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="261"/>
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n Datei in {folder} gespeichert.</numerusform>
            <numerusform>%n Dateien in {folder} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="263"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="318"/>
        <source>This computer has no application that opens “{name}”. Save it to a folder and open it from there, or install an application for this kind of file.</source>
        <translation>Auf diesem Computer gibt es keine Anwendung, die „{name}“ öffnen kann. Speichere die Datei in einem Ordner und öffne sie von dort, oder installiere eine Anwendung für diese Art von Datei.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="329"/>
        <source>Save to…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="349"/>
        <source>This computer has no file manager to show “{name}”. It is in {folder}.</source>
        <translation>Auf diesem Computer gibt es keinen Dateimanager, um „{name}“ anzuzeigen. Die Datei liegt in {folder}.</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="70"/>
        <source>Queued before nctask-desktop was closed; sending it now.</source>
        <translation>Vor dem Schließen von nctask-desktop in die Warteschlange gestellt; wird jetzt gesendet.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="74"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="78"/>
        <source>Uploading files… {percent} %</source>
        <translation>Dateien werden hochgeladen… {percent} %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="84"/>
        <source>Not sent yet: {reason}</source>
        <translation>Noch nicht gesendet: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="94"/>
        <location filename="../nctask_desktop/ui/session_panel.py" line="420"/>
        <source>Waiting: the server allows 20 new tasks per 2 minutes.</source>
        <translation>Wartet: Der Server erlaubt 20 neue Aufgaben pro 2 Minuten.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="103"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="105"/>
        <source>Paused: sign in again to send it.</source>
        <translation>Pausiert: Melde dich erneut an, um sie zu senden.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="107"/>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor sie gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="110"/>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="117"/>
        <location filename="../nctask_desktop/ui/session_panel.py" line="137"/>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="120"/>
        <source>Sent; waiting for the server to start it.</source>
        <translation>Gesendet; wartet darauf, dass der Server sie startet.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="125"/>
        <source>Running… {percent} %</source>
        <translation>Läuft… {percent} %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="128"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="130"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="136"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="321"/>
        <source>Sent in this session</source>
        <translation>In dieser Sitzung gesendet</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="326"/>
        <source>Tasks you submit appear here while they are sent and run. Their results will also be in the Assistant of your Nextcloud.</source>
        <translation>Aufgaben, die du absendest, erscheinen hier, während sie gesendet und ausgeführt werden. Ihre Ergebnisse findest du auch in der Assistant-App deiner Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="341"/>
        <source>Tasks sent in this session</source>
        <translation>In dieser Sitzung gesendete Aufgaben</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="345"/>
        <source>Send queue</source>
        <translation>Sendewarteschlange</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="349"/>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="350"/>
        <source>Cancel sending the selected task</source>
        <translation>Senden der ausgewählten Aufgabe abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="404"/>
        <source>%n task(s) wait for the server to be reachable. They are kept, also if you quit, and sent as soon as it answers.</source>
        <translation>
            <numerusform>%n Aufgabe wartet darauf, dass der Server erreichbar ist. Sie bleibt gespeichert, auch wenn du die App beendest, und wird gesendet, sobald er antwortet.</numerusform>
            <numerusform>%n Aufgaben warten darauf, dass der Server erreichbar ist. Sie bleiben gespeichert, auch wenn du die App beendest, und werden gesendet, sobald er antwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="412"/>
        <source>Sending %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>%n Aufgabe, die du vor dem letzten Schließen von nctask-desktop abgesendet hast, wird gesendet.</numerusform>
            <numerusform>%n Aufgaben, die du vor dem letzten Schließen von nctask-desktop abgesendet hast, werden gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="424"/>
        <source>%n task(s) in the queue.</source>
        <translation>
            <numerusform>%n Aufgabe in der Warteschlange.</numerusform>
            <numerusform>%n Aufgaben in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="429"/>
        <source>%n task(s) being sent.</source>
        <translation>
            <numerusform>%n Aufgabe wird gesendet.</numerusform>
            <numerusform>%n Aufgaben werden gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="437"/>
        <source>Sent after the restart: %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>Nach dem Neustart gesendet: %n Aufgabe, die du vor dem letzten Schließen von nctask-desktop abgesendet hast.</numerusform>
            <numerusform>Nach dem Neustart gesendet: %n Aufgaben, die du vor dem letzten Schließen von nctask-desktop abgesendet hast.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="473"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="475"/>
        <source>The server no longer has this task.</source>
        <translation>Diese Aufgabe gibt es auf dem Server nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>Nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="52"/>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="56"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="56"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="59"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="24"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="25"/>
        <source>Dismiss the message about the history file</source>
        <translation>Die Meldung zur Verlaufsdatei ausblenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="39"/>
        <source>Your task history on this computer was damaged, so it was set aside and is being read again from your server. Tasks your server no longer keeps (older than about a week) are in the old copy: {path}</source>
        <translation>Dein Aufgabenverlauf auf diesem Computer war beschädigt. Er wurde deshalb beiseitegelegt und wird neu von deinem Server geladen. Aufgaben, die dein Server nicht mehr aufbewahrt (älter als etwa eine Woche), sind in der alten Kopie: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="45"/>
        <source>Your task history was written by a newer version of nctask-desktop, so it was set aside unchanged and is being read again from your server. Tasks your server no longer keeps (older than about a week) are in the newer version&apos;s copy: {path}</source>
        <translation>Dein Aufgabenverlauf wurde von einer neueren Version von nctask-desktop geschrieben. Er wurde deshalb unverändert beiseitegelegt und wird neu von deinem Server geladen. Aufgaben, die dein Server nicht mehr aufbewahrt (älter als etwa eine Woche), sind in der Kopie der neueren Version: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="51"/>
        <source>Your task history on this computer could not be opened ({reason}): {path}. Your tasks are read from your server, but nothing is kept after you quit. Check that you may read and write that file and its folder, then start nctask-desktop again.</source>
        <translation>Dein Aufgabenverlauf auf diesem Computer konnte nicht geöffnet werden ({reason}): {path}. Deine Aufgaben werden von deinem Server geladen, aber nichts bleibt erhalten, wenn du die App beendest. Prüfe, ob du diese Datei und ihren Ordner lesen und schreiben darfst, und starte nctask-desktop dann neu.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="55"/>
        <source>Show the file</source>
        <translation>Datei anzeigen</translation>
    </message>
</context>
<context>
    <name>TaskChoiceDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="78"/>
        <source>Choose a task</source>
        <translation>Aufgabe auswählen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="82"/>
        <source>Which task should take {name}?</source>
        <translation>Welche Aufgabe soll {name} verwenden?</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/open_with.py" line="84"/>
        <source>Which task should take these %n files?</source>
        <translation>
            <numerusform>Welche Aufgabe soll diese %n Datei verwenden?</numerusform>
            <numerusform>Welche Aufgabe soll diese %n Dateien verwenden?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="89"/>
        <source>Tasks that take the files</source>
        <translation>Aufgaben, die die Dateien verwenden können</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="124"/>
        <source>Choose a task above to see where it stands and its results.</source>
        <translation>Wähle oben eine Aufgabe aus, um ihren Stand und ihre Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="155"/>
        <source>The task&apos;s input</source>
        <translation>Die Eingabe der Aufgabe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="161"/>
        <source>Where the task stands</source>
        <translation>Stand der Aufgabe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="164"/>
        <source>Progress of the task</source>
        <translation>Fortschritt der Aufgabe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="174"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="181"/>
        <source>Save all</source>
        <translation>Alle speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="182"/>
        <source>Save all results in the download folder</source>
        <translation>Alle Ergebnisse im Download-Ordner speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="184"/>
        <source>Save all to…</source>
        <translation>Alle speichern unter…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="186"/>
        <source>Save all results to a folder you choose</source>
        <translation>Alle Ergebnisse in einem Ordner deiner Wahl speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="189"/>
        <source>Save to Nextcloud…</source>
        <translation>In Nextcloud speichern…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="191"/>
        <source>Save the results in a folder of your Nextcloud</source>
        <translation>Die Ergebnisse in einem Ordner deiner Nextcloud speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="200"/>
        <source>Saved on this computer</source>
        <translation>Auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="207"/>
        <source>Input files</source>
        <translation>Eingabedateien</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="209"/>
        <source>Show input files</source>
        <translation>Eingabedateien anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="210"/>
        <source>Download and show the task&apos;s input files</source>
        <translation>Die Eingabedateien der Aufgabe herunterladen und anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="288"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="462"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="536"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="288"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="462"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="537"/>
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="328"/>
        <source>Submitted {when}</source>
        <translation>Abgesendet {when}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="329"/>
        <source>task {id}</source>
        <translation>Aufgabe {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="331"/>
        <source>from “{app}”</source>
        <translation>von „{app}“</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="341"/>
        <source>Waiting for the server to start it (for {time}).</source>
        <translation>Wartet darauf, dass der Server sie startet (seit {time}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="345"/>
        <source>Running for {time}.</source>
        <translation>Läuft seit {time}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="347"/>
        <source>Running for {time} — {percent}% done.</source>
        <translation>Läuft seit {time} — {percent} % erledigt.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="355"/>
        <source>Done at {time}.</source>
        <translation>Fertig um {time}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="357"/>
        <source>Done at {time}, after {duration}.</source>
        <translation>Fertig um {time}, nach {duration}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="360"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="362"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="364"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="372"/>
        <source>Expected to be done around {time} (in {left}).</source>
        <translation>Voraussichtlich fertig gegen {time} (in {left}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="375"/>
        <source>It is taking longer than the server expected ({time}).</source>
        <translation>Es dauert länger, als der Server erwartet hat ({time}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="385"/>
        <source>The server no longer has this task: it removes old tasks after a while, or the task was deleted elsewhere. What you saved on this computer is kept.</source>
        <translation>Diese Aufgabe gibt es auf dem Server nicht mehr: Alte Aufgaben werden dort nach einer Weile entfernt, oder die Aufgabe wurde anderswo gelöscht. Was du auf diesem Computer gespeichert hast, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="393"/>
        <source>Task id: {id}</source>
        <translation>Aufgaben-ID: {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="399"/>
        <source>Still waiting after {time}. The server may have no worker running: tasks start when its background jobs run. If this stays so, tell the server&apos;s administrator.</source>
        <translation>Die Aufgabe wartet schon seit {time}. Vielleicht läuft auf dem Server kein Worker: Aufgaben starten erst, wenn seine Hintergrundjobs laufen. Wenn das so bleibt, wende dich an die Administration des Servers.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="458"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="458"/>
        <source>Play {name} in your audio player</source>
        <translation>{name} in deinem Audioplayer abspielen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="466"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="466"/>
        <source>Save {name} to a folder</source>
        <translation>{name} in einem Ordner speichern</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="478"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="479"/>
        <source>Copy “{name}”</source>
        <translation>„{name}“ kopieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="488"/>
        <source>Not available while signed out.</source>
        <translation>Nicht verfügbar, solange du abgemeldet bist.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="495"/>
        <source>The server no longer has this file.</source>
        <translation>Diese Datei gibt es auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="534"/>
        <source>{name} (moved or deleted)</source>
        <translation>{name} (verschoben oder gelöscht)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="540"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="541"/>
        <source>Show {name} in its folder</source>
        <translation>{name} im Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>TaskTypeModel</name>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="104"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="113"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="187"/>
        <source>Characters: {count}</source>
        <translation>Zeichen: {count}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="193"/>
        <source>This text is longer than {limit} characters. The server may refuse it or cut it short.</source>
        <translation>Dieser Text ist länger als {limit} Zeichen. Der Server lehnt ihn vielleicht ab oder kürzt ihn.</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="205"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="206"/>
        <source>{name}: open it large</source>
        <translation>{name}: groß anzeigen</translation>
    </message>
</context>
<context>
    <name>TypeBrowser</name>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="58"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="59"/>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="60"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="61"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="62"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="199"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="200"/>
        <source>Search tasks</source>
        <translation>Aufgaben suchen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="209"/>
        <source>Refresh the list of tasks ({key})</source>
        <translation>Aufgabenliste aktualisieren ({key})</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="215"/>
        <source>Refresh the list of tasks</source>
        <translation>Aufgabenliste aktualisieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="234"/>
        <source>Task types</source>
        <translation>Aufgabentypen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="245"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="246"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="255"/>
        <source>No task matches your search.</source>
        <translation>Keine Aufgabe passt zu deiner Suche.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="273"/>
        <source>This server offers no AI tasks yet.</source>
        <translation>Dieser Server bietet noch keine KI-Aufgaben an.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="275"/>
        <source>Ask the administrator to install the Assistant app and an AI provider (for example a local language model).</source>
        <translation>Wende dich an die Administration, damit sie die Assistant-App und einen KI-Anbieter installiert (zum Beispiel ein lokales Sprachmodell).</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="92"/>
        <source>Record a message</source>
        <translation>Nachricht aufnehmen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="93"/>
        <source>Use this recording</source>
        <translation>Diese Aufnahme verwenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="110"/>
        <source>Turning your recording into text…</source>
        <translation>Deine Aufnahme wird in Text umgewandelt…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="110"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="112"/>
        <source>Stop turning the recording into text</source>
        <translation>Umwandlung der Aufnahme in Text abbrechen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="128"/>
        <source>Your recording is in the message box as text. Check it, then send it.</source>
        <translation>Deine Aufnahme steht jetzt als Text im Nachrichtenfeld. Prüfe den Text und sende ihn dann.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="154"/>
        <source>The recording could not be sent: {reason}</source>
        <translation>Die Aufnahme konnte nicht gesendet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="176"/>
        <source>The recording could not be turned into text. {reason}</source>
        <translation>Die Aufnahme konnte nicht in Text umgewandelt werden. {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="185"/>
        <source>No words were heard in the recording.</source>
        <translation>In der Aufnahme waren keine Wörter zu hören.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="35"/>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="41"/>
        <source>Use the AI features of your own Nextcloud from your desktop: write and summarise text, translate, create images, transcribe recordings — with your own files, on your own server.</source>
        <translation>Nutze die KI-Funktionen deiner eigenen Nextcloud vom Desktop aus: Texte schreiben und zusammenfassen, übersetzen, Bilder erstellen, Aufnahmen transkribieren — mit deinen eigenen Dateien, auf deinem eigenen Server.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="50"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="51"/>
        <source>Connect to your Nextcloud</source>
        <translation>Mit deiner Nextcloud verbinden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="59"/>
        <source>You sign in through your browser; this app gets its own app password, which you can revoke in your Nextcloud at any time. It needs Nextcloud 30 or newer.</source>
        <translation>Du meldest dich über deinen Browser an; diese App bekommt ihr eigenes App-Passwort, das du jederzeit in deiner Nextcloud widerrufen kannst. Sie benötigt Nextcloud 30 oder neuer.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="66"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="67"/>
        <source>Try it without an account</source>
        <translation>Ohne Konto ausprobieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="73"/>
        <source>Starts a simulated Nextcloud on this computer, so you can try every feature. Nothing is sent anywhere; the results are examples, and the demo forgets its tasks when you quit.</source>
        <translation>Startet eine simulierte Nextcloud auf diesem Computer, damit du alle Funktionen ausprobieren kannst. Es wird nichts nach außen gesendet; die Ergebnisse sind Beispiele, und die Demo vergisst ihre Aufgaben, wenn du die App beendest.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="128"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="57"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="58"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="60"/>
        <source>S&amp;witch account</source>
        <translation>Konto &amp;wechseln</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="62"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="64"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="68"/>
        <source>&amp;Quick text…</source>
        <translation>&amp;Schnelltext…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="72"/>
        <source>Summarise, translate or ask about the text in the clipboard</source>
        <translation>Den Text in der Zwischenablage zusammenfassen, übersetzen oder Fragen dazu stellen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="74"/>
        <source>Run on &amp;many files…</source>
        <translation>Für &amp;viele Dateien ausführen…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="75"/>
        <source>One task per file, the other inputs filled once</source>
        <translation>Eine Aufgabe pro Datei, die anderen Eingaben nur einmal ausgefüllt</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="86"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="88"/>
        <source>&amp;Refresh task list</source>
        <translation>Aufgabenliste &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="93"/>
        <source>&amp;Find a task</source>
        <translation>Aufgabe &amp;suchen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="97"/>
        <source>&amp;New task</source>
        <translation>&amp;Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="99"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="100"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="106"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="108"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="112"/>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="114"/>
        <source>&amp;Report a problem…</source>
        <translation>Problem &amp;melden…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="117"/>
        <source>Write one zip file with the logs and settings, to attach to a problem report</source>
        <translation>Eine Zip-Datei mit den Protokollen und Einstellungen erstellen, die du einer Problemmeldung anhängen kannst</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="119"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="145"/>
        <source>Open the context menu</source>
        <translation>Kontextmenü öffnen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="145"/>
        <source>Menu key, or Shift+F10</source>
        <translation>Menütaste oder Shift+F10</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="146"/>
        <source>Next or previous control</source>
        <translation>Nächstes oder vorheriges Bedienelement</translation>
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
        <translation>Neue Aufgabe, Verlauf oder Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="47"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="57"/>
        <location filename="../nctask_desktop/ui/work_page.py" line="105"/>
        <source>History</source>
        <translation>Verlauf</translation>
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
            <numerusform>Verlauf (%n läuft)</numerusform>
            <numerusform>Verlauf (%n laufen)</numerusform>
        </translation>
    </message>
</context>
</TS>
