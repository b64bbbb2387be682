<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="134"/>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="140"/>
        <source>Version {version} ({name}), with Qt {qt} and Python {python}</source>
        <translation>الإصدار {version} ({name})، يعمل بـ Qt {qt} وPython {python}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="153"/>
        <source>Runs the AI tasks of your own Nextcloud server from your desktop, with your own files. Free software under the GNU Affero General Public License, version 3 or later.</source>
        <translation>يشغّل مهام الذكاء الاصطناعي على خادم Nextcloud الخاص بك من سطح المكتب، بملفاتك أنت. برنامج حر يخضع لرخصة GNU Affero General Public License، الإصدار 3 أو أي إصدار أحدث.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="164"/>
        <source>The project&apos;s address: {url}</source>
        <translation>عنوان المشروع: {url}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="167"/>
        <source>Built with:</source>
        <translation>بُني باستخدام:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="170"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="172"/>
        <source>Libraries and their licences</source>
        <translation>المكتبات وتراخيصها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="173"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
</context>
<context>
    <name>AccountArea</name>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="45"/>
        <source>{account} — sign in again</source>
        <translation>{account} — أعد تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="53"/>
        <source>Simulated server on this computer</source>
        <translation>خادم مُحاكى على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="70"/>
        <source>You are trying the app with a simulated Nextcloud on this computer. The results are examples, and the demo forgets its tasks when you quit. Connect your own Nextcloud whenever you like.</source>
        <translation>أنت تجرّب التطبيق مع Nextcloud مُحاكى على هذا الحاسوب. النتائج مجرد أمثلة، وينسى العرض التجريبي مهامه عند إغلاق التطبيق. يمكنك ربط Nextcloud الخاص بك متى شئت.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="74"/>
        <source>Connect your Nextcloud</source>
        <translation>ربط Nextcloud الخاص بك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="83"/>
        <source>This computer has no usable keychain, so your app password is kept only until you quit the app. You will need to sign in again next time.</source>
        <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح صالحة للاستخدام، لذا لا تُحفظ كلمة مرور التطبيق الخاصة بك إلا حتى تغلق التطبيق. ستحتاج إلى تسجيل الدخول مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="97"/>
        <source>Your app password for {server} was not kept on this computer, because it has no keychain. Nothing was deleted. Sign in again to continue.</source>
        <translation>لم تُحفظ كلمة مرور التطبيق الخاصة بك على {server} في هذا الحاسوب، لأنه لا يحتوي على سلسلة مفاتيح. لم يُحذف أي شيء. أعد تسجيل الدخول للمتابعة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="103"/>
        <source>Your app password for {server} is no longer in this computer&apos;s keychain. Nothing was deleted. Sign in again to continue.</source>
        <translation>لم تعد كلمة مرور التطبيق الخاصة بك على {server} موجودة في سلسلة المفاتيح على هذا الحاسوب. لم يُحذف أي شيء. أعد تسجيل الدخول للمتابعة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="108"/>
        <source>{server} no longer accepts this app&apos;s password (it may have been revoked). Nothing was deleted. Sign in again to continue.</source>
        <translation>لم يعد {server} يقبل كلمة مرور هذا التطبيق (ربما أُبطلت). لم يُحذف أي شيء. أعد تسجيل الدخول للمتابعة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="112"/>
        <source>Sign in again</source>
        <translation>إعادة تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="119"/>
        <location filename="../nctask_desktop/ui/account_area.py" line="125"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="120"/>
        <source>Sign out of {account}?</source>
        <translation>تسجيل الخروج من {account}؟</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="122"/>
        <source>The app password is revoked on the server and removed from this computer, with your unsent drafts. Your tasks and files in Nextcloud stay.</source>
        <translation>ستُبطَل كلمة مرور التطبيق على الخادم وتُزال من هذا الحاسوب، مع مسوّداتك غير المُرسَلة. أما مهامك وملفاتك في Nextcloud فتبقى كما هي.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_area.py" line="131"/>
        <source>Signed out here, but the server could not be told to revoke the app password: {reason} You can revoke it in your Nextcloud under Settings → Security.</source>
        <translation>سُجِّل خروجك هنا، لكن تعذّر إبلاغ الخادم بإبطال كلمة مرور التطبيق: {reason} يمكنك إبطالها في Nextcloud الخاص بك من الإعدادات ← الأمان.</translation>
    </message>
</context>
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="116"/>
        <source>A&amp;ccount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="118"/>
        <source>Switch account</source>
        <translation>تبديل الحساب</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="124"/>
        <source>Add account…</source>
        <translation>إضافة حساب…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="125"/>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="126"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="127"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="79"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="114"/>
        <source>Sign in again</source>
        <translation>إعادة تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="79"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="114"/>
        <source>Connect to your Nextcloud</source>
        <translation>الاتصال بخادم Nextcloud الخاص بك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="92"/>
        <source>This computer has no usable keychain, so the app password is kept only until you quit the app. You will need to sign in again next time.</source>
        <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح صالحة للاستخدام، لذا لا تُحفظ كلمة مرور التطبيق إلا حتى تغلق التطبيق. ستحتاج إلى تسجيل الدخول مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="119"/>
        <source>cloud.example.org</source>
        <translation>cloud.example.org</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="121"/>
        <source>Server &amp;address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="125"/>
        <source>The address you type in your browser to open your Nextcloud.</source>
        <translation>العنوان الذي تكتبه في متصفحك لفتح Nextcloud الخاص بك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="136"/>
        <source>Use an app &amp;password instead</source>
        <translation>استخدام &amp;كلمة مرور تطبيق بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="138"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="193"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="232"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="140"/>
        <source>Sign in with your &amp;browser</source>
        <translation>تسجيل الدخول عبر &amp;متصفحك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="151"/>
        <source>Finish signing in in your browser</source>
        <translation>أكمل تسجيل الدخول في متصفحك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="154"/>
        <source>Your browser shows the login page of your Nextcloud. Log in there and choose “Grant access”. This window continues by itself.</source>
        <translation>يعرض متصفحك صفحة تسجيل الدخول إلى Nextcloud الخاص بك. سجّل الدخول هناك واختر «منح الوصول». ستتابع هذه النافذة من تلقاء نفسها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="163"/>
        <source>No browser window? Copy the link and open it in your browser.</source>
        <translation>لم تظهر نافذة المتصفح؟ انسخ الرابط وافتحه في متصفحك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="169"/>
        <source>Sign-in link</source>
        <translation>رابط تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="171"/>
        <source>&amp;Copy link</source>
        <translation>&amp;نسخ الرابط</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="174"/>
        <source>&amp;Open browser again</source>
        <translation>&amp;فتح المتصفح مجددًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="184"/>
        <source>Waiting for you to grant access…</source>
        <translation>في انتظار أن تمنح الوصول…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="191"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="231"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="193"/>
        <source>Cancel signing in</source>
        <translation>إلغاء تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="201"/>
        <source>Sign in with an app password</source>
        <translation>تسجيل الدخول بكلمة مرور التطبيق</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="206"/>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="208"/>
        <source>&amp;Login name:</source>
        <translation>ا&amp;سم الدخول:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="214"/>
        <source>App &amp;password:</source>
        <translation>&amp;كلمة مرور التطبيق:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="219"/>
        <source>Create an app password in your Nextcloud in the browser: Settings → Security → “Create new app password”. Copy the login name and the password it shows.</source>
        <translation>أنشئ كلمة مرور للتطبيق في Nextcloud الخاص بك عبر المتصفح: الإعدادات ← الأمان ← «إنشاء كلمة مرور جديدة للتطبيق». ثم انسخ اسم الدخول وكلمة المرور اللذين يظهران لك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="233"/>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="304"/>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="366"/>
        <source>Connect with http://</source>
        <translation>الاتصال عبر http://</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="340"/>
        <source>Fill in the login name and the app password.</source>
        <translation>املأ اسم الدخول وكلمة مرور التطبيق.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="362"/>
        <source>An address with http:// connects without encryption: others on the network could read your password and your files. Use https:// if your server offers it, or connect with http:// only on a network you trust.</source>
        <translation>العنوان الذي يبدأ بـ http:// يتصل دون تشفير: قد يتمكن آخرون على الشبكة من قراءة كلمة مرورك وملفاتك. استخدم https:// إذا كان خادمك يوفّره، أو لا تتصل عبر http:// إلا على شبكة تثق بها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_dialog.py" line="470"/>
        <source>The link is copied. Paste it into your browser.</source>
        <translation>نُسخ الرابط. الصقه في متصفحك.</translation>
    </message>
</context>
<context>
    <name>AccountFlows</name>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="149"/>
        <source>{server} asked for the data of {name} on this computer to be removed (a remote wipe): its history, drafts and app password are gone from here. Files you saved are kept.</source>
        <translation>طلب {server} إزالة بيانات {name} من هذا الحاسوب (مسح عن بُعد): حُذف السجل والمسودات وكلمة مرور التطبيق من هنا. أما الملفات التي حفظتها فتبقى كما هي.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="168"/>
        <source>Trusted: {old}</source>
        <translation>الموثوق بها: {old}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="171"/>
        <source>Now: {new}</source>
        <translation>الحالية: {new}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/account_flows.py" line="184"/>
        <source>Demo User</source>
        <translation>مستخدم تجريبي</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="33"/>
        <source>Follow the system</source>
        <translation>حسب إعدادات النظام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="34"/>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="35"/>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/appearance.py" line="36"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="353"/>
        <source>Avatar</source>
        <translation>الصورة الرمزية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="362"/>
        <source>Avatar of {name}</source>
        <translation>الصورة الرمزية للمستخدم {name}</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="61"/>
        <source>Run on many files</source>
        <translation>تنفيذ على عدة ملفات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="63"/>
        <source>Run “{task}” on many files</source>
        <translation>تنفيذ «{task}» على عدة ملفات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="71"/>
        <source>One task for each file. The other inputs are taken from the form, the same for every file.</source>
        <translation>مهمة لكل ملف. تؤخذ المدخلات الأخرى من النموذج، وهي نفسها لكل الملفات.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="83"/>
        <source>The &amp;input that changes:</source>
        <translation>المدخل الذي ي&amp;تغيّر:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="84"/>
        <source>The input that changes from file to file</source>
        <translation>المدخل الذي يتغيّر من ملف لآخر</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="89"/>
        <source>&amp;Files:</source>
        <translation>ال&amp;ملفات:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="92"/>
        <source>The files, one task each</source>
        <translation>الملفات، مهمة لكل منها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="99"/>
        <source>How many files</source>
        <translation>عدد الملفات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="101"/>
        <source>&amp;Add files…</source>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="104"/>
        <source>Add a f&amp;older…</source>
        <translation>إضافة م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="107"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="110"/>
        <source>Remove the selected files</source>
        <translation>إزالة الملفات المحددة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="118"/>
        <source>Results:</source>
        <translation>النتائج:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="121"/>
        <source>&amp;Next to each file</source>
        <translation>&amp;بجانب كل ملف</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="123"/>
        <source>In &amp;this folder:</source>
        <translation>في &amp;هذا المجلد:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="128"/>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="242"/>
        <source>(none chosen)</source>
        <translation>(لم يُختر أي مجلد)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="131"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="134"/>
        <source>Choose the folder for the results</source>
        <translation>اختيار مجلد النتائج</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="145"/>
        <source>Each result is named after its file (interview.wav gives interview.txt); a file already there is never replaced.</source>
        <translation>تُسمّى كل نتيجة باسم ملفها (من interview.wav تنتج interview.txt)؛ ولا يُستبدل أبدًا أي ملف موجود هناك مسبقًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="153"/>
        <source>What is missing</source>
        <translation>ما الذي ينقص</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="156"/>
        <source>&amp;Start</source>
        <translation>ب&amp;دء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="156"/>
        <source>Start the tasks</source>
        <translation>بدء المهام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="210"/>
        <source>Files: {n}, one task each.</source>
        <translation>الملفات: {n}، مهمة لكل منها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="212"/>
        <source>Add {kinds}, or a folder that holds some.</source>
        <translation>أضف {kinds}، أو مجلدًا يحتوي على بعضها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="214"/>
        <source>Left out, as “{input}” does not take them: {n}.</source>
        <translation>الملفات المستبعدة لأن «{input}» لا يقبلها: {n}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="223"/>
        <source>Fill in the form first: {inputs}. Close this window, fill them in, and choose Run on many files again.</source>
        <translation>املأ النموذج أولًا: {inputs}. أغلق هذه النافذة، واملأ هذه الحقول، ثم اختر «تنفيذ على عدة ملفات» مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="228"/>
        <source>Choose the folder for the results.</source>
        <translation>اختر مجلد النتائج.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="249"/>
        <source>Save the results in…</source>
        <translation>حفظ النتائج في…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="252"/>
        <source>Save here</source>
        <translation>الحفظ هنا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="262"/>
        <source>Add {kinds}</source>
        <translation>إضافة {kinds}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_dialog.py" line="269"/>
        <source>Add the files of a folder</source>
        <translation>إضافة ملفات مجلد</translation>
    </message>
</context>
<context>
    <name>BatchFlow</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_flow.py" line="194"/>
        <source>Choose a task that takes a file (such as audio or an image) first.</source>
        <translation>اختر أولًا مهمة تقبل ملفًا (مثل ملف صوتي أو صورة).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_flow.py" line="246"/>
        <source>the marked inputs</source>
        <translation>المدخلات المميَّزة</translation>
    </message>
</context>
<context>
    <name>BatchItemsModel</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="153"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="428"/>
        <location filename="../nctask_desktop/ui/batch_view.py" line="432"/>
        <source>Runs on many files</source>
        <translation>عمليات التنفيذ على عدة ملفات</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="47"/>
        <source>Waiting its turn</source>
        <translation>في انتظار دورها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="48"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="49"/>
        <source>Waiting for the server&apos;s limit</source>
        <translation>في انتظار حدّ الخادم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="50"/>
        <source>Running</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="51"/>
        <source>Done</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="52"/>
        <source>Failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="53"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="54"/>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="56"/>
        <source>Sent; waiting for the server to start it</source>
        <translation>أُرسلت؛ في انتظار أن يبدأها الخادم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="69"/>
        <source>Failed: {reason}</source>
        <translation>فشلت: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="98"/>
        <source>{m} min {s} s</source>
        <translation>{m} د {s} ث</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="100"/>
        <source>{m} min</source>
        <translation>{m} د</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="101"/>
        <source>{s} s</source>
        <translation>{s} ث</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="107"/>
        <source>{task}: {done} of {total} done</source>
        <translation>{task}: اكتمل {done} من {total}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="111"/>
        <source>(paused)</source>
        <translation>(متوقفة مؤقتًا)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="218"/>
        <source>&amp;Pause</source>
        <translation>إيقاف &amp;مؤقت</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="218"/>
        <source>Pause the batch</source>
        <translation>إيقاف الدفعة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="221"/>
        <source>Res&amp;ume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="221"/>
        <source>Resume the batch</source>
        <translation>استئناف الدفعة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="224"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="224"/>
        <source>Cancel the batch</source>
        <translation>إلغاء الدفعة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="227"/>
        <source>Retry failed</source>
        <translation>إعادة محاولة ما فشل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="230"/>
        <source>Retry the failed files</source>
        <translation>إعادة محاولة الملفات الفاشلة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="246"/>
        <source>Batch progress</source>
        <translation>تقدّم الدفعة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="250"/>
        <source>Files done, running, waiting and failed</source>
        <translation>الملفات المكتملة وقيد التنفيذ وفي الانتظار والفاشلة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="254"/>
        <source>The server&apos;s limit</source>
        <translation>حدّ الخادم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="257"/>
        <source>Where the results go</source>
        <translation>أين تُحفظ النتائج</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="271"/>
        <source>The files of the batch</source>
        <translation>ملفات الدفعة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="273"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="283"/>
        <source>Show in &amp;folder</source>
        <translation>إ&amp;ظهار في المجلد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="286"/>
        <source>Show the selected file&apos;s result in its folder</source>
        <translation>إظهار نتيجة الملف المحدد في مجلدها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="290"/>
        <source>&amp;Open result</source>
        <translation>&amp;فتح النتيجة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="293"/>
        <source>Open the selected file&apos;s result</source>
        <translation>فتح نتيجة الملف المحدد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="297"/>
        <source>Remove from the list</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="300"/>
        <source>Remove the finished batch from the list</source>
        <translation>إزالة الدفعة المكتملة من القائمة</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="322"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n ملف مكتمل</numerusform>
            <numerusform>ملف واحد مكتمل</numerusform>
            <numerusform>ملفان مكتملان</numerusform>
            <numerusform>%n ملفات مكتملة</numerusform>
            <numerusform>%n ملفًا مكتملًا</numerusform>
            <numerusform>%n ملف مكتمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="323"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n ملف قيد التنفيذ</numerusform>
            <numerusform>ملف واحد قيد التنفيذ</numerusform>
            <numerusform>ملفان قيد التنفيذ</numerusform>
            <numerusform>%n ملفات قيد التنفيذ</numerusform>
            <numerusform>%n ملفًا قيد التنفيذ</numerusform>
            <numerusform>%n ملف قيد التنفيذ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="324"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ملف في الانتظار</numerusform>
            <numerusform>ملف واحد في الانتظار</numerusform>
            <numerusform>ملفان في الانتظار</numerusform>
            <numerusform>%n ملفات في الانتظار</numerusform>
            <numerusform>%n ملفًا في الانتظار</numerusform>
            <numerusform>%n ملف في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="325"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n ملف فاشل</numerusform>
            <numerusform>ملف واحد فاشل</numerusform>
            <numerusform>ملفان فاشلان</numerusform>
            <numerusform>%n ملفات فاشلة</numerusform>
            <numerusform>%n ملفًا فاشلًا</numerusform>
            <numerusform>%n ملف فاشل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="328"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n ملف ملغى</numerusform>
            <numerusform>ملف واحد ملغى</numerusform>
            <numerusform>ملفان ملغيان</numerusform>
            <numerusform>%n ملفات ملغاة</numerusform>
            <numerusform>%n ملفًا ملغًى</numerusform>
            <numerusform>%n ملف ملغى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="331"/>
        <source>Results are saved next to each file.</source>
        <translation>تُحفظ النتائج بجانب كل ملف.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="334"/>
        <source>Results are saved in {folder}.</source>
        <translation>تُحفظ النتائج في {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="352"/>
        <source>Finished.</source>
        <translation>انتهت.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="354"/>
        <source>Paused: no new task is sent. Tasks already sent go on.</source>
        <translation>متوقفة مؤقتًا: لا تُرسَل أي مهمة جديدة. تستمر المهام التي أُرسلت من قبل.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="360"/>
        <source>The server allows {limit} new tasks per {window}: the next one goes in {wait}.</source>
        <translation>يسمح الخادم بإرسال {limit} مهمة جديدة كل {window}: تُرسَل التالية بعد {wait}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/batch_view.py" line="407"/>
        <source>This computer has no application to open “{name}”. It is in {folder}.</source>
        <translation>لا يوجد على هذا الحاسوب تطبيق يفتح «{name}». الملف موجود في {folder}.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="426"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="55"/>
        <source>A certificate this computer does not trust</source>
        <translation>شهادة لا يثق بها هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="57"/>
        <source>Trust the certificate of {server}?</source>
        <translation>هل تثق بشهادة {server}؟</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="64"/>
        <source>This computer does not trust the certificate the server presents. If it is your own server with its own certificate, compare the fingerprint below with the one its administrator sees on the server. Trust it only if they are the same: this account will then trust exactly this certificate, and refuse any other.</source>
        <translation>لا يثق هذا الحاسوب بالشهادة التي يقدّمها الخادم. إذا كان هذا خادمك الخاص بشهادته الخاصة، فقارن البصمة أدناه بالبصمة التي يراها مسؤوله على الخادم. لا تثق بها إلا إذا كانتا متطابقتين: عندها سيثق هذا الحساب بهذه الشهادة تحديدًا، وسيرفض أي شهادة أخرى.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="84"/>
        <source>Issued to:</source>
        <translation>صادرة إلى:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="85"/>
        <source>Issued by:</source>
        <translation>صادرة عن:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="86"/>
        <source>Valid from:</source>
        <translation>صالحة من:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="87"/>
        <source>Valid until:</source>
        <translation>صالحة حتى:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="88"/>
        <source>SHA-256 fingerprint:</source>
        <translation>بصمة SHA-256:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/certificate_dialog.py" line="98"/>
        <source>Trust this certificate for this account</source>
        <translation>الوثوق بهذه الشهادة لهذا الحساب</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="72"/>
        <source>The answer was cancelled.</source>
        <translation>أُلغي الرد.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="73"/>
        <source>The server no longer has this answer&apos;s task. Retry to ask again.</source>
        <translation>لم تعد مهمة هذا الرد موجودة على الخادم. انقر «إعادة المحاولة» لتطلبه مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/chat.py" line="76"/>
        <source>This message did not reach the server before the app was closed.</source>
        <translation>لم تصل هذه الرسالة إلى الخادم قبل إغلاق التطبيق.</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="50"/>
        <source>No messages yet</source>
        <translation>لا توجد رسائل بعد</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="95"/>
        <source>Check again</source>
        <translation>التحقق مجددًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="98"/>
        <source>Check again whether your server offers chat</source>
        <translation>التحقق مجددًا مما إذا كان خادمك يوفّر الدردشة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="142"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="145"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="151"/>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="160"/>
        <source>Chat: new conversation</source>
        <translation>الدردشة: محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="161"/>
        <source>Chat: send the message</source>
        <translation>الدردشة: إرسال الرسالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="163"/>
        <source>Chat: new line in the message</source>
        <translation>الدردشة: سطر جديد في الرسالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="166"/>
        <source>Chat: rename the conversation</source>
        <translation>الدردشة: إعادة تسمية المحادثة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="167"/>
        <source>Chat: delete the conversation</source>
        <translation>الدردشة: حذف المحادثة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="213"/>
        <location filename="../nctask_desktop/ui/chat_page.py" line="216"/>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="213"/>
        <source>Sign in to your Nextcloud to chat with its assistant.</source>
        <translation>سجّل الدخول إلى Nextcloud الخاص بك لتتحدث مع مساعده.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="216"/>
        <source>Looking at what your server offers…</source>
        <translation>جارٍ التحقق مما يوفّره خادمك…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="219"/>
        <source>Your server does not offer chat</source>
        <translation>لا يوفّر خادمك الدردشة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="221"/>
        <source>Chat needs an AI app on your Nextcloud that provides it. Its administrator can enable one, for example “OpenAI and LocalAI integration” or “Local large language model” (llm2), together with the Assistant app. The other tasks your server offers are on the New task tab.</source>
        <translation>تحتاج الدردشة إلى تطبيق ذكاء اصطناعي على Nextcloud الخاص بك يوفّرها. يمكن لمسؤوله تفعيل أحدها، مثل «OpenAI and LocalAI integration» أو «Local large language model» (llm2)، مع تطبيق Assistant. أما المهام الأخرى التي يوفّرها خادمك فتجدها في علامة التبويب «مهمة جديدة».</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="278"/>
        <source>The conversation of that chat message was deleted.</source>
        <translation>حُذفت المحادثة التي تضم رسالة الدردشة هذه.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="281"/>
        <source>That chat message was sent from elsewhere (for example the Assistant in your browser): its conversation is not on this computer.</source>
        <translation>أُرسلت رسالة الدردشة هذه من مكان آخر (مثل تطبيق Assistant في متصفحك): محادثتها ليست على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="354"/>
        <source>Delete conversation</source>
        <translation>حذف المحادثة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="355"/>
        <source>Delete the conversation “{title}”?</source>
        <translation>حذف المحادثة «{title}»؟</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="357"/>
        <source>Its messages and answers are deleted from this computer. This cannot be undone.</source>
        <translation>ستُحذف رسائلها وردودها من هذا الحاسوب. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_page.py" line="359"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="53"/>
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="57"/>
        <source>Still waiting for the server to start it. The server may have no worker running: tell its administrator if this stays so.</source>
        <translation>لا تزال في انتظار أن يبدأها الخادم. ربما لا يعمل على الخادم أي عامل معالجة: أبلغ مسؤوله إذا استمر ذلك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="62"/>
        <source>Waiting for the server to start it</source>
        <translation>في انتظار أن يبدأها الخادم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="63"/>
        <source>Writing the answer…</source>
        <translation>جارٍ كتابة الرد…</translation>
    </message>
</context>
<context>
    <name>CollapsibleSection</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="86"/>
        <source>Expanded</source>
        <translation>موسَّع</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="86"/>
        <source>Collapsed</source>
        <translation>مطويّ</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="196"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="78"/>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="212"/>
        <source>&amp;New conversation</source>
        <translation>محادثة &amp;جديدة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="214"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>بدء محادثة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="216"/>
        <location filename="../nctask_desktop/ui/chat_list.py" line="217"/>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="221"/>
        <source>No conversations yet.</source>
        <translation>لا توجد محادثات بعد.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_list.py" line="222"/>
        <source>No conversation matches the search.</source>
        <translation>لا توجد محادثة تطابق البحث.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="123"/>
        <source>Ask anything. Your Nextcloud&apos;s assistant answers; the conversation is kept on this computer for this account. Enter sends, Shift+Enter starts a new line.</source>
        <translation>اسأل عن أي شيء. يجيبك مساعد Nextcloud الخاص بك، وتُحفظ المحادثة على هذا الحاسوب لهذا الحساب. اضغط Enter للإرسال، وShift+Enter لبدء سطر جديد.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="134"/>
        <source>Your message</source>
        <translation>رسالتك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="135"/>
        <source>Write a message…</source>
        <translation>اكتب رسالة…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="137"/>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>اضغط Enter لإرسال الرسالة، وShift+Enter لبدء سطر جديد.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="141"/>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="142"/>
        <source>Record a message</source>
        <translation>تسجيل رسالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="143"/>
        <source>Record a message: its words go into the message box</source>
        <translation>تسجيل رسالة: تُكتب كلماتها في مربع الرسالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="148"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="149"/>
        <source>Send the message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="150"/>
        <source>Send the message (Enter)</source>
        <translation>إرسال الرسالة (Enter)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="161"/>
        <source>More options</source>
        <translation>خيارات إضافية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="162"/>
        <source>&amp;Instructions for the assistant in this conversation:</source>
        <translation>&amp;تعليمات للمساعد في هذه المحادثة:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="164"/>
        <source>Instructions for the assistant</source>
        <translation>تعليمات للمساعد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="169"/>
        <source>Use the usual instructions</source>
        <translation>استخدام التعليمات الافتراضية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="204"/>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="305"/>
        <source>Wait for the answer (or cancel it) before you send the next message.</source>
        <translation>انتظر الرد (أو ألغِه) قبل أن ترسل الرسالة التالية.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="315"/>
        <source>The answer is copied. Paste it wherever you like.</source>
        <translation>نُسخ الرد. الصقه حيثما تشاء.</translation>
    </message>
</context>
<context>
    <name>DavEntryModel</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="111"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="112"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="113"/>
        <source>Modified</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="143"/>
        <source>This file cannot be used here.</source>
        <translation>لا يمكن استخدام هذا الملف هنا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="147"/>
        <source>Folder {name}</source>
        <translation>المجلد {name}</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="150"/>
        <source>Show {app}</source>
        <translation>إظهار {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="152"/>
        <source>Show the history</source>
        <translation>إظهار السجل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="154"/>
        <source>Quick text…</source>
        <translation>النص السريع…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/notifier.py" line="156"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="392"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="396"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="442"/>
        <source>{value} (not offered)</source>
        <translation>{value} (غير متاح)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="45"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="66"/>
        <source>The details are also in the log file: {path}</source>
        <translation>التفاصيل موجودة أيضًا في ملف السجلات: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="72"/>
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="73"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="76"/>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="77"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/error_dialog.py" line="87"/>
        <source>The details are copied. Paste them into your report.</source>
        <translation>نُسخت التفاصيل. الصقها في بلاغك.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../nctask_desktop/messages.py" line="67"/>
        <source>The file {name} was moved or deleted after you submitted it.</source>
        <translation>نُقل الملف {name} أو حُذف بعد أن أرسلته.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="70"/>
        <source>Choose the file again in the form of this task type, then submit.</source>
        <translation>اختر الملف مجددًا في نموذج هذا النوع من المهام، ثم أرسل.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="77"/>
        <source>The file {name} changed after you submitted it.</source>
        <translation>تغيّر الملف {name} بعد أن أرسلته.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="78"/>
        <source>It was not sent, so that the task does not use a version you did not choose. Submit it again to send the file as it is now.</source>
        <translation>لم يُرسَل الملف، حتى لا تستخدم المهمة نسخة لم تخترها. أرسل المهمة مجددًا ليُرسَل الملف بحالته الحالية.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="87"/>
        <source>This app is not allowed to write or read {path}.</source>
        <translation>لا يُسمح لهذا التطبيق بالكتابة في {path} أو القراءة منه.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="88"/>
        <source>Choose another folder, or check the folder&apos;s permissions.</source>
        <translation>اختر مجلدًا آخر، أو تحقق من أذونات المجلد.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="95"/>
        <source>The file {path} does not exist (any more).</source>
        <translation>الملف {path} غير موجود (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="96"/>
        <source>Check the name, or choose the file again.</source>
        <translation>تحقق من الاسم، أو اختر الملف مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="101"/>
        <source>The disk is full.</source>
        <translation>القرص ممتلئ.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="102"/>
        <source>Free some space, then try again.</source>
        <translation>وفّر بعض المساحة، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="106"/>
        <source>A file could not be read or written: {reason}.</source>
        <translation>تعذّرت قراءة ملف أو الكتابة فيه: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="107"/>
        <source>Check the file and folder, then try again.</source>
        <translation>تحقق من الملف والمجلد، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="111"/>
        <source>Something unexpected went wrong.</source>
        <translation>حدث خطأ غير متوقع.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="112"/>
        <source>Please try again. If it keeps happening, report it with the log file.</source>
        <translation>يُرجى المحاولة مجددًا. إذا تكرر ذلك، فأبلغ عنه مع إرفاق ملف السجلات.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="125"/>
        <source>The disk is full: the result could not be saved in {folder}.</source>
        <translation>القرص ممتلئ: تعذّر حفظ النتيجة في {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="126"/>
        <source>The disk is full: the report could not be saved in {folder}.</source>
        <translation>القرص ممتلئ: تعذّر حفظ التقرير في {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="127"/>
        <location filename="../nctask_desktop/messages.py" line="136"/>
        <source>Free some space or choose another folder, then save again.</source>
        <translation>وفّر بعض المساحة أو اختر مجلدًا آخر، ثم احفظ مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="130"/>
        <source>Your disk quota is used up: the result could not be saved in {folder}.</source>
        <translation>نفدت حصتك من مساحة القرص: تعذّر حفظ النتيجة في {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="133"/>
        <source>Your disk quota is used up: the report could not be saved in {folder}.</source>
        <translation>نفدت حصتك من مساحة القرص: تعذّر حفظ التقرير في {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="139"/>
        <source>This app may not write in {folder}, so the result was not saved.</source>
        <translation>لا يُسمح لهذا التطبيق بالكتابة في {folder}، لذا لم تُحفظ النتيجة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="142"/>
        <source>This app may not write in {folder}, so the report was not saved.</source>
        <translation>لا يُسمح لهذا التطبيق بالكتابة في {folder}، لذا لم يُحفظ التقرير.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="145"/>
        <source>Choose another folder, or allow writing in this one, then save again.</source>
        <translation>اختر مجلدًا آخر، أو اسمح بالكتابة في هذا المجلد، ثم احفظ مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="150"/>
        <source>{folder} is on a read-only disk, so the result was not saved.</source>
        <translation>المجلد {folder} على قرص للقراءة فقط، لذا لم تُحفظ النتيجة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="153"/>
        <source>{folder} is on a read-only disk, so the report was not saved.</source>
        <translation>المجلد {folder} على قرص للقراءة فقط، لذا لم يُحفظ التقرير.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="156"/>
        <source>Choose another folder, then save again.</source>
        <translation>اختر مجلدًا آخر، ثم احفظ مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="159"/>
        <source>The result could not be saved in {folder}: {reason}.</source>
        <translation>تعذّر حفظ النتيجة في {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="160"/>
        <source>The report could not be saved in {folder}: {reason}.</source>
        <translation>تعذّر حفظ التقرير في {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="161"/>
        <source>Check the folder or choose another one, then save again.</source>
        <translation>تحقق من المجلد أو اختر مجلدًا آخر، ثم احفظ مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="193"/>
        <source>{server} answers only over plain http. It is on this computer, so nothing leaves it.</source>
        <translation>لا يستجيب {server} إلا عبر http العادي. وهو موجود على هذا الحاسوب، لذا لا يغادره أي شيء.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="197"/>
        <source>Connect with http:// to go on.</source>
        <translation>اتصل عبر http:// للمتابعة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="200"/>
        <source>{server} answers only over plain http, without encryption: this is not a certificate problem.</source>
        <translation>لا يستجيب {server} إلا عبر http العادي، دون تشفير: هذه ليست مشكلة في الشهادة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="204"/>
        <source>You can connect with http://, but others on the network could read your password and your files. Do it only on a network you trust, or ask for https to be set up.</source>
        <translation>يمكنك الاتصال عبر http://، لكن قد يتمكن آخرون على الشبكة من قراءة كلمة مرورك وملفاتك. لا تفعل ذلك إلا على شبكة تثق بها، أو اطلب إعداد https.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="213"/>
        <source>You are not signed in to {server}.</source>
        <translation>لم تسجّل الدخول إلى {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="214"/>
        <source>Sign in again to continue.</source>
        <translation>أعد تسجيل الدخول للمتابعة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="217"/>
        <source>{server} did not accept the login name or app password.</source>
        <translation>لم يقبل {server} اسم الدخول أو كلمة مرور التطبيق.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="218"/>
        <source>It may have been revoked. Sign in again to continue.</source>
        <translation>ربما أُبطلت. أعد تسجيل الدخول للمتابعة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="224"/>
        <source>The server did not accept the input: {message}</source>
        <translation>لم يقبل الخادم المدخلات: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="225"/>
        <source>Correct it and try again.</source>
        <translation>صحّحها وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="228"/>
        <source>The server did not accept the input.</source>
        <translation>لم يقبل الخادم المدخلات.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="229"/>
        <source>Check the values and try again.</source>
        <translation>تحقق من القيم وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="235"/>
        <source>The server refused: {message}</source>
        <translation>رفض الخادم الطلب: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="236"/>
        <source>Choose files you own, or ask the owner to share them with you.</source>
        <translation>اختر ملفات تملكها، أو اطلب من مالكها مشاركتها معك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="240"/>
        <source>You do not have access to this on {server}.</source>
        <translation>ليست لديك صلاحية الوصول إلى هذا على {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="248"/>
        <source>That does not look like a server address.</source>
        <translation>لا يبدو هذا عنوان خادم.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="249"/>
        <source>Type it as you would in a browser, for example cloud.example.org.</source>
        <translation>اكتبه كما تكتبه في المتصفح، مثل cloud.example.org.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="255"/>
        <source>The security certificate of {server} has changed since you trusted it, so nothing was sent.</source>
        <translation>تغيّرت شهادة الأمان الخاصة بـ {server} منذ أن وثقت بها، لذا لم يُرسَل أي شيء.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="259"/>
        <source>Ask the server&apos;s administrator whether it was renewed. If it was, sign in again to trust the new one; if not, someone may be listening in between.</source>
        <translation>اسأل مسؤول الخادم عمّا إذا كانت الشهادة قد جُدِّدت. إن كانت كذلك، فأعد تسجيل الدخول لتثق بالشهادة الجديدة؛ وإلا فقد يكون هناك من يتنصّت على الاتصال.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="266"/>
        <source>The security certificate of {server} is not trusted by this computer, so the connection was stopped.</source>
        <translation>لا يثق هذا الحاسوب بشهادة الأمان الخاصة بـ {server}، لذا أُوقف الاتصال.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="270"/>
        <source>Check the address. If it is your own server with its own certificate, you can trust it after checking its fingerprint with the server&apos;s administrator.</source>
        <translation>تحقق من العنوان. إذا كان هذا خادمك الخاص بشهادته الخاصة، فيمكنك الوثوق بها بعد التحقق من بصمتها مع مسؤول الخادم.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="277"/>
        <source>{server} took too long to answer.</source>
        <translation>استغرق {server} وقتًا طويلًا جدًا للرد.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="278"/>
        <source>Check your internet connection and try again in a moment.</source>
        <translation>تحقق من اتصالك بالإنترنت وحاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="282"/>
        <source>Could not reach {server}.</source>
        <translation>تعذّر الوصول إلى {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="283"/>
        <source>Check the address and your internet connection, then try again.</source>
        <translation>تحقق من العنوان ومن اتصالك بالإنترنت، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="289"/>
        <source>{server} sent the connection somewhere else, which this app does not follow for your safety.</source>
        <translation>أعاد {server} توجيه الاتصال إلى مكان آخر، ولا يتبع هذا التطبيق إعادة التوجيه حفاظًا على أمانك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="293"/>
        <source>Use the address your Nextcloud shows in the browser after you have logged in.</source>
        <translation>استخدم العنوان الذي يظهر في المتصفح بعد تسجيل دخولك إلى Nextcloud الخاص بك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="300"/>
        <source>{server} does not answer like a Nextcloud server.</source>
        <translation>لا يستجيب {server} كما يستجيب خادم Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="301"/>
        <source>Check the address. If you are on a hotel or guest network, log in to it in your browser first.</source>
        <translation>تحقق من العنوان. إذا كنت على شبكة فندق أو شبكة ضيوف، فسجّل الدخول إليها في متصفحك أولًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="308"/>
        <source>{server} is in maintenance mode or being updated.</source>
        <translation>الخادم {server} في وضع الصيانة أو قيد التحديث.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="309"/>
        <source>Try again later; nothing you entered is lost.</source>
        <translation>حاول مجددًا لاحقًا؛ لم يضِع شيء مما أدخلته.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="313"/>
        <source>The server allows 20 new tasks per 2 minutes, and that limit is reached.</source>
        <translation>يسمح الخادم بإرسال 20 مهمة جديدة كل دقيقتين، وقد بُلغ هذا الحد.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="316"/>
        <source>Wait a minute or two, then try again.</source>
        <translation>انتظر دقيقة أو دقيقتين، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="320"/>
        <source>This kind of task is not available on {server} right now.</source>
        <translation>هذا النوع من المهام غير متاح على {server} حاليًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="321"/>
        <source>Ask the administrator to enable an app that provides it, or choose another task.</source>
        <translation>اطلب من المسؤول تفعيل تطبيق يوفّره، أو اختر مهمة أخرى.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="328"/>
        <source>The server no longer has this.</source>
        <translation>لم يعد هذا موجودًا على الخادم.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="329"/>
        <source>It may have been deleted, or removed after the server&apos;s retention time.</source>
        <translation>ربما حُذف، أو أُزيل بعد انقضاء مدة الاحتفاظ المحددة على الخادم.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="335"/>
        <source>Your Nextcloud storage is full.</source>
        <translation>مساحة التخزين في Nextcloud الخاص بك ممتلئة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="336"/>
        <source>Delete some files in Nextcloud, then try again.</source>
        <translation>احذف بعض الملفات في Nextcloud، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="340"/>
        <source>The sign-in link expired before access was granted.</source>
        <translation>انتهت صلاحية رابط تسجيل الدخول قبل منح الوصول.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="341"/>
        <source>Start signing in again.</source>
        <translation>ابدأ تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="345"/>
        <source>{server} refused the request as a security precaution.</source>
        <translation>رفض {server} الطلب كإجراء احترازي أمني.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="346"/>
        <source>Try again. If it keeps happening, a proxy in front of the server may be removing headers.</source>
        <translation>حاول مجددًا. إذا تكرر ذلك، فربما يحذف خادم وسيط (proxy) أمام الخادم بعض الترويسات.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="353"/>
        <source>{server} ran into a problem on its side.</source>
        <translation>واجه {server} مشكلة من جهته.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="354"/>
        <source>Try again later. If it keeps happening, tell the server&apos;s administrator.</source>
        <translation>حاول مجددًا لاحقًا. إذا تكرر ذلك، فأبلغ مسؤول الخادم.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="360"/>
        <source>{server} sent a reply this app cannot read.</source>
        <translation>أرسل {server} ردًا لا يستطيع هذا التطبيق قراءته.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="361"/>
        <source>Try again later. A proxy in front of the server may be cutting replies short.</source>
        <translation>حاول مجددًا لاحقًا. ربما يقطع خادم وسيط (proxy) أمام الخادم الردود قبل اكتمالها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="382"/>
        <source>This server has no task processing; it needs Nextcloud 30 or newer.</source>
        <translation>لا يدعم هذا الخادم معالجة المهام؛ إذ يتطلب ذلك Nextcloud 30 أو أحدث.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="385"/>
        <source>Ask the administrator to update the server (it runs version {version}).</source>
        <translation>اطلب من المسؤول تحديث الخادم (إصداره الحالي {version}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="401"/>
        <source>The request to {server} failed.</source>
        <translation>فشل الطلب المُرسَل إلى {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="402"/>
        <source>Try again. If it keeps happening, report it with the log file.</source>
        <translation>حاول مجددًا. إذا تكرر ذلك، فأبلغ عنه مع إرفاق ملف السجلات.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="414"/>
        <source>The proxy server at {proxy} could not be reached.</source>
        <translation>تعذّر الوصول إلى الخادم الوسيط (proxy) على العنوان {proxy}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="415"/>
        <source>Check the proxy in Preferences → Network (or in your system&apos;s network settings if the app uses those), then try again.</source>
        <translation>تحقق من الخادم الوسيط في التفضيلات ← الشبكة (أو في إعدادات الشبكة في نظامك إن كان التطبيق يستخدمها)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="422"/>
        <source>The proxy server at {proxy} did not connect you to {server}.</source>
        <translation>لم يوصلك الخادم الوسيط (proxy) على العنوان {proxy} إلى {server}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="423"/>
        <source>The server may be down, or the proxy may not allow it or may want a sign-in. Ask whoever runs your network, or change the proxy in Preferences → Network.</source>
        <translation>ربما يكون الخادم متوقفًا، أو ربما لا يسمح الخادم الوسيط بالوصول إليه أو يطلب تسجيل الدخول. اسأل المسؤول عن شبكتك، أو غيّر الخادم الوسيط من التفضيلات ← الشبكة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="433"/>
        <source>“{key}” is required.</source>
        <translation>الحقل «{key}» مطلوب.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="434"/>
        <source>Fill it in, then submit again.</source>
        <translation>املأه، ثم أرسل مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="436"/>
        <source>“{key}” needs a number, not “{detail}”.</source>
        <translation>يحتاج «{key}» إلى رقم، وليس «{detail}».</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="437"/>
        <source>“{key}” must be one of: {detail}.</source>
        <translation>يجب أن يكون «{key}» واحدًا مما يلي: {detail}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="439"/>
        <source>This task has no input called “{key}”.</source>
        <translation>لا يوجد في هذه المهمة مُدخل باسم «{key}».</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="440"/>
        <source>Its inputs are: {detail}.</source>
        <translation>مدخلاتها هي: {detail}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="442"/>
        <source>“{key}” takes one value only.</source>
        <translation>يقبل «{key}» قيمة واحدة فقط.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="444"/>
        <source>“{key}” needs a file.</source>
        <translation>يحتاج «{key}» إلى ملف.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="445"/>
        <source>Give a file as @PATH, or the id of a file in Nextcloud.</source>
        <translation>حدد ملفًا بصيغة @PATH، أو معرّف ملف في Nextcloud.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="447"/>
        <source>“{key}” needs a list of values.</source>
        <translation>يحتاج «{key}» إلى قائمة من القيم.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="448"/>
        <source>“{key}” needs text.</source>
        <translation>يحتاج «{key}» إلى نص.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="450"/>
        <source>The file {detail} for “{key}” does not exist.</source>
        <translation>الملف {detail} المخصص للحقل «{key}» غير موجود.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="451"/>
        <source>Check the path.</source>
        <translation>تحقق من المسار.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="454"/>
        <source>The file {detail} for “{key}” is not readable UTF-8 text.</source>
        <translation>الملف {detail} المخصص للحقل «{key}» ليس نصًا مقروءًا بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="457"/>
        <source>“{key}” does not take a file.</source>
        <translation>لا يقبل «{key}» ملفًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="459"/>
        <source>“{key}” has a kind of input this app does not know yet ({detail}).</source>
        <translation>نوع المُدخل «{key}» غير معروف لهذا التطبيق بعد ({detail}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="462"/>
        <source>Use the Nextcloud web Assistant for this task.</source>
        <translation>استخدم تطبيق Assistant في Nextcloud عبر المتصفح لهذه المهمة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="469"/>
        <source>“{key}” is not valid.</source>
        <translation>قيمة «{key}» غير صالحة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="478"/>
        <location filename="../nctask_desktop/messages.py" line="482"/>
        <source>The task failed: {message}</source>
        <translation>فشلت المهمة: {message}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/messages.py" line="487"/>
        <source>The task failed, and the server gave no reason.</source>
        <translation>فشلت المهمة، ولم يذكر الخادم السبب.</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="132"/>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="179"/>
        <source>on this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="140"/>
        <source>File {id}</source>
        <translation>الملف {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="146"/>
        <source>in your Nextcloud</source>
        <translation>في Nextcloud الخاص بك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="174"/>
        <source>This file is no longer on this computer.</source>
        <translation>لم يعد هذا الملف موجودًا على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="505"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="507"/>
        <source>Remove the file of “{name}”</source>
        <translation>إزالة ملف «{name}»</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="226"/>
        <source>Drop {kinds} here, or:</source>
        <translation>أفلِت {kinds} هنا، أو:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="228"/>
        <source>Drop {kind} here, or:</source>
        <translation>أفلِت {kind} هنا، أو:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="236"/>
        <source>Choose files…</source>
        <translation>اختيار ملفات…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="236"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="239"/>
        <source>Choose files on this computer for “{name}”</source>
        <translation>اختيار ملفات من هذا الحاسوب للحقل «{name}»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="241"/>
        <source>Choose a file on this computer for “{name}”</source>
        <translation>اختيار ملف من هذا الحاسوب للحقل «{name}»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="248"/>
        <source>Record…</source>
        <translation>تسجيل…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="251"/>
        <source>Record audio with the microphone for “{name}”</source>
        <translation>تسجيل صوت بالميكروفون للحقل «{name}»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="255"/>
        <source>Choose from Nextcloud…</source>
        <translation>اختيار من Nextcloud…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="257"/>
        <source>Choose from your Nextcloud for “{name}”</source>
        <translation>اختيار من Nextcloud الخاص بك للحقل «{name}»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="277"/>
        <source>Choose {kinds}</source>
        <translation>اختر {kinds}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="279"/>
        <source>Choose a file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="305"/>
        <source>Record audio for “{name}”</source>
        <translation>تسجيل صوت للحقل «{name}»</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="87"/>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="88"/>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="89"/>
        <source>WAV audio</source>
        <translation>صوت WAV</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="90"/>
        <source>MP3 audio</source>
        <translation>صوت MP3</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="91"/>
        <source>Ogg audio</source>
        <translation>صوت Ogg</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="92"/>
        <source>Ogg Vorbis audio</source>
        <translation>صوت Ogg Vorbis</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="93"/>
        <source>Opus audio</source>
        <translation>صوت Opus</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="94"/>
        <source>FLAC audio</source>
        <translation>صوت FLAC</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="95"/>
        <source>MPEG-4 audio</source>
        <translation>صوت MPEG-4</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="96"/>
        <source>AAC audio</source>
        <translation>صوت AAC</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="97"/>
        <source>WebM audio</source>
        <translation>صوت WebM</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="98"/>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="99"/>
        <source>JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="100"/>
        <source>GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="101"/>
        <source>WebP image</source>
        <translation>صورة WebP</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="102"/>
        <source>Windows BMP image</source>
        <translation>صورة Windows BMP</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="103"/>
        <source>TIFF image</source>
        <translation>صورة TIFF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="104"/>
        <source>SVG image</source>
        <translation>صورة SVG</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="105"/>
        <source>HEIF image</source>
        <translation>صورة HEIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="106"/>
        <source>AVIF image</source>
        <translation>صورة AVIF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="107"/>
        <source>MPEG-4 video</source>
        <translation>فيديو MPEG-4</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="108"/>
        <source>WebM video</source>
        <translation>فيديو WebM</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="109"/>
        <source>QuickTime video</source>
        <translation>فيديو QuickTime</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="110"/>
        <source>Matroska video</source>
        <translation>فيديو Matroska</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="111"/>
        <source>Ogg video</source>
        <translation>فيديو Ogg</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="112"/>
        <source>plain text document</source>
        <translation>مستند نصي عادي</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="113"/>
        <source>Markdown document</source>
        <translation>مستند Markdown</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="114"/>
        <source>CSV document</source>
        <translation>مستند CSV</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="115"/>
        <source>HTML document</source>
        <translation>مستند HTML</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="116"/>
        <source>JSON document</source>
        <translation>مستند JSON</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="117"/>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="118"/>
        <source>Zip archive</source>
        <translation>أرشيف Zip</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="132"/>
        <source>audio file</source>
        <translation>ملف صوتي</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="134"/>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="136"/>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="138"/>
        <source>text document</source>
        <translation>مستند نصي</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="141"/>
        <source>%1 file</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="142"/>
        <source>file</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="48"/>
        <source>Choose a task on the left.</source>
        <translation>اختر مهمة من القائمة على اليمين.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="53"/>
        <source>Upload progress</source>
        <translation>تقدّم الرفع</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="53"/>
        <source>Cancel upload</source>
        <translation>إلغاء الرفع</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="62"/>
        <source>Submit</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="63"/>
        <source>Submit the task</source>
        <translation>إرسال المهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="64"/>
        <source>Submit the task ({key})</source>
        <translation>إرسال المهمة ({key})</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="69"/>
        <source>Run on many files…</source>
        <translation>تنفيذ على عدة ملفات…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="70"/>
        <source>Run the task on many files</source>
        <translation>تنفيذ المهمة على عدة ملفات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="80"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="83"/>
        <source>Where the submitted task stands</source>
        <translation>حالة المهمة المُرسَلة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="87"/>
        <source>The submitted task and its result</source>
        <translation>المهمة المُرسَلة ونتيجتها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="90"/>
        <source>Cancel task</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="91"/>
        <source>Cancel the submitted task</source>
        <translation>إلغاء المهمة المُرسَلة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/form_panel.py" line="108"/>
        <source>Uploading files to your Nextcloud…</source>
        <translation>جارٍ رفع الملفات إلى Nextcloud الخاص بك…</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="187"/>
        <source>The server&apos;s answer</source>
        <translation>ردّ الخادم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="212"/>
        <source>More options</source>
        <translation>خيارات إضافية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/form.py" line="222"/>
        <source>This task needs no input.</source>
        <translation>لا تحتاج هذه المهمة إلى أي مدخلات.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="467"/>
        <source>This input is of a kind this app does not know yet ({kind}). Use the Nextcloud web Assistant for this task.</source>
        <translation>هذا المُدخل من نوع لا يعرفه هذا التطبيق بعد ({kind}). استخدم تطبيق Assistant في Nextcloud عبر المتصفح لهذه المهمة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="359"/>
        <source>“{name}” is empty (0 bytes). Choose a file that has something in it.</source>
        <translation>الملف «{name}» فارغ (0 بايت). اختر ملفًا يحتوي على شيء.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/fileeditors.py" line="363"/>
        <source>“{name}” is not {kind}. “{slot}” takes {kinds} ({exts}, …).</source>
        <translation>الملف «{name}» ليس {kind}. يقبل الحقل «{slot}» {kinds} ({exts}, …).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="55"/>
        <source>images</source>
        <translation>صورًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="56"/>
        <source>audio files</source>
        <translation>ملفات صوتية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="57"/>
        <source>videos</source>
        <translation>مقاطع فيديو</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="58"/>
        <source>files</source>
        <translation>ملفات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="61"/>
        <source>an image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="62"/>
        <source>an audio file</source>
        <translation>ملفًا صوتيًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="63"/>
        <source>a video</source>
        <translation>مقطع فيديو</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="64"/>
        <source>a file</source>
        <translation>ملفًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="70"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="74"/>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="75"/>
        <source>Audio files</source>
        <translation>الملفات الصوتية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/filekinds.py" line="76"/>
        <source>Videos</source>
        <translation>مقاطع الفيديو</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="57"/>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="64"/>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="76"/>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="78"/>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="80"/>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="93"/>
        <source>Removed from the server</source>
        <translation>أُزيلت من الخادم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="96"/>
        <source>%1 — no longer on the server</source>
        <translation>%1 — لم تعد موجودة على الخادم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="106"/>
        <source>Still waiting — the server may have no worker running</source>
        <translation>لا تزال في الانتظار — ربما لا يعمل على الخادم أي عامل معالجة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="107"/>
        <source>Waiting for the server to start it</source>
        <translation>في انتظار أن يبدأها الخادم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="111"/>
        <source>Running — %1%</source>
        <translation>قيد التنفيذ — %1%</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="112"/>
        <source>Running</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="114"/>
        <source>Done</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="116"/>
        <source>Failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="118"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="119"/>
        <source>Unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="209"/>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="210"/>
        <source>Input</source>
        <translation>المدخلات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="211"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="212"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="213"/>
        <source>Submitted</source>
        <translation>وقت الإرسال</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="214"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_model.py" line="275"/>
        <source>The server no longer has this task (it removes old tasks after a while). Files you saved are kept.</source>
        <translation>لم تعد هذه المهمة موجودة على الخادم (فهو يزيل المهام القديمة بعد مدة). أما الملفات التي حفظتها فتبقى محفوظة.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ملف</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ ساعة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %n ساعات</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ دقيقة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %n دقائق</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="160"/>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="162"/>
        <source>Show tasks by state</source>
        <translation>عرض المهام حسب الحالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="169"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="171"/>
        <source>Show tasks of one kind</source>
        <translation>عرض المهام من نوع واحد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="173"/>
        <location filename="../nctask_desktop/ui/history_table.py" line="205"/>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="179"/>
        <location filename="../nctask_desktop/ui/history_table.py" line="180"/>
        <source>Search your tasks</source>
        <translation>البحث في مهامك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="183"/>
        <source>Chat &amp;messages</source>
        <translation>&amp;رسائل الدردشة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="184"/>
        <source>Show chat messages</source>
        <translation>عرض رسائل الدردشة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="186"/>
        <source>The messages and answers of the Chat tab are left out unless this is on</source>
        <translation>تُستبعد رسائل علامة التبويب «الدردشة» وردودها ما لم يكن هذا الخيار محددًا</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="113"/>
        <source>No tasks yet. The tasks you run here, and those you run in the Assistant of your Nextcloud, appear here with their results.</source>
        <translation>لا توجد مهام بعد. ستظهر هنا مع نتائجها المهام التي تنفّذها هنا، وتلك التي تنفّذها في تطبيق Assistant على Nextcloud الخاص بك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="125"/>
        <location filename="../nctask_desktop/ui/history_panel.py" line="342"/>
        <source>No task matches the filter.</source>
        <translation>لا توجد مهمة تطابق عامل التصفية.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="134"/>
        <source>The selected task</source>
        <translation>المهمة المحددة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="172"/>
        <source>History: {action}</source>
        <translation>السجل: {action}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="274"/>
        <source>The server cannot be reached right now. The list shows what was known; it is updated as soon as the connection is back.</source>
        <translation>لا يمكن الوصول إلى الخادم حاليًا. تعرض القائمة آخر ما كان معروفًا، وستُحدَّث فور عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="337"/>
        <source>Your tasks so far are chat messages, which are kept in the Chat tab. Tick Chat messages to list them here too.</source>
        <translation>مهامك حتى الآن رسائل دردشة، وهي محفوظة في علامة التبويب «الدردشة». حدد «رسائل الدردشة» لعرضها هنا أيضًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="371"/>
        <source>Unavailable</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="455"/>
        <source>This kind of task (“{type}”) is not offered by the server any more, so it cannot be run again here.</source>
        <translation>لم يعد الخادم يوفّر هذا النوع من المهام («{type}»)، لذا لا يمكن إعادة تنفيذها هنا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="478"/>
        <source>Could not cancel it: {reason}</source>
        <translation>تعذّر إلغاؤها: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="495"/>
        <source>Delete tasks</source>
        <translation>حذف المهام</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/history_panel.py" line="496"/>
        <source>Delete %n task(s)?</source>
        <translation>
            <numerusform>حذف %n مهمة؟</numerusform>
            <numerusform>حذف مهمة واحدة؟</numerusform>
            <numerusform>حذف مهمتين؟</numerusform>
            <numerusform>حذف %n مهام؟</numerusform>
            <numerusform>حذف %n مهمة؟</numerusform>
            <numerusform>حذف %n مهمة؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="498"/>
        <source>They are deleted from your Nextcloud (also from its Assistant) and from this list. Files you saved on this computer are kept.</source>
        <translation>ستُحذف من Nextcloud الخاص بك (ومن تطبيق Assistant فيه أيضًا) ومن هذه القائمة. أما الملفات التي حفظتها على هذا الحاسوب فستبقى.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="501"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="510"/>
        <source>Could not delete it: {reason}</source>
        <translation>تعذّر حذفها: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_panel.py" line="524"/>
        <source>The selected task has no text result to copy.</source>
        <translation>لا توجد للمهمة المحددة نتيجة نصية لنسخها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="149"/>
        <source>All tasks</source>
        <translation>كل المهام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="150"/>
        <source>Not finished</source>
        <translation>غير المكتملة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="151"/>
        <source>Done</source>
        <translation>المكتملة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="152"/>
        <source>Failed or cancelled</source>
        <translation>الفاشلة أو الملغاة</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="89"/>
        <source>Your tasks</source>
        <translation>مهامك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="103"/>
        <source>Columns: click one to sort by it</source>
        <translation>الأعمدة: انقر على أحدها للترتيب حسبه</translation>
    </message>
</context>
<context>
    <name>HistoryToolbar</name>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="230"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="230"/>
        <source>Open the result</source>
        <translation>فتح النتيجة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="233"/>
        <source>Run again</source>
        <translation>إعادة التنفيذ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="234"/>
        <source>Fill in the form with this task&apos;s input</source>
        <translation>ملء النموذج بمدخلات هذه المهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="239"/>
        <source>Cancel task</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="239"/>
        <source>Stop the selected tasks</source>
        <translation>إيقاف المهام المحددة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="242"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="242"/>
        <source>Delete the selected tasks</source>
        <translation>حذف المهام المحددة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="244"/>
        <source>Copy text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="244"/>
        <source>Copy the text result</source>
        <translation>نسخ النتيجة النصية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="249"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="250"/>
        <source>Save the results in the download folder</source>
        <translation>حفظ النتائج في مجلد التنزيلات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="255"/>
        <source>Save to…</source>
        <translation>حفظ في…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="256"/>
        <source>Save the results to a folder you choose</source>
        <translation>حفظ النتائج في مجلد تختاره</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="261"/>
        <source>Input files</source>
        <translation>ملفات الإدخال</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="261"/>
        <source>Show the task&apos;s input files</source>
        <translation>عرض ملفات الإدخال الخاصة بالمهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="263"/>
        <source>Task actions</source>
        <translation>إجراءات المهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/history_table.py" line="285"/>
        <source>More actions</source>
        <translation>إجراءات إضافية</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="51"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="55"/>
        <source>Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="56"/>
        <source>Show the image at its actual size</source>
        <translation>عرض الصورة بحجمها الفعلي</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="59"/>
        <source>Open in another app</source>
        <translation>فتح في تطبيق آخر</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="60"/>
        <source>Open the image in your image viewer</source>
        <translation>فتح الصورة في عارض الصور لديك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="62"/>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="63"/>
        <source>Save the image to a folder</source>
        <translation>حفظ الصورة في مجلد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="66"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/image_viewer.py" line="78"/>
        <source>This image cannot be shown.</source>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="157"/>
        <source>Input level</source>
        <translation>مستوى صوت الإدخال</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="110"/>
        <source>Add a number</source>
        <translation>إضافة رقم</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="112"/>
        <source>Add a text</source>
        <translation>إضافة نص</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="117"/>
        <source>{action} to “{name}”</source>
        <translation>{action} إلى «{name}»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="221"/>
        <source>“{name}”, item {n} of {count}</source>
        <translation>«{name}»، العنصر {n} من {count}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="232"/>
        <source>Move item {n} of “{name}” up</source>
        <translation>نقل العنصر {n} من «{name}» إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="233"/>
        <source>Move item {n} of “{name}” down</source>
        <translation>نقل العنصر {n} من «{name}» إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="234"/>
        <source>Remove item {n} of “{name}”</source>
        <translation>إزالة العنصر {n} من «{name}»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/lists.py" line="290"/>
        <source>Item {n}: {problem}</source>
        <translation>العنصر {n}: {problem}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="71"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="309"/>
        <source>Starting the simulated server…</source>
        <translation>جارٍ تشغيل الخادم المُحاكى…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/main_window.py" line="343"/>
        <source>Sign in again to see the tasks of this server.</source>
        <translation>أعد تسجيل الدخول لرؤية مهام هذا الخادم.</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="123"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="123"/>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="142"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="145"/>
        <source>Cancel this answer</source>
        <translation>إلغاء هذا الرد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="157"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="160"/>
        <source>Copy this answer</source>
        <translation>نسخ هذا الرد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="164"/>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="167"/>
        <source>Write this answer again</source>
        <translation>كتابة هذا الرد من جديد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="171"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="174"/>
        <source>Ask for this answer again</source>
        <translation>طلب هذا الرد مجددًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="196"/>
        <source>Your message</source>
        <translation>رسالتك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="196"/>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="205"/>
        <source>The server gave no reason.</source>
        <translation>لم يذكر الخادم السبب.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="206"/>
        <source>No answer: {reason}</source>
        <translation>لا يوجد رد: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_bubble.py" line="208"/>
        <source>The answer was cancelled.</source>
        <translation>أُلغي الرد.</translation>
    </message>
</context>
<context>
    <name>MessagesArea</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_view.py" line="69"/>
        <source>The conversation</source>
        <translation>المحادثة</translation>
    </message>
</context>
<context>
    <name>NewTaskPage</name>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="221"/>
        <source>Form of {task}</source>
        <translation>نموذج {task}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="287"/>
        <source>New task: submit the form</source>
        <translation>مهمة جديدة: إرسال النموذج</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="288"/>
        <source>New task: copy the result&apos;s text</source>
        <translation>مهمة جديدة: نسخ نص النتيجة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="422"/>
        <source>Could not cancel it: {reason}</source>
        <translation>تعذّر إلغاؤها: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="497"/>
        <source>Check the marked inputs: the task has changed since it was run.</source>
        <translation>تحقق من المدخلات المميَّزة: لقد تغيّرت المهمة منذ تنفيذها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="502"/>
        <source>Some inputs of the earlier task are no longer asked for: {keys}.</source>
        <translation>لم تعد بعض مدخلات المهمة السابقة مطلوبة: {keys}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="509"/>
        <source>The form holds the input of task {id}. Change it, or submit.</source>
        <translation>يحتوي النموذج على مدخلات المهمة {id}. عدّلها، أو أرسلها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="526"/>
        <source>This file does not exist: {name}</source>
        <translation>هذا الملف غير موجود: {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="166"/>
        <source>None of this server&apos;s tasks takes these files.</source>
        <translation>لا توجد على هذا الخادم أي مهمة تقبل هذه الملفات.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/new_task_page.py" line="546"/>
        <location filename="../nctask_desktop/ui/open_with.py" line="172"/>
        <source>This task takes no such file.</source>
        <translation>لا تقبل هذه المهمة ملفًا كهذا.</translation>
    </message>
</context>
<context>
    <name>NextcloudFileDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="198"/>
        <source>Choose from Nextcloud</source>
        <translation>اختيار من Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="209"/>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="210"/>
        <source>Up one folder</source>
        <translation>المجلد الأعلى</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="233"/>
        <source>Files and folders</source>
        <translation>الملفات والمجلدات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="250"/>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="251"/>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="268"/>
        <source>Only {kinds} can be chosen here.</source>
        <translation>يمكنك أن تختار هنا {kinds} فقط.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="271"/>
        <source>Save in Nextcloud</source>
        <translation>الحفظ في Nextcloud</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="272"/>
        <source>Open the folder to save in, then choose “Save here”.</source>
        <translation>افتح المجلد الذي تريد الحفظ فيه، ثم اختر «الحفظ هنا».</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="280"/>
        <source>Choose</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="280"/>
        <source>Save here</source>
        <translation>الحفظ هنا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="305"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="340"/>
        <source>This folder is empty.</source>
        <translation>هذا المجلد فارغ.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="361"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="364"/>
        <source>Home folder</source>
        <translation>المجلد الرئيسي</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/browser.py" line="369"/>
        <source>Folder {name}</source>
        <translation>المجلد {name}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/services/notifications.py" line="89"/>
        <source>%n of them failed.</source>
        <translation>
            <numerusform>فشلت %n منها.</numerusform>
            <numerusform>فشلت واحدة منها.</numerusform>
            <numerusform>فشلت اثنتان منها.</numerusform>
            <numerusform>فشلت %n منها.</numerusform>
            <numerusform>فشلت %n منها.</numerusform>
            <numerusform>فشلت %n منها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="91"/>
        <source>Open the history to see the results.</source>
        <translation>افتح السجل لرؤية النتائج.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="99"/>
        <source>“{task}” is done</source>
        <translation>اكتملت مهمة «{task}»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="102"/>
        <source>{summary}
Saved in {folder}.</source>
        <translation>{summary}
حُفظت النتائج في {folder}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="106"/>
        <source>{summary}</source>
        <translation>{summary}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="108"/>
        <source>Click to see the result.</source>
        <translation>انقر لرؤية النتيجة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="111"/>
        <source>“{task}” failed</source>
        <translation>فشلت مهمة «{task}»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="114"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="116"/>
        <source>The server gave no reason.</source>
        <translation>لم يذكر الخادم السبب.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/services/notifications.py" line="124"/>
        <source>No tasks running</source>
        <translation>لا توجد مهام قيد التنفيذ</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/services/notifications.py" line="125"/>
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n مهمة قيد التنفيذ</numerusform>
            <numerusform>مهمة واحدة قيد التنفيذ</numerusform>
            <numerusform>مهمتان قيد التنفيذ</numerusform>
            <numerusform>%n مهام قيد التنفيذ</numerusform>
            <numerusform>%n مهمة قيد التنفيذ</numerusform>
            <numerusform>%n مهمة قيد التنفيذ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished</source>
        <translation>
            <numerusform>انتهت %n مهمة</numerusform>
            <numerusform>انتهت مهمة واحدة</numerusform>
            <numerusform>انتهت مهمتان</numerusform>
            <numerusform>انتهت %n مهام</numerusform>
            <numerusform>انتهت %n مهمة</numerusform>
            <numerusform>انتهت %n مهمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="326"/>
        <source>Default: {value}</source>
        <translation>الافتراضي: {value}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="363"/>
        <source>“{name}” must be {minimum} or more.</source>
        <translation>يجب أن تكون قيمة «{name}» {minimum} أو أكثر.</translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="151"/>
        <source>Downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="156"/>
        <source>Download progress of {name}</source>
        <translation>تقدّم تنزيل {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="171"/>
        <source>Downloading… {size}</source>
        <translation>جارٍ التنزيل… {size}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="94"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="106"/>
        <source>Files for tasks</source>
        <translation>ملفات المهام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="112"/>
        <source>&amp;Upload folder in Nextcloud:</source>
        <translation>&amp;مجلد الرفع في Nextcloud:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="117"/>
        <source>Files from this computer that a task needs are uploaded into this folder of your Nextcloud, in a sub-folder for each day.</source>
        <translation>تُرفع الملفات التي تحتاجها مهمة ما من هذا الحاسوب إلى هذا المجلد في Nextcloud الخاص بك، داخل مجلد فرعي لكل يوم.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="124"/>
        <source>Delete these copies when I delete their task</source>
        <translation>حذف هذه النسخ عند حذف مهمتها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="127"/>
        <source>Files you chose from your Nextcloud are never deleted.</source>
        <translation>لا تُحذف أبدًا الملفات التي اخترتها من Nextcloud الخاص بك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="130"/>
        <source>Delete the uploaded copies of my files when I delete their task</source>
        <translation>حذف النسخ المرفوعة من ملفاتي عند حذف مهمتها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="136"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="141"/>
        <source>Folder for saved results</source>
        <translation>مجلد النتائج المحفوظة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="142"/>
        <source>Save results &amp;in:</source>
        <translation>&amp;حفظ النتائج في:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="144"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="145"/>
        <source>Choose the folder for saved results</source>
        <translation>اختيار مجلد النتائج المحفوظة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="152"/>
        <source>Leave it empty for your Downloads folder.</source>
        <translation>اتركه فارغًا لاستخدام مجلد التنزيلات.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="154"/>
        <source>Save the results of these tasks by themselves:</source>
        <translation>حفظ نتائج هذه المهام تلقائيًا:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="160"/>
        <source>Tasks whose results are saved by themselves</source>
        <translation>المهام التي تُحفظ نتائجها تلقائيًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="171"/>
        <source>Save the results of “{task}” by themselves</source>
        <translation>حفظ نتائج «{task}» تلقائيًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="190"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="193"/>
        <source>&amp;Notify me when a task is done or has failed</source>
        <translation>&amp;أشعرني عند اكتمال مهمة أو فشلها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="195"/>
        <source>Notify me when a task is done or has failed</source>
        <translation>أشعرني عند اكتمال مهمة أو فشلها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="198"/>
        <source>Also notify my &amp;other devices (needs the Assistant app on the server)</source>
        <translation>أشعِر &amp;بقية أجهزتي أيضًا (يتطلب تطبيق Assistant على الخادم)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="200"/>
        <source>Also notify my other devices</source>
        <translation>أشعِر بقية أجهزتي أيضًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="244"/>
        <source>Language and appearance</source>
        <translation>اللغة والمظهر</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="248"/>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="252"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="254"/>
        <source>A new language is used from the next start of the app.</source>
        <translation>تُستخدم اللغة الجديدة بدءًا من التشغيل التالي للتطبيق.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="261"/>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="268"/>
        <source>Window and keys</source>
        <translation>النافذة والمفاتيح</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="272"/>
        <source>Ask while tasks are running</source>
        <translation>السؤال إن كانت هناك مهام قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="273"/>
        <source>Keep running in the tray</source>
        <translation>مواصلة العمل في منطقة الإشعارات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="274"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="276"/>
        <source>When I &amp;close the window:</source>
        <translation>عند إ&amp;غلاق النافذة:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="279"/>
        <source>This desktop has no tray: closing quits.</source>
        <translation>لا يحتوي سطح المكتب هذا على منطقة إشعارات: الإغلاق يُنهي التطبيق.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="281"/>
        <source>Open Quick text with Ctrl+Shift+Space from &amp;any app</source>
        <translation>فتح النص السريع بـ Ctrl+Shift+Space من أي ت&amp;طبيق</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="284"/>
        <source>Open Quick text with Ctrl+Shift+Space from any app</source>
        <translation>فتح النص السريع بـ Ctrl+Shift+Space من أي تطبيق</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="296"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="298"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>استخدام إعدادات الخادم الوسيط في ال&amp;نظام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="299"/>
        <source>No pro&amp;xy: connect directly</source>
        <translation>&amp;دون خادم وسيط: اتصال مباشر</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="300"/>
        <source>&amp;Manual proxy:</source>
        <translation>خادم وسيط &amp;يدوي:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="304"/>
        <source>Manual proxy</source>
        <translation>خادم وسيط يدوي</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="316"/>
        <source>Proxy server</source>
        <translation>الخادم الوسيط</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="332"/>
        <source>Connections to this computer never use a proxy. A change applies at once. Proxies that ask for a password are not supported here: use the system&apos;s settings for those.</source>
        <translation>لا تمرّ الاتصالات بهذا الحاسوب نفسه عبر خادم وسيط أبدًا. يُطبَّق أي تغيير فورًا. الخوادم الوسيطة التي تطلب كلمة مرور غير مدعومة هنا: استخدم إعدادات النظام لها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="427"/>
        <source>Type the proxy server&apos;s name or address, such as “{example}”, and its port in the field beside it.</source>
        <translation>اكتب اسم الخادم الوسيط أو عنوانه، مثل «{example}»، ومنفذه في الحقل المجاور.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="313"/>
        <source>Proxy kind</source>
        <translation>نوع الخادم الوسيط</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="321"/>
        <source>&amp;Port:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="320"/>
        <source>Proxy port</source>
        <translation>منفذ الخادم الوسيط</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="389"/>
        <source>Save results in</source>
        <translation>حفظ النتائج في</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="411"/>
        <source>Type a folder name such as “{example}”, without “..” or special signs.</source>
        <translation>اكتب اسم مجلد مثل «{example}»، دون «..» أو رموز خاصة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/preferences_dialog.py" line="419"/>
        <source>Choose the folder for results with “Choose…”, or give its full path.</source>
        <translation>اختر مجلد النتائج عبر «اختيار…»، أو اكتب مساره الكامل.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="168"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="188"/>
        <source>The results were not saved</source>
        <translation>لم تُحفظ النتائج</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/presence.py" line="191"/>
        <source>%n file(s) saved</source>
        <translation>
            <numerusform>حُفظ %n ملف</numerusform>
            <numerusform>حُفظ ملف واحد</numerusform>
            <numerusform>حُفظ ملفان</numerusform>
            <numerusform>حُفظت %n ملفات</numerusform>
            <numerusform>حُفظ %n ملفًا</numerusform>
            <numerusform>حُفظ %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/presence.py" line="192"/>
        <source>In {folder}</source>
        <translation>في {folder}</translation>
    </message>
</context>
<context>
    <name>QuickTextWindow</name>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="98"/>
        <source>Quick text</source>
        <translation>النص السريع</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="109"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="111"/>
        <source>Text to work on</source>
        <translation>النص المراد العمل عليه</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="113"/>
        <source>The clipboard holds no text: type or paste the text here.</source>
        <translation>لا تحتوي الحافظة على نص: اكتب النص أو الصقه هنا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="121"/>
        <source>&amp;Summarise</source>
        <translation>&amp;تلخيص</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="123"/>
        <source>T&amp;ranslate into</source>
        <translation>ت&amp;رجمة إلى</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="126"/>
        <source>Language to translate into</source>
        <translation>اللغة المراد الترجمة إليها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="127"/>
        <source>Ask in &amp;Chat</source>
        <translation>السؤال في ال&amp;دردشة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="129"/>
        <source>A new conversation with the text as its first message, kept in the Chat tab</source>
        <translation>محادثة جديدة يكون النص رسالتها الأولى، تُحفظ في علامة التبويب «الدردشة»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="139"/>
        <source>Or say what to do with it, e.g. “Make it more polite”</source>
        <translation>أو قل ما تريد فعله به، مثل «اجعله أكثر تهذيبًا»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="141"/>
        <source>What to do with the text</source>
        <translation>ما تريد فعله بالنص</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="143"/>
        <source>Run the &amp;prompt</source>
        <translation>تنفيذ ال&amp;طلب</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="154"/>
        <source>C&amp;ancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="155"/>
        <source>Cancel the task</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="163"/>
        <source>Result:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="167"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="176"/>
        <source>C&amp;opy</source>
        <translation>ن&amp;سخ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="177"/>
        <source>Copy the result</source>
        <translation>نسخ النتيجة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="178"/>
        <source>Replace the c&amp;lipboard</source>
        <translation>استبدال محتوى ال&amp;حافظة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="180"/>
        <source>Put the result in the clipboard in place of the text, and close this window</source>
        <translation>وضع النتيجة في الحافظة بدلًا من النص، وإغلاق هذه النافذة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="183"/>
        <source>Continue in the Chat &amp;tab</source>
        <translation>المتابعة في &amp;علامة التبويب «الدردشة»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="185"/>
        <source>Copied.</source>
        <translation>نُسخ.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="244"/>
        <source>Account: {account}</source>
        <translation>الحساب: {account}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="260"/>
        <source>Sign in to your Nextcloud in the main window first.</source>
        <translation>سجّل الدخول أولًا إلى Nextcloud الخاص بك من النافذة الرئيسية.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="262"/>
        <source>The tasks of your server are still loading.</source>
        <translation>لا تزال مهام خادمك قيد التحميل.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="265"/>
        <source>Your server offers none of the text tasks (summarise, translate, a free prompt, chat): its administrator can install an assistant app for them.</source>
        <translation>لا يوفّر خادمك أيًّا من مهام النصوص (التلخيص، والترجمة، والطلب الحر، والدردشة): يمكن لمسؤوله تثبيت تطبيق مساعد يوفّرها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="269"/>
        <source>Your server does not offer every text task: only those it has show.</source>
        <translation>لا يوفّر خادمك كل مهام النصوص: تظهر فقط المهام المتاحة عليه.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="304"/>
        <source>Type or paste a text first.</source>
        <translation>اكتب نصًا أو الصقه أولًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="317"/>
        <source>Say what to do with the text first.</source>
        <translation>قل أولًا ما تريد فعله بالنص.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="349"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="399"/>
        <source>The task was cancelled.</source>
        <translation>أُلغيت المهمة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="435"/>
        <source>Running…</source>
        <translation>قيد التنفيذ…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quick_text.py" line="437"/>
        <source>Sent; waiting for the server to start it.</source>
        <translation>أُرسلت؛ في انتظار أن يبدأها الخادم.</translation>
    </message>
</context>
<context>
    <name>QuitPrompt</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="15"/>
        <source>%n task(s) you submitted have not reached your server yet. They are kept on this computer and sent the next time you start nctask-desktop.</source>
        <translation>
            <numerusform>لم تصل %n مهمة أرسلتها إلى خادمك بعد. ستبقى محفوظة على هذا الحاسوب وتُرسَل عند تشغيل nctask-desktop في المرة القادمة.</numerusform>
            <numerusform>لم تصل مهمة واحدة أرسلتها إلى خادمك بعد. ستبقى محفوظة على هذا الحاسوب وتُرسَل عند تشغيل nctask-desktop في المرة القادمة.</numerusform>
            <numerusform>لم تصل مهمتان أرسلتهما إلى خادمك بعد. ستبقيان محفوظتين على هذا الحاسوب وتُرسَلان عند تشغيل nctask-desktop في المرة القادمة.</numerusform>
            <numerusform>لم تصل %n مهام أرسلتها إلى خادمك بعد. ستبقى محفوظة على هذا الحاسوب وتُرسَل عند تشغيل nctask-desktop في المرة القادمة.</numerusform>
            <numerusform>لم تصل %n مهمة أرسلتها إلى خادمك بعد. ستبقى محفوظة على هذا الحاسوب وتُرسَل عند تشغيل nctask-desktop في المرة القادمة.</numerusform>
            <numerusform>لم تصل %n مهمة أرسلتها إلى خادمك بعد. ستبقى محفوظة على هذا الحاسوب وتُرسَل عند تشغيل nctask-desktop في المرة القادمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="25"/>
        <source>%n task(s) are still running on your server. Keep nctask-desktop running in the tray to be told when they are done; if you quit, their results are in the History the next time you start it.</source>
        <translation>
            <numerusform>لا تزال %n مهمة قيد التنفيذ على خادمك. أبقِ nctask-desktop يعمل في منطقة الإشعارات ليُعلمك عند اكتمالها؛ وإن أنهيته، فستجد نتائجها في السجل عند تشغيله في المرة القادمة.</numerusform>
            <numerusform>لا تزال مهمة واحدة قيد التنفيذ على خادمك. أبقِ nctask-desktop يعمل في منطقة الإشعارات ليُعلمك عند اكتمالها؛ وإن أنهيته، فستجد نتيجتها في السجل عند تشغيله في المرة القادمة.</numerusform>
            <numerusform>لا تزال مهمتان قيد التنفيذ على خادمك. أبقِ nctask-desktop يعمل في منطقة الإشعارات ليُعلمك عند اكتمالهما؛ وإن أنهيته، فستجد نتيجتيهما في السجل عند تشغيله في المرة القادمة.</numerusform>
            <numerusform>لا تزال %n مهام قيد التنفيذ على خادمك. أبقِ nctask-desktop يعمل في منطقة الإشعارات ليُعلمك عند اكتمالها؛ وإن أنهيته، فستجد نتائجها في السجل عند تشغيله في المرة القادمة.</numerusform>
            <numerusform>لا تزال %n مهمة قيد التنفيذ على خادمك. أبقِ nctask-desktop يعمل في منطقة الإشعارات ليُعلمك عند اكتمالها؛ وإن أنهيته، فستجد نتائجها في السجل عند تشغيله في المرة القادمة.</numerusform>
            <numerusform>لا تزال %n مهمة قيد التنفيذ على خادمك. أبقِ nctask-desktop يعمل في منطقة الإشعارات ليُعلمك عند اكتمالها؛ وإن أنهيته، فستجد نتائجها في السجل عند تشغيله في المرة القادمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="36"/>
        <source>nctask-desktop is still running: click its icon to open it again.</source>
        <translation>لا يزال nctask-desktop يعمل: انقر على أيقونته لفتحه مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="93"/>
        <source>Quit nctask-desktop?</source>
        <translation>إنهاء nctask-desktop؟</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="96"/>
        <source>You can also keep the app open until they are sent.</source>
        <translation>يمكنك أيضًا إبقاء التطبيق مفتوحًا حتى يكتمل الإرسال.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="101"/>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="127"/>
        <source>&amp;Quit, send them later</source>
        <translation>إ&amp;نهاء، والإرسال لاحقًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="105"/>
        <source>&amp;Keep open</source>
        <translation>إ&amp;بقاء التطبيق مفتوحًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="118"/>
        <source>Keep nctask-desktop running?</source>
        <translation>إبقاء nctask-desktop قيد التشغيل؟</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="123"/>
        <source>Keep running in the &amp;tray</source>
        <translation>مواصلة العمل في منطقة الإ&amp;شعارات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="134"/>
        <source>&amp;Do the same from now on</source>
        <translation>ال&amp;تصرف بالطريقة نفسها من الآن فصاعدًا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/quit_prompt.py" line="137"/>
        <source>You can change it in the Preferences.</source>
        <translation>يمكنك تغيير ذلك من التفضيلات.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="62"/>
        <source>macOS does not let the app use the microphone: allow it in System Settings → Privacy &amp; Security → Microphone, then try again.</source>
        <translation>لا يسمح macOS للتطبيق باستخدام الميكروفون: اسمح بذلك من إعدادات النظام ← الخصوصية والأمن ← الميكروفون، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="68"/>
        <source>Windows does not let the app use the microphone: allow it in Settings → Privacy &amp; security → Microphone (“Let desktop apps access your microphone”), then try again.</source>
        <translation>لا يسمح Windows للتطبيق باستخدام الميكروفون: اسمح بذلك من الإعدادات ← الخصوصية والأمان ← الميكروفون («السماح لتطبيقات سطح المكتب بالوصول إلى الميكروفون»)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="74"/>
        <source>The system does not let the app use the microphone: allow it in your sound settings (PipeWire or PulseAudio) or your desktop&apos;s privacy settings, then try again.</source>
        <translation>لا يسمح النظام للتطبيق باستخدام الميكروفون: اسمح بذلك من إعدادات الصوت (PipeWire أو PulseAudio) أو من إعدادات الخصوصية في بيئة سطح المكتب لديك، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="81"/>
        <source>No microphone was found: connect one, or choose one in System Settings → Sound → Input, then try again.</source>
        <translation>لم يُعثر على ميكروفون: وصّل ميكروفونًا، أو اختر واحدًا من إعدادات النظام ← الصوت ← الإدخال، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="87"/>
        <source>No microphone was found: connect one, or turn it on in Settings → System → Sound → Input, then try again.</source>
        <translation>لم يُعثر على ميكروفون: وصّل ميكروفونًا، أو شغّله من الإعدادات ← النظام ← الصوت ← الإدخال، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="92"/>
        <source>No microphone was found: connect one, or choose it as the input in your sound settings (PipeWire or PulseAudio), then try again.</source>
        <translation>لم يُعثر على ميكروفون: وصّل ميكروفونًا، أو اختره جهازَ إدخال في إعدادات الصوت (PipeWire أو PulseAudio)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="98"/>
        <source>The microphone is in use by another program: close that program, or choose another input in your sound settings, then try again.</source>
        <translation>الميكروفون مستخدم من قِبل برنامج آخر: أغلق ذلك البرنامج، أو اختر جهاز إدخال آخر في إعدادات الصوت، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="105"/>
        <source>Recording needs the PortAudio library, which is not installed: install the package libportaudio2 (sudo apt install libportaudio2), then try again.</source>
        <translation>يحتاج التسجيل إلى مكتبة PortAudio، وهي غير مثبّتة: ثبّت الحزمة libportaudio2 (sudo apt install libportaudio2)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="110"/>
        <source>Recording needs the PortAudio library, which is missing from this installation: install the app again.</source>
        <translation>يحتاج التسجيل إلى مكتبة PortAudio، وهي مفقودة من هذا التثبيت: أعد تثبيت التطبيق.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="115"/>
        <source>The microphone could not be used ({detail}): check your sound settings, then try again.</source>
        <translation>تعذّر استخدام الميكروفون ({detail}): تحقق من إعدادات الصوت، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="125"/>
        <source>No sound reaches the app: the microphone is muted, or macOS blocks it (allow it in System Settings → Privacy &amp; Security → Microphone).</source>
        <translation>لا يصل أي صوت إلى التطبيق: الميكروفون مكتوم، أو يحظره macOS (اسمح بذلك من إعدادات النظام ← الخصوصية والأمن ← الميكروفون).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="131"/>
        <source>No sound reaches the app: the microphone is muted, or Windows blocks it (allow it in Settings → Privacy &amp; security → Microphone).</source>
        <translation>لا يصل أي صوت إلى التطبيق: الميكروفون مكتوم، أو يحظره Windows (اسمح بذلك من الإعدادات ← الخصوصية والأمان ← الميكروفون).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="136"/>
        <source>No sound reaches the app: the microphone is muted, or blocked in your sound settings (PipeWire or PulseAudio).</source>
        <translation>لا يصل أي صوت إلى التطبيق: الميكروفون مكتوم، أو محظور في إعدادات الصوت (PipeWire أو PulseAudio).</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="187"/>
        <source>Record audio</source>
        <translation>تسجيل صوت</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="203"/>
        <source>Recording time</source>
        <translation>مدة التسجيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="229"/>
        <source>Use this recording</source>
        <translation>استخدام هذا التسجيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="233"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="235"/>
        <source>Discard the recording</source>
        <translation>تجاهل التسجيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="265"/>
        <source>Stop recording</source>
        <translation>إيقاف التسجيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="267"/>
        <source>Recording… Speak now; press Stop recording when done.</source>
        <translation>جارٍ التسجيل… تحدّث الآن، ثم اضغط «إيقاف التسجيل» عند الانتهاء.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="269"/>
        <source>Record again</source>
        <translation>إعادة التسجيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="272"/>
        <source>Recorded {time}. Play it back if you like, then use it or discard it.</source>
        <translation>مدة التسجيل {time}. استمع إليه إن شئت، ثم استخدمه أو تجاهله.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="276"/>
        <source>Start recording</source>
        <translation>بدء التسجيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="278"/>
        <source>Press Start recording, then speak.</source>
        <translation>اضغط «بدء التسجيل»، ثم تحدّث.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="280"/>
        <source>Stop playing</source>
        <translation>إيقاف التشغيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="280"/>
        <source>Play back</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="285"/>
        <source>Stop playing the recording</source>
        <translation>إيقاف تشغيل التسجيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="285"/>
        <source>Play the recording back</source>
        <translation>تشغيل التسجيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="320"/>
        <source>Waiting for you to allow the microphone…</source>
        <translation>في انتظار أن تسمح باستخدام الميكروفون…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/recorder.py" line="393"/>
        <source>The recording stopped at {time}, the longest it can be.</source>
        <translation>توقف التسجيل عند {time}، وهي أقصى مدة ممكنة.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="92"/>
        <source>Report a problem</source>
        <translation>الإبلاغ عن مشكلة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="96"/>
        <source>This writes one zip file to attach to your message about the problem: the app&apos;s log files, its version and your system&apos;s, and the app&apos;s settings. Passwords, tokens, server addresses and names are left out. Nothing is sent anywhere.</source>
        <translation>يُنشئ هذا ملف zip واحدًا لترفقه برسالتك عن المشكلة: ملفات السجلات الخاصة بالتطبيق، وإصداره وإصدار نظامك، وإعدادات التطبيق. تُستبعد كلمات المرور والرموز المميزة (tokens) وعناوين الخوادم والأسماء. لا يُرسَل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="105"/>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="106"/>
        <source>Include the text of my tasks</source>
        <translation>تضمين نصوص مهامي</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="109"/>
        <source>Adds the last {count} tasks of each account: what you asked and what came back. Leave it off unless the problem is about a task.</source>
        <translation>يضيف آخر {count} مهمة من كل حساب: ما طلبته وما جاءك من رد. اتركه غير محدد ما لم تكن المشكلة متعلقة بمهمة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="124"/>
        <source>C&amp;hange folder…</source>
        <translation>&amp;تغيير المجلد…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="127"/>
        <source>Change the folder the report is saved in</source>
        <translation>تغيير المجلد الذي يُحفظ فيه التقرير</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="135"/>
        <source>&amp;Create report</source>
        <translation>إ&amp;نشاء التقرير</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="147"/>
        <source>&amp;Show in folder</source>
        <translation>إ&amp;ظهار في المجلد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="187"/>
        <source>Saved in: {folder}</source>
        <translation>يُحفظ في: {folder}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="195"/>
        <source>Save the report in…</source>
        <translation>حفظ التقرير في…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="198"/>
        <source>Save here</source>
        <translation>الحفظ هنا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="261"/>
        <source>The report is saved as “{name}” in {folder}. Attach it to your message about the problem.</source>
        <translation>حُفظ التقرير باسم «{name}» في {folder}. أرفقه برسالتك عن المشكلة.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/report_dialog.py" line="282"/>
        <source>This computer has no file manager to show “{name}”. It is in {folder}.</source>
        <translation>لا يوجد على هذا الحاسوب مدير ملفات لإظهار «{name}». الملف موجود في {folder}.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="79"/>
        <source>Saving progress</source>
        <translation>تقدّم الحفظ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="80"/>
        <source>Stop saving</source>
        <translation>إيقاف الحفظ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="81"/>
        <source>Stop saving the results</source>
        <translation>إيقاف حفظ النتائج</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="128"/>
        <source>The text is copied. Paste it wherever you like.</source>
        <translation>نُسخ النص. الصقه حيثما تشاء.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="143"/>
        <source>Save the results in…</source>
        <translation>حفظ النتائج في…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="147"/>
        <source>Save here</source>
        <translation>الحفظ هنا</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="187"/>
        <source>Could not save the results: {reason}</source>
        <translation>تعذّر حفظ النتائج: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="235"/>
        <source>Could not save in your Nextcloud: {reason}</source>
        <translation>تعذّر الحفظ في Nextcloud الخاص بك: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="242"/>
        <source>Saved in your Nextcloud: {path}</source>
        <translation>حُفظ في Nextcloud الخاص بك: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="244"/>
        <source>%n file(s) saved in your Nextcloud: {folder}</source>
        <translation>
            <numerusform>حُفظ %n ملف في Nextcloud الخاص بك: {folder}</numerusform>
            <numerusform>حُفظ ملف واحد في Nextcloud الخاص بك: {folder}</numerusform>
            <numerusform>حُفظ ملفان في Nextcloud الخاص بك: {folder}</numerusform>
            <numerusform>حُفظت %n ملفات في Nextcloud الخاص بك: {folder}</numerusform>
            <numerusform>حُفظ %n ملفًا في Nextcloud الخاص بك: {folder}</numerusform>
            <numerusform>حُفظ %n ملف في Nextcloud الخاص بك: {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="245"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="250"/>
        <source>Saving file {index} of {count}…</source>
        <translation>جارٍ حفظ الملف {index} من {count}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="259"/>
        <source>%n result file(s) saved automatically in {folder}.</source>
        <translation>
            <numerusform>حُفظ %n ملف من النتائج تلقائيًا في {folder}.</numerusform>
            <numerusform>حُفظ ملف واحد من النتائج تلقائيًا في {folder}.</numerusform>
            <numerusform>حُفظ ملفان من النتائج تلقائيًا في {folder}.</numerusform>
            <numerusform>حُفظت %n ملفات من النتائج تلقائيًا في {folder}.</numerusform>
            <numerusform>حُفظ %n ملفًا من النتائج تلقائيًا في {folder}.</numerusform>
            <numerusform>حُفظ %n ملف من النتائج تلقائيًا في {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="261"/>
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>حُفظ %n ملف في {folder}.</numerusform>
            <numerusform>حُفظ ملف واحد في {folder}.</numerusform>
            <numerusform>حُفظ ملفان في {folder}.</numerusform>
            <numerusform>حُفظت %n ملفات في {folder}.</numerusform>
            <numerusform>حُفظ %n ملفًا في {folder}.</numerusform>
            <numerusform>حُفظ %n ملف في {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="263"/>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="318"/>
        <source>This computer has no application that opens “{name}”. Save it to a folder and open it from there, or install an application for this kind of file.</source>
        <translation>لا يوجد على هذا الحاسوب تطبيق يفتح «{name}». احفظه في مجلد وافتحه من هناك، أو ثبّت تطبيقًا لهذا النوع من الملفات.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="329"/>
        <source>Save to…</source>
        <translation>حفظ في…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_view.py" line="349"/>
        <source>This computer has no file manager to show “{name}”. It is in {folder}.</source>
        <translation>لا يوجد على هذا الحاسوب مدير ملفات لإظهار «{name}». الملف موجود في {folder}.</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="70"/>
        <source>Queued before nctask-desktop was closed; sending it now.</source>
        <translation>كانت في قائمة الانتظار قبل إغلاق nctask-desktop؛ جارٍ إرسالها الآن.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="74"/>
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="78"/>
        <source>Uploading files… {percent} %</source>
        <translation>جارٍ رفع الملفات… {percent} %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="84"/>
        <source>Not sent yet: {reason}</source>
        <translation>لم تُرسَل بعد: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="94"/>
        <location filename="../nctask_desktop/ui/session_panel.py" line="420"/>
        <source>Waiting: the server allows 20 new tasks per 2 minutes.</source>
        <translation>في الانتظار: يسمح الخادم بإرسال 20 مهمة جديدة كل دقيقتين.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="103"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="105"/>
        <source>Paused: sign in again to send it.</source>
        <translation>متوقفة مؤقتًا: أعد تسجيل الدخول لإرسالها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="107"/>
        <source>Cancelled before it was sent.</source>
        <translation>أُلغيت قبل إرسالها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="110"/>
        <source>Not sent: {reason}</source>
        <translation>لم تُرسَل: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="117"/>
        <location filename="../nctask_desktop/ui/session_panel.py" line="137"/>
        <source>Sent.</source>
        <translation>أُرسلت.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="120"/>
        <source>Sent; waiting for the server to start it.</source>
        <translation>أُرسلت؛ في انتظار أن يبدأها الخادم.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="125"/>
        <source>Running… {percent} %</source>
        <translation>قيد التنفيذ… {percent} %</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="128"/>
        <source>Running…</source>
        <translation>قيد التنفيذ…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="130"/>
        <source>Done.</source>
        <translation>اكتملت.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="136"/>
        <source>Cancelled.</source>
        <translation>أُلغيت.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="321"/>
        <source>Sent in this session</source>
        <translation>ما أُرسل في هذه الجلسة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="326"/>
        <source>Tasks you submit appear here while they are sent and run. Their results will also be in the Assistant of your Nextcloud.</source>
        <translation>تظهر هنا المهام التي ترسلها أثناء إرسالها وتنفيذها. وستجد نتائجها أيضًا في تطبيق Assistant على Nextcloud الخاص بك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="341"/>
        <source>Tasks sent in this session</source>
        <translation>المهام المُرسَلة في هذه الجلسة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="345"/>
        <source>Send queue</source>
        <translation>قائمة انتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="349"/>
        <source>Cancel sending</source>
        <translation>إلغاء الإرسال</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="350"/>
        <source>Cancel sending the selected task</source>
        <translation>إلغاء إرسال المهمة المحددة</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="404"/>
        <source>%n task(s) wait for the server to be reachable. They are kept, also if you quit, and sent as soon as it answers.</source>
        <translation>
            <numerusform>%n مهمة في انتظار أن يصبح الوصول إلى الخادم ممكنًا. تبقى محفوظة حتى إن أغلقت التطبيق، وتُرسَل فور أن يستجيب.</numerusform>
            <numerusform>مهمة واحدة في انتظار أن يصبح الوصول إلى الخادم ممكنًا. تبقى محفوظة حتى إن أغلقت التطبيق، وتُرسَل فور أن يستجيب.</numerusform>
            <numerusform>مهمتان في انتظار أن يصبح الوصول إلى الخادم ممكنًا. تبقيان محفوظتين حتى إن أغلقت التطبيق، وتُرسَلان فور أن يستجيب.</numerusform>
            <numerusform>%n مهام في انتظار أن يصبح الوصول إلى الخادم ممكنًا. تبقى محفوظة حتى إن أغلقت التطبيق، وتُرسَل فور أن يستجيب.</numerusform>
            <numerusform>%n مهمة في انتظار أن يصبح الوصول إلى الخادم ممكنًا. تبقى محفوظة حتى إن أغلقت التطبيق، وتُرسَل فور أن يستجيب.</numerusform>
            <numerusform>%n مهمة في انتظار أن يصبح الوصول إلى الخادم ممكنًا. تبقى محفوظة حتى إن أغلقت التطبيق، وتُرسَل فور أن يستجيب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="412"/>
        <source>Sending %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>جارٍ إرسال %n مهمة كانت معلّقة عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
            <numerusform>جارٍ إرسال مهمة واحدة كانت معلّقة عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
            <numerusform>جارٍ إرسال مهمتين كانتا معلّقتين عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
            <numerusform>جارٍ إرسال %n مهام كانت معلّقة عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
            <numerusform>جارٍ إرسال %n مهمة كانت معلّقة عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
            <numerusform>جارٍ إرسال %n مهمة كانت معلّقة عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="424"/>
        <source>%n task(s) in the queue.</source>
        <translation>
            <numerusform>%n مهمة في قائمة الانتظار.</numerusform>
            <numerusform>مهمة واحدة في قائمة الانتظار.</numerusform>
            <numerusform>مهمتان في قائمة الانتظار.</numerusform>
            <numerusform>%n مهام في قائمة الانتظار.</numerusform>
            <numerusform>%n مهمة في قائمة الانتظار.</numerusform>
            <numerusform>%n مهمة في قائمة الانتظار.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="429"/>
        <source>%n task(s) being sent.</source>
        <translation>
            <numerusform>جارٍ إرسال %n مهمة.</numerusform>
            <numerusform>جارٍ إرسال مهمة واحدة.</numerusform>
            <numerusform>جارٍ إرسال مهمتين.</numerusform>
            <numerusform>جارٍ إرسال %n مهام.</numerusform>
            <numerusform>جارٍ إرسال %n مهمة.</numerusform>
            <numerusform>جارٍ إرسال %n مهمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="437"/>
        <source>Sent after the restart: %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>أُرسلت بعد إعادة التشغيل: %n مهمة كانت معلّقة عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
            <numerusform>أُرسلت بعد إعادة التشغيل: مهمة واحدة كانت معلّقة عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
            <numerusform>أُرسلت بعد إعادة التشغيل: مهمتان كانتا معلّقتين عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
            <numerusform>أُرسلت بعد إعادة التشغيل: %n مهام كانت معلّقة عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
            <numerusform>أُرسلت بعد إعادة التشغيل: %n مهمة كانت معلّقة عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
            <numerusform>أُرسلت بعد إعادة التشغيل: %n مهمة كانت معلّقة عند إغلاق nctask-desktop في المرة السابقة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="473"/>
        <source>Deleted.</source>
        <translation>حُذفت.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/session_panel.py" line="475"/>
        <source>The server no longer has this task.</source>
        <translation>لم تعد هذه المهمة موجودة على الخادم.</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>المحاولة التالية بعد %n ثانية.</numerusform>
            <numerusform>المحاولة التالية بعد ثانية واحدة.</numerusform>
            <numerusform>المحاولة التالية بعد ثانيتين.</numerusform>
            <numerusform>المحاولة التالية بعد %n ثوانٍ.</numerusform>
            <numerusform>المحاولة التالية بعد %n ثانية.</numerusform>
            <numerusform>المحاولة التالية بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="52"/>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="56"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="56"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/help_dialogs.py" line="59"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="24"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="25"/>
        <source>Dismiss the message about the history file</source>
        <translation>تجاهل الرسالة المتعلقة بملف سجل المهام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="39"/>
        <source>Your task history on this computer was damaged, so it was set aside and is being read again from your server. Tasks your server no longer keeps (older than about a week) are in the old copy: {path}</source>
        <translation>تلف سجل مهامك على هذا الحاسوب، لذا وُضع جانبًا وتجري قراءته مجددًا من خادمك. المهام التي لم يعد خادمك يحتفظ بها (الأقدم من أسبوع تقريبًا) موجودة في النسخة القديمة: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="45"/>
        <source>Your task history was written by a newer version of nctask-desktop, so it was set aside unchanged and is being read again from your server. Tasks your server no longer keeps (older than about a week) are in the newer version&apos;s copy: {path}</source>
        <translation>كتب سجلَّ مهامك إصدارٌ أحدث من nctask-desktop، لذا وُضع جانبًا دون تغيير وتجري قراءته مجددًا من خادمك. المهام التي لم يعد خادمك يحتفظ بها (الأقدم من أسبوع تقريبًا) موجودة في نسخة الإصدار الأحدث: {path}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="51"/>
        <source>Your task history on this computer could not be opened ({reason}): {path}. Your tasks are read from your server, but nothing is kept after you quit. Check that you may read and write that file and its folder, then start nctask-desktop again.</source>
        <translation>تعذّر فتح سجل مهامك على هذا الحاسوب ({reason}): {path}. تُقرأ مهامك من خادمك، لكن لا يُحفظ أي شيء بعد إغلاق التطبيق. تحقق من أنه يُسمح لك بقراءة ذلك الملف ومجلده والكتابة فيهما، ثم شغّل nctask-desktop مجددًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/store_banner.py" line="55"/>
        <source>Show the file</source>
        <translation>إظهار الملف</translation>
    </message>
</context>
<context>
    <name>TaskChoiceDialog</name>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="78"/>
        <source>Choose a task</source>
        <translation>اختر مهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="82"/>
        <source>Which task should take {name}?</source>
        <translation>ما المهمة التي ستستقبل {name}؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/open_with.py" line="84"/>
        <source>Which task should take these %n files?</source>
        <translation>
            <numerusform>ما المهمة التي ستستقبل هذه الملفات الـ%n؟</numerusform>
            <numerusform>ما المهمة التي ستستقبل هذا الملف؟</numerusform>
            <numerusform>ما المهمة التي ستستقبل هذين الملفين؟</numerusform>
            <numerusform>ما المهمة التي ستستقبل هذه الملفات الـ%n؟</numerusform>
            <numerusform>ما المهمة التي ستستقبل هذه الملفات الـ%n؟</numerusform>
            <numerusform>ما المهمة التي ستستقبل هذه الملفات الـ%n؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/open_with.py" line="89"/>
        <source>Tasks that take the files</source>
        <translation>المهام التي تقبل الملفات</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="124"/>
        <source>Choose a task above to see where it stands and its results.</source>
        <translation>اختر مهمة أعلاه لمعرفة حالتها ونتائجها.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="155"/>
        <source>The task&apos;s input</source>
        <translation>مدخلات المهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="161"/>
        <source>Where the task stands</source>
        <translation>حالة المهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="164"/>
        <source>Progress of the task</source>
        <translation>تقدّم المهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="174"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="181"/>
        <source>Save all</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="182"/>
        <source>Save all results in the download folder</source>
        <translation>حفظ كل النتائج في مجلد التنزيلات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="184"/>
        <source>Save all to…</source>
        <translation>حفظ الكل في…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="186"/>
        <source>Save all results to a folder you choose</source>
        <translation>حفظ كل النتائج في مجلد تختاره</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="189"/>
        <source>Save to Nextcloud…</source>
        <translation>حفظ في Nextcloud…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="191"/>
        <source>Save the results in a folder of your Nextcloud</source>
        <translation>حفظ النتائج في مجلد على Nextcloud الخاص بك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="200"/>
        <source>Saved on this computer</source>
        <translation>محفوظة على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="207"/>
        <source>Input files</source>
        <translation>ملفات الإدخال</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="209"/>
        <source>Show input files</source>
        <translation>عرض ملفات الإدخال</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="210"/>
        <source>Download and show the task&apos;s input files</source>
        <translation>تنزيل ملفات الإدخال الخاصة بالمهمة وعرضها</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="288"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="462"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="536"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="288"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="462"/>
        <location filename="../nctask_desktop/ui/task_details.py" line="537"/>
        <source>Open {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="328"/>
        <source>Submitted {when}</source>
        <translation>أُرسلت {when}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="329"/>
        <source>task {id}</source>
        <translation>المهمة {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="331"/>
        <source>from “{app}”</source>
        <translation>من «{app}»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="341"/>
        <source>Waiting for the server to start it (for {time}).</source>
        <translation>في انتظار أن يبدأها الخادم (منذ {time}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="345"/>
        <source>Running for {time}.</source>
        <translation>قيد التنفيذ منذ {time}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="347"/>
        <source>Running for {time} — {percent}% done.</source>
        <translation>قيد التنفيذ منذ {time} — اكتمل {percent}%.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="355"/>
        <source>Done at {time}.</source>
        <translation>اكتملت في الساعة {time}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="357"/>
        <source>Done at {time}, after {duration}.</source>
        <translation>اكتملت في الساعة {time}، بعد {duration}.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="360"/>
        <source>Done.</source>
        <translation>اكتملت.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="362"/>
        <source>Failed.</source>
        <translation>فشلت.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="364"/>
        <source>Cancelled.</source>
        <translation>أُلغيت.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="372"/>
        <source>Expected to be done around {time} (in {left}).</source>
        <translation>يُتوقع أن تكتمل نحو الساعة {time} (بعد {left}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="375"/>
        <source>It is taking longer than the server expected ({time}).</source>
        <translation>تستغرق وقتًا أطول مما توقعه الخادم ({time}).</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="385"/>
        <source>The server no longer has this task: it removes old tasks after a while, or the task was deleted elsewhere. What you saved on this computer is kept.</source>
        <translation>لم تعد هذه المهمة موجودة على الخادم: فهو يزيل المهام القديمة بعد مدة، أو ربما حُذفت المهمة من مكان آخر. ما حفظته على هذا الحاسوب يبقى محفوظًا.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="393"/>
        <source>Task id: {id}</source>
        <translation>معرّف المهمة: {id}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="399"/>
        <source>Still waiting after {time}. The server may have no worker running: tasks start when its background jobs run. If this stays so, tell the server&apos;s administrator.</source>
        <translation>لا تزال في الانتظار بعد {time}. ربما لا يعمل على الخادم أي عامل معالجة: تبدأ المهام عندما تُنفَّذ أعماله الخلفية. إذا استمر ذلك، فأبلغ مسؤول الخادم.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="458"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="458"/>
        <source>Play {name} in your audio player</source>
        <translation>تشغيل {name} في مشغّل الصوت لديك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="466"/>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="466"/>
        <source>Save {name} to a folder</source>
        <translation>حفظ {name} في مجلد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="478"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="479"/>
        <source>Copy “{name}”</source>
        <translation>نسخ «{name}»</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="488"/>
        <source>Not available while signed out.</source>
        <translation>غير متاح بعد تسجيل الخروج.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="495"/>
        <source>The server no longer has this file.</source>
        <translation>لم يعد هذا الملف موجودًا على الخادم.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="534"/>
        <source>{name} (moved or deleted)</source>
        <translation>{name} (نُقل أو حُذف)</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="540"/>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/task_details.py" line="541"/>
        <source>Show {name} in its folder</source>
        <translation>إظهار {name} في مجلده</translation>
    </message>
</context>
<context>
    <name>TaskTypeModel</name>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="104"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="113"/>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="187"/>
        <source>Characters: {count}</source>
        <translation>عدد الأحرف: {count}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/forms/editors.py" line="193"/>
        <source>This text is longer than {limit} characters. The server may refuse it or cut it short.</source>
        <translation>يتجاوز هذا النص {limit} من الأحرف. قد يرفضه الخادم أو يقتطعه.</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="205"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/result_widgets.py" line="206"/>
        <source>{name}: open it large</source>
        <translation>{name}: عرض بحجم كبير</translation>
    </message>
</context>
<context>
    <name>TypeBrowser</name>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="58"/>
        <source>Text</source>
        <translation>النصوص</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="59"/>
        <source>Translate</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="60"/>
        <source>Image</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="61"/>
        <source>Audio</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="62"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="199"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="200"/>
        <source>Search tasks</source>
        <translation>البحث في المهام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="209"/>
        <source>Refresh the list of tasks ({key})</source>
        <translation>تحديث قائمة المهام ({key})</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="215"/>
        <source>Refresh the list of tasks</source>
        <translation>تحديث قائمة المهام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="234"/>
        <source>Task types</source>
        <translation>أنواع المهام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="245"/>
        <location filename="../nctask_desktop/ui/type_browser.py" line="246"/>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="255"/>
        <source>No task matches your search.</source>
        <translation>لا توجد مهمة تطابق بحثك.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="273"/>
        <source>This server offers no AI tasks yet.</source>
        <translation>لا يوفّر هذا الخادم أي مهام ذكاء اصطناعي بعد.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/type_browser.py" line="275"/>
        <source>Ask the administrator to install the Assistant app and an AI provider (for example a local language model).</source>
        <translation>اطلب من المسؤول تثبيت تطبيق Assistant ومزوّد ذكاء اصطناعي (مثل نموذج لغوي محلي).</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="92"/>
        <source>Record a message</source>
        <translation>تسجيل رسالة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="93"/>
        <source>Use this recording</source>
        <translation>استخدام هذا التسجيل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="110"/>
        <source>Turning your recording into text…</source>
        <translation>جارٍ تحويل تسجيلك إلى نص…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="110"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="112"/>
        <source>Stop turning the recording into text</source>
        <translation>إيقاف تحويل التسجيل إلى نص</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="128"/>
        <source>Your recording is in the message box as text. Check it, then send it.</source>
        <translation>أصبح تسجيلك نصًا في مربع الرسالة. راجعه، ثم أرسله.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="154"/>
        <source>The recording could not be sent: {reason}</source>
        <translation>تعذّر إرسال التسجيل: {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="176"/>
        <source>The recording could not be turned into text. {reason}</source>
        <translation>تعذّر تحويل التسجيل إلى نص. {reason}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/chat_voice.py" line="185"/>
        <source>No words were heard in the recording.</source>
        <translation>لم يُتعرَّف على أي كلام في التسجيل.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="35"/>
        <source>Welcome to {app}</source>
        <translation>مرحبًا بك في {app}</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="41"/>
        <source>Use the AI features of your own Nextcloud from your desktop: write and summarise text, translate, create images, transcribe recordings — with your own files, on your own server.</source>
        <translation>استخدم ميزات الذكاء الاصطناعي في Nextcloud الخاص بك من سطح المكتب: اكتب النصوص ولخّصها، وترجِم، وأنشئ الصور، وحوّل التسجيلات الصوتية إلى نص — بملفاتك أنت، وعلى خادمك أنت.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="50"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="51"/>
        <source>Connect to your Nextcloud</source>
        <translation>الاتصال بخادم Nextcloud الخاص بك</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="59"/>
        <source>You sign in through your browser; this app gets its own app password, which you can revoke in your Nextcloud at any time. It needs Nextcloud 30 or newer.</source>
        <translation>تسجّل الدخول عبر متصفحك؛ ويحصل هذا التطبيق على كلمة مرور تطبيق خاصة به، يمكنك إبطالها في Nextcloud الخاص بك في أي وقت. يتطلب ذلك Nextcloud 30 أو أحدث.</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="66"/>
        <location filename="../nctask_desktop/ui/welcome.py" line="67"/>
        <source>Try it without an account</source>
        <translation>جرّبه دون حساب</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/welcome.py" line="73"/>
        <source>Starts a simulated Nextcloud on this computer, so you can try every feature. Nothing is sent anywhere; the results are examples, and the demo forgets its tasks when you quit.</source>
        <translation>يشغّل Nextcloud مُحاكى على هذا الحاسوب، لتتمكن من تجربة كل الميزات. لا يُرسَل أي شيء إلى أي مكان؛ النتائج مجرد أمثلة، وينسى العرض التجريبي مهامه عند إغلاق التطبيق.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../nctask_desktop/ui/widgets.py" line="128"/>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="57"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="58"/>
        <source>&amp;Add account…</source>
        <translation>إضافة &amp;حساب…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="60"/>
        <source>S&amp;witch account</source>
        <translation>ت&amp;بديل الحساب</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="62"/>
        <source>&amp;Sign out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="64"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="68"/>
        <source>&amp;Quick text…</source>
        <translation>النص ال&amp;سريع…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="72"/>
        <source>Summarise, translate or ask about the text in the clipboard</source>
        <translation>تلخيص النص الموجود في الحافظة أو ترجمته أو السؤال عنه</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="74"/>
        <source>Run on &amp;many files…</source>
        <translation>تنفيذ على &amp;عدة ملفات…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="75"/>
        <source>One task per file, the other inputs filled once</source>
        <translation>مهمة لكل ملف، مع ملء المدخلات الأخرى مرة واحدة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="86"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="88"/>
        <source>&amp;Refresh task list</source>
        <translation>&amp;تحديث قائمة المهام</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="93"/>
        <source>&amp;Find a task</source>
        <translation>&amp;بحث عن مهمة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="97"/>
        <source>&amp;New task</source>
        <translation>مهمة &amp;جديدة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="99"/>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="100"/>
        <source>&amp;Chat</source>
        <translation>ال&amp;دردشة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="106"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="108"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="112"/>
        <source>Open the &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="114"/>
        <source>&amp;Report a problem…</source>
        <translation>الإ&amp;بلاغ عن مشكلة…</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="117"/>
        <source>Write one zip file with the logs and settings, to attach to a problem report</source>
        <translation>إنشاء ملف zip واحد يضم السجلات والإعدادات، لإرفاقه ببلاغ عن مشكلة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="119"/>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="145"/>
        <source>Open the context menu</source>
        <translation>فتح القائمة السياقية</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="145"/>
        <source>Menu key, or Shift+F10</source>
        <translation>مفتاح القائمة، أو Shift+F10</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="146"/>
        <source>Next or previous control</source>
        <translation>العنصر التالي أو السابق</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/window_menus.py" line="146"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="43"/>
        <source>New task, history or chat</source>
        <translation>مهمة جديدة أو السجل أو الدردشة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="47"/>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="57"/>
        <location filename="../nctask_desktop/ui/work_page.py" line="105"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../nctask_desktop/ui/work_page.py" line="60"/>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/work_page.py" line="105"/>
        <source>History (%n running)</source>
        <translation>
            <numerusform>السجل (%n قيد التنفيذ)</numerusform>
            <numerusform>السجل (%n قيد التنفيذ)</numerusform>
            <numerusform>السجل (%n قيد التنفيذ)</numerusform>
            <numerusform>السجل (%n قيد التنفيذ)</numerusform>
            <numerusform>السجل (%n قيد التنفيذ)</numerusform>
            <numerusform>السجل (%n قيد التنفيذ)</numerusform>
        </translation>
    </message>
</context>
</TS>
