<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="134"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="140"/>
        <source>Version {version} ({name}), with Qt {qt} and Python {python}</source>
        <translation>Versión {version} ({name}), con Qt {qt} y Python {python}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="153"/>
        <source>Runs the AI tasks of your own Nextcloud server from your desktop, with your own files. Free software under the GNU Affero General Public License, version 3 or later.</source>
        <translation>Ejecuta las tareas de IA de tu propio servidor Nextcloud desde el escritorio, con tus propios archivos. Software libre bajo la GNU Affero General Public License, versión 3 o posterior.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="164"/>
        <source>The project&apos;s address: {url}</source>
        <translation>Dirección del proyecto: {url}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="167"/>
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="172"/>
        <source>Libraries and their licences</source>
        <translation>Bibliotecas y sus licencias</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="173"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>AccountArea</name>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="45"/>
        <source>{account} — sign in again</source>
        <translation>{account} — vuelve a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="53"/>
        <source>Simulated server on this computer</source>
        <translation>Servidor simulado en este equipo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="70"/>
        <source>You are trying the app with a simulated Nextcloud on this computer. The results are examples, and the demo forgets its tasks when you quit. Connect your own Nextcloud whenever you like.</source>
        <translation>Estás probando la aplicación con un Nextcloud simulado en este equipo. Los resultados son ejemplos y la demostración olvida sus tareas al salir. Conecta tu propio Nextcloud cuando quieras.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="74"/>
        <source>Connect your Nextcloud</source>
        <translation>Conectar tu Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="83"/>
        <source>This computer has no usable keychain, so your app password is kept only until you quit the app. You will need to sign in again next time.</source>
        <translation>Este equipo no tiene un llavero que se pueda usar, así que tu contraseña de aplicación solo se guarda hasta que cierres la aplicación. La próxima vez tendrás que volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="97"/>
        <source>Your app password for {server} was not kept on this computer, because it has no keychain. Nothing was deleted. Sign in again to continue.</source>
        <translation>Tu contraseña de aplicación para {server} no se guardó en este equipo porque no tiene llavero. No se ha eliminado nada. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="103"/>
        <source>Your app password for {server} is no longer in this computer&apos;s keychain. Nothing was deleted. Sign in again to continue.</source>
        <translation>Tu contraseña de aplicación para {server} ya no está en el llavero de este equipo. No se ha eliminado nada. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="108"/>
        <source>{server} no longer accepts this app&apos;s password (it may have been revoked). Nothing was deleted. Sign in again to continue.</source>
        <translation>{server} ya no acepta la contraseña de esta aplicación (puede que se haya revocado). No se ha eliminado nada. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="112"/>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="119"/>
        <location filename="../nctask_desktop/ui/account_area.py" line="125"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="120"/>
        <source>Sign out of {account}?</source>
        <translation>¿Cerrar la sesión de {account}?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="122"/>
        <source>The app password is revoked on the server and removed from this computer, with your unsent drafts. Your tasks and files in Nextcloud stay.</source>
        <translation>La contraseña de aplicación se revoca en el servidor y se elimina de este equipo, junto con tus borradores sin enviar. Tus tareas y archivos en Nextcloud se conservan.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="131"/>
        <source>Signed out here, but the server could not be told to revoke the app password: {reason} You can revoke it in your Nextcloud under Settings → Security.</source>
        <translation>Se ha cerrado la sesión aquí, pero no se pudo pedir al servidor que revoque la contraseña de aplicación: {reason} Puedes revocarla en tu Nextcloud, en Ajustes → Seguridad.</translation>
    </message>
</context>
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="116"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="118"/>
        <source>Switch account</source>
        <translation>Cambiar de cuenta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="124"/>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="125"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="126"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="127"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="79"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="114"/>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="79"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="114"/>
        <source>Connect to your Nextcloud</source>
        <translation>Conectar con tu Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="92"/>
        <source>This computer has no usable keychain, so the app password is kept only until you quit the app. You will need to sign in again next time.</source>
        <translation>Este equipo no tiene un llavero que se pueda usar, así que la contraseña de aplicación solo se guarda hasta que cierres la aplicación. La próxima vez tendrás que volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="119"/>
        <source>cloud.example.org</source>
        <translation>cloud.example.org</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="121"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="125"/>
        <source>The address you type in your browser to open your Nextcloud.</source>
        <translation>La dirección que escribes en el navegador para abrir tu Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="136"/>
        <source>Use an app &amp;password instead</source>
        <translation>Usar una &amp;contraseña de aplicación en su lugar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="138"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="193"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="232"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="140"/>
        <source>Sign in with your &amp;browser</source>
        <translation>Iniciar sesión con el &amp;navegador</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="151"/>
        <source>Finish signing in in your browser</source>
        <translation>Termina de iniciar sesión en el navegador</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="154"/>
        <source>Your browser shows the login page of your Nextcloud. Log in there and choose “Grant access”. This window continues by itself.</source>
        <translation>El navegador muestra la página de inicio de sesión de tu Nextcloud. Inicia sesión allí y elige “Conceder acceso”. Esta ventana continuará sola.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="163"/>
        <source>No browser window? Copy the link and open it in your browser.</source>
        <translation>¿No ves la ventana del navegador? Copia el enlace y ábrelo en tu navegador.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="169"/>
        <source>Sign-in link</source>
        <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="171"/>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="174"/>
        <source>&amp;Open browser again</source>
        <translation>Abrir el &amp;navegador otra vez</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="184"/>
        <source>Waiting for you to grant access…</source>
        <translation>Esperando a que concedas acceso…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="191"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="231"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="193"/>
        <source>Cancel signing in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="201"/>
        <source>Sign in with an app password</source>
        <translation>Iniciar sesión con una contraseña de aplicación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="206"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="208"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="214"/>
        <source>App &amp;password:</source>
        <translation>&amp;Contraseña de aplicación:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="219"/>
        <source>Create an app password in your Nextcloud in the browser: Settings → Security → “Create new app password”. Copy the login name and the password it shows.</source>
        <translation>Crea una contraseña de aplicación en tu Nextcloud desde el navegador: Ajustes → Seguridad → “Crear nueva contraseña de aplicación”. Copia el nombre de usuario y la contraseña que aparecen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="233"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="304"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="366"/>
        <source>Connect with http://</source>
        <translation>Conectar con http://</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="340"/>
        <source>Fill in the login name and the app password.</source>
        <translation>Rellena el nombre de usuario y la contraseña de aplicación.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="362"/>
        <source>An address with http:// connects without encryption: others on the network could read your password and your files. Use https:// if your server offers it, or connect with http:// only on a network you trust.</source>
        <translation>Una dirección con http:// se conecta sin cifrado: otras personas de la red podrían leer tu contraseña y tus archivos. Usa https:// si tu servidor lo ofrece, o conéctate con http:// solo en una red de confianza.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="470"/>
        <source>The link is copied. Paste it into your browser.</source>
        <translation>Se ha copiado el enlace. Pégalo en tu navegador.</translation>
    </message>
</context>
<context>
    <name>AccountFlows</name>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="149"/>
        <source>{server} asked for the data of {name} on this computer to be removed (a remote wipe): its history, drafts and app password are gone from here. Files you saved are kept.</source>
        <translation>{server} ha pedido que se eliminen los datos de {name} de este equipo (borrado remoto): el historial, los borradores y la contraseña de aplicación ya no están aquí. Los archivos que guardaste se conservan.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="168"/>
        <source>Trusted: {old}</source>
        <translation>De confianza: {old}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="171"/>
        <source>Now: {new}</source>
        <translation>Ahora: {new}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="184"/>
        <source>Demo User</source>
        <translation>Usuario de demostración</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="33"/>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="34"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="35"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="36"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
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
        <translation>Avatar de {name}</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="61"/>
        <source>Run on many files</source>
        <translation>Ejecutar en varios archivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="63"/>
        <source>Run “{task}” on many files</source>
        <translation>Ejecutar “{task}” en varios archivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="71"/>
        <source>One task for each file. The other inputs are taken from the form, the same for every file.</source>
        <translation>Una tarea por cada archivo. Los demás datos se toman del formulario y son los mismos para todos los archivos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="83"/>
        <source>The &amp;input that changes:</source>
        <translation>El &amp;campo que cambia:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="84"/>
        <source>The input that changes from file to file</source>
        <translation>El campo que cambia de un archivo a otro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="89"/>
        <source>&amp;Files:</source>
        <translation>&amp;Archivos:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="92"/>
        <source>The files, one task each</source>
        <translation>Los archivos, una tarea por cada uno</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="99"/>
        <source>How many files</source>
        <translation>Cuántos archivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="101"/>
        <source>&amp;Add files…</source>
        <translation>Aña&amp;dir archivos…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="104"/>
        <source>Add a f&amp;older…</source>
        <translation>Añadir una ca&amp;rpeta…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="107"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="110"/>
        <source>Remove the selected files</source>
        <translation>Quitar los archivos seleccionados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="118"/>
        <source>Results:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="121"/>
        <source>&amp;Next to each file</source>
        <translation>&amp;Junto a cada archivo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="123"/>
        <source>In &amp;this folder:</source>
        <translation>En &amp;esta carpeta:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="128"/>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="242"/>
        <source>(none chosen)</source>
        <translation>(ninguna elegida)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="131"/>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="134"/>
        <source>Choose the folder for the results</source>
        <translation>Elegir la carpeta para los resultados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="145"/>
        <source>Each result is named after its file (interview.wav gives interview.txt); a file already there is never replaced.</source>
        <translation>Cada resultado recibe el nombre de su archivo (entrevista.wav da entrevista.txt); nunca se sustituye un archivo que ya exista.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="153"/>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="156"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="156"/>
        <source>Start the tasks</source>
        <translation>Iniciar las tareas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="210"/>
        <source>Files: {n}, one task each.</source>
        <translation>Archivos: {n}, una tarea por cada uno.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="212"/>
        <source>Add {kinds}, or a folder that holds some.</source>
        <translation>Añade {kinds}, o una carpeta con archivos de ese tipo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="214"/>
        <source>Left out, as “{input}” does not take them: {n}.</source>
        <translation>Descartados porque “{input}” no los admite: {n}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="223"/>
        <source>Fill in the form first: {inputs}. Close this window, fill them in, and choose Run on many files again.</source>
        <translation>Primero rellena el formulario: {inputs}. Cierra esta ventana, rellena esos campos y vuelve a elegir “Ejecutar en varios archivos”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="228"/>
        <source>Choose the folder for the results.</source>
        <translation>Elige la carpeta para los resultados.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="249"/>
        <source>Save the results in…</source>
        <translation>Guardar los resultados en…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="252"/>
        <source>Save here</source>
        <translation>Guardar aquí</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="262"/>
        <source>Add {kinds}</source>
        <translation>Añadir {kinds}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="269"/>
        <source>Add the files of a folder</source>
        <translation>Añadir los archivos de una carpeta</translation>
    </message>
</context>
<context>
    <name>BatchFlow</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_flow.py" line="194"/>
        <source>Choose a task that takes a file (such as audio or an image) first.</source>
        <translation>Primero elige una tarea que admita un archivo (como un audio o una imagen).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_flow.py" line="246"/>
        <source>the marked inputs</source>
        <translation>los campos marcados</translation>
    </message>
</context>
<context>
    <name>BatchItemsModel</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="428"/>
        <location filename="../nctask_desktop/ui/batch_view.py" line="432"/>
        <source>Runs on many files</source>
        <translation>Ejecuciones en varios archivos</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="47"/>
        <source>Waiting its turn</source>
        <translation>Esperando su turno</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="48"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="49"/>
        <source>Waiting for the server&apos;s limit</source>
        <translation>En espera por el límite del servidor</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="50"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="51"/>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="52"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="53"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="54"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="56"/>
        <source>Sent; waiting for the server to start it</source>
        <translation>Enviada; esperando a que el servidor la inicie</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="69"/>
        <source>Failed: {reason}</source>
        <translation>Fallida: {reason}</translation>
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
        <translation>{task}: {done} de {total} terminados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="111"/>
        <source>(paused)</source>
        <translation>(en pausa)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="218"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="218"/>
        <source>Pause the batch</source>
        <translation>Pausar el lote</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="221"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="221"/>
        <source>Resume the batch</source>
        <translation>Reanudar el lote</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="224"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="224"/>
        <source>Cancel the batch</source>
        <translation>Cancelar el lote</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="227"/>
        <source>Retry failed</source>
        <translation>Reintentar los fallidos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="230"/>
        <source>Retry the failed files</source>
        <translation>Reintentar los archivos fallidos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="246"/>
        <source>Batch progress</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="250"/>
        <source>Files done, running, waiting and failed</source>
        <translation>Archivos terminados, en ejecución, en espera y fallidos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="254"/>
        <source>The server&apos;s limit</source>
        <translation>El límite del servidor</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="257"/>
        <source>Where the results go</source>
        <translation>Dónde se guardan los resultados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="271"/>
        <source>The files of the batch</source>
        <translation>Los archivos del lote</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="273"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="283"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="286"/>
        <source>Show the selected file&apos;s result in its folder</source>
        <translation>Mostrar en su carpeta el resultado del archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="290"/>
        <source>&amp;Open result</source>
        <translation>&amp;Abrir el resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="293"/>
        <source>Open the selected file&apos;s result</source>
        <translation>Abrir el resultado del archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="297"/>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="300"/>
        <source>Remove the finished batch from the list</source>
        <translation>Quitar de la lista el lote terminado</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="322"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n terminado</numerusform>
            <numerusform>%n terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="323"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n en ejecución</numerusform>
            <numerusform>%n en ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="324"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="325"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="328"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="331"/>
        <source>Results are saved next to each file.</source>
        <translation>Los resultados se guardan junto a cada archivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="334"/>
        <source>Results are saved in {folder}.</source>
        <translation>Los resultados se guardan en {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="352"/>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="354"/>
        <source>Paused: no new task is sent. Tasks already sent go on.</source>
        <translation>En pausa: no se envían tareas nuevas. Las tareas ya enviadas continúan.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="360"/>
        <source>The server allows {limit} new tasks per {window}: the next one goes in {wait}.</source>
        <translation>El servidor admite {limit} tareas nuevas cada {window}: la siguiente se envía dentro de {wait}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="407"/>
        <source>This computer has no application to open “{name}”. It is in {folder}.</source>
        <translation>Este equipo no tiene ninguna aplicación para abrir “{name}”. Está en {folder}.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="426"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="55"/>
        <source>A certificate this computer does not trust</source>
        <translation>Un certificado en el que este equipo no confía</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="57"/>
        <source>Trust the certificate of {server}?</source>
        <translation>¿Confiar en el certificado de {server}?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="64"/>
        <source>This computer does not trust the certificate the server presents. If it is your own server with its own certificate, compare the fingerprint below with the one its administrator sees on the server. Trust it only if they are the same: this account will then trust exactly this certificate, and refuse any other.</source>
        <translation>Este equipo no confía en el certificado que presenta el servidor. Si es tu propio servidor con su propio certificado, compara la huella digital de abajo con la que ve su administrador en el servidor. Confía en él solo si son iguales: así esta cuenta confiará exactamente en este certificado y rechazará cualquier otro.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="84"/>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="85"/>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="86"/>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="87"/>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="88"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="98"/>
        <source>Trust this certificate for this account</source>
        <translation>Confiar en este certificado para esta cuenta</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="72"/>
        <source>The answer was cancelled.</source>
        <translation>Se ha cancelado la respuesta.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="73"/>
        <source>The server no longer has this answer&apos;s task. Retry to ask again.</source>
        <translation>La tarea de esta respuesta ya no está en el servidor. Pulsa “Reintentar” para volver a pedirla.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="76"/>
        <source>This message did not reach the server before the app was closed.</source>
        <translation>Este mensaje no llegó al servidor antes de que se cerrara la aplicación.</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="50"/>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="95"/>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="98"/>
        <source>Check again whether your server offers chat</source>
        <translation>Volver a comprobar si tu servidor ofrece chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="142"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="145"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="151"/>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="160"/>
        <source>Chat: new conversation</source>
        <translation>Chat: nueva conversación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="161"/>
        <source>Chat: send the message</source>
        <translation>Chat: enviar el mensaje</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="163"/>
        <source>Chat: new line in the message</source>
        <translation>Chat: nueva línea en el mensaje</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="166"/>
        <source>Chat: rename the conversation</source>
        <translation>Chat: cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="167"/>
        <source>Chat: delete the conversation</source>
        <translation>Chat: eliminar la conversación</translation>
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
        <translation>Inicia sesión en tu Nextcloud para chatear con su asistente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="216"/>
        <source>Looking at what your server offers…</source>
        <translation>Comprobando qué ofrece tu servidor…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="219"/>
        <source>Your server does not offer chat</source>
        <translation>Tu servidor no ofrece chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="221"/>
        <source>Chat needs an AI app on your Nextcloud that provides it. Its administrator can enable one, for example “OpenAI and LocalAI integration” or “Local large language model” (llm2), together with the Assistant app. The other tasks your server offers are on the New task tab.</source>
        <translation>El chat necesita una aplicación de IA en tu Nextcloud que lo ofrezca. El administrador puede activar una, por ejemplo “OpenAI and LocalAI integration” o “Local large language model” (llm2), junto con la aplicación Asistente. Las demás tareas que ofrece tu servidor están en la pestaña Nueva tarea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="278"/>
        <source>The conversation of that chat message was deleted.</source>
        <translation>La conversación de ese mensaje del chat se ha eliminado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="281"/>
        <source>That chat message was sent from elsewhere (for example the Assistant in your browser): its conversation is not on this computer.</source>
        <translation>Ese mensaje del chat se envió desde otro lugar (por ejemplo, desde el Asistente en tu navegador): su conversación no está en este equipo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="354"/>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="355"/>
        <source>Delete the conversation “{title}”?</source>
        <translation>¿Eliminar la conversación “{title}”?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="357"/>
        <source>Its messages and answers are deleted from this computer. This cannot be undone.</source>
        <translation>Sus mensajes y respuestas se eliminan de este equipo. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="359"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="53"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="57"/>
        <source>Still waiting for the server to start it. The server may have no worker running: tell its administrator if this stays so.</source>
        <translation>Sigue esperando a que el servidor la inicie. Puede que el servidor no tenga ningún proceso de trabajo en marcha: si sigue así, avisa a su administrador.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="62"/>
        <source>Waiting for the server to start it</source>
        <translation>Esperando a que el servidor la inicie</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="63"/>
        <source>Writing the answer…</source>
        <translation>Escribiendo la respuesta…</translation>
    </message>
</context>
<context>
    <name>CollapsibleSection</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="86"/>
        <source>Expanded</source>
        <translation>Desplegado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="86"/>
        <source>Collapsed</source>
        <translation>Plegado</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="196"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="78"/>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="212"/>
        <source>&amp;New conversation</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="214"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una nueva conversación (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="216"/>
        <location filename="../nctask_desktop/ui/chat_list.py" line="217"/>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="221"/>
        <source>No conversations yet.</source>
        <translation>Aún no hay conversaciones.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="222"/>
        <source>No conversation matches the search.</source>
        <translation>Ninguna conversación coincide con la búsqueda.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="123"/>
        <source>Ask anything. Your Nextcloud&apos;s assistant answers; the conversation is kept on this computer for this account. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Pregunta lo que quieras. Te responde el asistente de tu Nextcloud; la conversación se guarda en este equipo para esta cuenta. Enter envía el mensaje y Shift+Enter empieza una nueva línea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="134"/>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="135"/>
        <source>Write a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="137"/>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Enter envía el mensaje; Shift+Enter empieza una nueva línea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="141"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="142"/>
        <source>Record a message</source>
        <translation>Grabar un mensaje</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="143"/>
        <source>Record a message: its words go into the message box</source>
        <translation>Grabar un mensaje: sus palabras se escriben en el cuadro del mensaje</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="148"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="149"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="150"/>
        <source>Send the message (Enter)</source>
        <translation>Enviar el mensaje (Enter)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="161"/>
        <source>More options</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="162"/>
        <source>&amp;Instructions for the assistant in this conversation:</source>
        <translation>&amp;Instrucciones para el asistente en esta conversación:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="164"/>
        <source>Instructions for the assistant</source>
        <translation>Instrucciones para el asistente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="169"/>
        <source>Use the usual instructions</source>
        <translation>Usar las instrucciones predeterminadas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="204"/>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="305"/>
        <source>Wait for the answer (or cancel it) before you send the next message.</source>
        <translation>Espera a la respuesta (o cancélala) antes de enviar el siguiente mensaje.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="315"/>
        <source>The answer is copied. Paste it wherever you like.</source>
        <translation>Se ha copiado la respuesta. Pégala donde quieras.</translation>
    </message>
</context>
<context>
    <name>DavEntryModel</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="111"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="112"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="113"/>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="143"/>
        <source>This file cannot be used here.</source>
        <translation>Este archivo no se puede usar aquí.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="147"/>
        <source>Folder {name}</source>
        <translation>Carpeta {name}</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="150"/>
        <source>Show {app}</source>
        <translation>Mostrar {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="152"/>
        <source>Show the history</source>
        <translation>Mostrar el historial</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="154"/>
        <source>Quick text…</source>
        <translation>Texto rápido…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="156"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="392"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="396"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="442"/>
        <source>{value} (not offered)</source>
        <translation>{value} (no disponible)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="45"/>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="66"/>
        <source>The details are also in the log file: {path}</source>
        <translation>Los detalles también están en el archivo de registro: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="72"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="73"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="76"/>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="77"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="87"/>
        <source>The details are copied. Paste them into your report.</source>
        <translation>Se han copiado los detalles. Pégalos en tu informe.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../nctask_desktop/messages.py" line="67"/>
        <source>The file {name} was moved or deleted after you submitted it.</source>
        <translation>El archivo {name} se movió o se eliminó después de que lo enviaras.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="70"/>
        <source>Choose the file again in the form of this task type, then submit.</source>
        <translation>Vuelve a elegir el archivo en el formulario de este tipo de tarea y vuelve a enviar la tarea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="77"/>
        <source>The file {name} changed after you submitted it.</source>
        <translation>El archivo {name} cambió después de que lo enviaras.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="78"/>
        <source>It was not sent, so that the task does not use a version you did not choose. Submit it again to send the file as it is now.</source>
        <translation>La tarea no se ha enviado, para que no use una versión que no elegiste. Vuelve a enviarla para mandar el archivo tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="87"/>
        <source>This app is not allowed to write or read {path}.</source>
        <translation>Esta aplicación no tiene permiso para escribir o leer {path}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="88"/>
        <source>Choose another folder, or check the folder&apos;s permissions.</source>
        <translation>Elige otra carpeta o revisa los permisos de la carpeta.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="95"/>
        <source>The file {path} does not exist (any more).</source>
        <translation>El archivo {path} no existe (o ya no existe).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="96"/>
        <source>Check the name, or choose the file again.</source>
        <translation>Revisa el nombre o vuelve a elegir el archivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="101"/>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="102"/>
        <source>Free some space, then try again.</source>
        <translation>Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="106"/>
        <source>A file could not be read or written: {reason}.</source>
        <translation>No se pudo leer o escribir un archivo: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="107"/>
        <source>Check the file and folder, then try again.</source>
        <translation>Revisa el archivo y la carpeta, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="111"/>
        <source>Something unexpected went wrong.</source>
        <translation>Ha ocurrido un error inesperado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="112"/>
        <source>Please try again. If it keeps happening, report it with the log file.</source>
        <translation>Vuelve a intentarlo. Si sigue ocurriendo, infórmalo y adjunta el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="125"/>
        <source>The disk is full: the result could not be saved in {folder}.</source>
        <translation>El disco está lleno: no se pudo guardar el resultado en {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="126"/>
        <source>The disk is full: the report could not be saved in {folder}.</source>
        <translation>El disco está lleno: no se pudo guardar el informe en {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="127"/>
        <location filename="../nctask_desktop/messages.py" line="136"/>
        <source>Free some space or choose another folder, then save again.</source>
        <translation>Libera algo de espacio o elige otra carpeta, y vuelve a guardar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="130"/>
        <source>Your disk quota is used up: the result could not be saved in {folder}.</source>
        <translation>Se ha agotado tu cuota de disco: no se pudo guardar el resultado en {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="133"/>
        <source>Your disk quota is used up: the report could not be saved in {folder}.</source>
        <translation>Se ha agotado tu cuota de disco: no se pudo guardar el informe en {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="139"/>
        <source>This app may not write in {folder}, so the result was not saved.</source>
        <translation>Esta aplicación no tiene permiso para escribir en {folder}, así que no se guardó el resultado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="142"/>
        <source>This app may not write in {folder}, so the report was not saved.</source>
        <translation>Esta aplicación no tiene permiso para escribir en {folder}, así que no se guardó el informe.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="145"/>
        <source>Choose another folder, or allow writing in this one, then save again.</source>
        <translation>Elige otra carpeta, o permite la escritura en esta, y vuelve a guardar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="150"/>
        <source>{folder} is on a read-only disk, so the result was not saved.</source>
        <translation>{folder} está en un disco de solo lectura, así que no se guardó el resultado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="153"/>
        <source>{folder} is on a read-only disk, so the report was not saved.</source>
        <translation>{folder} está en un disco de solo lectura, así que no se guardó el informe.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="156"/>
        <source>Choose another folder, then save again.</source>
        <translation>Elige otra carpeta y vuelve a guardar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="159"/>
        <source>The result could not be saved in {folder}: {reason}.</source>
        <translation>No se pudo guardar el resultado en {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="160"/>
        <source>The report could not be saved in {folder}: {reason}.</source>
        <translation>No se pudo guardar el informe en {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="161"/>
        <source>Check the folder or choose another one, then save again.</source>
        <translation>Revisa la carpeta o elige otra, y vuelve a guardar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="193"/>
        <source>{server} answers only over plain http. It is on this computer, so nothing leaves it.</source>
        <translation>{server} solo responde por http simple. Está en este equipo, así que nada sale de él.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="197"/>
        <source>Connect with http:// to go on.</source>
        <translation>Conéctate con http:// para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="200"/>
        <source>{server} answers only over plain http, without encryption: this is not a certificate problem.</source>
        <translation>{server} solo responde por http simple, sin cifrado: no es un problema de certificado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="204"/>
        <source>You can connect with http://, but others on the network could read your password and your files. Do it only on a network you trust, or ask for https to be set up.</source>
        <translation>Puedes conectarte con http://, pero otras personas de la red podrían leer tu contraseña y tus archivos. Hazlo solo en una red de confianza, o pide que se configure https.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="213"/>
        <source>You are not signed in to {server}.</source>
        <translation>No has iniciado sesión en {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="214"/>
        <source>Sign in again to continue.</source>
        <translation>Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="217"/>
        <source>{server} did not accept the login name or app password.</source>
        <translation>{server} no aceptó el nombre de usuario o la contraseña de aplicación.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="218"/>
        <source>It may have been revoked. Sign in again to continue.</source>
        <translation>Puede que se haya revocado. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="224"/>
        <source>The server did not accept the input: {message}</source>
        <translation>El servidor no aceptó los datos: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="225"/>
        <source>Correct it and try again.</source>
        <translation>Corrígelos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="228"/>
        <source>The server did not accept the input.</source>
        <translation>El servidor no aceptó los datos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="229"/>
        <source>Check the values and try again.</source>
        <translation>Revisa los valores y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="235"/>
        <source>The server refused: {message}</source>
        <translation>El servidor lo rechazó: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="236"/>
        <source>Choose files you own, or ask the owner to share them with you.</source>
        <translation>Elige archivos que sean tuyos, o pide a su propietario que los comparta contigo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="240"/>
        <source>You do not have access to this on {server}.</source>
        <translation>No tienes acceso a esto en {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="248"/>
        <source>That does not look like a server address.</source>
        <translation>Eso no parece una dirección de servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="249"/>
        <source>Type it as you would in a browser, for example cloud.example.org.</source>
        <translation>Escríbela como en el navegador, por ejemplo cloud.example.org.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="255"/>
        <source>The security certificate of {server} has changed since you trusted it, so nothing was sent.</source>
        <translation>El certificado de seguridad de {server} ha cambiado desde que confiaste en él, así que no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="259"/>
        <source>Ask the server&apos;s administrator whether it was renewed. If it was, sign in again to trust the new one; if not, someone may be listening in between.</source>
        <translation>Pregunta al administrador del servidor si se ha renovado. Si es así, vuelve a iniciar sesión para confiar en el nuevo; si no, puede que alguien esté espiando la conexión.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="266"/>
        <source>The security certificate of {server} is not trusted by this computer, so the connection was stopped.</source>
        <translation>Este equipo no confía en el certificado de seguridad de {server}, así que se ha detenido la conexión.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="270"/>
        <source>Check the address. If it is your own server with its own certificate, you can trust it after checking its fingerprint with the server&apos;s administrator.</source>
        <translation>Revisa la dirección. Si es tu propio servidor con su propio certificado, puedes confiar en él después de comprobar su huella digital con el administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="277"/>
        <source>{server} took too long to answer.</source>
        <translation>{server} tardó demasiado en responder.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="278"/>
        <source>Check your internet connection and try again in a moment.</source>
        <translation>Revisa tu conexión a internet y vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="282"/>
        <source>Could not reach {server}.</source>
        <translation>No se pudo conectar con {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="283"/>
        <source>Check the address and your internet connection, then try again.</source>
        <translation>Revisa la dirección y tu conexión a internet, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="289"/>
        <source>{server} sent the connection somewhere else, which this app does not follow for your safety.</source>
        <translation>{server} redirigió la conexión a otro sitio, y esta aplicación no la sigue por tu seguridad.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="293"/>
        <source>Use the address your Nextcloud shows in the browser after you have logged in.</source>
        <translation>Usa la dirección que muestra tu Nextcloud en el navegador después de iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="300"/>
        <source>{server} does not answer like a Nextcloud server.</source>
        <translation>{server} no responde como un servidor Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="301"/>
        <source>Check the address. If you are on a hotel or guest network, log in to it in your browser first.</source>
        <translation>Revisa la dirección. Si estás en la red de un hotel o en una red de invitados, inicia sesión primero en ella desde el navegador.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="308"/>
        <source>{server} is in maintenance mode or being updated.</source>
        <translation>{server} está en modo de mantenimiento o se está actualizando.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="309"/>
        <source>Try again later; nothing you entered is lost.</source>
        <translation>Vuelve a intentarlo más tarde; no se ha perdido nada de lo que escribiste.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="313"/>
        <source>The server allows 20 new tasks per 2 minutes, and that limit is reached.</source>
        <translation>El servidor admite 20 tareas nuevas cada 2 minutos y se ha alcanzado ese límite.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="316"/>
        <source>Wait a minute or two, then try again.</source>
        <translation>Espera uno o dos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="320"/>
        <source>This kind of task is not available on {server} right now.</source>
        <translation>Este tipo de tarea no está disponible en {server} en este momento.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="321"/>
        <source>Ask the administrator to enable an app that provides it, or choose another task.</source>
        <translation>Pide al administrador que active una aplicación que lo ofrezca, o elige otra tarea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="328"/>
        <source>The server no longer has this.</source>
        <translation>Esto ya no está en el servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="329"/>
        <source>It may have been deleted, or removed after the server&apos;s retention time.</source>
        <translation>Puede que se haya eliminado, o que el servidor lo haya borrado al acabar su plazo de conservación.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="335"/>
        <source>Your Nextcloud storage is full.</source>
        <translation>El almacenamiento de tu Nextcloud está lleno.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="336"/>
        <source>Delete some files in Nextcloud, then try again.</source>
        <translation>Elimina algunos archivos en Nextcloud y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="340"/>
        <source>The sign-in link expired before access was granted.</source>
        <translation>El enlace de inicio de sesión caducó antes de que se concediera el acceso.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="341"/>
        <source>Start signing in again.</source>
        <translation>Vuelve a empezar el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="345"/>
        <source>{server} refused the request as a security precaution.</source>
        <translation>{server} rechazó la solicitud como medida de seguridad.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="346"/>
        <source>Try again. If it keeps happening, a proxy in front of the server may be removing headers.</source>
        <translation>Vuelve a intentarlo. Si sigue ocurriendo, puede que un proxy delante del servidor esté quitando cabeceras.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="353"/>
        <source>{server} ran into a problem on its side.</source>
        <translation>{server} tuvo un problema por su parte.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="354"/>
        <source>Try again later. If it keeps happening, tell the server&apos;s administrator.</source>
        <translation>Vuelve a intentarlo más tarde. Si sigue ocurriendo, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="360"/>
        <source>{server} sent a reply this app cannot read.</source>
        <translation>{server} envió una respuesta que esta aplicación no puede leer.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="361"/>
        <source>Try again later. A proxy in front of the server may be cutting replies short.</source>
        <translation>Vuelve a intentarlo más tarde. Puede que un proxy delante del servidor esté cortando las respuestas.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="382"/>
        <source>This server has no task processing; it needs Nextcloud 30 or newer.</source>
        <translation>Este servidor no tiene procesamiento de tareas; necesita Nextcloud 30 o posterior.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="385"/>
        <source>Ask the administrator to update the server (it runs version {version}).</source>
        <translation>Pide al administrador que actualice el servidor (tiene la versión {version}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="401"/>
        <source>The request to {server} failed.</source>
        <translation>Falló la solicitud a {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="402"/>
        <source>Try again. If it keeps happening, report it with the log file.</source>
        <translation>Vuelve a intentarlo. Si sigue ocurriendo, infórmalo y adjunta el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="414"/>
        <source>The proxy server at {proxy} could not be reached.</source>
        <translation>No se pudo conectar con el servidor proxy {proxy}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="415"/>
        <source>Check the proxy in Preferences → Network (or in your system&apos;s network settings if the app uses those), then try again.</source>
        <translation>Revisa el proxy en Preferencias → Red (o en la configuración de red de tu sistema, si la aplicación la usa), y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="422"/>
        <source>The proxy server at {proxy} did not connect you to {server}.</source>
        <translation>El servidor proxy {proxy} no te conectó con {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="423"/>
        <source>The server may be down, or the proxy may not allow it or may want a sign-in. Ask whoever runs your network, or change the proxy in Preferences → Network.</source>
        <translation>Puede que el servidor no esté disponible, o que el proxy no permita conectarse a él o pida iniciar sesión. Pregunta a quien administre tu red, o cambia el proxy en Preferencias → Red.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="433"/>
        <source>“{key}” is required.</source>
        <translation>“{key}” es obligatorio.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="434"/>
        <source>Fill it in, then submit again.</source>
        <translation>Rellénalo y vuelve a enviar la tarea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="436"/>
        <source>“{key}” needs a number, not “{detail}”.</source>
        <translation>“{key}” necesita un número, no “{detail}”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="437"/>
        <source>“{key}” must be one of: {detail}.</source>
        <translation>“{key}” debe ser uno de estos valores: {detail}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="439"/>
        <source>This task has no input called “{key}”.</source>
        <translation>Esta tarea no tiene ningún campo llamado “{key}”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="440"/>
        <source>Its inputs are: {detail}.</source>
        <translation>Sus campos son: {detail}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="442"/>
        <source>“{key}” takes one value only.</source>
        <translation>“{key}” admite un solo valor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="444"/>
        <source>“{key}” needs a file.</source>
        <translation>“{key}” necesita un archivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="445"/>
        <source>Give a file as @PATH, or the id of a file in Nextcloud.</source>
        <translation>Indica un archivo como @RUTA, o el id de un archivo en Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="447"/>
        <source>“{key}” needs a list of values.</source>
        <translation>“{key}” necesita una lista de valores.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="448"/>
        <source>“{key}” needs text.</source>
        <translation>“{key}” necesita texto.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="450"/>
        <source>The file {detail} for “{key}” does not exist.</source>
        <translation>El archivo {detail} para “{key}” no existe.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="451"/>
        <source>Check the path.</source>
        <translation>Revisa la ruta.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="454"/>
        <source>The file {detail} for “{key}” is not readable UTF-8 text.</source>
        <translation>El archivo {detail} para “{key}” no es texto UTF-8 legible.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="457"/>
        <source>“{key}” does not take a file.</source>
        <translation>“{key}” no admite archivos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="459"/>
        <source>“{key}” has a kind of input this app does not know yet ({detail}).</source>
        <translation>“{key}” es un tipo de campo que esta aplicación aún no conoce ({detail}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="462"/>
        <source>Use the Nextcloud web Assistant for this task.</source>
        <translation>Usa el Asistente de Nextcloud en la web para esta tarea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="469"/>
        <source>“{key}” is not valid.</source>
        <translation>“{key}” no es válido.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="478"/>
        <location filename="../nctask_desktop/messages.py" line="482"/>
        <source>The task failed: {message}</source>
        <translation>La tarea falló: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="487"/>
        <source>The task failed, and the server gave no reason.</source>
        <translation>La tarea falló y el servidor no dio ningún motivo.</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="132"/>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="179"/>
        <source>on this computer</source>
        <translation>en este equipo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="140"/>
        <source>File {id}</source>
        <translation>Archivo {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="146"/>
        <source>in your Nextcloud</source>
        <translation>en tu Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="174"/>
        <source>This file is no longer on this computer.</source>
        <translation>Este archivo ya no está en este equipo.</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="505"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="507"/>
        <source>Remove the file of “{name}”</source>
        <translation>Quitar el archivo de “{name}”</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="226"/>
        <source>Drop {kinds} here, or:</source>
        <translation>Arrastra {kinds} aquí, o:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="228"/>
        <source>Drop {kind} here, or:</source>
        <translation>Arrastra {kind} aquí, o:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="236"/>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="236"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="239"/>
        <source>Choose files on this computer for “{name}”</source>
        <translation>Elegir archivos de este equipo para “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="241"/>
        <source>Choose a file on this computer for “{name}”</source>
        <translation>Elegir un archivo de este equipo para “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="248"/>
        <source>Record…</source>
        <translation>Grabar…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="251"/>
        <source>Record audio with the microphone for “{name}”</source>
        <translation>Grabar audio con el micrófono para “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="255"/>
        <source>Choose from Nextcloud…</source>
        <translation>Elegir de Nextcloud…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="257"/>
        <source>Choose from your Nextcloud for “{name}”</source>
        <translation>Elegir de tu Nextcloud para “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="277"/>
        <source>Choose {kinds}</source>
        <translation>Elegir {kinds}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="279"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="305"/>
        <source>Record audio for “{name}”</source>
        <translation>Grabar audio para “{name}”</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="87"/>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="88"/>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="89"/>
        <source>WAV audio</source>
        <translation>Audio WAV</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="90"/>
        <source>MP3 audio</source>
        <translation>Audio MP3</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="91"/>
        <source>Ogg audio</source>
        <translation>Audio Ogg</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="92"/>
        <source>Ogg Vorbis audio</source>
        <translation>Audio Ogg Vorbis</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="93"/>
        <source>Opus audio</source>
        <translation>Audio Opus</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="94"/>
        <source>FLAC audio</source>
        <translation>Audio FLAC</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="95"/>
        <source>MPEG-4 audio</source>
        <translation>Audio MPEG-4</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="96"/>
        <source>AAC audio</source>
        <translation>Audio AAC</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="97"/>
        <source>WebM audio</source>
        <translation>Audio WebM</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="98"/>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="99"/>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="100"/>
        <source>GIF image</source>
        <translation>Imagen GIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="101"/>
        <source>WebP image</source>
        <translation>Imagen WebP</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="102"/>
        <source>Windows BMP image</source>
        <translation>Imagen BMP de Windows</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="103"/>
        <source>TIFF image</source>
        <translation>Imagen TIFF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="104"/>
        <source>SVG image</source>
        <translation>Imagen SVG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="105"/>
        <source>HEIF image</source>
        <translation>Imagen HEIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="106"/>
        <source>AVIF image</source>
        <translation>Imagen AVIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="107"/>
        <source>MPEG-4 video</source>
        <translation>Vídeo MPEG-4</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="108"/>
        <source>WebM video</source>
        <translation>Vídeo WebM</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="109"/>
        <source>QuickTime video</source>
        <translation>Vídeo QuickTime</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="110"/>
        <source>Matroska video</source>
        <translation>Vídeo Matroska</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="111"/>
        <source>Ogg video</source>
        <translation>Vídeo Ogg</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="112"/>
        <source>plain text document</source>
        <translation>documento de texto plano</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="113"/>
        <source>Markdown document</source>
        <translation>Documento Markdown</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="114"/>
        <source>CSV document</source>
        <translation>Documento CSV</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="115"/>
        <source>HTML document</source>
        <translation>Documento HTML</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="116"/>
        <source>JSON document</source>
        <translation>Documento JSON</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="117"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="118"/>
        <source>Zip archive</source>
        <translation>Archivo comprimido Zip</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="132"/>
        <source>audio file</source>
        <translation>archivo de audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="134"/>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="136"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="138"/>
        <source>text document</source>
        <translation>documento de texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="141"/>
        <source>%1 file</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="142"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="48"/>
        <source>Choose a task on the left.</source>
        <translation>Elige una tarea a la izquierda.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="53"/>
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="53"/>
        <source>Cancel upload</source>
        <translation>Cancelar la subida</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="62"/>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="63"/>
        <source>Submit the task</source>
        <translation>Enviar la tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="64"/>
        <source>Submit the task ({key})</source>
        <translation>Enviar la tarea ({key})</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="69"/>
        <source>Run on many files…</source>
        <translation>Ejecutar en varios archivos…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="70"/>
        <source>Run the task on many files</source>
        <translation>Ejecutar la tarea en varios archivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="80"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="83"/>
        <source>Where the submitted task stands</source>
        <translation>Estado de la tarea enviada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="87"/>
        <source>The submitted task and its result</source>
        <translation>La tarea enviada y su resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="90"/>
        <source>Cancel task</source>
        <translation>Cancelar tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="91"/>
        <source>Cancel the submitted task</source>
        <translation>Cancelar la tarea enviada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="108"/>
        <source>Uploading files to your Nextcloud…</source>
        <translation>Subiendo archivos a tu Nextcloud…</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="187"/>
        <source>The server&apos;s answer</source>
        <translation>La respuesta del servidor</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="212"/>
        <source>More options</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="222"/>
        <source>This task needs no input.</source>
        <translation>Esta tarea no necesita datos.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="467"/>
        <source>This input is of a kind this app does not know yet ({kind}). Use the Nextcloud web Assistant for this task.</source>
        <translation>Este campo es de un tipo que esta aplicación aún no conoce ({kind}). Usa el Asistente de Nextcloud en la web para esta tarea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="359"/>
        <source>“{name}” is empty (0 bytes). Choose a file that has something in it.</source>
        <translation>“{name}” está vacío (0 bytes). Elige un archivo que tenga contenido.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="363"/>
        <source>“{name}” is not {kind}. “{slot}” takes {kinds} ({exts}, …).</source>
        <translation>“{name}” no es {kind}. “{slot}” admite {kinds} ({exts}, …).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="55"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="56"/>
        <source>audio files</source>
        <translation>archivos de audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="57"/>
        <source>videos</source>
        <translation>vídeos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="58"/>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="61"/>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="62"/>
        <source>an audio file</source>
        <translation>un archivo de audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="63"/>
        <source>a video</source>
        <translation>un vídeo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="64"/>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="70"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="74"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="75"/>
        <source>Audio files</source>
        <translation>Archivos de audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="76"/>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="57"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="64"/>
        <source>yesterday</source>
        <translation>ayer</translation>
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
        <translation>Eliminada del servidor</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="96"/>
        <source>%1 — no longer on the server</source>
        <translation>%1 — ya no está en el servidor</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="106"/>
        <source>Still waiting — the server may have no worker running</source>
        <translation>Sigue en espera — puede que el servidor no tenga ningún proceso de trabajo en marcha</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="107"/>
        <source>Waiting for the server to start it</source>
        <translation>Esperando a que el servidor la inicie</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="111"/>
        <source>Running — %1%</source>
        <translation>En ejecución — %1 %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="112"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="114"/>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="116"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="118"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="119"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="209"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="210"/>
        <source>Input</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="211"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="212"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="213"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="214"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="275"/>
        <source>The server no longer has this task (it removes old tasks after a while). Files you saved are kept.</source>
        <translation>Esta tarea ya no está en el servidor (el servidor elimina las tareas antiguas al cabo de un tiempo). Los archivos que guardaste se conservan.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="160"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="162"/>
        <source>Show tasks by state</source>
        <translation>Mostrar las tareas por estado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="169"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="171"/>
        <source>Show tasks of one kind</source>
        <translation>Mostrar las tareas de un tipo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="173"/>
        <location filename="../nctask_desktop/ui/history_table.py" line="205"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="179"/>
        <location filename="../nctask_desktop/ui/history_table.py" line="180"/>
        <source>Search your tasks</source>
        <translation>Buscar en tus tareas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="183"/>
        <source>Chat &amp;messages</source>
        <translation>Mensajes del c&amp;hat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="184"/>
        <source>Show chat messages</source>
        <translation>Mostrar los mensajes del chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="186"/>
        <source>The messages and answers of the Chat tab are left out unless this is on</source>
        <translation>Los mensajes y respuestas de la pestaña Chat solo se muestran si esto está activado</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="113"/>
        <source>No tasks yet. The tasks you run here, and those you run in the Assistant of your Nextcloud, appear here with their results.</source>
        <translation>Aún no hay tareas. Las tareas que ejecutes aquí, y las que ejecutes en el Asistente de tu Nextcloud, aparecerán aquí con sus resultados.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="125"/>
        <location filename="../nctask_desktop/ui/history_panel.py" line="342"/>
        <source>No task matches the filter.</source>
        <translation>Ninguna tarea coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="134"/>
        <source>The selected task</source>
        <translation>La tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="172"/>
        <source>History: {action}</source>
        <translation>Historial: {action}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="274"/>
        <source>The server cannot be reached right now. The list shows what was known; it is updated as soon as the connection is back.</source>
        <translation>No se puede conectar con el servidor en este momento. La lista muestra lo último que se sabía; se actualizará en cuanto vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="337"/>
        <source>Your tasks so far are chat messages, which are kept in the Chat tab. Tick Chat messages to list them here too.</source>
        <translation>Hasta ahora, tus tareas son mensajes del chat, que se guardan en la pestaña Chat. Marca “Mensajes del chat” para verlos también aquí.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="371"/>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="455"/>
        <source>This kind of task (“{type}”) is not offered by the server any more, so it cannot be run again here.</source>
        <translation>El servidor ya no ofrece este tipo de tarea (“{type}”), así que no se puede volver a ejecutar aquí.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="478"/>
        <source>Could not cancel it: {reason}</source>
        <translation>No se pudo cancelar: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="495"/>
        <source>Delete tasks</source>
        <translation>Eliminar tareas</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/history_panel.py" line="496"/>
        <source>Delete %n task(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n tarea?</numerusform>
            <numerusform>¿Eliminar %n tareas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="498"/>
        <source>They are deleted from your Nextcloud (also from its Assistant) and from this list. Files you saved on this computer are kept.</source>
        <translation>Se eliminan de tu Nextcloud (también de su Asistente) y de esta lista. Los archivos que guardaste en este equipo se conservan.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="501"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="510"/>
        <source>Could not delete it: {reason}</source>
        <translation>No se pudo eliminar: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="524"/>
        <source>The selected task has no text result to copy.</source>
        <translation>La tarea seleccionada no tiene ningún resultado de texto que copiar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="149"/>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="150"/>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="151"/>
        <source>Done</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="152"/>
        <source>Failed or cancelled</source>
        <translation>Fallidas o canceladas</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="89"/>
        <source>Your tasks</source>
        <translation>Tus tareas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="103"/>
        <source>Columns: click one to sort by it</source>
        <translation>Columnas: haz clic en una para ordenar por ella</translation>
    </message>
</context>
<context>
    <name>HistoryToolbar</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="230"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="230"/>
        <source>Open the result</source>
        <translation>Abrir el resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="233"/>
        <source>Run again</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="234"/>
        <source>Fill in the form with this task&apos;s input</source>
        <translation>Rellenar el formulario con los datos de esta tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="239"/>
        <source>Cancel task</source>
        <translation>Cancelar tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="239"/>
        <source>Stop the selected tasks</source>
        <translation>Detener las tareas seleccionadas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="242"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="242"/>
        <source>Delete the selected tasks</source>
        <translation>Eliminar las tareas seleccionadas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="244"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="244"/>
        <source>Copy the text result</source>
        <translation>Copiar el resultado de texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="249"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="250"/>
        <source>Save the results in the download folder</source>
        <translation>Guardar los resultados en la carpeta de descargas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="255"/>
        <source>Save to…</source>
        <translation>Guardar en…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="256"/>
        <source>Save the results to a folder you choose</source>
        <translation>Guardar los resultados en la carpeta que elijas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="261"/>
        <source>Input files</source>
        <translation>Archivos de entrada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="261"/>
        <source>Show the task&apos;s input files</source>
        <translation>Mostrar los archivos de entrada de la tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="263"/>
        <source>Task actions</source>
        <translation>Acciones de la tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="285"/>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="51"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="55"/>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="56"/>
        <source>Show the image at its actual size</source>
        <translation>Mostrar la imagen a tamaño real</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="59"/>
        <source>Open in another app</source>
        <translation>Abrir en otra aplicación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="60"/>
        <source>Open the image in your image viewer</source>
        <translation>Abrir la imagen en tu visor de imágenes</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="62"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="63"/>
        <source>Save the image to a folder</source>
        <translation>Guardar la imagen en una carpeta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="66"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="78"/>
        <source>This image cannot be shown.</source>
        <translation>No se puede mostrar esta imagen.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="157"/>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="110"/>
        <source>Add a number</source>
        <translation>Añadir un número</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="112"/>
        <source>Add a text</source>
        <translation>Añadir un texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="117"/>
        <source>{action} to “{name}”</source>
        <translation>{action} a “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="221"/>
        <source>“{name}”, item {n} of {count}</source>
        <translation>“{name}”, elemento {n} de {count}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="232"/>
        <source>Move item {n} of “{name}” up</source>
        <translation>Mover hacia arriba el elemento {n} de “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="233"/>
        <source>Move item {n} of “{name}” down</source>
        <translation>Mover hacia abajo el elemento {n} de “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="234"/>
        <source>Remove item {n} of “{name}”</source>
        <translation>Quitar el elemento {n} de “{name}”</translation>
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
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="309"/>
        <source>Starting the simulated server…</source>
        <translation>Iniciando el servidor simulado…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="343"/>
        <source>Sign in again to see the tasks of this server.</source>
        <translation>Vuelve a iniciar sesión para ver las tareas de este servidor.</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="123"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="123"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="142"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="145"/>
        <source>Cancel this answer</source>
        <translation>Cancelar esta respuesta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="157"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="160"/>
        <source>Copy this answer</source>
        <translation>Copiar esta respuesta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="164"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="167"/>
        <source>Write this answer again</source>
        <translation>Volver a escribir esta respuesta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="171"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="174"/>
        <source>Ask for this answer again</source>
        <translation>Volver a pedir esta respuesta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="196"/>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="196"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="205"/>
        <source>The server gave no reason.</source>
        <translation>El servidor no dio ningún motivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="206"/>
        <source>No answer: {reason}</source>
        <translation>Sin respuesta: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="208"/>
        <source>The answer was cancelled.</source>
        <translation>Se ha cancelado la respuesta.</translation>
    </message>
</context>
<context>
    <name>MessagesArea</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="69"/>
        <source>The conversation</source>
        <translation>La conversación</translation>
    </message>
</context>
<context>
    <name>NewTaskPage</name>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="221"/>
        <source>Form of {task}</source>
        <translation>Formulario de {task}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="287"/>
        <source>New task: submit the form</source>
        <translation>Nueva tarea: enviar el formulario</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="288"/>
        <source>New task: copy the result&apos;s text</source>
        <translation>Nueva tarea: copiar el texto del resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="422"/>
        <source>Could not cancel it: {reason}</source>
        <translation>No se pudo cancelar: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="497"/>
        <source>Check the marked inputs: the task has changed since it was run.</source>
        <translation>Revisa los campos marcados: la tarea ha cambiado desde que se ejecutó.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="502"/>
        <source>Some inputs of the earlier task are no longer asked for: {keys}.</source>
        <translation>Algunos campos de la tarea anterior ya no se piden: {keys}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="509"/>
        <source>The form holds the input of task {id}. Change it, or submit.</source>
        <translation>El formulario contiene los datos de la tarea {id}. Cámbialos o envía la tarea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="526"/>
        <source>This file does not exist: {name}</source>
        <translation>Este archivo no existe: {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="166"/>
        <source>None of this server&apos;s tasks takes these files.</source>
        <translation>Ninguna tarea de este servidor admite estos archivos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="546"/>
        <location filename="../nctask_desktop/ui/open_with.py" line="172"/>
        <source>This task takes no such file.</source>
        <translation>Esta tarea no admite este tipo de archivo.</translation>
    </message>
</context>
<context>
    <name>NextcloudFileDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="198"/>
        <source>Choose from Nextcloud</source>
        <translation>Elegir de Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="209"/>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="210"/>
        <source>Up one folder</source>
        <translation>Ir a la carpeta superior</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="233"/>
        <source>Files and folders</source>
        <translation>Archivos y carpetas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="250"/>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="251"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="268"/>
        <source>Only {kinds} can be chosen here.</source>
        <translation>Aquí solo se pueden elegir {kinds}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="271"/>
        <source>Save in Nextcloud</source>
        <translation>Guardar en Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="272"/>
        <source>Open the folder to save in, then choose “Save here”.</source>
        <translation>Abre la carpeta donde quieres guardar y elige “Guardar aquí”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="280"/>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="280"/>
        <source>Save here</source>
        <translation>Guardar aquí</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="305"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="340"/>
        <source>This folder is empty.</source>
        <translation>Esta carpeta está vacía.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="361"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="364"/>
        <source>Home folder</source>
        <translation>Carpeta de inicio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="369"/>
        <source>Folder {name}</source>
        <translation>Carpeta {name}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/services/notifications.py" line="89"/>
        <source>%n of them failed.</source>
        <translation>
            <numerusform>%n de ellas falló.</numerusform>
            <numerusform>%n de ellas fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="91"/>
        <source>Open the history to see the results.</source>
        <translation>Abre el historial para ver los resultados.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="99"/>
        <source>“{task}” is done</source>
        <translation>“{task}” ha terminado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="102"/>
        <source>{summary}
Saved in {folder}.</source>
        <translation>{summary}
Se ha guardado en {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="106"/>
        <source>{summary}</source>
        <translation>{summary}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="108"/>
        <source>Click to see the result.</source>
        <translation>Haz clic para ver el resultado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="111"/>
        <source>“{task}” failed</source>
        <translation>“{task}” ha fallado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="114"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="116"/>
        <source>The server gave no reason.</source>
        <translation>El servidor no dio ningún motivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="124"/>
        <source>No tasks running</source>
        <translation>No hay tareas en ejecución</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/services/notifications.py" line="125"/>
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n tarea en ejecución</numerusform>
            <numerusform>%n tareas en ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished</source>
        <translation>
            <numerusform>%n tarea terminada</numerusform>
            <numerusform>%n tareas terminadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="326"/>
        <source>Default: {value}</source>
        <translation>Predeterminado: {value}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="363"/>
        <source>“{name}” must be {minimum} or more.</source>
        <translation>“{name}” debe ser {minimum} o más.</translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="151"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="156"/>
        <source>Download progress of {name}</source>
        <translation>Progreso de la descarga de {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="171"/>
        <source>Downloading… {size}</source>
        <translation>Descargando… {size}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="94"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="106"/>
        <source>Files for tasks</source>
        <translation>Archivos para las tareas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="112"/>
        <source>&amp;Upload folder in Nextcloud:</source>
        <translation>Carpeta de &amp;subida en Nextcloud:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="117"/>
        <source>Files from this computer that a task needs are uploaded into this folder of your Nextcloud, in a sub-folder for each day.</source>
        <translation>Los archivos de este equipo que necesita una tarea se suben a esta carpeta de tu Nextcloud, en una subcarpeta para cada día.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="124"/>
        <source>Delete these copies when I delete their task</source>
        <translation>Eliminar estas copias cuando elimine su tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="127"/>
        <source>Files you chose from your Nextcloud are never deleted.</source>
        <translation>Los archivos que elegiste de tu Nextcloud nunca se eliminan.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="130"/>
        <source>Delete the uploaded copies of my files when I delete their task</source>
        <translation>Eliminar las copias subidas de mis archivos cuando elimine su tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="136"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="141"/>
        <source>Folder for saved results</source>
        <translation>Carpeta para los resultados guardados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="142"/>
        <source>Save results &amp;in:</source>
        <translation>&amp;Guardar resultados en:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="144"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="145"/>
        <source>Choose the folder for saved results</source>
        <translation>Elegir la carpeta para los resultados guardados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="152"/>
        <source>Leave it empty for your Downloads folder.</source>
        <translation>Déjalo vacío para usar tu carpeta de Descargas.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="154"/>
        <source>Save the results of these tasks by themselves:</source>
        <translation>Guardar automáticamente los resultados de estas tareas:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="160"/>
        <source>Tasks whose results are saved by themselves</source>
        <translation>Tareas cuyos resultados se guardan automáticamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="171"/>
        <source>Save the results of “{task}” by themselves</source>
        <translation>Guardar automáticamente los resultados de “{task}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="190"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="193"/>
        <source>&amp;Notify me when a task is done or has failed</source>
        <translation>&amp;Notificarme cuando una tarea termine o falle</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="195"/>
        <source>Notify me when a task is done or has failed</source>
        <translation>Notificarme cuando una tarea termine o falle</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="198"/>
        <source>Also notify my &amp;other devices (needs the Assistant app on the server)</source>
        <translation>Notificar también a mis &amp;otros dispositivos (requiere la aplicación Asistente en el servidor)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="200"/>
        <source>Also notify my other devices</source>
        <translation>Notificar también a mis otros dispositivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="244"/>
        <source>Language and appearance</source>
        <translation>Idioma y apariencia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="248"/>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="252"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="254"/>
        <source>A new language is used from the next start of the app.</source>
        <translation>El nuevo idioma se usará la próxima vez que abras la aplicación.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="261"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="268"/>
        <source>Window and keys</source>
        <translation>Ventana y teclas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="272"/>
        <source>Ask while tasks are running</source>
        <translation>Preguntar si hay tareas en ejecución</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="273"/>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="274"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="276"/>
        <source>When I &amp;close the window:</source>
        <translation>Al &amp;cerrar la ventana:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="279"/>
        <source>This desktop has no tray: closing quits.</source>
        <translation>Este escritorio no tiene bandeja del sistema: al cerrar la ventana, se sale de la aplicación.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="281"/>
        <source>Open Quick text with Ctrl+Shift+Space from &amp;any app</source>
        <translation>Abrir Texto rápido con Ctrl+Shift+Space desde cualquier &amp;aplicación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="284"/>
        <source>Open Quick text with Ctrl+Shift+Space from any app</source>
        <translation>Abrir Texto rápido con Ctrl+Shift+Space desde cualquier aplicación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="296"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="298"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>&amp;Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="299"/>
        <source>No pro&amp;xy: connect directly</source>
        <translation>Sin pro&amp;xy: conectar directamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="300"/>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manual:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="304"/>
        <source>Manual proxy</source>
        <translation>Proxy manual</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="316"/>
        <source>Proxy server</source>
        <translation>Servidor proxy</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="332"/>
        <source>Connections to this computer never use a proxy. A change applies at once. Proxies that ask for a password are not supported here: use the system&apos;s settings for those.</source>
        <translation>Las conexiones a este equipo nunca usan proxy. Los cambios se aplican al momento. Aquí no se admiten los proxies que piden contraseña: para ellos, usa la configuración del sistema.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="427"/>
        <source>Type the proxy server&apos;s name or address, such as “{example}”, and its port in the field beside it.</source>
        <translation>Escribe el nombre o la dirección del servidor proxy, como “{example}”, y su puerto en el campo de al lado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="313"/>
        <source>Proxy kind</source>
        <translation>Tipo de proxy</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="321"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="320"/>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="389"/>
        <source>Save results in</source>
        <translation>Guardar resultados en</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="411"/>
        <source>Type a folder name such as “{example}”, without “..” or special signs.</source>
        <translation>Escribe un nombre de carpeta como “{example}”, sin “..” ni signos especiales.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="419"/>
        <source>Choose the folder for results with “Choose…”, or give its full path.</source>
        <translation>Elige la carpeta para los resultados con “Elegir…”, o escribe su ruta completa.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="168"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="188"/>
        <source>The results were not saved</source>
        <translation>No se guardaron los resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/presence.py" line="191"/>
        <source>%n file(s) saved</source>
        <translation>
            <numerusform>%n archivo guardado</numerusform>
            <numerusform>%n archivos guardados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="192"/>
        <source>In {folder}</source>
        <translation>En {folder}</translation>
    </message>
</context>
<context>
    <name>QuickTextWindow</name>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="98"/>
        <source>Quick text</source>
        <translation>Texto rápido</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="109"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="111"/>
        <source>Text to work on</source>
        <translation>Texto con el que trabajar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="113"/>
        <source>The clipboard holds no text: type or paste the text here.</source>
        <translation>El portapapeles no contiene texto: escribe o pega el texto aquí.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="121"/>
        <source>&amp;Summarise</source>
        <translation>&amp;Resumir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="123"/>
        <source>T&amp;ranslate into</source>
        <translation>Tra&amp;ducir a</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="126"/>
        <source>Language to translate into</source>
        <translation>Idioma al que traducir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="127"/>
        <source>Ask in &amp;Chat</source>
        <translation>Preguntar en el &amp;chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="129"/>
        <source>A new conversation with the text as its first message, kept in the Chat tab</source>
        <translation>Una conversación nueva con el texto como primer mensaje, guardada en la pestaña Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="139"/>
        <source>Or say what to do with it, e.g. “Make it more polite”</source>
        <translation>O di qué hacer con él, p. ej. “Hazlo más cortés”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="141"/>
        <source>What to do with the text</source>
        <translation>Qué hacer con el texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="143"/>
        <source>Run the &amp;prompt</source>
        <translation>&amp;Ejecutar la instrucción</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="154"/>
        <source>C&amp;ancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="155"/>
        <source>Cancel the task</source>
        <translation>Cancelar la tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="163"/>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="167"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="176"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="177"/>
        <source>Copy the result</source>
        <translation>Copiar el resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="178"/>
        <source>Replace the c&amp;lipboard</source>
        <translation>Sustituir el &amp;portapapeles</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="180"/>
        <source>Put the result in the clipboard in place of the text, and close this window</source>
        <translation>Poner el resultado en el portapapeles en lugar del texto y cerrar esta ventana</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="183"/>
        <source>Continue in the Chat &amp;tab</source>
        <translation>Contin&amp;uar en la pestaña Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="185"/>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="244"/>
        <source>Account: {account}</source>
        <translation>Cuenta: {account}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="260"/>
        <source>Sign in to your Nextcloud in the main window first.</source>
        <translation>Primero inicia sesión en tu Nextcloud en la ventana principal.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="262"/>
        <source>The tasks of your server are still loading.</source>
        <translation>Las tareas de tu servidor aún se están cargando.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="265"/>
        <source>Your server offers none of the text tasks (summarise, translate, a free prompt, chat): its administrator can install an assistant app for them.</source>
        <translation>Tu servidor no ofrece ninguna de las tareas de texto (resumir, traducir, instrucción libre, chat): su administrador puede instalar una aplicación de asistente que las ofrezca.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="269"/>
        <source>Your server does not offer every text task: only those it has show.</source>
        <translation>Tu servidor no ofrece todas las tareas de texto: solo se muestran las que tiene.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="304"/>
        <source>Type or paste a text first.</source>
        <translation>Primero escribe o pega un texto.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="317"/>
        <source>Say what to do with the text first.</source>
        <translation>Primero di qué hacer con el texto.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="349"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="399"/>
        <source>The task was cancelled.</source>
        <translation>Se ha cancelado la tarea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="435"/>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="437"/>
        <source>Sent; waiting for the server to start it.</source>
        <translation>Enviada; esperando a que el servidor la inicie.</translation>
    </message>
</context>
<context>
    <name>QuitPrompt</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="15"/>
        <source>%n task(s) you submitted have not reached your server yet. They are kept on this computer and sent the next time you start nctask-desktop.</source>
        <translation>
            <numerusform>%n tarea que enviaste aún no ha llegado a tu servidor. Se guarda en este equipo y se enviará la próxima vez que abras nctask-desktop.</numerusform>
            <numerusform>%n tareas que enviaste aún no han llegado a tu servidor. Se guardan en este equipo y se enviarán la próxima vez que abras nctask-desktop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="25"/>
        <source>%n task(s) are still running on your server. Keep nctask-desktop running in the tray to be told when they are done; if you quit, their results are in the History the next time you start it.</source>
        <translation>
            <numerusform>%n tarea sigue en ejecución en tu servidor. Deja nctask-desktop en la bandeja del sistema para que te avise cuando termine; si sales, su resultado estará en el Historial la próxima vez que lo abras.</numerusform>
            <numerusform>%n tareas siguen en ejecución en tu servidor. Deja nctask-desktop en la bandeja del sistema para que te avise cuando terminen; si sales, sus resultados estarán en el Historial la próxima vez que lo abras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="36"/>
        <source>nctask-desktop is still running: click its icon to open it again.</source>
        <translation>nctask-desktop sigue en ejecución: haz clic en su icono para volver a abrirlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="93"/>
        <source>Quit nctask-desktop?</source>
        <translation>¿Salir de nctask-desktop?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="96"/>
        <source>You can also keep the app open until they are sent.</source>
        <translation>También puedes dejar la aplicación abierta hasta que se envíen.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="101"/>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="127"/>
        <source>&amp;Quit, send them later</source>
        <translation>&amp;Salir y enviarlas más tarde</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="105"/>
        <source>&amp;Keep open</source>
        <translation>&amp;Dejar abierta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="118"/>
        <source>Keep nctask-desktop running?</source>
        <translation>¿Mantener nctask-desktop en ejecución?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="123"/>
        <source>Keep running in the &amp;tray</source>
        <translation>Seguir en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="134"/>
        <source>&amp;Do the same from now on</source>
        <translation>&amp;Hacer lo mismo a partir de ahora</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="137"/>
        <source>You can change it in the Preferences.</source>
        <translation>Puedes cambiarlo en Preferencias.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="62"/>
        <source>macOS does not let the app use the microphone: allow it in System Settings → Privacy &amp; Security → Microphone, then try again.</source>
        <translation>macOS no permite que la aplicación use el micrófono: permite el acceso en Ajustes del Sistema → Privacidad y seguridad → Micrófono, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="68"/>
        <source>Windows does not let the app use the microphone: allow it in Settings → Privacy &amp; security → Microphone (“Let desktop apps access your microphone”), then try again.</source>
        <translation>Windows no permite que la aplicación use el micrófono: permite el acceso en Configuración → Privacidad y seguridad → Micrófono (“Permitir que las aplicaciones de escritorio accedan al micrófono”), y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="74"/>
        <source>The system does not let the app use the microphone: allow it in your sound settings (PipeWire or PulseAudio) or your desktop&apos;s privacy settings, then try again.</source>
        <translation>El sistema no permite que la aplicación use el micrófono: permite el acceso en tu configuración de sonido (PipeWire o PulseAudio) o en la configuración de privacidad de tu escritorio, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="81"/>
        <source>No microphone was found: connect one, or choose one in System Settings → Sound → Input, then try again.</source>
        <translation>No se ha encontrado ningún micrófono: conecta uno o elige uno en Ajustes del Sistema → Sonido → Entrada, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="87"/>
        <source>No microphone was found: connect one, or turn it on in Settings → System → Sound → Input, then try again.</source>
        <translation>No se ha encontrado ningún micrófono: conecta uno o actívalo en Configuración → Sistema → Sonido → Entrada, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="92"/>
        <source>No microphone was found: connect one, or choose it as the input in your sound settings (PipeWire or PulseAudio), then try again.</source>
        <translation>No se ha encontrado ningún micrófono: conecta uno o elígelo como entrada en tu configuración de sonido (PipeWire o PulseAudio), y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="98"/>
        <source>The microphone is in use by another program: close that program, or choose another input in your sound settings, then try again.</source>
        <translation>Otro programa está usando el micrófono: cierra ese programa o elige otra entrada en tu configuración de sonido, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="105"/>
        <source>Recording needs the PortAudio library, which is not installed: install the package libportaudio2 (sudo apt install libportaudio2), then try again.</source>
        <translation>Para grabar se necesita la biblioteca PortAudio, que no está instalada: instala el paquete libportaudio2 (sudo apt install libportaudio2) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="110"/>
        <source>Recording needs the PortAudio library, which is missing from this installation: install the app again.</source>
        <translation>Para grabar se necesita la biblioteca PortAudio, que falta en esta instalación: vuelve a instalar la aplicación.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="115"/>
        <source>The microphone could not be used ({detail}): check your sound settings, then try again.</source>
        <translation>No se ha podido usar el micrófono ({detail}): revisa tu configuración de sonido y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="125"/>
        <source>No sound reaches the app: the microphone is muted, or macOS blocks it (allow it in System Settings → Privacy &amp; Security → Microphone).</source>
        <translation>No llega ningún sonido a la aplicación: el micrófono está silenciado o macOS lo bloquea (permite el acceso en Ajustes del Sistema → Privacidad y seguridad → Micrófono).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="131"/>
        <source>No sound reaches the app: the microphone is muted, or Windows blocks it (allow it in Settings → Privacy &amp; security → Microphone).</source>
        <translation>No llega ningún sonido a la aplicación: el micrófono está silenciado o Windows lo bloquea (permite el acceso en Configuración → Privacidad y seguridad → Micrófono).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="136"/>
        <source>No sound reaches the app: the microphone is muted, or blocked in your sound settings (PipeWire or PulseAudio).</source>
        <translation>No llega ningún sonido a la aplicación: el micrófono está silenciado o bloqueado en tu configuración de sonido (PipeWire o PulseAudio).</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="187"/>
        <source>Record audio</source>
        <translation>Grabar audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="203"/>
        <source>Recording time</source>
        <translation>Tiempo de grabación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="229"/>
        <source>Use this recording</source>
        <translation>Usar esta grabación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="233"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="235"/>
        <source>Discard the recording</source>
        <translation>Descartar la grabación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="265"/>
        <source>Stop recording</source>
        <translation>Detener la grabación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="267"/>
        <source>Recording… Speak now; press Stop recording when done.</source>
        <translation>Grabando… Habla ahora; pulsa “Detener la grabación” cuando termines.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="269"/>
        <source>Record again</source>
        <translation>Volver a grabar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="272"/>
        <source>Recorded {time}. Play it back if you like, then use it or discard it.</source>
        <translation>Grabación de {time}. Si quieres, escúchala; después, úsala o descártala.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="276"/>
        <source>Start recording</source>
        <translation>Empezar a grabar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="278"/>
        <source>Press Start recording, then speak.</source>
        <translation>Pulsa “Empezar a grabar” y habla.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="280"/>
        <source>Stop playing</source>
        <translation>Detener la reproducción</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="280"/>
        <source>Play back</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="285"/>
        <source>Stop playing the recording</source>
        <translation>Detener la reproducción de la grabación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="285"/>
        <source>Play the recording back</source>
        <translation>Reproducir la grabación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="320"/>
        <source>Waiting for you to allow the microphone…</source>
        <translation>Esperando a que permitas usar el micrófono…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="393"/>
        <source>The recording stopped at {time}, the longest it can be.</source>
        <translation>La grabación se ha detenido en {time}, la duración máxima posible.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="92"/>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="96"/>
        <source>This writes one zip file to attach to your message about the problem: the app&apos;s log files, its version and your system&apos;s, and the app&apos;s settings. Passwords, tokens, server addresses and names are left out. Nothing is sent anywhere.</source>
        <translation>Esto crea un único archivo zip para adjuntar a tu mensaje sobre el problema: los archivos de registro de la aplicación, su versión y la de tu sistema, y los ajustes de la aplicación. Se excluyen contraseñas, tokens, direcciones de servidor y nombres. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="105"/>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="106"/>
        <source>Include the text of my tasks</source>
        <translation>Incluir el texto de mis tareas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="109"/>
        <source>Adds the last {count} tasks of each account: what you asked and what came back. Leave it off unless the problem is about a task.</source>
        <translation>Añade las últimas {count} tareas de cada cuenta: lo que pediste y lo que se obtuvo. Déjalo desactivado salvo que el problema tenga que ver con una tarea.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="124"/>
        <source>C&amp;hange folder…</source>
        <translation>Cam&amp;biar carpeta…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="127"/>
        <source>Change the folder the report is saved in</source>
        <translation>Cambiar la carpeta donde se guarda el informe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="135"/>
        <source>&amp;Create report</source>
        <translation>&amp;Crear informe</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="147"/>
        <source>&amp;Show in folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="187"/>
        <source>Saved in: {folder}</source>
        <translation>Se guarda en: {folder}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="195"/>
        <source>Save the report in…</source>
        <translation>Guardar el informe en…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="198"/>
        <source>Save here</source>
        <translation>Guardar aquí</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="261"/>
        <source>The report is saved as “{name}” in {folder}. Attach it to your message about the problem.</source>
        <translation>El informe se ha guardado como “{name}” en {folder}. Adjúntalo a tu mensaje sobre el problema.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="282"/>
        <source>This computer has no file manager to show “{name}”. It is in {folder}.</source>
        <translation>Este equipo no tiene un gestor de archivos para mostrar “{name}”. Está en {folder}.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="79"/>
        <source>Saving progress</source>
        <translation>Progreso del guardado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="80"/>
        <source>Stop saving</source>
        <translation>Detener el guardado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="81"/>
        <source>Stop saving the results</source>
        <translation>Dejar de guardar los resultados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="128"/>
        <source>The text is copied. Paste it wherever you like.</source>
        <translation>Se ha copiado el texto. Pégalo donde quieras.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="143"/>
        <source>Save the results in…</source>
        <translation>Guardar los resultados en…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="147"/>
        <source>Save here</source>
        <translation>Guardar aquí</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="187"/>
        <source>Could not save the results: {reason}</source>
        <translation>No se pudieron guardar los resultados: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="235"/>
        <source>Could not save in your Nextcloud: {reason}</source>
        <translation>No se pudo guardar en tu Nextcloud: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="242"/>
        <source>Saved in your Nextcloud: {path}</source>
        <translation>Guardado en tu Nextcloud: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="244"/>
        <source>%n file(s) saved in your Nextcloud: {folder}</source>
        <translation>
            <numerusform>%n archivo guardado en tu Nextcloud: {folder}</numerusform>
            <numerusform>%n archivos guardados en tu Nextcloud: {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="245"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="250"/>
        <source>Saving file {index} of {count}…</source>
        <translation>Guardando el archivo {index} de {count}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="259"/>
        <source>%n result file(s) saved automatically in {folder}.</source>
        <translation>
            <numerusform>%n archivo de resultado guardado automáticamente en {folder}.</numerusform>
            <numerusform>%n archivos de resultados guardados automáticamente en {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="261"/>
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n archivo guardado en {folder}.</numerusform>
            <numerusform>%n archivos guardados en {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="263"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="318"/>
        <source>This computer has no application that opens “{name}”. Save it to a folder and open it from there, or install an application for this kind of file.</source>
        <translation>Este equipo no tiene ninguna aplicación que abra “{name}”. Guárdalo en una carpeta y ábrelo desde allí, o instala una aplicación para este tipo de archivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="329"/>
        <source>Save to…</source>
        <translation>Guardar en…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="349"/>
        <source>This computer has no file manager to show “{name}”. It is in {folder}.</source>
        <translation>Este equipo no tiene un gestor de archivos para mostrar “{name}”. Está en {folder}.</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="70"/>
        <source>Queued before nctask-desktop was closed; sending it now.</source>
        <translation>Se puso en cola antes de cerrar nctask-desktop; se está enviando ahora.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="74"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="78"/>
        <source>Uploading files… {percent} %</source>
        <translation>Subiendo archivos… {percent} %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="84"/>
        <source>Not sent yet: {reason}</source>
        <translation>Aún no enviada: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="94"/>
        <location filename="../nctask_desktop/ui/session_panel.py" line="420"/>
        <source>Waiting: the server allows 20 new tasks per 2 minutes.</source>
        <translation>En espera: el servidor admite 20 tareas nuevas cada 2 minutos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="103"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="105"/>
        <source>Paused: sign in again to send it.</source>
        <translation>En pausa: vuelve a iniciar sesión para enviarla.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="107"/>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelada antes de enviarse.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="110"/>
        <source>Not sent: {reason}</source>
        <translation>No enviada: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="117"/>
        <location filename="../nctask_desktop/ui/session_panel.py" line="137"/>
        <source>Sent.</source>
        <translation>Enviada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="120"/>
        <source>Sent; waiting for the server to start it.</source>
        <translation>Enviada; esperando a que el servidor la inicie.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="125"/>
        <source>Running… {percent} %</source>
        <translation>En ejecución… {percent} %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="128"/>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="130"/>
        <source>Done.</source>
        <translation>Terminada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="136"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="321"/>
        <source>Sent in this session</source>
        <translation>Enviadas en esta sesión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="326"/>
        <source>Tasks you submit appear here while they are sent and run. Their results will also be in the Assistant of your Nextcloud.</source>
        <translation>Las tareas que envíes aparecen aquí mientras se envían y se ejecutan. Sus resultados también estarán en el Asistente de tu Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="341"/>
        <source>Tasks sent in this session</source>
        <translation>Tareas enviadas en esta sesión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="345"/>
        <source>Send queue</source>
        <translation>Cola de envío</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="349"/>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="350"/>
        <source>Cancel sending the selected task</source>
        <translation>Cancelar el envío de la tarea seleccionada</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="404"/>
        <source>%n task(s) wait for the server to be reachable. They are kept, also if you quit, and sent as soon as it answers.</source>
        <translation>
            <numerusform>%n tarea espera a que se pueda conectar con el servidor. Se conserva aunque salgas y se enviará en cuanto el servidor responda.</numerusform>
            <numerusform>%n tareas esperan a que se pueda conectar con el servidor. Se conservan aunque salgas y se enviarán en cuanto el servidor responda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="412"/>
        <source>Sending %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>Enviando %n tarea que quedó pendiente al cerrar nctask-desktop la última vez.</numerusform>
            <numerusform>Enviando %n tareas que quedaron pendientes al cerrar nctask-desktop la última vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="424"/>
        <source>%n task(s) in the queue.</source>
        <translation>
            <numerusform>%n tarea en la cola.</numerusform>
            <numerusform>%n tareas en la cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="429"/>
        <source>%n task(s) being sent.</source>
        <translation>
            <numerusform>Enviando %n tarea.</numerusform>
            <numerusform>Enviando %n tareas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="437"/>
        <source>Sent after the restart: %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>Enviada tras el reinicio: %n tarea que quedó pendiente al cerrar nctask-desktop la última vez.</numerusform>
            <numerusform>Enviadas tras el reinicio: %n tareas que quedaron pendientes al cerrar nctask-desktop la última vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="473"/>
        <source>Deleted.</source>
        <translation>Eliminada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="475"/>
        <source>The server no longer has this task.</source>
        <translation>Esta tarea ya no está en el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Próximo intento en %n segundo.</numerusform>
            <numerusform>Próximo intento en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="52"/>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="56"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="56"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="59"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="24"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="25"/>
        <source>Dismiss the message about the history file</source>
        <translation>Descartar el mensaje sobre el archivo del historial</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="39"/>
        <source>Your task history on this computer was damaged, so it was set aside and is being read again from your server. Tasks your server no longer keeps (older than about a week) are in the old copy: {path}</source>
        <translation>El historial de tareas de este equipo estaba dañado, así que se ha apartado y se está volviendo a leer desde tu servidor. Las tareas que tu servidor ya no conserva (de hace más de una semana, aproximadamente) están en la copia antigua: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="45"/>
        <source>Your task history was written by a newer version of nctask-desktop, so it was set aside unchanged and is being read again from your server. Tasks your server no longer keeps (older than about a week) are in the newer version&apos;s copy: {path}</source>
        <translation>Tu historial de tareas lo escribió una versión más reciente de nctask-desktop, así que se ha apartado sin cambios y se está volviendo a leer desde tu servidor. Las tareas que tu servidor ya no conserva (de hace más de una semana, aproximadamente) están en la copia de la versión más reciente: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="51"/>
        <source>Your task history on this computer could not be opened ({reason}): {path}. Your tasks are read from your server, but nothing is kept after you quit. Check that you may read and write that file and its folder, then start nctask-desktop again.</source>
        <translation>No se pudo abrir el historial de tareas de este equipo ({reason}): {path}. Tus tareas se leen desde tu servidor, pero no se conserva nada al salir. Comprueba que tienes permiso para leer y escribir ese archivo y su carpeta, y vuelve a abrir nctask-desktop.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="55"/>
        <source>Show the file</source>
        <translation>Mostrar el archivo</translation>
    </message>
</context>
<context>
    <name>TaskChoiceDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="78"/>
        <source>Choose a task</source>
        <translation>Elegir una tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="82"/>
        <source>Which task should take {name}?</source>
        <translation>¿Qué tarea quieres usar con {name}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/open_with.py" line="84"/>
        <source>Which task should take these %n files?</source>
        <translation>
            <numerusform>¿Qué tarea quieres usar con este archivo (%n)?</numerusform>
            <numerusform>¿Qué tarea quieres usar con estos %n archivos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="89"/>
        <source>Tasks that take the files</source>
        <translation>Tareas que admiten los archivos</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="124"/>
        <source>Choose a task above to see where it stands and its results.</source>
        <translation>Elige una tarea arriba para ver su estado y sus resultados.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="155"/>
        <source>The task&apos;s input</source>
        <translation>Los datos de la tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="161"/>
        <source>Where the task stands</source>
        <translation>Estado de la tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="164"/>
        <source>Progress of the task</source>
        <translation>Progreso de la tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="174"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="181"/>
        <source>Save all</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="182"/>
        <source>Save all results in the download folder</source>
        <translation>Guardar todos los resultados en la carpeta de descargas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="184"/>
        <source>Save all to…</source>
        <translation>Guardar todo en…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="186"/>
        <source>Save all results to a folder you choose</source>
        <translation>Guardar todos los resultados en la carpeta que elijas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="189"/>
        <source>Save to Nextcloud…</source>
        <translation>Guardar en Nextcloud…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="191"/>
        <source>Save the results in a folder of your Nextcloud</source>
        <translation>Guardar los resultados en una carpeta de tu Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="200"/>
        <source>Saved on this computer</source>
        <translation>Guardado en este equipo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="207"/>
        <source>Input files</source>
        <translation>Archivos de entrada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="209"/>
        <source>Show input files</source>
        <translation>Mostrar archivos de entrada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="210"/>
        <source>Download and show the task&apos;s input files</source>
        <translation>Descargar y mostrar los archivos de entrada de la tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="288"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="462"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="536"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="288"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="462"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="537"/>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="328"/>
        <source>Submitted {when}</source>
        <translation>Enviada {when}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="329"/>
        <source>task {id}</source>
        <translation>tarea {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="331"/>
        <source>from “{app}”</source>
        <translation>desde “{app}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="341"/>
        <source>Waiting for the server to start it (for {time}).</source>
        <translation>Esperando a que el servidor la inicie (desde hace {time}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="345"/>
        <source>Running for {time}.</source>
        <translation>En ejecución desde hace {time}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="347"/>
        <source>Running for {time} — {percent}% done.</source>
        <translation>En ejecución desde hace {time} — {percent} % completado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="355"/>
        <source>Done at {time}.</source>
        <translation>Terminada a las {time}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="357"/>
        <source>Done at {time}, after {duration}.</source>
        <translation>Terminada a las {time}, tras {duration}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="360"/>
        <source>Done.</source>
        <translation>Terminada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="362"/>
        <source>Failed.</source>
        <translation>Fallida.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="364"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="372"/>
        <source>Expected to be done around {time} (in {left}).</source>
        <translation>Debería terminar hacia las {time} (dentro de {left}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="375"/>
        <source>It is taking longer than the server expected ({time}).</source>
        <translation>Está tardando más de lo que esperaba el servidor ({time}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="385"/>
        <source>The server no longer has this task: it removes old tasks after a while, or the task was deleted elsewhere. What you saved on this computer is kept.</source>
        <translation>Esta tarea ya no está en el servidor: el servidor elimina las tareas antiguas al cabo de un tiempo, o la tarea se eliminó desde otro lugar. Lo que guardaste en este equipo se conserva.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="393"/>
        <source>Task id: {id}</source>
        <translation>ID de la tarea: {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="399"/>
        <source>Still waiting after {time}. The server may have no worker running: tasks start when its background jobs run. If this stays so, tell the server&apos;s administrator.</source>
        <translation>Sigue en espera tras {time}. Puede que el servidor no tenga ningún proceso de trabajo en marcha: las tareas empiezan cuando se ejecutan sus trabajos en segundo plano. Si sigue así, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="458"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="458"/>
        <source>Play {name} in your audio player</source>
        <translation>Reproducir {name} en tu reproductor de audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="466"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="466"/>
        <source>Save {name} to a folder</source>
        <translation>Guardar {name} en una carpeta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="478"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="479"/>
        <source>Copy “{name}”</source>
        <translation>Copiar “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="488"/>
        <source>Not available while signed out.</source>
        <translation>No disponible sin la sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="495"/>
        <source>The server no longer has this file.</source>
        <translation>Este archivo ya no está en el servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="534"/>
        <source>{name} (moved or deleted)</source>
        <translation>{name} (movido o eliminado)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="540"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="541"/>
        <source>Show {name} in its folder</source>
        <translation>Mostrar {name} en su carpeta</translation>
    </message>
</context>
<context>
    <name>TaskTypeModel</name>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="104"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="113"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="187"/>
        <source>Characters: {count}</source>
        <translation>Caracteres: {count}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="193"/>
        <source>This text is longer than {limit} characters. The server may refuse it or cut it short.</source>
        <translation>Este texto tiene más de {limit} caracteres. Puede que el servidor lo rechace o lo recorte.</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="205"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="206"/>
        <source>{name}: open it large</source>
        <translation>{name}: abrir en grande</translation>
    </message>
</context>
<context>
    <name>TypeBrowser</name>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="58"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="59"/>
        <source>Translate</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="60"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="61"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="62"/>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="199"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="200"/>
        <source>Search tasks</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="209"/>
        <source>Refresh the list of tasks ({key})</source>
        <translation>Actualizar la lista de tareas ({key})</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="215"/>
        <source>Refresh the list of tasks</source>
        <translation>Actualizar la lista de tareas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="234"/>
        <source>Task types</source>
        <translation>Tipos de tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="245"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="246"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="255"/>
        <source>No task matches your search.</source>
        <translation>Ninguna tarea coincide con tu búsqueda.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="273"/>
        <source>This server offers no AI tasks yet.</source>
        <translation>Este servidor aún no ofrece tareas de IA.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="275"/>
        <source>Ask the administrator to install the Assistant app and an AI provider (for example a local language model).</source>
        <translation>Pide al administrador que instale la aplicación Asistente y un proveedor de IA (por ejemplo, un modelo de lenguaje local).</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="92"/>
        <source>Record a message</source>
        <translation>Grabar un mensaje</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="93"/>
        <source>Use this recording</source>
        <translation>Usar esta grabación</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="110"/>
        <source>Turning your recording into text…</source>
        <translation>Convirtiendo tu grabación en texto…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="112"/>
        <source>Stop turning the recording into text</source>
        <translation>Dejar de convertir la grabación en texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="128"/>
        <source>Your recording is in the message box as text. Check it, then send it.</source>
        <translation>Tu grabación ya está como texto en el cuadro del mensaje. Revisa el texto y envíalo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="154"/>
        <source>The recording could not be sent: {reason}</source>
        <translation>No se pudo enviar la grabación: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="176"/>
        <source>The recording could not be turned into text. {reason}</source>
        <translation>No se pudo convertir la grabación en texto. {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="185"/>
        <source>No words were heard in the recording.</source>
        <translation>No se ha oído ninguna palabra en la grabación.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="35"/>
        <source>Welcome to {app}</source>
        <translation>Te damos la bienvenida a {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="41"/>
        <source>Use the AI features of your own Nextcloud from your desktop: write and summarise text, translate, create images, transcribe recordings — with your own files, on your own server.</source>
        <translation>Usa las funciones de IA de tu propio Nextcloud desde el escritorio: escribe y resume textos, traduce, crea imágenes, transcribe grabaciones — con tus propios archivos, en tu propio servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="50"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="51"/>
        <source>Connect to your Nextcloud</source>
        <translation>Conectar con tu Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="59"/>
        <source>You sign in through your browser; this app gets its own app password, which you can revoke in your Nextcloud at any time. It needs Nextcloud 30 or newer.</source>
        <translation>Inicias sesión a través del navegador; esta aplicación recibe su propia contraseña de aplicación, que puedes revocar en tu Nextcloud en cualquier momento. Necesita Nextcloud 30 o posterior.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="66"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="67"/>
        <source>Try it without an account</source>
        <translation>Probar sin cuenta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="73"/>
        <source>Starts a simulated Nextcloud on this computer, so you can try every feature. Nothing is sent anywhere; the results are examples, and the demo forgets its tasks when you quit.</source>
        <translation>Inicia un Nextcloud simulado en este equipo para que puedas probar todas las funciones. No se envía nada a ninguna parte; los resultados son ejemplos y la demostración olvida sus tareas al salir.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="128"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="57"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="58"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="60"/>
        <source>S&amp;witch account</source>
        <translation>Cam&amp;biar de cuenta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="62"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="64"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="68"/>
        <source>&amp;Quick text…</source>
        <translation>&amp;Texto rápido…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="72"/>
        <source>Summarise, translate or ask about the text in the clipboard</source>
        <translation>Resumir o traducir el texto del portapapeles, o preguntar sobre él</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="74"/>
        <source>Run on &amp;many files…</source>
        <translation>Ejecutar en &amp;varios archivos…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="75"/>
        <source>One task per file, the other inputs filled once</source>
        <translation>Una tarea por archivo; los demás campos se rellenan una sola vez</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="86"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="88"/>
        <source>&amp;Refresh task list</source>
        <translation>&amp;Actualizar la lista de tareas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="93"/>
        <source>&amp;Find a task</source>
        <translation>&amp;Buscar una tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="97"/>
        <source>&amp;New task</source>
        <translation>&amp;Nueva tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="99"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="100"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="106"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="108"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="112"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="114"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="117"/>
        <source>Write one zip file with the logs and settings, to attach to a problem report</source>
        <translation>Crear un archivo zip con los registros y los ajustes, para adjuntarlo a un informe de problema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="119"/>
        <source>&amp;About</source>
        <translation>A&amp;cerca de</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="145"/>
        <source>Open the context menu</source>
        <translation>Abrir el menú contextual</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="145"/>
        <source>Menu key, or Shift+F10</source>
        <translation>Tecla Menú o Shift+F10</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="146"/>
        <source>Next or previous control</source>
        <translation>Ir al elemento siguiente o anterior</translation>
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
        <translation>Nueva tarea, historial o chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="47"/>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="57"/>
        <location filename="../nctask_desktop/ui/work_page.py" line="105"/>
        <source>History</source>
        <translation>Historial</translation>
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
            <numerusform>Historial (%n en ejecución)</numerusform>
            <numerusform>Historial (%n en ejecución)</numerusform>
        </translation>
    </message>
</context>
</TS>
