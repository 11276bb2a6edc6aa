<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Funnel chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 month later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 months later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel has no stages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has not been computed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the top of the funnel, with no stage before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were on plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were %2 under target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 rate to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 rate is on plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 rate is %2 under the agreed rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rate needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly targets per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatched: the pipeline the period must begin with, because of the lag between stages — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly targets cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTD target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTD actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected year end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: %1 of the target or better; amber: %2 or better; red: below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report in large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise with re-benchmarked rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new revision for the rest of the period, with conversion rates taken from the actuals so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 created as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: monthly target and actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative against the year&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales &amp; Marketing SLA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month Sales and Marketing present these KPIs together at the company meeting: targets against actuals, the conversion rates between stages, and what each team will change next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts as an MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact from our target market reaches a lead score of {param} (downloads, pricing-page visits, newsletter clicks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing passes on only contacts that meet this definition, with their activity history in the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead-score threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact with a new SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact asks for a meeting or a quote, or Sales accepts an MQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A salesperson makes the first personal contact within {target} business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours to first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average business hours from an SQL&apos;s request to the first personal contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQL has not answered the first contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales makes at least {target} attempts over {param} business days (phone, e-mail, social) before closing the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up attempts per SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average number of contact attempts on SQLs that did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected leads go back to nurturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales decides a lead is not ready to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead returns to Marketing&apos;s nurturing programme with a reason from the agreed list (no budget, wrong timing, no authority, not a fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected leads with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of rejected leads returned to nurturing with a recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly lead quality feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first working day of every month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales reviews the previous month&apos;s MQLs with Marketing and names the sources of the best and the worst leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead quality feedback meetings held in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate to next (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag to next (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last stage is the won customers: it converts to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage “%1” rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage “%1” lag: “%2” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol / custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>varies by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue %1, average deal %2, %3 from marketing leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by %1, target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementList</name>
    <message>
        <source>Agreements in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements yet. Use Agreement ▸ New with the wizard to make the first one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementListModel</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementSession</name>
    <message>
        <source>no agreement is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision has already been signed by some parties. Changing it clears their signatures, and they will have to sign again. Change it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementWizard</name>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop file is open read-only (%1), so the agreement cannot be created in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>The agreement and its parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the agreement, the period it covers, and the departments that sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties — the departments that make and receive commitments (any number):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>the change was not made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages and rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seasonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from and to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement has only one revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two revisions agree on everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomKpisModel</name>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change first month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a month in the form YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Revision %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft fingerprint (final once signed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales and marketing service-level agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement sets the revenue objective for the period, the funnel targets derived from it month by month, the handoff protocols between the parties, the KPIs each party is accountable for, and how the results are reported and reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (replaces revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Revenue objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 the parties commit to new revenue of %2. At an average deal value of %3, and with %4 of new revenue coming from marketing-sourced leads, this takes %5 new customers. Every target in this agreement is derived backwards from that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share from marketing-sourced leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing-sourced revenue at the average deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual target of each stage, its owner and the conversion rate to the next stage. Bar widths are on a logarithmic scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Annual targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 month(s) later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a stage converts one or more months later, the period must start with the pipeline shown: those leads and proposals close within the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly targets follow the agreed seasonality; with the pipeline before the period they add up exactly to the annual targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Handoff protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handoff protocols are agreed in this revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition or trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. KPIs by party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party owns the KPIs below and reports them every month. Conversion rates show early whether the plan works; totals only show it at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Reporting and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI is green at %1 of its target or better, amber from %2, and red below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties review this agreement in %1, re-benchmarking the conversion rates from the actual results so far. A review produces a new revision, signed again; this revision stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (first 16 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing, each party&apos;s representative accepts revision %1 of this agreement as identified by its fingerprint, printed at the foot of every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 month(s) later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorBase</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Import actuals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a month&apos;s KPI actuals from an Excel workbook, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export actuals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the actuals, targets and attainment to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an empty actuals workbook to fill in every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agreement before importing actuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file is open read-only; nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed values (Undo takes them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actuals exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save actuals template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actuals template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <source>Funnel stages and conversion rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From first touch to won customer. Each rate is the share of one stage that reaches the next (2 means 2 %); the lag is how many months that takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last stage is the won customers. Double-click a cell to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActualsCommand</name>
    <message>
        <source>Import actuals from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected ignored name as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this name as another name of the chosen KPI, so that files using it are imported without help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import actuals from &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file is open read-only; nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until the errors are corrected in the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds nothing new; there is nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” as an import name of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTargetsModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change KPI target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpisEditor</name>
    <message>
        <source>Custom KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage&apos;s volume and the conversion between stages are KPIs already; add here what the protocols promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other names in spreadsheets, with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a KPI to edit it, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this target for every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set KPI targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpisPage</name>
    <message>
        <source>KPIs and owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party owns the figures it can move. Stage volumes and conversion rates come from the funnel; protocol KPIs have the targets you set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an owner or a target to change it. A stage&apos;s owner also owns its conversion rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Cannot open the workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be written (no lock file can be made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (process %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is open in another SLA Workshop window%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another SLA Workshop window%2.

Open it read-only here? You can look at everything but change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you do not have permission to change this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select an agreement on the left, or make a new one with Agreement ▸ New with the wizard (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New with the wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SLA Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only: %1. You can look at everything, but nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is signed and sealed, so it is shown read-only. To change it, start a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 has been superseded by a newer revision; it is kept read-only for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear signatures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft “%1”? You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA Workshop files (*.slaw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time SLA Workshop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SLA Workshop %1&lt;/h3&gt;&lt;p&gt;Agree, sign and keep a sales &amp;amp; marketing service-level agreement, offline.&lt;/p&gt;&lt;p&gt;Workshop file: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not something SLA Workshop can open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyTargetsModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline the period must begin with, because of the lags between stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveEditor</name>
    <message>
        <source>Revenue objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of new revenue that marketing-sourced leads must bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change average deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change marketing share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 won customers needed: %2 of new revenue from marketing-sourced leads at %3 per deal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivePage</name>
    <message>
        <source>Revenue objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else is derived backwards from this: revenue → new customers → proposals → qualified leads → leads → visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revenue target for the period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average &amp;deal value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of new revenue from &amp;marketing leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That takes &lt;b&gt;%1 new customers&lt;/b&gt; in %2 months from marketing leads — about %3 a month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departments that agree: each owns stages, KPIs and commitments, and its representative signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc or F5: leave · Ctrl+Z: undo · Ctrl+Y: redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision is signed or the file is read-only: the numbers can be shown but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the revenue from marketing leads: %2 customers × %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change revenue to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change deal value to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the rate of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolCard</name>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new KPI with this name is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage&apos;s volume; its target comes from the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolsEditor</name>
    <message>
        <source>Handoff protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger or definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a protocol to edit it, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolsModel</name>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolsPage</name>
    <message>
        <source>Handoff protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each party promises the other, and the KPI that shows whether it happens. Untick a protocol to leave it out; every word can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each measured protocol creates a KPI with its monthly target; owners and targets can be changed on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RebenchmarkDialog</name>
    <message>
        <source>Revise with re-benchmarked rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-benchmarked rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old target, rest of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-benchmark from the actuals through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period has no month to re-benchmark from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new revision covers %1 to %2 (%3 months). Won so far: %4 customers (%5). Revenue target for the rest of the period: %6 (was %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no months with both stages reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no volume at the first stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measured conversion is above 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conversions were reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps the agreed rate (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision was not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large type for a projector (Ctrl++ / Ctrl+- to zoom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingEditor</name>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI is green at or above the green threshold of its target, amber at or above the amber threshold, red below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where the teams report the KPIs together, e.g. at the monthly company meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM (no review planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reporting cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change review month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a month in the form YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPage</name>
    <message>
        <source>Reporting and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting must be easy or it does not happen. Agree when the KPIs are presented, and the month to re-benchmark the rates from real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting cadence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view the agreement in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amber from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI is green at or above the green share of its target, amber at or above the amber share, and red below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The year of meetings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonalityEditor</name>
    <message>
        <source>Seasonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight per month: a month with weight 10 gets twice the targets of a month with weight 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every month the same weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all months equal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonalityModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seasonality weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change seasonality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here with the mouse, touchpad or pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign above the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a party&apos;s signature on this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export agreement as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export agreement as &amp;DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a document or fingerprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party has signed; revision %1 is sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party has signed. Revision %1 is sealed and can no longer be changed; its fingerprint is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export agreement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export agreement as DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a draft: every page is marked DRAFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Sign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signing revision %1 of this agreement, identified by the fingerprint %2. When every party has signed, the revision is sealed and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the person who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesEditor</name>
    <message>
        <source>Funnel stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the funnel first; the last stage is the won customers. Double-click a cell to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stage below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate to the next stage, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months from this stage to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names of this stage in imported spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last stage is the won customers; it has no rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names of this stage in imported spreadsheets, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change stage owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change stage lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change import aliases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the agreement. Finish creates it as a draft that the parties can still change, then sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingView</name>
    <message>
        <source>Report month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agreement to track it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actuals yet: import a month of actuals to see how the plan is going.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a document or fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that a signed agreement is genuine: its fingerprint must belong to a signed revision in this workshop file, and the stored content must still hash to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (64 digits, or the first 16 as printed on the pages) or a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exported PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a fingerprint or choose a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified. “%1”, revision %2 (%3), is signed and its stored content still matches the fingerprint %4.
Signed by %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{value} must be given as text or an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conversion rate must be more than 0 and at most 1 (100%), got {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revenue target must be more than 0, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average deal value must be more than 0, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marketing share must be more than 0 and at most 1 (100%), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the funnel needs at least one stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already the name of stage {number}; stage names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last stage (won customers) has no conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conversion rate to the next stage is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lag must be a whole number of months from 0 to {max}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last stage has no next stage, so no lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a month in the form YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period must be 1 to {max} months, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seasonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one weight per month is needed: {months} weights, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one month needs a weight above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party {number} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is named twice; party names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a party of this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a three-letter currency code such as EUR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage “{name}” owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a KPI needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already a KPI name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one target per month is needed: {months}, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a handoff protocol needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a KPI of this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amber threshold must be above 0 and at most the green threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report_xlsx</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTD target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTD actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTD attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTD status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected year end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rate needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — monthly report {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage missed its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Delete agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only drafts can be deleted; signed revisions are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
