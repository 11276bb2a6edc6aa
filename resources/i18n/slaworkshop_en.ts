<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>CompareDialog</name>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n change</numerusform>
        <numerusform>%n changes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Counts</name>
    <message numerus="yes">
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n month</numerusform>
        <numerusform>%n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n month(s) later</source>
      <translation>
        <numerusform>%n month later</numerusform>
        <numerusform>%n months later</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExcelActions</name>
    <message numerus="yes">
      <source>%Ln new value(s)</source>
      <translation>
        <numerusform>%Ln new value</numerusform>
        <numerusform>%Ln new values</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln changed value(s)</source>
      <translation>
        <numerusform>%Ln changed value</numerusform>
        <numerusform>%Ln changed values</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <source>%Ln new</source>
      <translation>
        <numerusform>%Ln new</numerusform>
        <numerusform>%Ln new</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln changed</source>
      <translation>
        <numerusform>%Ln changed</numerusform>
        <numerusform>%Ln changed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln unchanged</source>
      <translation>
        <numerusform>%Ln unchanged</numerusform>
        <numerusform>%Ln unchanged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln ignored</source>
      <translation>
        <numerusform>%Ln ignored</numerusform>
        <numerusform>%Ln ignored</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln error(s)</source>
      <translation>
        <numerusform>%Ln error</numerusform>
        <numerusform>%Ln errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Layout: %1 · %Ln row(s) read</source>
      <translation>
        <numerusform>Layout: %1 · %Ln row read</numerusform>
        <numerusform>Layout: %1 · %Ln rows read</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ObjectivePage</name>
    <message numerus="yes">
      <source>That takes &lt;b&gt;%1 new customers&lt;/b&gt; in %n month(s) from marketing leads — about %3 a month.</source>
      <translation>
        <numerusform>That takes &lt;b&gt;%1 new customers&lt;/b&gt; in %n month from marketing leads — about %3 a month.</numerusform>
        <numerusform>That takes &lt;b&gt;%1 new customers&lt;/b&gt; in %n months from marketing leads — about %3 a month.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PresenterWindow</name>
    <message numerus="yes">
      <source>%1 of the revenue from marketing leads: %Ln customer(s) × %3 = %4.</source>
      <translation>
        <numerusform>%1 of the revenue from marketing leads: %Ln customer × %3 = %4.</numerusform>
        <numerusform>%1 of the revenue from marketing leads: %Ln customers × %3 = %4.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RebenchmarkDialog</name>
    <message numerus="yes">
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln customer</numerusform>
        <numerusform>%Ln customers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n month</numerusform>
        <numerusform>%n months</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message numerus="yes">
      <source>%1 to %2 (%n month(s))</source>
      <translation>
        <numerusform>%1 to %2 (%n month)</numerusform>
        <numerusform>%1 to %2 (%n months)</numerusform>
      </translation>
    </message>
  </context>
</TS>