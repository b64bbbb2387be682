<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchView</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="322"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="323"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="324"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="325"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/batch_view.py" line="328"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/history_panel.py" line="496"/>
        <source>Delete %n task(s)?</source>
        <translation>
            <numerusform>Delete %n task?</numerusform>
            <numerusform>Delete %n tasks?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/presence.py" line="191"/>
        <source>%n file(s) saved</source>
        <translation>
            <numerusform>%n file saved</numerusform>
            <numerusform>%n files saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="244"/>
        <source>%n file(s) saved in your Nextcloud: {folder}</source>
        <translation>
            <numerusform>%n file(s) saved in your Nextcloud: {folder}</numerusform>
            <numerusform>%n file(s) saved in your Nextcloud: {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="259"/>
        <source>%n result file(s) saved automatically in {folder}.</source>
        <translation>
            <numerusform>%n result file saved automatically in {folder}.</numerusform>
            <numerusform>%n result files saved automatically in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="261"/>
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n file saved in {folder}.</numerusform>
            <numerusform>%n files saved in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskChoiceDialog</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/open_with.py" line="84"/>
        <source>Which task should take these %n files?</source>
        <translation>
            <numerusform>Which task should take these %n files?</numerusform>
            <numerusform>Which task should take these %n files?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/work_page.py" line="105"/>
        <source>History (%n running)</source>
        <translation>
            <numerusform>History (%n running)</numerusform>
            <numerusform>History (%n running)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>%n of them failed.</source>
        <translation>
            <numerusform>%n of them failed.</numerusform>
            <numerusform>%n of them failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished</source>
        <translation>
            <numerusform>%n task finished</numerusform>
            <numerusform>%n tasks finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n task running</numerusform>
            <numerusform>%n tasks running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitPrompt</name>
    <message numerus="yes">
        <source>%n task(s) are still running on your server. Keep nctask-desktop running in the tray to be told when they are done; if you quit, their results are in the History the next time you start it.</source>
        <translation>
            <numerusform>%n task is still running on your server. Keep nctask-desktop running in the tray to be told when it is done; if you quit, its result is in the History the next time you start it.</numerusform>
            <numerusform>%n tasks are still running on your server. Keep nctask-desktop running in the tray to be told when they are done; if you quit, their results are in the History the next time you start it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) you submitted have not reached your server yet. They are kept on this computer and sent the next time you start nctask-desktop.</source>
        <translation>
            <numerusform>%n task you submitted has not reached your server yet. It is kept on this computer and sent the next time you start nctask-desktop.</numerusform>
            <numerusform>%n tasks you submitted have not reached your server yet. They are kept on this computer and sent the next time you start nctask-desktop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message numerus="yes">
        <source>%n task(s) being sent.</source>
        <translation>
            <numerusform>%n task being sent.</numerusform>
            <numerusform>%n tasks being sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) in the queue.</source>
        <translation>
            <numerusform>%n task in the queue.</numerusform>
            <numerusform>%n tasks in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) wait for the server to be reachable. They are kept, also if you quit, and sent as soon as it answers.</source>
        <translation>
            <numerusform>%n task waits for the server to be reachable. It is kept, also if you quit, and sent as soon as the server answers.</numerusform>
            <numerusform>%n tasks wait for the server to be reachable. They are kept, also if you quit, and sent as soon as the server answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Next try in %n second.</numerusform>
            <numerusform>Next try in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>Sending %n task you submitted before nctask-desktop was last closed.</numerusform>
            <numerusform>Sending %n tasks you submitted before nctask-desktop was last closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent after the restart: %n task(s) you submitted before nctask-desktop was last closed.</source>
        <translation>
            <numerusform>Sent after the restart: %n task you submitted before nctask-desktop was last closed.</numerusform>
            <numerusform>Sent after the restart: %n tasks you submitted before nctask-desktop was last closed.</numerusform>
        </translation>
    </message>
</context>
</TS>
