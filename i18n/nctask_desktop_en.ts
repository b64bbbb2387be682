<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SessionPanel</name>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="86"/>
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Next try in %n second.</numerusform>
            <numerusform>Next try in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="390"/>
        <source>%n task(s) in the queue.</source>
        <translation>
            <numerusform>%n task in the queue.</numerusform>
            <numerusform>%n tasks in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../nctask_desktop/ui/session_panel.py" line="395"/>
        <source>%n task(s) being sent.</source>
        <translation>
            <numerusform>%n task being sent.</numerusform>
            <numerusform>%n tasks being sent.</numerusform>
        </translation>
    </message>
</context>
</TS>
