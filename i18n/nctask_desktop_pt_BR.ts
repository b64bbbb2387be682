<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="134"/>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="140"/>
        <source>Version {version} ({name}), with Qt {qt} and Python {python}</source>
        <translation>Versão {version} ({name}), com Qt {qt} e Python {python}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="153"/>
        <source>Runs the AI tasks of your own Nextcloud server from your desktop, with your own files. Free software under the GNU Affero General Public License, version 3 or later.</source>
        <translation>Executa as tarefas de IA do seu próprio servidor Nextcloud no seu computador, com os seus próprios arquivos. Software livre sob a licença GNU Affero General Public License, versão 3 ou posterior.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="164"/>
        <source>The project&apos;s address: {url}</source>
        <translation>Endereço do projeto: {url}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="167"/>
        <source>Built with:</source>
        <translation>Feito com:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="172"/>
        <source>Libraries and their licences</source>
        <translation>Bibliotecas e as suas licenças</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="173"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
</context>
<context>
    <name>AccountArea</name>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="45"/>
        <source>{account} — sign in again</source>
        <translation>{account} — é preciso entrar novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="53"/>
        <source>Simulated server on this computer</source>
        <translation>Servidor simulado neste computador</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="70"/>
        <source>You are trying the app with a simulated Nextcloud on this computer. The results are examples, and the demo forgets its tasks when you quit. Connect your own Nextcloud whenever you like.</source>
        <translation>Você está experimentando o aplicativo com um Nextcloud simulado neste computador. Os resultados são exemplos, e a demonstração esquece as tarefas quando você fecha o aplicativo. Conecte o seu próprio Nextcloud quando quiser.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="74"/>
        <source>Connect your Nextcloud</source>
        <translation>Conectar o seu Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="83"/>
        <source>This computer has no usable keychain, so your app password is kept only until you quit the app. You will need to sign in again next time.</source>
        <translation>Este computador não tem um chaveiro utilizável, então a sua senha de aplicativo fica guardada só até você fechar o aplicativo. Você precisará entrar novamente da próxima vez.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="97"/>
        <source>Your app password for {server} was not kept on this computer, because it has no keychain. Nothing was deleted. Sign in again to continue.</source>
        <translation>A sua senha de aplicativo para {server} não foi guardada neste computador, porque ele não tem chaveiro. Nada foi excluído. Entre novamente para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="103"/>
        <source>Your app password for {server} is no longer in this computer&apos;s keychain. Nothing was deleted. Sign in again to continue.</source>
        <translation>A sua senha de aplicativo para {server} não está mais no chaveiro deste computador. Nada foi excluído. Entre novamente para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="108"/>
        <source>{server} no longer accepts this app&apos;s password (it may have been revoked). Nothing was deleted. Sign in again to continue.</source>
        <translation>{server} não aceita mais a senha deste aplicativo (ela pode ter sido revogada). Nada foi excluído. Entre novamente para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="112"/>
        <source>Sign in again</source>
        <translation>Entrar novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="119"/>
        <location filename="../nctask_desktop/ui/account_area.py" line="125"/>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="120"/>
        <source>Sign out of {account}?</source>
        <translation>Sair da conta {account}?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="122"/>
        <source>The app password is revoked on the server and removed from this computer, with your unsent drafts. Your tasks and files in Nextcloud stay.</source>
        <translation>A senha de aplicativo será revogada no servidor e removida deste computador, junto com os seus rascunhos não enviados. As suas tarefas e arquivos no Nextcloud continuam lá.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="131"/>
        <source>Signed out here, but the server could not be told to revoke the app password: {reason} You can revoke it in your Nextcloud under Settings → Security.</source>
        <translation>Você saiu da conta aqui, mas não foi possível pedir ao servidor que revogasse a senha de aplicativo: {reason} Você pode revogá-la no seu Nextcloud em Configurações → Segurança.</translation>
    </message>
</context>
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="116"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="118"/>
        <source>Switch account</source>
        <translation>Trocar de conta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="124"/>
        <source>Add account…</source>
        <translation>Adicionar conta…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="125"/>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="126"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="127"/>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="79"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="114"/>
        <source>Sign in again</source>
        <translation>Entrar novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="79"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="114"/>
        <source>Connect to your Nextcloud</source>
        <translation>Conectar ao seu Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="92"/>
        <source>This computer has no usable keychain, so the app password is kept only until you quit the app. You will need to sign in again next time.</source>
        <translation>Este computador não tem um chaveiro utilizável, então a senha de aplicativo fica guardada só até você fechar o aplicativo. Você precisará entrar novamente da próxima vez.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="119"/>
        <source>cloud.example.org</source>
        <translation>cloud.example.org</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="121"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Endereço do servidor:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="125"/>
        <source>The address you type in your browser to open your Nextcloud.</source>
        <translation>O endereço que você digita no navegador para abrir o seu Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="136"/>
        <source>Use an app &amp;password instead</source>
        <translation>Usar uma &amp;senha de aplicativo</translation>
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
        <translation>Entrar pelo &amp;navegador</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="151"/>
        <source>Finish signing in in your browser</source>
        <translation>Conclua o login no seu navegador</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="154"/>
        <source>Your browser shows the login page of your Nextcloud. Log in there and choose “Grant access”. This window continues by itself.</source>
        <translation>O seu navegador mostra a página de login do seu Nextcloud. Entre lá e escolha “Conceder acesso”. Esta janela continua sozinha.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="163"/>
        <source>No browser window? Copy the link and open it in your browser.</source>
        <translation>Nenhuma janela do navegador abriu? Copie o link e abra-o no seu navegador.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="169"/>
        <source>Sign-in link</source>
        <translation>Link de login</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="171"/>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar link</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="174"/>
        <source>&amp;Open browser again</source>
        <translation>&amp;Abrir o navegador de novo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="184"/>
        <source>Waiting for you to grant access…</source>
        <translation>Aguardando você conceder acesso…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="191"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="231"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="193"/>
        <source>Cancel signing in</source>
        <translation>Cancelar o login</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="201"/>
        <source>Sign in with an app password</source>
        <translation>Entrar com uma senha de aplicativo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="206"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="208"/>
        <source>&amp;Login name:</source>
        <translation>Nome de &amp;login:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="214"/>
        <source>App &amp;password:</source>
        <translation>&amp;Senha de aplicativo:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="219"/>
        <source>Create an app password in your Nextcloud in the browser: Settings → Security → “Create new app password”. Copy the login name and the password it shows.</source>
        <translation>Crie uma senha de aplicativo no seu Nextcloud, pelo navegador: Configurações → Segurança → “Criar nova senha de aplicativo”. Copie o nome de login e a senha que aparecerem.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="233"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="304"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="366"/>
        <source>Connect with http://</source>
        <translation>Conectar com http://</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="340"/>
        <source>Fill in the login name and the app password.</source>
        <translation>Preencha o nome de login e a senha de aplicativo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="362"/>
        <source>An address with http:// connects without encryption: others on the network could read your password and your files. Use https:// if your server offers it, or connect with http:// only on a network you trust.</source>
        <translation>Um endereço com http:// conecta sem criptografia: outras pessoas na rede poderiam ler a sua senha e os seus arquivos. Use https:// se o seu servidor oferecer, ou conecte com http:// apenas em uma rede de confiança.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="470"/>
        <source>The link is copied. Paste it into your browser.</source>
        <translation>O link foi copiado. Cole-o no seu navegador.</translation>
    </message>
</context>
<context>
    <name>AccountFlows</name>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="149"/>
        <source>{server} asked for the data of {name} on this computer to be removed (a remote wipe): its history, drafts and app password are gone from here. Files you saved are kept.</source>
        <translation>{server} pediu que os dados de {name} fossem removidos deste computador (limpeza remota): o histórico, os rascunhos e a senha de aplicativo foram removidos daqui. Os arquivos que você salvou são mantidos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="168"/>
        <source>Trusted: {old}</source>
        <translation>Em que você confiou: {old}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="171"/>
        <source>Now: {new}</source>
        <translation>Agora: {new}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="184"/>
        <source>Demo User</source>
        <translation>Usuário de demonstração</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="33"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="34"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="35"/>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>Executar em vários arquivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="63"/>
        <source>Run “{task}” on many files</source>
        <translation>Executar “{task}” em vários arquivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="71"/>
        <source>One task for each file. The other inputs are taken from the form, the same for every file.</source>
        <translation>Uma tarefa para cada arquivo. As outras entradas vêm do formulário e são as mesmas para todos os arquivos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="83"/>
        <source>The &amp;input that changes:</source>
        <translation>A &amp;entrada que muda:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="84"/>
        <source>The input that changes from file to file</source>
        <translation>A entrada que muda de um arquivo para outro</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="89"/>
        <source>&amp;Files:</source>
        <translation>&amp;Arquivos:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="92"/>
        <source>The files, one task each</source>
        <translation>Os arquivos, uma tarefa para cada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="99"/>
        <source>How many files</source>
        <translation>Quantidade de arquivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="101"/>
        <source>&amp;Add files…</source>
        <translation>A&amp;dicionar arquivos…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="104"/>
        <source>Add a f&amp;older…</source>
        <translation>Adicionar uma &amp;pasta…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="107"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="110"/>
        <source>Remove the selected files</source>
        <translation>Remover os arquivos selecionados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="118"/>
        <source>Results:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="121"/>
        <source>&amp;Next to each file</source>
        <translation>Ao &amp;lado de cada arquivo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="123"/>
        <source>In &amp;this folder:</source>
        <translation>&amp;Nesta pasta:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="128"/>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="242"/>
        <source>(none chosen)</source>
        <translation>(nenhuma escolhida)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="131"/>
        <source>C&amp;hoose…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="134"/>
        <source>Choose the folder for the results</source>
        <translation>Escolher a pasta para os resultados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="145"/>
        <source>Each result is named after its file (interview.wav gives interview.txt); a file already there is never replaced.</source>
        <translation>Cada resultado recebe o nome do seu arquivo (entrevista.wav gera entrevista.txt); um arquivo que já esteja lá nunca é substituído.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="153"/>
        <source>What is missing</source>
        <translation>O que está faltando</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="156"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="156"/>
        <source>Start the tasks</source>
        <translation>Iniciar as tarefas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="210"/>
        <source>Files: {n}, one task each.</source>
        <translation>Arquivos: {n}, uma tarefa para cada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="212"/>
        <source>Add {kinds}, or a folder that holds some.</source>
        <translation>Adicione {kinds} ou uma pasta que contenha arquivos assim.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="214"/>
        <source>Left out, as “{input}” does not take them: {n}.</source>
        <translation>Deixados de fora, pois “{input}” não os aceita: {n}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="223"/>
        <source>Fill in the form first: {inputs}. Close this window, fill them in, and choose Run on many files again.</source>
        <translation>Preencha o formulário primeiro: {inputs}. Feche esta janela, preencha esses campos e escolha “Executar em vários arquivos” novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="228"/>
        <source>Choose the folder for the results.</source>
        <translation>Escolha a pasta para os resultados.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="249"/>
        <source>Save the results in…</source>
        <translation>Salvar os resultados em…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="252"/>
        <source>Save here</source>
        <translation>Salvar aqui</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="262"/>
        <source>Add {kinds}</source>
        <translation>Adicionar {kinds}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="269"/>
        <source>Add the files of a folder</source>
        <translation>Adicionar os arquivos de uma pasta</translation>
    </message>
</context>
<context>
    <name>BatchFlow</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_flow.py" line="194"/>
        <source>Choose a task that takes a file (such as audio or an image) first.</source>
        <translation>Escolha primeiro uma tarefa que aceite um arquivo (como um áudio ou uma imagem).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_flow.py" line="246"/>
        <source>the marked inputs</source>
        <translation>os campos marcados</translation>
    </message>
</context>
<context>
    <name>BatchItemsModel</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>State</source>
        <translation>Situação</translation>
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
        <translation>Execuções em vários arquivos</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="47"/>
        <source>Waiting its turn</source>
        <translation>Aguardando a vez</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="48"/>
        <source>Sending…</source>
        <translation>Enviando a tarefa…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="49"/>
        <source>Waiting for the server&apos;s limit</source>
        <translation>Aguardando o limite do servidor</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="50"/>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="51"/>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="52"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="53"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="54"/>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="56"/>
        <source>Sent; waiting for the server to start it</source>
        <translation>Enviada; aguardando o servidor iniciá-la</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="69"/>
        <source>Failed: {reason}</source>
        <translation>Falhou: {reason}</translation>
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
        <translation>{task}: {done} de {total} concluídos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="111"/>
        <source>(paused)</source>
        <translation>(pausado)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="218"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="218"/>
        <source>Pause the batch</source>
        <translation>Pausar o lote</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="221"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="221"/>
        <source>Resume the batch</source>
        <translation>Retomar o lote</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="224"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="224"/>
        <source>Cancel the batch</source>
        <translation>Cancelar o lote</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="227"/>
        <source>Retry failed</source>
        <translation>Repetir os que falharam</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="230"/>
        <source>Retry the failed files</source>
        <translation>Tentar novamente os arquivos com falha</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="246"/>
        <source>Batch progress</source>
        <translation>Progresso do lote</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="250"/>
        <source>Files done, running, waiting and failed</source>
        <translation>Arquivos concluídos, em execução, aguardando e com falha</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="254"/>
        <source>The server&apos;s limit</source>
        <translation>O limite do servidor</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="257"/>
        <source>Where the results go</source>
        <translation>Para onde vão os resultados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="271"/>
        <source>The files of the batch</source>
        <translation>Os arquivos do lote</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="273"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="283"/>
        <source>Show in &amp;folder</source>
        <translation>&amp;Mostrar na pasta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="286"/>
        <source>Show the selected file&apos;s result in its folder</source>
        <translation>Mostrar o resultado do arquivo selecionado na pasta dele</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="290"/>
        <source>&amp;Open result</source>
        <translation>&amp;Abrir resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="293"/>
        <source>Open the selected file&apos;s result</source>
        <translation>Abrir o resultado do arquivo selecionado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="297"/>
        <source>Remove from the list</source>
        <translation>Remover da lista</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="300"/>
        <source>Remove the finished batch from the list</source>
        <translation>Remover o lote concluído da lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="322"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n concluído</numerusform>
            <numerusform>%n concluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="323"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n em execução</numerusform>
            <numerusform>%n em execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="324"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n aguardando</numerusform>
            <numerusform>%n aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="325"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
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
        <translation>Os resultados são salvos ao lado de cada arquivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="334"/>
        <source>Results are saved in {folder}.</source>
        <translation>Os resultados são salvos em {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="352"/>
        <source>Finished.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="354"/>
        <source>Paused: no new task is sent. Tasks already sent go on.</source>
        <translation>Pausado: nenhuma nova tarefa é enviada. As tarefas já enviadas continuam.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="360"/>
        <source>The server allows {limit} new tasks per {window}: the next one goes in {wait}.</source>
        <translation>O servidor permite {limit} novas tarefas a cada {window}: a próxima segue em {wait}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="407"/>
        <source>This computer has no application to open “{name}”. It is in {folder}.</source>
        <translation>Este computador não tem nenhum aplicativo para abrir “{name}”. Ele está em {folder}.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="426"/>
        <source>Working</source>
        <translation>Processando</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="55"/>
        <source>A certificate this computer does not trust</source>
        <translation>Um certificado em que este computador não confia</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="57"/>
        <source>Trust the certificate of {server}?</source>
        <translation>Confiar no certificado de {server}?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="64"/>
        <source>This computer does not trust the certificate the server presents. If it is your own server with its own certificate, compare the fingerprint below with the one its administrator sees on the server. Trust it only if they are the same: this account will then trust exactly this certificate, and refuse any other.</source>
        <translation>Este computador não confia no certificado apresentado pelo servidor. Se for o seu próprio servidor, com um certificado próprio, compare a impressão digital abaixo com a que o administrador vê no servidor. Confie nele apenas se forem iguais: esta conta passará a confiar exatamente neste certificado e recusará qualquer outro.</translation>
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
        <translation>Válido a partir de:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="87"/>
        <source>Valid until:</source>
        <translation>Válido até:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="88"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Impressão digital SHA-256:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="98"/>
        <source>Trust this certificate for this account</source>
        <translation>Confiar neste certificado para esta conta</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="72"/>
        <source>The answer was cancelled.</source>
        <translation>A resposta foi cancelada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="73"/>
        <source>The server no longer has this answer&apos;s task. Retry to ask again.</source>
        <translation>O servidor não tem mais a tarefa desta resposta. Clique em “Tentar novamente” para perguntar de novo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="76"/>
        <source>This message did not reach the server before the app was closed.</source>
        <translation>Esta mensagem não chegou ao servidor antes de o aplicativo ser fechado.</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="50"/>
        <source>No messages yet</source>
        <translation>Nenhuma mensagem ainda</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="95"/>
        <source>Check again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="98"/>
        <source>Check again whether your server offers chat</source>
        <translation>Verificar novamente se o seu servidor oferece chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="142"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="145"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="151"/>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="160"/>
        <source>Chat: new conversation</source>
        <translation>Chat: nova conversa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="161"/>
        <source>Chat: send the message</source>
        <translation>Chat: enviar a mensagem</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="163"/>
        <source>Chat: new line in the message</source>
        <translation>Chat: nova linha na mensagem</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="166"/>
        <source>Chat: rename the conversation</source>
        <translation>Chat: renomear a conversa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="167"/>
        <source>Chat: delete the conversation</source>
        <translation>Chat: excluir a conversa</translation>
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
        <translation>Entre no seu Nextcloud para conversar com o assistente dele.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="216"/>
        <source>Looking at what your server offers…</source>
        <translation>Verificando o que o seu servidor oferece…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="219"/>
        <source>Your server does not offer chat</source>
        <translation>O seu servidor não oferece chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="221"/>
        <source>Chat needs an AI app on your Nextcloud that provides it. Its administrator can enable one, for example “OpenAI and LocalAI integration” or “Local large language model” (llm2), together with the Assistant app. The other tasks your server offers are on the New task tab.</source>
        <translation>O chat precisa de um aplicativo de IA no seu Nextcloud que o ofereça. O administrador pode ativar um, por exemplo “OpenAI and LocalAI integration” ou “Local large language model” (llm2), junto com o aplicativo Assistente. As outras tarefas que o seu servidor oferece estão na aba Nova tarefa.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="278"/>
        <source>The conversation of that chat message was deleted.</source>
        <translation>A conversa dessa mensagem de chat foi excluída.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="281"/>
        <source>That chat message was sent from elsewhere (for example the Assistant in your browser): its conversation is not on this computer.</source>
        <translation>Essa mensagem de chat foi enviada de outro lugar (por exemplo, do Assistente no seu navegador): a conversa dela não está neste computador.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="354"/>
        <source>Delete conversation</source>
        <translation>Excluir conversa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="355"/>
        <source>Delete the conversation “{title}”?</source>
        <translation>Excluir a conversa “{title}”?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="357"/>
        <source>Its messages and answers are deleted from this computer. This cannot be undone.</source>
        <translation>As mensagens e respostas dela serão excluídas deste computador. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="359"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="53"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="57"/>
        <source>Still waiting for the server to start it. The server may have no worker running: tell its administrator if this stays so.</source>
        <translation>Ainda aguardando o servidor iniciá-la. Talvez o servidor não tenha nenhum processo de trabalho (worker) rodando: avise o administrador se continuar assim.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="62"/>
        <source>Waiting for the server to start it</source>
        <translation>Aguardando o servidor iniciá-la</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="63"/>
        <source>Writing the answer…</source>
        <translation>Escrevendo a resposta…</translation>
    </message>
</context>
<context>
    <name>CollapsibleSection</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="86"/>
        <source>Expanded</source>
        <translation>Expandido</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="86"/>
        <source>Collapsed</source>
        <translation>Recolhido</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="196"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="78"/>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="212"/>
        <source>&amp;New conversation</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="214"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar uma nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="216"/>
        <location filename="../nctask_desktop/ui/chat_list.py" line="217"/>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="221"/>
        <source>No conversations yet.</source>
        <translation>Nenhuma conversa ainda.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="222"/>
        <source>No conversation matches the search.</source>
        <translation>Nenhuma conversa corresponde à pesquisa.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="123"/>
        <source>Ask anything. Your Nextcloud&apos;s assistant answers; the conversation is kept on this computer for this account. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Pergunte o que quiser. O assistente do seu Nextcloud responde; a conversa fica guardada neste computador para esta conta. Enter envia, Shift+Enter começa uma nova linha.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="134"/>
        <source>Your message</source>
        <translation>A sua mensagem</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="135"/>
        <source>Write a message…</source>
        <translation>Escreva uma mensagem…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="137"/>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Enter envia a mensagem; Shift+Enter começa uma nova linha.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="141"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="142"/>
        <source>Record a message</source>
        <translation>Gravar uma mensagem</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="143"/>
        <source>Record a message: its words go into the message box</source>
        <translation>Gravar uma mensagem: as palavras dela vão para o campo de mensagem</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="148"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="149"/>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="150"/>
        <source>Send the message (Enter)</source>
        <translation>Enviar a mensagem (Enter)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="161"/>
        <source>More options</source>
        <translation>Mais opções</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="162"/>
        <source>&amp;Instructions for the assistant in this conversation:</source>
        <translation>&amp;Instruções para o assistente nesta conversa:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="164"/>
        <source>Instructions for the assistant</source>
        <translation>Instruções para o assistente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="169"/>
        <source>Use the usual instructions</source>
        <translation>Usar as instruções padrão</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="204"/>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="305"/>
        <source>Wait for the answer (or cancel it) before you send the next message.</source>
        <translation>Aguarde a resposta (ou cancele-a) antes de enviar a próxima mensagem.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="315"/>
        <source>The answer is copied. Paste it wherever you like.</source>
        <translation>A resposta foi copiada. Cole-a onde quiser.</translation>
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
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="113"/>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="143"/>
        <source>This file cannot be used here.</source>
        <translation>Este arquivo não pode ser usado aqui.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="147"/>
        <source>Folder {name}</source>
        <translation>Pasta {name}</translation>
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
        <translation>Mostrar o histórico</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="154"/>
        <source>Quick text…</source>
        <translation>Texto rápido…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="156"/>
        <source>Quit</source>
        <translation>Sair</translation>
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
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="442"/>
        <source>{value} (not offered)</source>
        <translation>{value} (não oferecido)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="45"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="66"/>
        <source>The details are also in the log file: {path}</source>
        <translation>Os detalhes também estão no arquivo de log: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="72"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalhes</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="73"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="76"/>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="77"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="87"/>
        <source>The details are copied. Paste them into your report.</source>
        <translation>Os detalhes foram copiados. Cole-os no seu relato do problema.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../nctask_desktop/messages.py" line="67"/>
        <source>The file {name} was moved or deleted after you submitted it.</source>
        <translation>O arquivo {name} foi movido ou excluído depois que você o enviou.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="70"/>
        <source>Choose the file again in the form of this task type, then submit.</source>
        <translation>Escolha o arquivo novamente no formulário deste tipo de tarefa e envie.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="77"/>
        <source>The file {name} changed after you submitted it.</source>
        <translation>O arquivo {name} mudou depois que você o enviou.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="78"/>
        <source>It was not sent, so that the task does not use a version you did not choose. Submit it again to send the file as it is now.</source>
        <translation>Ele não foi enviado, para que a tarefa não use uma versão que você não escolheu. Envie a tarefa novamente para mandar o arquivo como ele está agora.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="87"/>
        <source>This app is not allowed to write or read {path}.</source>
        <translation>Este aplicativo não tem permissão para ler ou gravar {path}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="88"/>
        <source>Choose another folder, or check the folder&apos;s permissions.</source>
        <translation>Escolha outra pasta ou verifique as permissões da pasta.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="95"/>
        <source>The file {path} does not exist (any more).</source>
        <translation>O arquivo {path} não existe (mais).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="96"/>
        <source>Check the name, or choose the file again.</source>
        <translation>Verifique o nome ou escolha o arquivo novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="101"/>
        <source>The disk is full.</source>
        <translation>O disco está cheio.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="102"/>
        <source>Free some space, then try again.</source>
        <translation>Libere algum espaço e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="106"/>
        <source>A file could not be read or written: {reason}.</source>
        <translation>Não foi possível ler ou gravar um arquivo: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="107"/>
        <source>Check the file and folder, then try again.</source>
        <translation>Verifique o arquivo e a pasta e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="111"/>
        <source>Something unexpected went wrong.</source>
        <translation>Ocorreu um erro inesperado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="112"/>
        <source>Please try again. If it keeps happening, report it with the log file.</source>
        <translation>Tente novamente. Se continuar acontecendo, relate o problema junto com o arquivo de log.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="125"/>
        <source>The disk is full: the result could not be saved in {folder}.</source>
        <translation>O disco está cheio: não foi possível salvar o resultado em {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="126"/>
        <source>The disk is full: the report could not be saved in {folder}.</source>
        <translation>O disco está cheio: não foi possível salvar o relatório em {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="127"/>
        <location filename="../nctask_desktop/messages.py" line="136"/>
        <source>Free some space or choose another folder, then save again.</source>
        <translation>Libere algum espaço ou escolha outra pasta e salve novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="130"/>
        <source>Your disk quota is used up: the result could not be saved in {folder}.</source>
        <translation>A sua cota de disco se esgotou: não foi possível salvar o resultado em {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="133"/>
        <source>Your disk quota is used up: the report could not be saved in {folder}.</source>
        <translation>A sua cota de disco se esgotou: não foi possível salvar o relatório em {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="139"/>
        <source>This app may not write in {folder}, so the result was not saved.</source>
        <translation>Este aplicativo não tem permissão para gravar em {folder}, então o resultado não foi salvo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="142"/>
        <source>This app may not write in {folder}, so the report was not saved.</source>
        <translation>Este aplicativo não tem permissão para gravar em {folder}, então o relatório não foi salvo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="145"/>
        <source>Choose another folder, or allow writing in this one, then save again.</source>
        <translation>Escolha outra pasta, ou permita a gravação nesta, e salve novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="150"/>
        <source>{folder} is on a read-only disk, so the result was not saved.</source>
        <translation>{folder} está em um disco somente leitura, então o resultado não foi salvo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="153"/>
        <source>{folder} is on a read-only disk, so the report was not saved.</source>
        <translation>{folder} está em um disco somente leitura, então o relatório não foi salvo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="156"/>
        <source>Choose another folder, then save again.</source>
        <translation>Escolha outra pasta e salve novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="159"/>
        <source>The result could not be saved in {folder}: {reason}.</source>
        <translation>Não foi possível salvar o resultado em {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="160"/>
        <source>The report could not be saved in {folder}: {reason}.</source>
        <translation>Não foi possível salvar o relatório em {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="161"/>
        <source>Check the folder or choose another one, then save again.</source>
        <translation>Verifique a pasta ou escolha outra e salve novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="193"/>
        <source>{server} answers only over plain http. It is on this computer, so nothing leaves it.</source>
        <translation>{server} responde apenas por http simples. Ele está neste computador, então nada sai dele.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="197"/>
        <source>Connect with http:// to go on.</source>
        <translation>Conecte com http:// para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="200"/>
        <source>{server} answers only over plain http, without encryption: this is not a certificate problem.</source>
        <translation>{server} responde apenas por http simples, sem criptografia: não é um problema de certificado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="204"/>
        <source>You can connect with http://, but others on the network could read your password and your files. Do it only on a network you trust, or ask for https to be set up.</source>
        <translation>Você pode conectar com http://, mas outras pessoas na rede poderiam ler a sua senha e os seus arquivos. Faça isso apenas em uma rede de confiança, ou peça que configurem o https.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="213"/>
        <source>You are not signed in to {server}.</source>
        <translation>Você não entrou na sua conta em {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="214"/>
        <source>Sign in again to continue.</source>
        <translation>Entre novamente para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="217"/>
        <source>{server} did not accept the login name or app password.</source>
        <translation>{server} não aceitou o nome de login ou a senha de aplicativo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="218"/>
        <source>It may have been revoked. Sign in again to continue.</source>
        <translation>A senha pode ter sido revogada. Entre novamente para continuar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="224"/>
        <source>The server did not accept the input: {message}</source>
        <translation>O servidor não aceitou a entrada: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="225"/>
        <source>Correct it and try again.</source>
        <translation>Corrija e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="228"/>
        <source>The server did not accept the input.</source>
        <translation>O servidor não aceitou a entrada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="229"/>
        <source>Check the values and try again.</source>
        <translation>Verifique os valores e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="235"/>
        <source>The server refused: {message}</source>
        <translation>O servidor recusou: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="236"/>
        <source>Choose files you own, or ask the owner to share them with you.</source>
        <translation>Escolha arquivos que sejam seus, ou peça ao proprietário que os compartilhe com você.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="240"/>
        <source>You do not have access to this on {server}.</source>
        <translation>Você não tem acesso a isto em {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="248"/>
        <source>That does not look like a server address.</source>
        <translation>Isso não parece um endereço de servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="249"/>
        <source>Type it as you would in a browser, for example cloud.example.org.</source>
        <translation>Digite-o como faria no navegador, por exemplo cloud.example.org.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="255"/>
        <source>The security certificate of {server} has changed since you trusted it, so nothing was sent.</source>
        <translation>O certificado de segurança de {server} mudou desde que você confiou nele, então nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="259"/>
        <source>Ask the server&apos;s administrator whether it was renewed. If it was, sign in again to trust the new one; if not, someone may be listening in between.</source>
        <translation>Pergunte ao administrador do servidor se o certificado foi renovado. Se foi, entre novamente para confiar no novo; se não foi, alguém pode estar espionando a conexão no meio do caminho.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="266"/>
        <source>The security certificate of {server} is not trusted by this computer, so the connection was stopped.</source>
        <translation>Este computador não confia no certificado de segurança de {server}, então a conexão foi interrompida.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="270"/>
        <source>Check the address. If it is your own server with its own certificate, you can trust it after checking its fingerprint with the server&apos;s administrator.</source>
        <translation>Verifique o endereço. Se for o seu próprio servidor, com um certificado próprio, você pode confiar nele depois de conferir a impressão digital com o administrador do servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="277"/>
        <source>{server} took too long to answer.</source>
        <translation>{server} demorou demais para responder.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="278"/>
        <source>Check your internet connection and try again in a moment.</source>
        <translation>Verifique a sua conexão com a internet e tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="282"/>
        <source>Could not reach {server}.</source>
        <translation>Não foi possível acessar {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="283"/>
        <source>Check the address and your internet connection, then try again.</source>
        <translation>Verifique o endereço e a sua conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="289"/>
        <source>{server} sent the connection somewhere else, which this app does not follow for your safety.</source>
        <translation>{server} desviou a conexão para outro lugar e, para a sua segurança, este aplicativo não segue esse desvio.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="293"/>
        <source>Use the address your Nextcloud shows in the browser after you have logged in.</source>
        <translation>Use o endereço que o seu Nextcloud mostra no navegador depois que você entra.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="300"/>
        <source>{server} does not answer like a Nextcloud server.</source>
        <translation>{server} não responde como um servidor Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="301"/>
        <source>Check the address. If you are on a hotel or guest network, log in to it in your browser first.</source>
        <translation>Verifique o endereço. Se você estiver na rede de um hotel ou em uma rede de visitantes, entre nela pelo navegador primeiro.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="308"/>
        <source>{server} is in maintenance mode or being updated.</source>
        <translation>{server} está em modo de manutenção ou sendo atualizado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="309"/>
        <source>Try again later; nothing you entered is lost.</source>
        <translation>Tente novamente mais tarde; nada do que você digitou foi perdido.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="313"/>
        <source>The server allows 20 new tasks per 2 minutes, and that limit is reached.</source>
        <translation>O servidor permite 20 novas tarefas a cada 2 minutos, e esse limite foi atingido.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="316"/>
        <source>Wait a minute or two, then try again.</source>
        <translation>Aguarde um ou dois minutos e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="320"/>
        <source>This kind of task is not available on {server} right now.</source>
        <translation>Este tipo de tarefa não está disponível em {server} no momento.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="321"/>
        <source>Ask the administrator to enable an app that provides it, or choose another task.</source>
        <translation>Peça ao administrador que ative um aplicativo que ofereça esse tipo de tarefa, ou escolha outra tarefa.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="328"/>
        <source>The server no longer has this.</source>
        <translation>O servidor não tem mais isto.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="329"/>
        <source>It may have been deleted, or removed after the server&apos;s retention time.</source>
        <translation>Pode ter sido excluído, ou removido depois do prazo de retenção do servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="335"/>
        <source>Your Nextcloud storage is full.</source>
        <translation>O armazenamento do seu Nextcloud está cheio.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="336"/>
        <source>Delete some files in Nextcloud, then try again.</source>
        <translation>Exclua alguns arquivos no Nextcloud e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="340"/>
        <source>The sign-in link expired before access was granted.</source>
        <translation>O link de login expirou antes que o acesso fosse concedido.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="341"/>
        <source>Start signing in again.</source>
        <translation>Comece o login novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="345"/>
        <source>{server} refused the request as a security precaution.</source>
        <translation>{server} recusou a solicitação por precaução de segurança.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="346"/>
        <source>Try again. If it keeps happening, a proxy in front of the server may be removing headers.</source>
        <translation>Tente novamente. Se continuar acontecendo, um proxy na frente do servidor pode estar removendo cabeçalhos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="353"/>
        <source>{server} ran into a problem on its side.</source>
        <translation>{server} teve um problema do lado dele.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="354"/>
        <source>Try again later. If it keeps happening, tell the server&apos;s administrator.</source>
        <translation>Tente novamente mais tarde. Se continuar acontecendo, avise o administrador do servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="360"/>
        <source>{server} sent a reply this app cannot read.</source>
        <translation>{server} enviou uma resposta que este aplicativo não consegue ler.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="361"/>
        <source>Try again later. A proxy in front of the server may be cutting replies short.</source>
        <translation>Tente novamente mais tarde. Um proxy na frente do servidor pode estar cortando as respostas.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="382"/>
        <source>This server has no task processing; it needs Nextcloud 30 or newer.</source>
        <translation>Este servidor não tem processamento de tarefas; é preciso ter o Nextcloud 30 ou mais recente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="385"/>
        <source>Ask the administrator to update the server (it runs version {version}).</source>
        <translation>Peça ao administrador que atualize o servidor (ele usa a versão {version}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="401"/>
        <source>The request to {server} failed.</source>
        <translation>A solicitação a {server} falhou.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="402"/>
        <source>Try again. If it keeps happening, report it with the log file.</source>
        <translation>Tente novamente. Se continuar acontecendo, relate o problema junto com o arquivo de log.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="414"/>
        <source>The proxy server at {proxy} could not be reached.</source>
        <translation>Não foi possível acessar o servidor proxy em {proxy}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="415"/>
        <source>Check the proxy in Preferences → Network (or in your system&apos;s network settings if the app uses those), then try again.</source>
        <translation>Verifique o proxy em Preferências → Rede (ou nas configurações de rede do seu sistema, se o aplicativo usar essas) e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="422"/>
        <source>The proxy server at {proxy} did not connect you to {server}.</source>
        <translation>O servidor proxy em {proxy} não conectou você a {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="423"/>
        <source>The server may be down, or the proxy may not allow it or may want a sign-in. Ask whoever runs your network, or change the proxy in Preferences → Network.</source>
        <translation>Talvez o servidor esteja fora do ar, ou o proxy não permita o acesso a ele ou exija um login. Pergunte a quem administra a sua rede, ou altere o proxy em Preferências → Rede.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="433"/>
        <source>“{key}” is required.</source>
        <translation>“{key}” é obrigatório.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="434"/>
        <source>Fill it in, then submit again.</source>
        <translation>Preencha e envie novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="436"/>
        <source>“{key}” needs a number, not “{detail}”.</source>
        <translation>“{key}” precisa de um número, não de “{detail}”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="437"/>
        <source>“{key}” must be one of: {detail}.</source>
        <translation>“{key}” deve ser um destes: {detail}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="439"/>
        <source>This task has no input called “{key}”.</source>
        <translation>Esta tarefa não tem nenhuma entrada chamada “{key}”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="440"/>
        <source>Its inputs are: {detail}.</source>
        <translation>As entradas dela são: {detail}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="442"/>
        <source>“{key}” takes one value only.</source>
        <translation>“{key}” aceita apenas um valor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="444"/>
        <source>“{key}” needs a file.</source>
        <translation>“{key}” precisa de um arquivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="445"/>
        <source>Give a file as @PATH, or the id of a file in Nextcloud.</source>
        <translation>Informe um arquivo como @PATH, ou o id de um arquivo no Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="447"/>
        <source>“{key}” needs a list of values.</source>
        <translation>“{key}” precisa de uma lista de valores.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="448"/>
        <source>“{key}” needs text.</source>
        <translation>“{key}” precisa de um texto.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="450"/>
        <source>The file {detail} for “{key}” does not exist.</source>
        <translation>O arquivo {detail} para “{key}” não existe.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="451"/>
        <source>Check the path.</source>
        <translation>Verifique o caminho.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="454"/>
        <source>The file {detail} for “{key}” is not readable UTF-8 text.</source>
        <translation>O arquivo {detail} para “{key}” não é um texto UTF-8 legível.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="457"/>
        <source>“{key}” does not take a file.</source>
        <translation>“{key}” não aceita arquivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="459"/>
        <source>“{key}” has a kind of input this app does not know yet ({detail}).</source>
        <translation>“{key}” tem um tipo de entrada que este aplicativo ainda não conhece ({detail}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="462"/>
        <source>Use the Nextcloud web Assistant for this task.</source>
        <translation>Use o Assistente do Nextcloud na web para esta tarefa.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="469"/>
        <source>“{key}” is not valid.</source>
        <translation>“{key}” não é válido.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="478"/>
        <location filename="../nctask_desktop/messages.py" line="482"/>
        <source>The task failed: {message}</source>
        <translation>A tarefa falhou: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="487"/>
        <source>The task failed, and the server gave no reason.</source>
        <translation>A tarefa falhou, e o servidor não informou o motivo.</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="132"/>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="179"/>
        <source>on this computer</source>
        <translation>neste computador</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="140"/>
        <source>File {id}</source>
        <translation>Arquivo {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="146"/>
        <source>in your Nextcloud</source>
        <translation>no seu Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="174"/>
        <source>This file is no longer on this computer.</source>
        <translation>Este arquivo não está mais neste computador.</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="505"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="507"/>
        <source>Remove the file of “{name}”</source>
        <translation>Remover o arquivo de “{name}”</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="226"/>
        <source>Drop {kinds} here, or:</source>
        <translation>Solte {kinds} aqui ou:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="228"/>
        <source>Drop {kind} here, or:</source>
        <translation>Solte {kind} aqui ou:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="236"/>
        <source>Choose files…</source>
        <translation>Escolher arquivos…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="236"/>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="239"/>
        <source>Choose files on this computer for “{name}”</source>
        <translation>Escolher arquivos neste computador para “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="241"/>
        <source>Choose a file on this computer for “{name}”</source>
        <translation>Escolher um arquivo neste computador para “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="248"/>
        <source>Record…</source>
        <translation>Gravar…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="251"/>
        <source>Record audio with the microphone for “{name}”</source>
        <translation>Gravar áudio com o microfone para “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="255"/>
        <source>Choose from Nextcloud…</source>
        <translation>Escolher do Nextcloud…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="257"/>
        <source>Choose from your Nextcloud for “{name}”</source>
        <translation>Escolher do seu Nextcloud para “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="277"/>
        <source>Choose {kinds}</source>
        <translation>Escolher {kinds}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="279"/>
        <source>Choose a file</source>
        <translation>Escolher um arquivo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="305"/>
        <source>Record audio for “{name}”</source>
        <translation>Gravar áudio para “{name}”</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="87"/>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="88"/>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="89"/>
        <source>WAV audio</source>
        <translation>Áudio WAV</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="90"/>
        <source>MP3 audio</source>
        <translation>Áudio MP3</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="91"/>
        <source>Ogg audio</source>
        <translation>Áudio Ogg</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="92"/>
        <source>Ogg Vorbis audio</source>
        <translation>Áudio Ogg Vorbis</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="93"/>
        <source>Opus audio</source>
        <translation>Áudio Opus</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="94"/>
        <source>FLAC audio</source>
        <translation>Áudio FLAC</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="95"/>
        <source>MPEG-4 audio</source>
        <translation>Áudio MPEG-4</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="96"/>
        <source>AAC audio</source>
        <translation>Áudio AAC</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="97"/>
        <source>WebM audio</source>
        <translation>Áudio WebM</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="98"/>
        <source>PNG image</source>
        <translation>Imagem PNG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="99"/>
        <source>JPEG image</source>
        <translation>Imagem JPEG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="100"/>
        <source>GIF image</source>
        <translation>Imagem GIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="101"/>
        <source>WebP image</source>
        <translation>Imagem WebP</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="102"/>
        <source>Windows BMP image</source>
        <translation>Imagem BMP do Windows</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="103"/>
        <source>TIFF image</source>
        <translation>Imagem TIFF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="104"/>
        <source>SVG image</source>
        <translation>Imagem SVG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="105"/>
        <source>HEIF image</source>
        <translation>Imagem HEIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="106"/>
        <source>AVIF image</source>
        <translation>Imagem AVIF</translation>
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
        <translation>documento de texto simples</translation>
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
        <translation>Arquivo Zip</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="132"/>
        <source>audio file</source>
        <translation>arquivo de áudio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="134"/>
        <source>image</source>
        <translation>imagem</translation>
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
        <translation>arquivo %1</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="142"/>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="48"/>
        <source>Choose a task on the left.</source>
        <translation>Escolha uma tarefa à esquerda.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="53"/>
        <source>Upload progress</source>
        <translation>Progresso do envio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="53"/>
        <source>Cancel upload</source>
        <translation>Cancelar envio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="62"/>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="63"/>
        <source>Submit the task</source>
        <translation>Enviar a tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="64"/>
        <source>Submit the task ({key})</source>
        <translation>Enviar a tarefa ({key})</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="69"/>
        <source>Run on many files…</source>
        <translation>Executar em vários arquivos…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="70"/>
        <source>Run the task on many files</source>
        <translation>Executar a tarefa em vários arquivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="80"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="83"/>
        <source>Where the submitted task stands</source>
        <translation>Andamento da tarefa enviada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="87"/>
        <source>The submitted task and its result</source>
        <translation>A tarefa enviada e o seu resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="90"/>
        <source>Cancel task</source>
        <translation>Cancelar tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="91"/>
        <source>Cancel the submitted task</source>
        <translation>Cancelar a tarefa enviada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="108"/>
        <source>Uploading files to your Nextcloud…</source>
        <translation>Enviando arquivos para o seu Nextcloud…</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="187"/>
        <source>The server&apos;s answer</source>
        <translation>A resposta do servidor</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="212"/>
        <source>More options</source>
        <translation>Mais opções</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="222"/>
        <source>This task needs no input.</source>
        <translation>Esta tarefa não precisa de nenhuma entrada.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="467"/>
        <source>This input is of a kind this app does not know yet ({kind}). Use the Nextcloud web Assistant for this task.</source>
        <translation>Esta entrada é de um tipo que este aplicativo ainda não conhece ({kind}). Use o Assistente do Nextcloud na web para esta tarefa.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="359"/>
        <source>“{name}” is empty (0 bytes). Choose a file that has something in it.</source>
        <translation>“{name}” está vazio (0 bytes). Escolha um arquivo que tenha algum conteúdo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="363"/>
        <source>“{name}” is not {kind}. “{slot}” takes {kinds} ({exts}, …).</source>
        <translation>“{name}” não é {kind}. “{slot}” aceita {kinds} ({exts}, …).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="55"/>
        <source>images</source>
        <translation>imagens</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="56"/>
        <source>audio files</source>
        <translation>arquivos de áudio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="57"/>
        <source>videos</source>
        <translation>vídeos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="58"/>
        <source>files</source>
        <translation>arquivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="61"/>
        <source>an image</source>
        <translation>uma imagem</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="62"/>
        <source>an audio file</source>
        <translation>um arquivo de áudio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="63"/>
        <source>a video</source>
        <translation>um vídeo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="64"/>
        <source>a file</source>
        <translation>um arquivo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="70"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="74"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="75"/>
        <source>Audio files</source>
        <translation>Arquivos de áudio</translation>
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
        <translation>agora mesmo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="64"/>
        <source>yesterday</source>
        <translation>ontem</translation>
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
        <translation>Removida do servidor</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="96"/>
        <source>%1 — no longer on the server</source>
        <translation>%1 — não está mais no servidor</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="106"/>
        <source>Still waiting — the server may have no worker running</source>
        <translation>Ainda aguardando — talvez o servidor não tenha nenhum processo de trabalho rodando</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="107"/>
        <source>Waiting for the server to start it</source>
        <translation>Aguardando o servidor iniciá-la</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="111"/>
        <source>Running — %1%</source>
        <translation>Em execução — %1%</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="112"/>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="114"/>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="116"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="118"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="119"/>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="209"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="210"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="211"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="212"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="213"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="214"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="275"/>
        <source>The server no longer has this task (it removes old tasks after a while). Files you saved are kept.</source>
        <translation>O servidor não tem mais esta tarefa (ele remove as tarefas antigas depois de um tempo). Os arquivos que você salvou são mantidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
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
        <translation>Mostrar tarefas por situação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="169"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="171"/>
        <source>Show tasks of one kind</source>
        <translation>Mostrar tarefas de um tipo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="173"/>
        <location filename="../nctask_desktop/ui/history_table.py" line="205"/>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="179"/>
        <location filename="../nctask_desktop/ui/history_table.py" line="180"/>
        <source>Search your tasks</source>
        <translation>Pesquisar as suas tarefas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="183"/>
        <source>Chat &amp;messages</source>
        <translation>Mensagens do &amp;chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="184"/>
        <source>Show chat messages</source>
        <translation>Mostrar mensagens do chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="186"/>
        <source>The messages and answers of the Chat tab are left out unless this is on</source>
        <translation>As mensagens e respostas da aba Chat ficam de fora, a menos que esta opção esteja marcada</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="113"/>
        <source>No tasks yet. The tasks you run here, and those you run in the Assistant of your Nextcloud, appear here with their results.</source>
        <translation>Nenhuma tarefa ainda. As tarefas que você executa aqui, e as que executa no Assistente do seu Nextcloud, aparecem aqui com os resultados.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="125"/>
        <location filename="../nctask_desktop/ui/history_panel.py" line="342"/>
        <source>No task matches the filter.</source>
        <translation>Nenhuma tarefa corresponde ao filtro.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="134"/>
        <source>The selected task</source>
        <translation>A tarefa selecionada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="172"/>
        <source>History: {action}</source>
        <translation>Histórico: {action}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="274"/>
        <source>The server cannot be reached right now. The list shows what was known; it is updated as soon as the connection is back.</source>
        <translation>Não é possível acessar o servidor no momento. A lista mostra o que já se sabia; ela será atualizada assim que a conexão voltar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="337"/>
        <source>Your tasks so far are chat messages, which are kept in the Chat tab. Tick Chat messages to list them here too.</source>
        <translation>Até agora, as suas tarefas são mensagens do chat, que ficam na aba Chat. Marque “Mensagens do chat” para listá-las aqui também.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="371"/>
        <source>Unavailable</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="455"/>
        <source>This kind of task (“{type}”) is not offered by the server any more, so it cannot be run again here.</source>
        <translation>Este tipo de tarefa (“{type}”) não é mais oferecido pelo servidor, então a tarefa não pode ser executada novamente aqui.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="478"/>
        <source>Could not cancel it: {reason}</source>
        <translation>Não foi possível cancelar: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="495"/>
        <source>Delete tasks</source>
        <translation>Excluir tarefas</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/history_panel.py" line="496"/>
        <source>Delete %n task(s)?</source>
        <translation>
            <numerusform>Excluir %n tarefa?</numerusform>
            <numerusform>Excluir %n tarefas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="498"/>
        <source>They are deleted from your Nextcloud (also from its Assistant) and from this list. Files you saved on this computer are kept.</source>
        <translation>As tarefas serão excluídas do seu Nextcloud (também do Assistente) e desta lista. Os arquivos que você salvou neste computador são mantidos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="501"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="510"/>
        <source>Could not delete it: {reason}</source>
        <translation>Não foi possível excluir: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="524"/>
        <source>The selected task has no text result to copy.</source>
        <translation>A tarefa selecionada não tem resultado em texto para copiar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="149"/>
        <source>All tasks</source>
        <translation>Todas as tarefas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="150"/>
        <source>Not finished</source>
        <translation>Não concluídas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="151"/>
        <source>Done</source>
        <translation>Concluídas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="152"/>
        <source>Failed or cancelled</source>
        <translation>Com falha ou canceladas</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="89"/>
        <source>Your tasks</source>
        <translation>As suas tarefas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="103"/>
        <source>Columns: click one to sort by it</source>
        <translation>Colunas: clique em uma para ordenar por ela</translation>
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
        <translation>Abrir o resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="233"/>
        <source>Run again</source>
        <translation>Executar novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="234"/>
        <source>Fill in the form with this task&apos;s input</source>
        <translation>Preencher o formulário com a entrada desta tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="239"/>
        <source>Cancel task</source>
        <translation>Cancelar tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="239"/>
        <source>Stop the selected tasks</source>
        <translation>Interromper as tarefas selecionadas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="242"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="242"/>
        <source>Delete the selected tasks</source>
        <translation>Excluir as tarefas selecionadas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="244"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="244"/>
        <source>Copy the text result</source>
        <translation>Copiar o resultado em texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="249"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="250"/>
        <source>Save the results in the download folder</source>
        <translation>Salvar os resultados na pasta de downloads</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="255"/>
        <source>Save to…</source>
        <translation>Salvar em…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="256"/>
        <source>Save the results to a folder you choose</source>
        <translation>Salvar os resultados em uma pasta à sua escolha</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="261"/>
        <source>Input files</source>
        <translation>Arquivos de entrada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="261"/>
        <source>Show the task&apos;s input files</source>
        <translation>Mostrar os arquivos de entrada da tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="263"/>
        <source>Task actions</source>
        <translation>Ações da tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="285"/>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="51"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="55"/>
        <source>Actual size</source>
        <translation>Tamanho real</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="56"/>
        <source>Show the image at its actual size</source>
        <translation>Mostrar a imagem em tamanho real</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="59"/>
        <source>Open in another app</source>
        <translation>Abrir em outro aplicativo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="60"/>
        <source>Open the image in your image viewer</source>
        <translation>Abrir a imagem no seu visualizador de imagens</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="62"/>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="63"/>
        <source>Save the image to a folder</source>
        <translation>Salvar a imagem em uma pasta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="66"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="78"/>
        <source>This image cannot be shown.</source>
        <translation>Não é possível mostrar esta imagem.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="157"/>
        <source>Input level</source>
        <translation>Nível de entrada</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="110"/>
        <source>Add a number</source>
        <translation>Adicionar um número</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="112"/>
        <source>Add a text</source>
        <translation>Adicionar um texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="117"/>
        <source>{action} to “{name}”</source>
        <translation>{action} em “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="221"/>
        <source>“{name}”, item {n} of {count}</source>
        <translation>“{name}”, item {n} de {count}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="232"/>
        <source>Move item {n} of “{name}” up</source>
        <translation>Mover o item {n} de “{name}” para cima</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="233"/>
        <source>Move item {n} of “{name}” down</source>
        <translation>Mover o item {n} de “{name}” para baixo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="234"/>
        <source>Remove item {n} of “{name}”</source>
        <translation>Remover o item {n} de “{name}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="290"/>
        <source>Item {n}: {problem}</source>
        <translation>Item {n}: {problem}</translation>
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
        <translation>Iniciando o servidor simulado…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="343"/>
        <source>Sign in again to see the tasks of this server.</source>
        <translation>Entre novamente para ver as tarefas deste servidor.</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="123"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="123"/>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="142"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="145"/>
        <source>Cancel this answer</source>
        <translation>Cancelar esta resposta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="157"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="160"/>
        <source>Copy this answer</source>
        <translation>Copiar esta resposta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="164"/>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="167"/>
        <source>Write this answer again</source>
        <translation>Escrever esta resposta novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="171"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="174"/>
        <source>Ask for this answer again</source>
        <translation>Pedir esta resposta novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="196"/>
        <source>Your message</source>
        <translation>A sua mensagem</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="196"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="205"/>
        <source>The server gave no reason.</source>
        <translation>O servidor não informou o motivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="206"/>
        <source>No answer: {reason}</source>
        <translation>Sem resposta: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="208"/>
        <source>The answer was cancelled.</source>
        <translation>A resposta foi cancelada.</translation>
    </message>
</context>
<context>
    <name>MessagesArea</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="69"/>
        <source>The conversation</source>
        <translation>A conversa</translation>
    </message>
</context>
<context>
    <name>NewTaskPage</name>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="221"/>
        <source>Form of {task}</source>
        <translation>Formulário de {task}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="287"/>
        <source>New task: submit the form</source>
        <translation>Nova tarefa: enviar o formulário</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="288"/>
        <source>New task: copy the result&apos;s text</source>
        <translation>Nova tarefa: copiar o texto do resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="422"/>
        <source>Could not cancel it: {reason}</source>
        <translation>Não foi possível cancelar: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="497"/>
        <source>Check the marked inputs: the task has changed since it was run.</source>
        <translation>Verifique os campos marcados: a tarefa mudou desde que foi executada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="502"/>
        <source>Some inputs of the earlier task are no longer asked for: {keys}.</source>
        <translation>Algumas entradas da tarefa anterior não são mais pedidas: {keys}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="509"/>
        <source>The form holds the input of task {id}. Change it, or submit.</source>
        <translation>O formulário contém a entrada da tarefa {id}. Altere-a ou envie.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="526"/>
        <source>This file does not exist: {name}</source>
        <translation>Este arquivo não existe: {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="166"/>
        <source>None of this server&apos;s tasks takes these files.</source>
        <translation>Nenhuma tarefa deste servidor aceita esses arquivos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="546"/>
        <location filename="../nctask_desktop/ui/open_with.py" line="172"/>
        <source>This task takes no such file.</source>
        <translation>Esta tarefa não aceita esse tipo de arquivo.</translation>
    </message>
</context>
<context>
    <name>NextcloudFileDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="198"/>
        <source>Choose from Nextcloud</source>
        <translation>Escolher do Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="209"/>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="210"/>
        <source>Up one folder</source>
        <translation>Subir uma pasta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="233"/>
        <source>Files and folders</source>
        <translation>Arquivos e pastas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="250"/>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="251"/>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="268"/>
        <source>Only {kinds} can be chosen here.</source>
        <translation>Aqui só é possível escolher {kinds}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="271"/>
        <source>Save in Nextcloud</source>
        <translation>Salvar no Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="272"/>
        <source>Open the folder to save in, then choose “Save here”.</source>
        <translation>Abra a pasta onde quer salvar e escolha “Salvar aqui”.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="280"/>
        <source>Choose</source>
        <translation>Escolher</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="280"/>
        <source>Save here</source>
        <translation>Salvar aqui</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="305"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="340"/>
        <source>This folder is empty.</source>
        <translation>Esta pasta está vazia.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="361"/>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="364"/>
        <source>Home folder</source>
        <translation>Pasta inicial</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="369"/>
        <source>Folder {name}</source>
        <translation>Pasta {name}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/services/notifications.py" line="89"/>
        <source>%n of them failed.</source>
        <translation>
            <numerusform>%n delas falhou.</numerusform>
            <numerusform>%n delas falharam.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="91"/>
        <source>Open the history to see the results.</source>
        <translation>Abra o histórico para ver os resultados.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="99"/>
        <source>“{task}” is done</source>
        <translation>Tarefa “{task}” concluída</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="102"/>
        <source>{summary}
Saved in {folder}.</source>
        <translation>{summary}
Resultado salvo em {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="106"/>
        <source>{summary}</source>
        <translation>{summary}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="108"/>
        <source>Click to see the result.</source>
        <translation>Clique para ver o resultado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="111"/>
        <source>“{task}” failed</source>
        <translation>Falha na tarefa “{task}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="114"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="116"/>
        <source>The server gave no reason.</source>
        <translation>O servidor não informou o motivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="124"/>
        <source>No tasks running</source>
        <translation>Nenhuma tarefa em execução</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/services/notifications.py" line="125"/>
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n tarefa em execução</numerusform>
            <numerusform>%n tarefas em execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished</source>
        <translation>
            <numerusform>%n tarefa terminou</numerusform>
            <numerusform>%n tarefas terminaram</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="326"/>
        <source>Default: {value}</source>
        <translation>Padrão: {value}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="363"/>
        <source>“{name}” must be {minimum} or more.</source>
        <translation>“{name}” deve ser {minimum} ou mais.</translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="151"/>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="156"/>
        <source>Download progress of {name}</source>
        <translation>Progresso ao baixar {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="171"/>
        <source>Downloading… {size}</source>
        <translation>Baixando… {size}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="94"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="106"/>
        <source>Files for tasks</source>
        <translation>Arquivos para as tarefas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="112"/>
        <source>&amp;Upload folder in Nextcloud:</source>
        <translation>Pasta de &amp;envio no Nextcloud:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="117"/>
        <source>Files from this computer that a task needs are uploaded into this folder of your Nextcloud, in a sub-folder for each day.</source>
        <translation>Os arquivos deste computador de que uma tarefa precisa são enviados para esta pasta do seu Nextcloud, em uma subpasta para cada dia.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="124"/>
        <source>Delete these copies when I delete their task</source>
        <translation>Excluir essas cópias quando eu excluir a tarefa delas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="127"/>
        <source>Files you chose from your Nextcloud are never deleted.</source>
        <translation>Os arquivos que você escolheu no seu Nextcloud nunca são excluídos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="130"/>
        <source>Delete the uploaded copies of my files when I delete their task</source>
        <translation>Excluir as cópias enviadas dos meus arquivos quando eu excluir a tarefa delas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="136"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="141"/>
        <source>Folder for saved results</source>
        <translation>Pasta para os resultados salvos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="142"/>
        <source>Save results &amp;in:</source>
        <translation>Salvar &amp;resultados em:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="144"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="145"/>
        <source>Choose the folder for saved results</source>
        <translation>Escolher a pasta para os resultados salvos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="152"/>
        <source>Leave it empty for your Downloads folder.</source>
        <translation>Deixe em branco para usar a sua pasta Downloads.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="154"/>
        <source>Save the results of these tasks by themselves:</source>
        <translation>Salvar automaticamente os resultados destas tarefas:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="160"/>
        <source>Tasks whose results are saved by themselves</source>
        <translation>Tarefas cujos resultados são salvos automaticamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="171"/>
        <source>Save the results of “{task}” by themselves</source>
        <translation>Salvar automaticamente os resultados de “{task}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="190"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="193"/>
        <source>&amp;Notify me when a task is done or has failed</source>
        <translation>&amp;Notificar-me quando uma tarefa for concluída ou falhar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="195"/>
        <source>Notify me when a task is done or has failed</source>
        <translation>Notificar-me quando uma tarefa for concluída ou falhar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="198"/>
        <source>Also notify my &amp;other devices (needs the Assistant app on the server)</source>
        <translation>Notificar também os meus &amp;outros dispositivos (requer o aplicativo Assistente no servidor)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="200"/>
        <source>Also notify my other devices</source>
        <translation>Notificar também os meus outros dispositivos</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="244"/>
        <source>Language and appearance</source>
        <translation>Idioma e aparência</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="248"/>
        <source>The system&apos;s language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="252"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="254"/>
        <source>A new language is used from the next start of the app.</source>
        <translation>O novo idioma será usado a partir da próxima vez que você abrir o aplicativo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="261"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="268"/>
        <source>Window and keys</source>
        <translation>Janela e teclas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="272"/>
        <source>Ask while tasks are running</source>
        <translation>Perguntar se houver tarefas em execução</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="273"/>
        <source>Keep running in the tray</source>
        <translation>Continuar em execução na bandeja</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="274"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="276"/>
        <source>When I &amp;close the window:</source>
        <translation>Ao &amp;fechar a janela:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="279"/>
        <source>This desktop has no tray: closing quits.</source>
        <translation>Este ambiente de trabalho não tem bandeja do sistema: fechar a janela encerra o aplicativo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="281"/>
        <source>Open Quick text with Ctrl+Shift+Space from &amp;any app</source>
        <translation>Abrir o Texto rápido com Ctrl+Shift+Space em &amp;qualquer aplicativo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="284"/>
        <source>Open Quick text with Ctrl+Shift+Space from any app</source>
        <translation>Abrir o Texto rápido com Ctrl+Shift+Space em qualquer aplicativo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="296"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="298"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usar as configurações de proxy do &amp;sistema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="299"/>
        <source>No pro&amp;xy: connect directly</source>
        <translation>Sem pro&amp;xy: conectar diretamente</translation>
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
        <translation>As conexões com este próprio computador nunca usam proxy. As alterações valem na hora. Proxies que pedem senha não são suportados aqui: para esses, use as configurações do sistema.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="427"/>
        <source>Type the proxy server&apos;s name or address, such as “{example}”, and its port in the field beside it.</source>
        <translation>Digite o nome ou o endereço do servidor proxy, como “{example}”, e a porta dele no campo ao lado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="313"/>
        <source>Proxy kind</source>
        <translation>Tipo de proxy</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="321"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="320"/>
        <source>Proxy port</source>
        <translation>Porta do proxy</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="389"/>
        <source>Save results in</source>
        <translation>Salvar resultados em</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="411"/>
        <source>Type a folder name such as “{example}”, without “..” or special signs.</source>
        <translation>Digite um nome de pasta como “{example}”, sem “..” nem caracteres especiais.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="419"/>
        <source>Choose the folder for results with “Choose…”, or give its full path.</source>
        <translation>Escolha a pasta para os resultados com “Escolher…” ou informe o caminho completo.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="168"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="188"/>
        <source>The results were not saved</source>
        <translation>Os resultados não foram salvos</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/presence.py" line="191"/>
        <source>%n file(s) saved</source>
        <translation>
            <numerusform>%n arquivo salvo</numerusform>
            <numerusform>%n arquivos salvos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="192"/>
        <source>In {folder}</source>
        <translation>Em {folder}</translation>
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
        <translation>O texto a ser processado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="113"/>
        <source>The clipboard holds no text: type or paste the text here.</source>
        <translation>A área de transferência não contém texto: digite ou cole o texto aqui.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="121"/>
        <source>&amp;Summarise</source>
        <translation>&amp;Resumir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="123"/>
        <source>T&amp;ranslate into</source>
        <translation>Tra&amp;duzir para</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="126"/>
        <source>Language to translate into</source>
        <translation>Idioma para o qual traduzir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="127"/>
        <source>Ask in &amp;Chat</source>
        <translation>Perguntar no &amp;Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="129"/>
        <source>A new conversation with the text as its first message, kept in the Chat tab</source>
        <translation>Uma nova conversa com o texto como primeira mensagem, guardada na aba Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="139"/>
        <source>Or say what to do with it, e.g. “Make it more polite”</source>
        <translation>Ou diga o que fazer com ele, por exemplo: “Deixe mais educado”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="141"/>
        <source>What to do with the text</source>
        <translation>O que fazer com o texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="143"/>
        <source>Run the &amp;prompt</source>
        <translation>Executar o &amp;pedido</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="154"/>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="155"/>
        <source>Cancel the task</source>
        <translation>Cancelar a tarefa</translation>
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
        <translation>Copiar o resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="178"/>
        <source>Replace the c&amp;lipboard</source>
        <translation>&amp;Substituir na área de transferência</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="180"/>
        <source>Put the result in the clipboard in place of the text, and close this window</source>
        <translation>Colocar o resultado na área de transferência no lugar do texto e fechar esta janela</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="183"/>
        <source>Continue in the Chat &amp;tab</source>
        <translation>Continuar na a&amp;ba Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="185"/>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="244"/>
        <source>Account: {account}</source>
        <translation>Conta: {account}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="260"/>
        <source>Sign in to your Nextcloud in the main window first.</source>
        <translation>Primeiro, entre no seu Nextcloud pela janela principal.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="262"/>
        <source>The tasks of your server are still loading.</source>
        <translation>As tarefas do seu servidor ainda estão sendo carregadas.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="265"/>
        <source>Your server offers none of the text tasks (summarise, translate, a free prompt, chat): its administrator can install an assistant app for them.</source>
        <translation>O seu servidor não oferece nenhuma das tarefas de texto (resumir, traduzir, pedido livre, chat): o administrador pode instalar um aplicativo de assistente para elas.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="269"/>
        <source>Your server does not offer every text task: only those it has show.</source>
        <translation>O seu servidor não oferece todas as tarefas de texto: só aparecem as que ele tem.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="304"/>
        <source>Type or paste a text first.</source>
        <translation>Digite ou cole um texto primeiro.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="317"/>
        <source>Say what to do with the text first.</source>
        <translation>Diga primeiro o que fazer com o texto.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="349"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="399"/>
        <source>The task was cancelled.</source>
        <translation>A tarefa foi cancelada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="435"/>
        <source>Running…</source>
        <translation>Em execução…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="437"/>
        <source>Sent; waiting for the server to start it.</source>
        <translation>Enviada; aguardando o servidor iniciá-la.</translation>
    </message>
</context>
<context>
    <name>QuitPrompt</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="15"/>
        <source>%n task(s) you submitted have not reached your server yet. They are kept on this computer and sent the next time you start nctask-desktop.</source>
        <translation>
            <numerusform>%n tarefa que você enviou ainda não chegou ao seu servidor. Ela fica guardada neste computador e será enviada na próxima vez que você abrir o nctask-desktop.</numerusform>
            <numerusform>%n tarefas que você enviou ainda não chegaram ao seu servidor. Elas ficam guardadas neste computador e serão enviadas na próxima vez que você abrir o nctask-desktop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="25"/>
        <source>%n task(s) are still running on your server. Keep nctask-desktop running in the tray to be told when they are done; if you quit, their results are in the History the next time you start it.</source>
        <translation>
            <numerusform>%n tarefa ainda está em execução no seu servidor. Mantenha o nctask-desktop em execução na bandeja para ser avisado quando ela terminar; se você sair, o resultado estará no Histórico da próxima vez que você abrir o aplicativo.</numerusform>
            <numerusform>%n tarefas ainda estão em execução no seu servidor. Mantenha o nctask-desktop em execução na bandeja para ser avisado quando elas terminarem; se você sair, os resultados estarão no Histórico da próxima vez que você abrir o aplicativo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="36"/>
        <source>nctask-desktop is still running: click its icon to open it again.</source>
        <translation>O nctask-desktop continua em execução: clique no ícone dele para abri-lo novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="93"/>
        <source>Quit nctask-desktop?</source>
        <translation>Sair do nctask-desktop?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="96"/>
        <source>You can also keep the app open until they are sent.</source>
        <translation>Você também pode manter o aplicativo aberto até que o envio termine.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="101"/>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="127"/>
        <source>&amp;Quit, send them later</source>
        <translation>&amp;Sair e enviar depois</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="105"/>
        <source>&amp;Keep open</source>
        <translation>&amp;Manter aberto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="118"/>
        <source>Keep nctask-desktop running?</source>
        <translation>Manter o nctask-desktop em execução?</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="123"/>
        <source>Keep running in the &amp;tray</source>
        <translation>Manter em execução na &amp;bandeja</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="134"/>
        <source>&amp;Do the same from now on</source>
        <translation>Fazer o mesmo &amp;daqui em diante</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="137"/>
        <source>You can change it in the Preferences.</source>
        <translation>Você pode alterar isso nas Preferências.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="62"/>
        <source>macOS does not let the app use the microphone: allow it in System Settings → Privacy &amp; Security → Microphone, then try again.</source>
        <translation>O macOS não permite que o aplicativo use o microfone: permita o acesso em Ajustes do Sistema → Privacidade e Segurança → Microfone e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="68"/>
        <source>Windows does not let the app use the microphone: allow it in Settings → Privacy &amp; security → Microphone (“Let desktop apps access your microphone”), then try again.</source>
        <translation>O Windows não permite que o aplicativo use o microfone: permita o acesso em Configurações → Privacidade e segurança → Microfone (“Permitir que aplicativos da área de trabalho acessem seu microfone”) e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="74"/>
        <source>The system does not let the app use the microphone: allow it in your sound settings (PipeWire or PulseAudio) or your desktop&apos;s privacy settings, then try again.</source>
        <translation>O sistema não permite que o aplicativo use o microfone: permita o acesso nas configurações de som (PipeWire ou PulseAudio) ou nas configurações de privacidade do seu ambiente de trabalho e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="81"/>
        <source>No microphone was found: connect one, or choose one in System Settings → Sound → Input, then try again.</source>
        <translation>Nenhum microfone foi encontrado: conecte um ou escolha um em Ajustes do Sistema → Som → Entrada e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="87"/>
        <source>No microphone was found: connect one, or turn it on in Settings → System → Sound → Input, then try again.</source>
        <translation>Nenhum microfone foi encontrado: conecte um ou ative-o em Configurações → Sistema → Som → Entrada e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="92"/>
        <source>No microphone was found: connect one, or choose it as the input in your sound settings (PipeWire or PulseAudio), then try again.</source>
        <translation>Nenhum microfone foi encontrado: conecte um ou escolha-o como entrada nas configurações de som (PipeWire ou PulseAudio) e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="98"/>
        <source>The microphone is in use by another program: close that program, or choose another input in your sound settings, then try again.</source>
        <translation>O microfone está sendo usado por outro programa: feche esse programa ou escolha outra entrada nas configurações de som e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="105"/>
        <source>Recording needs the PortAudio library, which is not installed: install the package libportaudio2 (sudo apt install libportaudio2), then try again.</source>
        <translation>A gravação precisa da biblioteca PortAudio, que não está instalada: instale o pacote libportaudio2 (sudo apt install libportaudio2) e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="110"/>
        <source>Recording needs the PortAudio library, which is missing from this installation: install the app again.</source>
        <translation>A gravação precisa da biblioteca PortAudio, que está faltando nesta instalação: instale o aplicativo novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="115"/>
        <source>The microphone could not be used ({detail}): check your sound settings, then try again.</source>
        <translation>Não foi possível usar o microfone ({detail}): verifique as configurações de som e tente novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="125"/>
        <source>No sound reaches the app: the microphone is muted, or macOS blocks it (allow it in System Settings → Privacy &amp; Security → Microphone).</source>
        <translation>Nenhum som chega ao aplicativo: o microfone está silenciado ou o macOS o está bloqueando (permita o acesso em Ajustes do Sistema → Privacidade e Segurança → Microfone).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="131"/>
        <source>No sound reaches the app: the microphone is muted, or Windows blocks it (allow it in Settings → Privacy &amp; security → Microphone).</source>
        <translation>Nenhum som chega ao aplicativo: o microfone está silenciado ou o Windows o está bloqueando (permita o acesso em Configurações → Privacidade e segurança → Microfone).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="136"/>
        <source>No sound reaches the app: the microphone is muted, or blocked in your sound settings (PipeWire or PulseAudio).</source>
        <translation>Nenhum som chega ao aplicativo: o microfone está silenciado ou bloqueado nas configurações de som (PipeWire ou PulseAudio).</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="187"/>
        <source>Record audio</source>
        <translation>Gravar áudio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="203"/>
        <source>Recording time</source>
        <translation>Tempo de gravação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="229"/>
        <source>Use this recording</source>
        <translation>Usar esta gravação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="233"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="235"/>
        <source>Discard the recording</source>
        <translation>Descartar a gravação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="265"/>
        <source>Stop recording</source>
        <translation>Parar a gravação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="267"/>
        <source>Recording… Speak now; press Stop recording when done.</source>
        <translation>Gravando… Fale agora e clique em “Parar a gravação” quando terminar.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="269"/>
        <source>Record again</source>
        <translation>Gravar novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="272"/>
        <source>Recorded {time}. Play it back if you like, then use it or discard it.</source>
        <translation>Gravação de {time}. Ouça-a se quiser; depois, use-a ou descarte-a.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="276"/>
        <source>Start recording</source>
        <translation>Iniciar a gravação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="278"/>
        <source>Press Start recording, then speak.</source>
        <translation>Clique em “Iniciar a gravação” e fale.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="280"/>
        <source>Stop playing</source>
        <translation>Parar de reproduzir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="280"/>
        <source>Play back</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="285"/>
        <source>Stop playing the recording</source>
        <translation>Parar de reproduzir a gravação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="285"/>
        <source>Play the recording back</source>
        <translation>Reproduzir a gravação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="320"/>
        <source>Waiting for you to allow the microphone…</source>
        <translation>Aguardando você permitir o uso do microfone…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="393"/>
        <source>The recording stopped at {time}, the longest it can be.</source>
        <translation>A gravação parou em {time}, a duração máxima permitida.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="92"/>
        <source>Report a problem</source>
        <translation>Relatar um problema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="96"/>
        <source>This writes one zip file to attach to your message about the problem: the app&apos;s log files, its version and your system&apos;s, and the app&apos;s settings. Passwords, tokens, server addresses and names are left out. Nothing is sent anywhere.</source>
        <translation>Isto gera um único arquivo zip para você anexar à sua mensagem sobre o problema: os arquivos de log do aplicativo, a versão dele e a do seu sistema, e as configurações do aplicativo. Senhas, tokens, endereços de servidores e nomes ficam de fora. Nada é enviado para lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="105"/>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="106"/>
        <source>Include the text of my tasks</source>
        <translation>Incluir o texto das minhas tarefas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="109"/>
        <source>Adds the last {count} tasks of each account: what you asked and what came back. Leave it off unless the problem is about a task.</source>
        <translation>Adiciona as últimas {count} tarefas de cada conta: o que você pediu e o que veio de resposta. Deixe desmarcado, a menos que o problema seja com uma tarefa.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="124"/>
        <source>C&amp;hange folder…</source>
        <translation>&amp;Alterar pasta…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="127"/>
        <source>Change the folder the report is saved in</source>
        <translation>Alterar a pasta em que o relatório é salvo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="135"/>
        <source>&amp;Create report</source>
        <translation>&amp;Criar relatório</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="147"/>
        <source>&amp;Show in folder</source>
        <translation>&amp;Mostrar na pasta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="187"/>
        <source>Saved in: {folder}</source>
        <translation>Salvo em: {folder}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="195"/>
        <source>Save the report in…</source>
        <translation>Salvar o relatório em…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="198"/>
        <source>Save here</source>
        <translation>Salvar aqui</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="261"/>
        <source>The report is saved as “{name}” in {folder}. Attach it to your message about the problem.</source>
        <translation>O relatório foi salvo como “{name}” em {folder}. Anexe-o à sua mensagem sobre o problema.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="282"/>
        <source>This computer has no file manager to show “{name}”. It is in {folder}.</source>
        <translation>Este computador não tem um gerenciador de arquivos para mostrar “{name}”. Ele está em {folder}.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="79"/>
        <source>Saving progress</source>
        <translation>Progresso do salvamento</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="80"/>
        <source>Stop saving</source>
        <translation>Parar de salvar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="81"/>
        <source>Stop saving the results</source>
        <translation>Parar de salvar os resultados</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="128"/>
        <source>The text is copied. Paste it wherever you like.</source>
        <translation>O texto foi copiado. Cole-o onde quiser.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="143"/>
        <source>Save the results in…</source>
        <translation>Salvar os resultados em…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="147"/>
        <source>Save here</source>
        <translation>Salvar aqui</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="187"/>
        <source>Could not save the results: {reason}</source>
        <translation>Não foi possível salvar os resultados: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="235"/>
        <source>Could not save in your Nextcloud: {reason}</source>
        <translation>Não foi possível salvar no seu Nextcloud: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="242"/>
        <source>Saved in your Nextcloud: {path}</source>
        <translation>Salvo no seu Nextcloud: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="244"/>
        <source>%n file(s) saved in your Nextcloud: {folder}</source>
        <translation>
            <numerusform>%n arquivo salvo no seu Nextcloud: {folder}</numerusform>
            <numerusform>%n arquivos salvos no seu Nextcloud: {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="245"/>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="250"/>
        <source>Saving file {index} of {count}…</source>
        <translation>Salvando o arquivo {index} de {count}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="259"/>
        <source>%n result file(s) saved automatically in {folder}.</source>
        <translation>
            <numerusform>%n arquivo de resultado salvo automaticamente em {folder}.</numerusform>
            <numerusform>%n arquivos de resultado salvos automaticamente em {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="261"/>
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n arquivo salvo em {folder}.</numerusform>
            <numerusform>%n arquivos salvos em {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="263"/>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="318"/>
        <source>This computer has no application that opens “{name}”. Save it to a folder and open it from there, or install an application for this kind of file.</source>
        <translation>Este computador não tem nenhum aplicativo que abra “{name}”. Salve-o em uma pasta e abra-o de lá, ou instale um aplicativo para esse tipo de arquivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="329"/>
        <source>Save to…</source>
        <translation>Salvar em…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="349"/>
        <source>This computer has no file manager to show “{name}”. It is in {folder}.</source>
        <translation>Este computador não tem um gerenciador de arquivos para mostrar “{name}”. Ele está em {folder}.</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="70"/>
        <source>Queued before nctask-desktop was closed; sending it now.</source>
        <translation>Na fila desde antes de o nctask-desktop ser fechado; sendo enviada agora.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="74"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="78"/>
        <source>Uploading files… {percent} %</source>
        <translation>Enviando arquivos… {percent} %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="84"/>
        <source>Not sent yet: {reason}</source>
        <translation>Ainda não enviada: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="94"/>
        <location filename="../nctask_desktop/ui/session_panel.py" line="420"/>
        <source>Waiting: the server allows 20 new tasks per 2 minutes.</source>
        <translation>Aguardando: o servidor permite 20 novas tarefas a cada 2 minutos.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="103"/>
        <source>Sending…</source>
        <translation>Enviando a tarefa…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="105"/>
        <source>Paused: sign in again to send it.</source>
        <translation>Pausada: entre novamente para enviá-la.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="107"/>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelada antes de ser enviada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="110"/>
        <source>Not sent: {reason}</source>
        <translation>Não enviada: {reason}</translation>
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
        <translation>Enviada; aguardando o servidor iniciá-la.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="125"/>
        <source>Running… {percent} %</source>
        <translation>Em execução… {percent} %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="128"/>
        <source>Running…</source>
        <translation>Em execução…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="130"/>
        <source>Done.</source>
        <translation>Concluída.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="136"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="321"/>
        <source>Sent in this session</source>
        <translation>Enviadas nesta sessão</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="326"/>
        <source>Tasks you submit appear here while they are sent and run. Their results will also be in the Assistant of your Nextcloud.</source>
        <translation>As tarefas que você envia aparecem aqui enquanto seguem para o servidor e são executadas. Os resultados também estarão no Assistente do seu Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="341"/>
        <source>Tasks sent in this session</source>
        <translation>Tarefas enviadas nesta sessão</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="345"/>
        <source>Send queue</source>
        <translation>Fila de envio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="349"/>
        <source>Cancel sending</source>
        <translation>Cancelar envio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="350"/>
        <source>Cancel sending the selected task</source>
        <translation>Cancelar o envio da tarefa selecionada</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="404"/>
        <source>%n task(s) wait for the server to be reachable. They are kept, also if you quit, and sent as soon as it answers.</source>
        <translation>
            <numerusform>%n tarefa aguarda até que o servidor possa ser acessado. Ela fica guardada, mesmo se você fechar o aplicativo, e será enviada assim que ele responder.</numerusform>
            <numerusform>%n tarefas aguardam até que o servidor possa ser acessado. Elas ficam guardadas, mesmo se você fechar o aplicativo, e serão enviadas assim que ele responder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="412"/>
        <source>Sending %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>Enviando %n tarefa que ficou pendente quando o nctask-desktop foi fechado da última vez.</numerusform>
            <numerusform>Enviando %n tarefas que ficaram pendentes quando o nctask-desktop foi fechado da última vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="424"/>
        <source>%n task(s) in the queue.</source>
        <translation>
            <numerusform>%n tarefa na fila.</numerusform>
            <numerusform>%n tarefas na fila.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="429"/>
        <source>%n task(s) being sent.</source>
        <translation>
            <numerusform>%n tarefa sendo enviada.</numerusform>
            <numerusform>%n tarefas sendo enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="437"/>
        <source>Sent after the restart: %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>Enviada depois que o aplicativo foi aberto de novo: %n tarefa que ficou pendente quando o nctask-desktop foi fechado da última vez.</numerusform>
            <numerusform>Enviadas depois que o aplicativo foi aberto de novo: %n tarefas que ficaram pendentes quando o nctask-desktop foi fechado da última vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="473"/>
        <source>Deleted.</source>
        <translation>Excluída.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="475"/>
        <source>The server no longer has this task.</source>
        <translation>O servidor não tem mais esta tarefa.</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Nova tentativa em %n segundo.</numerusform>
            <numerusform>Nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="52"/>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="56"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="56"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="59"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="24"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="25"/>
        <source>Dismiss the message about the history file</source>
        <translation>Dispensar a mensagem sobre o arquivo do histórico</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="39"/>
        <source>Your task history on this computer was damaged, so it was set aside and is being read again from your server. Tasks your server no longer keeps (older than about a week) are in the old copy: {path}</source>
        <translation>O seu histórico de tarefas neste computador estava danificado, então ele foi guardado à parte e está sendo lido novamente do seu servidor. As tarefas que o seu servidor não guarda mais (com mais de uma semana, aproximadamente) estão na cópia antiga: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="45"/>
        <source>Your task history was written by a newer version of nctask-desktop, so it was set aside unchanged and is being read again from your server. Tasks your server no longer keeps (older than about a week) are in the newer version&apos;s copy: {path}</source>
        <translation>O seu histórico de tarefas foi gravado por uma versão mais recente do nctask-desktop, então ele foi guardado à parte sem alterações e está sendo lido novamente do seu servidor. As tarefas que o seu servidor não guarda mais (com mais de uma semana, aproximadamente) estão na cópia da versão mais recente: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="51"/>
        <source>Your task history on this computer could not be opened ({reason}): {path}. Your tasks are read from your server, but nothing is kept after you quit. Check that you may read and write that file and its folder, then start nctask-desktop again.</source>
        <translation>Não foi possível abrir o seu histórico de tarefas neste computador ({reason}): {path}. As suas tarefas são lidas do seu servidor, mas nada fica guardado depois que você fecha o aplicativo. Verifique se você tem permissão para ler e gravar esse arquivo e a pasta dele e abra o nctask-desktop novamente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="55"/>
        <source>Show the file</source>
        <translation>Mostrar o arquivo</translation>
    </message>
</context>
<context>
    <name>TaskChoiceDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="78"/>
        <source>Choose a task</source>
        <translation>Escolha uma tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="82"/>
        <source>Which task should take {name}?</source>
        <translation>Qual tarefa deve receber {name}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/open_with.py" line="84"/>
        <source>Which task should take these %n files?</source>
        <translation>
            <numerusform>Qual tarefa deve receber %n arquivo?</numerusform>
            <numerusform>Qual tarefa deve receber estes %n arquivos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="89"/>
        <source>Tasks that take the files</source>
        <translation>Tarefas que aceitam os arquivos</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="124"/>
        <source>Choose a task above to see where it stands and its results.</source>
        <translation>Escolha uma tarefa acima para ver o andamento e os resultados.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="155"/>
        <source>The task&apos;s input</source>
        <translation>A entrada da tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="161"/>
        <source>Where the task stands</source>
        <translation>Andamento da tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="164"/>
        <source>Progress of the task</source>
        <translation>Progresso da tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="174"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="181"/>
        <source>Save all</source>
        <translation>Salvar tudo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="182"/>
        <source>Save all results in the download folder</source>
        <translation>Salvar todos os resultados na pasta de downloads</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="184"/>
        <source>Save all to…</source>
        <translation>Salvar tudo em…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="186"/>
        <source>Save all results to a folder you choose</source>
        <translation>Salvar todos os resultados em uma pasta à sua escolha</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="189"/>
        <source>Save to Nextcloud…</source>
        <translation>Salvar no Nextcloud…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="191"/>
        <source>Save the results in a folder of your Nextcloud</source>
        <translation>Salvar os resultados em uma pasta do seu Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="200"/>
        <source>Saved on this computer</source>
        <translation>Salvo neste computador</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="207"/>
        <source>Input files</source>
        <translation>Arquivos de entrada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="209"/>
        <source>Show input files</source>
        <translation>Mostrar arquivos de entrada</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="210"/>
        <source>Download and show the task&apos;s input files</source>
        <translation>Baixar e mostrar os arquivos de entrada da tarefa</translation>
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
        <translation>tarefa {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="331"/>
        <source>from “{app}”</source>
        <translation>de “{app}”</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="341"/>
        <source>Waiting for the server to start it (for {time}).</source>
        <translation>Aguardando o servidor iniciá-la (há {time}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="345"/>
        <source>Running for {time}.</source>
        <translation>Em execução há {time}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="347"/>
        <source>Running for {time} — {percent}% done.</source>
        <translation>Em execução há {time} — {percent}% concluído.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="355"/>
        <source>Done at {time}.</source>
        <translation>Concluída às {time}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="357"/>
        <source>Done at {time}, after {duration}.</source>
        <translation>Concluída às {time}, após {duration}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="360"/>
        <source>Done.</source>
        <translation>Concluída.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="362"/>
        <source>Failed.</source>
        <translation>Falhou.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="364"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="372"/>
        <source>Expected to be done around {time} (in {left}).</source>
        <translation>Previsão de conclusão por volta das {time} (em {left}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="375"/>
        <source>It is taking longer than the server expected ({time}).</source>
        <translation>Está demorando mais do que o servidor previa ({time}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="385"/>
        <source>The server no longer has this task: it removes old tasks after a while, or the task was deleted elsewhere. What you saved on this computer is kept.</source>
        <translation>O servidor não tem mais esta tarefa: ele remove as tarefas antigas depois de um tempo, ou a tarefa foi excluída em outro lugar. O que você salvou neste computador é mantido.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="393"/>
        <source>Task id: {id}</source>
        <translation>ID da tarefa: {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="399"/>
        <source>Still waiting after {time}. The server may have no worker running: tasks start when its background jobs run. If this stays so, tell the server&apos;s administrator.</source>
        <translation>Ainda aguardando depois de {time}. Talvez o servidor não tenha nenhum processo de trabalho (worker) rodando: as tarefas começam quando os trabalhos em segundo plano dele são executados. Se continuar assim, avise o administrador do servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="458"/>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="458"/>
        <source>Play {name} in your audio player</source>
        <translation>Reproduzir {name} no seu reprodutor de áudio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="466"/>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="466"/>
        <source>Save {name} to a folder</source>
        <translation>Salvar {name} em uma pasta</translation>
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
        <translation>Indisponível enquanto você estiver fora da conta.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="495"/>
        <source>The server no longer has this file.</source>
        <translation>O servidor não tem mais este arquivo.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="534"/>
        <source>{name} (moved or deleted)</source>
        <translation>{name} (movido ou excluído)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="540"/>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="541"/>
        <source>Show {name} in its folder</source>
        <translation>Mostrar {name} na pasta</translation>
    </message>
</context>
<context>
    <name>TaskTypeModel</name>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="104"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="113"/>
        <source>Task</source>
        <translation>Tarefa</translation>
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
        <translation>Este texto tem mais de {limit} caracteres. O servidor pode recusá-lo ou cortá-lo.</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="205"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="206"/>
        <source>{name}: open it large</source>
        <translation>{name}: abrir em tamanho maior</translation>
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
        <translation>Tradução</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="60"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="61"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="62"/>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="199"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="200"/>
        <source>Search tasks</source>
        <translation>Pesquisar tarefas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="209"/>
        <source>Refresh the list of tasks ({key})</source>
        <translation>Atualizar a lista de tarefas ({key})</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="215"/>
        <source>Refresh the list of tasks</source>
        <translation>Atualizar a lista de tarefas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="234"/>
        <source>Task types</source>
        <translation>Tipos de tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="245"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="246"/>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="255"/>
        <source>No task matches your search.</source>
        <translation>Nenhuma tarefa corresponde à sua pesquisa.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="273"/>
        <source>This server offers no AI tasks yet.</source>
        <translation>Este servidor ainda não oferece tarefas de IA.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="275"/>
        <source>Ask the administrator to install the Assistant app and an AI provider (for example a local language model).</source>
        <translation>Peça ao administrador que instale o aplicativo Assistente e um provedor de IA (por exemplo, um modelo de linguagem local).</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="92"/>
        <source>Record a message</source>
        <translation>Gravar uma mensagem</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="93"/>
        <source>Use this recording</source>
        <translation>Usar esta gravação</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="110"/>
        <source>Turning your recording into text…</source>
        <translation>Transformando a sua gravação em texto…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="112"/>
        <source>Stop turning the recording into text</source>
        <translation>Parar de transformar a gravação em texto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="128"/>
        <source>Your recording is in the message box as text. Check it, then send it.</source>
        <translation>A sua gravação está no campo de mensagem como texto. Confira e envie.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="154"/>
        <source>The recording could not be sent: {reason}</source>
        <translation>Não foi possível enviar a gravação: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="176"/>
        <source>The recording could not be turned into text. {reason}</source>
        <translation>Não foi possível transformar a gravação em texto. {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="185"/>
        <source>No words were heard in the recording.</source>
        <translation>Nenhuma palavra foi reconhecida na gravação.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="35"/>
        <source>Welcome to {app}</source>
        <translation>Boas-vindas ao {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="41"/>
        <source>Use the AI features of your own Nextcloud from your desktop: write and summarise text, translate, create images, transcribe recordings — with your own files, on your own server.</source>
        <translation>Use os recursos de IA do seu próprio Nextcloud no seu computador: escreva e resuma textos, traduza, crie imagens, transcreva gravações — com os seus arquivos, no seu próprio servidor.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="50"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="51"/>
        <source>Connect to your Nextcloud</source>
        <translation>Conectar ao seu Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="59"/>
        <source>You sign in through your browser; this app gets its own app password, which you can revoke in your Nextcloud at any time. It needs Nextcloud 30 or newer.</source>
        <translation>Você entra pelo navegador; este aplicativo recebe a própria senha de aplicativo, que você pode revogar no seu Nextcloud a qualquer momento. É preciso ter o Nextcloud 30 ou mais recente.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="66"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="67"/>
        <source>Try it without an account</source>
        <translation>Experimentar sem uma conta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="73"/>
        <source>Starts a simulated Nextcloud on this computer, so you can try every feature. Nothing is sent anywhere; the results are examples, and the demo forgets its tasks when you quit.</source>
        <translation>Inicia um Nextcloud simulado neste computador, para você experimentar todos os recursos. Nada é enviado para lugar nenhum; os resultados são exemplos, e a demonstração esquece as tarefas quando você fecha o aplicativo.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="128"/>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="57"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="58"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="60"/>
        <source>S&amp;witch account</source>
        <translation>&amp;Trocar de conta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="62"/>
        <source>&amp;Sign out</source>
        <translation>Sair da &amp;conta</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="64"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="68"/>
        <source>&amp;Quick text…</source>
        <translation>Texto &amp;rápido…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="72"/>
        <source>Summarise, translate or ask about the text in the clipboard</source>
        <translation>Resumir, traduzir ou perguntar sobre o texto da área de transferência</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="74"/>
        <source>Run on &amp;many files…</source>
        <translation>Executar em &amp;vários arquivos…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="75"/>
        <source>One task per file, the other inputs filled once</source>
        <translation>Uma tarefa por arquivo, com as outras entradas preenchidas uma só vez</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="86"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="88"/>
        <source>&amp;Refresh task list</source>
        <translation>&amp;Atualizar lista de tarefas</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="93"/>
        <source>&amp;Find a task</source>
        <translation>&amp;Pesquisar uma tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="97"/>
        <source>&amp;New task</source>
        <translation>&amp;Nova tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="99"/>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="100"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="106"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="108"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="112"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir a pasta de &amp;logs</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="114"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Relatar um problema…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="117"/>
        <source>Write one zip file with the logs and settings, to attach to a problem report</source>
        <translation>Gerar um único arquivo zip com os logs e as configurações, para anexar a um relato de problema</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="119"/>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="145"/>
        <source>Open the context menu</source>
        <translation>Abrir o menu de contexto</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="145"/>
        <source>Menu key, or Shift+F10</source>
        <translation>Tecla Menu ou Shift+F10</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="146"/>
        <source>Next or previous control</source>
        <translation>Ir para o controle seguinte ou anterior</translation>
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
        <translation>Nova tarefa, histórico ou chat</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="47"/>
        <source>New task</source>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="57"/>
        <location filename="../nctask_desktop/ui/work_page.py" line="105"/>
        <source>History</source>
        <translation>Histórico</translation>
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
            <numerusform>Histórico (%n em execução)</numerusform>
            <numerusform>Histórico (%n em execução)</numerusform>
        </translation>
    </message>
</context>
</TS>
