<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/main_window.py" line="390"/>
        <source>History (%n running)</source>
        <translation>
            <numerusform>History (%n running)</numerusform>
            <numerusform>History (%n running)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="205"/>
        <source>%n result file(s) saved automatically in {folder}.</source>
        <translation>
            <numerusform>%n result file saved automatically in {folder}.</numerusform>
            <numerusform>%n result files saved automatically in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/result_view.py" line="207"/>
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n file saved in {folder}.</numerusform>
            <numerusform>%n files saved in {folder}.</numerusform>
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
