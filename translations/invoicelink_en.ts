<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>il::ui::DecisionActions</name>
    <message numerus="yes">
        <source>Accept the correction of %n line(s). Note (optional):</source>
        <translation>
            <numerusform>Accept the correction of %n line. Note (optional):</numerusform>
            <numerusform>Accept the correction of %n lines. Note (optional):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss the deviation of %n line(s); it stays as it is. Note (optional):</source>
        <translation>
            <numerusform>Dismiss the deviation of %n line; it stays as it is. Note (optional):</numerusform>
            <numerusform>Dismiss the deviation of %n lines; it stays as it is. Note (optional):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) accepted.</source>
        <translation>
            <numerusform>%n line accepted.</numerusform>
            <numerusform>%n lines accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) dismissed.</source>
        <translation>
            <numerusform>%n line dismissed.</numerusform>
            <numerusform>%n lines dismissed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision undone on %n line(s).</source>
        <translation>
            <numerusform>Decision undone on %n line.</numerusform>
            <numerusform>Decision undone on %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note on %n line(s); it goes into every export. Empty removes it:</source>
        <translation>
            <numerusform>Note on %n line; it goes into every export. Empty removes it:</numerusform>
            <numerusform>Note on %n lines; it goes into every export. Empty removes it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>il::ui::TransferLogWindow</name>
    <message numerus="yes">
        <source>%n transfer(s) shown</source>
        <translation>
            <numerusform>%n transfer shown</numerusform>
            <numerusform>%n transfers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transfer(s) to %1.</source>
        <translation>
            <numerusform>Exported %n transfer to %1.</numerusform>
            <numerusform>Exported %n transfers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The transfer log is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>The transfer log is intact: %n row checked.</numerusform>
            <numerusform>The transfer log is intact: %n rows checked.</numerusform>
        </translation>
    </message>
</context>
</TS>
