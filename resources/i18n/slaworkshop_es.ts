<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgreementList</name>
    <message>
        <source>Agreements in this file</source>
        <translation>Acuerdos de este archivo</translation>
    </message>
    <message>
        <source>No agreements yet. Use Agreement ▸ New with the wizard to make the first one.</source>
        <translation>Aún no hay acuerdos. Usa Acuerdo ▸ Nuevo con el asistente para crear el primero.</translation>
    </message>
</context>
<context>
    <name>AgreementListModel</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>AgreementPicker</name>
    <message>
        <source>%1 · %2 · rev. %3 · %4</source>
        <translation>%1 · %2 · rev. %3 · %4</translation>
    </message>
</context>
<context>
    <name>AgreementSession</name>
    <message>
        <source>no agreement is selected</source>
        <translation>no hay ningún acuerdo seleccionado</translation>
    </message>
    <message>
        <source>This revision has already been signed by some parties. Changing it clears their signatures, and they will have to sign again. Change it?</source>
        <translation>Algunas partes ya han firmado esta revisión. Si la cambias, se borrarán sus firmas y tendrán que volver a firmar. ¿Quieres cambiarla?</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate agreement</source>
        <translation>Duplicar acuerdo</translation>
    </message>
</context>
<context>
    <name>AgreementWizard</name>
    <message>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>the workshop file is open read-only (%1), so the agreement cannot be created in it</source>
        <translation>el archivo del taller está abierto en solo lectura (%1), así que no se puede crear el acuerdo en él</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>Crear «%1»</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Sales &amp; Marketing SLA %1</source>
        <translation>SLA de Ventas y Marketing %1</translation>
    </message>
    <message>
        <source>Head of Marketing</source>
        <translation>Responsable de Marketing</translation>
    </message>
    <message>
        <source>Sales Director</source>
        <translation>Director Comercial</translation>
    </message>
    <message>
        <source>Every month Sales and Marketing present these KPIs together at the company meeting: targets against actuals, the conversion rates between stages, and what each team will change next month.</source>
        <translation>Cada mes, Ventas y Marketing presentan juntos estos KPI en la reunión de empresa: objetivos frente a valores reales, las tasas de conversión entre etapas y qué cambiará cada equipo el mes siguiente.</translation>
    </message>
    <message>
        <source>What counts as an MQL</source>
        <translation>Qué es un MQL</translation>
    </message>
    <message>
        <source>A contact from our target market reaches a lead score of {param} (downloads, pricing-page visits, newsletter clicks).</source>
        <translation>Un contacto de nuestro mercado objetivo alcanza una puntuación de lead de {param} (descargas, visitas a la página de precios, clics en boletines).</translation>
    </message>
    <message>
        <source>Marketing passes on only contacts that meet this definition, with their activity history in the CRM.</source>
        <translation>Marketing solo entrega contactos que cumplen esta definición, con su historial de actividad en el CRM.</translation>
    </message>
    <message>
        <source>Lead-score threshold</source>
        <translation>Umbral de puntuación de lead</translation>
    </message>
    <message>
        <source>First contact with a new SQL</source>
        <translation>Primer contacto con un SQL nuevo</translation>
    </message>
    <message>
        <source>A contact asks for a meeting or a quote, or Sales accepts an MQL.</source>
        <translation>Un contacto pide una reunión o un presupuesto, o Ventas acepta un MQL.</translation>
    </message>
    <message>
        <source>A salesperson makes the first personal contact within {target} business hours.</source>
        <translation>Un comercial hace el primer contacto personal en un plazo máximo de {target} horas laborables.</translation>
    </message>
    <message>
        <source>Hours to first contact</source>
        <translation>Horas hasta el primer contacto</translation>
    </message>
    <message>
        <source>Average business hours from an SQL&apos;s request to the first personal contact.</source>
        <translation>Media de horas laborables entre la petición de un SQL y el primer contacto personal.</translation>
    </message>
    <message>
        <source>Follow-up attempts</source>
        <translation>Intentos de seguimiento</translation>
    </message>
    <message>
        <source>An SQL has not answered the first contact.</source>
        <translation>Un SQL no ha respondido al primer contacto.</translation>
    </message>
    <message>
        <source>Sales makes at least {target} attempts over {param} business days (phone, e-mail, social) before closing the sequence.</source>
        <translation>Ventas hace al menos {target} intentos en {param} días laborables (teléfono, correo electrónico, redes sociales) antes de cerrar la secuencia.</translation>
    </message>
    <message>
        <source>Follow-up attempts per SQL</source>
        <translation>Intentos de seguimiento por SQL</translation>
    </message>
    <message>
        <source>Average number of contact attempts on SQLs that did not answer.</source>
        <translation>Media de intentos de contacto con los SQL que no respondieron.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Rejected leads go back to nurturing</source>
        <translation>Los leads rechazados vuelven a nutrición</translation>
    </message>
    <message>
        <source>Sales decides a lead is not ready to buy.</source>
        <translation>Ventas decide que un lead no está listo para comprar.</translation>
    </message>
    <message>
        <source>The lead returns to Marketing&apos;s nurturing programme with a reason from the agreed list (no budget, wrong timing, no authority, not a fit).</source>
        <translation>El lead vuelve al programa de nutrición de Marketing con un motivo de la lista acordada (sin presupuesto, mal momento, sin poder de decisión, no encaja).</translation>
    </message>
    <message>
        <source>Rejected leads with a reason</source>
        <translation>Leads rechazados con motivo</translation>
    </message>
    <message>
        <source>Share of rejected leads returned to nurturing with a recorded reason.</source>
        <translation>Porcentaje de leads rechazados que vuelven a nutrición con un motivo registrado.</translation>
    </message>
    <message>
        <source>Monthly lead quality feedback</source>
        <translation>Valoración mensual de la calidad de los leads</translation>
    </message>
    <message>
        <source>The first working day of every month.</source>
        <translation>El primer día laborable de cada mes.</translation>
    </message>
    <message>
        <source>Sales reviews the previous month&apos;s MQLs with Marketing and names the sources of the best and the worst leads.</source>
        <translation>Ventas revisa con Marketing los MQL del mes anterior y señala las fuentes de los mejores y los peores leads.</translation>
    </message>
    <message>
        <source>Feedback meetings held</source>
        <translation>Reuniones de valoración celebradas</translation>
    </message>
    <message>
        <source>Lead quality feedback meetings held in the month.</source>
        <translation>Reuniones de valoración de la calidad de los leads celebradas en el mes.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Rate to next (%)</source>
        <translation>Tasa a la siguiente (%)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Lag to next (months)</source>
        <translation>Desfase a la siguiente (meses)</translation>
    </message>
    <message>
        <source>The last stage is the won customers: it converts to nothing.</source>
        <translation>La última etapa son los clientes ganados: no convierte a ninguna otra.</translation>
    </message>
    <message>
        <source>stage “%1” rate</source>
        <translation>tasa de la etapa «%1»</translation>
    </message>
    <message>
        <source>stage “%1” lag: “%2” is not a whole number</source>
        <translation>desfase de la etapa «%1»: «%2» no es un número entero</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mejor si</translation>
    </message>
    <message>
        <source>Monthly target</source>
        <translation>Objetivo mensual</translation>
    </message>
    <message>
        <source>Over the months</source>
        <translation>A lo largo de los meses</translation>
    </message>
    <message>
        <source>Stage volume</source>
        <translation>Volumen de etapa</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Protocol / custom</source>
        <translation>Protocolo / personalizado</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>varies by month</source>
        <translation>varía según el mes</translation>
    </message>
    <message>
        <source>%1 (from the plan)</source>
        <translation>%1 (del plan)</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nuevo KPI</translation>
    </message>
    <message>
        <source>summed</source>
        <translation>sumado</translation>
    </message>
    <message>
        <source>averaged</source>
        <translation>promediado</translation>
    </message>
    <message>
        <source>a ratio of sums</source>
        <translation>un cociente de sumas</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>money</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>The agreement and its parties</source>
        <translation>El acuerdo y sus partes</translation>
    </message>
    <message>
        <source>Name the agreement, the period it covers, and the departments that sign it.</source>
        <translation>Indica el nombre del acuerdo, el periodo que cubre y los departamentos que lo firman.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>First month:</source>
        <translation>Primer mes:</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>Aña&amp;dir parte</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>&amp;Quitar parte</translation>
    </message>
    <message>
        <source>Parties — the departments that make and receive commitments (any number):</source>
        <translation>Partes — los departamentos que asumen y reciben compromisos (tantos como se quiera):</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>the change was not made</source>
        <translation>no se ha aplicado el cambio</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>What the plan costs: a cost per unit at any stage (per lead, per visit), fixed costs every month and the team&apos;s cost per person (Team tab).</source>
        <translation>Lo que cuesta el plan: un coste por unidad en cualquier etapa (por lead, por visita), costes fijos cada mes y el coste por persona del equipo (pestaña Equipo).</translation>
    </message>
    <message>
        <source>Fixed costs a month</source>
        <translation>Costes fijos al mes</translation>
    </message>
    <message>
        <source>Add fixed cost</source>
        <translation>Añadir coste fijo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected fixed cost</source>
        <translation>Quitar el coste fijo seleccionado</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margen bruto</translation>
    </message>
    <message>
        <source>The share of revenue left after the cost of what is sold; the ROI uses it</source>
        <translation>La parte de los ingresos que queda tras el coste de lo vendido; el ROI la usa</translation>
    </message>
    <message>
        <source>Spend KPI</source>
        <translation>KPI de gasto</translation>
    </message>
    <message>
        <source>A custom KPI in money where lower is better: the monthly report tracks the actual spend entered for it against the budget</source>
        <translation>Un KPI propio en dinero donde menos es mejor: el informe mensual compara el gasto real anotado en él con el presupuesto</translation>
    </message>
    <message>
        <source>Change gross margin</source>
        <translation>Cambiar el margen bruto</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>margen bruto</translation>
    </message>
    <message>
        <source>Change spend KPI</source>
        <translation>Cambiar el KPI de gasto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>New fixed cost</source>
        <translation>Nuevo coste fijo</translation>
    </message>
    <message>
        <source>Remove fixed cost</source>
        <translation>Quitar coste fijo</translation>
    </message>
</context>
<context>
    <name>CapacityEditor</name>
    <message>
        <source>Team capacity</source>
        <translation>Capacidad del equipo</translation>
    </message>
    <message>
        <source>Who works each stage and how much one person handles a month: the plan works out how many people each month needs. Give a cost per person to count them in the budget.</source>
        <translation>Quién trabaja cada etapa y cuánto atiende una persona al mes: el plan calcula cuántas personas hacen falta cada mes. Indique un coste por persona para contarlas en el presupuesto.</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Añadir puesto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected role</source>
        <translation>Quitar el puesto seleccionado</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo puesto</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Quitar puesto</translation>
    </message>
</context>
<context>
    <name>CapacityModel</name>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Units a person handles a month</source>
        <translation>Unidades que atiende una persona al mes</translation>
    </message>
    <message>
        <source>Cost per person a month</source>
        <translation>Coste por persona al mes</translation>
    </message>
    <message>
        <source>People at peak</source>
        <translation>Personas en el pico</translation>
    </message>
    <message>
        <source>Leave blank to keep this role out of the budget</source>
        <translation>Déjelo en blanco para dejar este puesto fuera del presupuesto</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Renombrar puesto</translation>
    </message>
    <message>
        <source>Change the stage a role works</source>
        <translation>Cambiar la etapa de un puesto</translation>
    </message>
    <message>
        <source>units per person</source>
        <translation>unidades por persona</translation>
    </message>
    <message>
        <source>Change units a person handles</source>
        <translation>Cambiar las unidades por persona</translation>
    </message>
    <message>
        <source>cost per person</source>
        <translation>coste por persona</translation>
    </message>
    <message>
        <source>Change cost per person</source>
        <translation>Cambiar el coste por persona</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Stages and rates</source>
        <translation>Etapas y tasas</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Handoff protocols</source>
        <translation>Protocolos de traspaso</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Segments, team and budget</source>
        <translation>Segmentos, equipo y presupuesto</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>first month</source>
        <translation>primer mes</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>revenue target</source>
        <translation>objetivo de ingresos</translation>
    </message>
    <message>
        <source>average deal value</source>
        <translation>valor medio por venta</translation>
    </message>
    <message>
        <source>marketing share</source>
        <translation>cuota de marketing</translation>
    </message>
    <message>
        <source>seasonality</source>
        <translation>estacionalidad</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>representante</translation>
    </message>
    <message>
        <source>role</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>conversion rate</source>
        <translation>tasa de conversión</translation>
    </message>
    <message>
        <source>lag in months</source>
        <translation>desfase en meses</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>stage order</source>
        <translation>orden de las etapas</translation>
    </message>
    <message>
        <source>won customers</source>
        <translation>clientes ganados</translation>
    </message>
    <message>
        <source>annual target</source>
        <translation>objetivo anual</translation>
    </message>
    <message>
        <source>monthly targets</source>
        <translation>objetivos mensuales</translation>
    </message>
    <message>
        <source>from and to</source>
        <translation>origen y destino</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definición</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>objetivo del KPI</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>better when</source>
        <translation>mejor cuando</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>reporting cadence</source>
        <translation>calendario de informes</translation>
    </message>
    <message>
        <source>review month</source>
        <translation>mes de revisión</translation>
    </message>
    <message>
        <source>green threshold</source>
        <translation>umbral verde</translation>
    </message>
    <message>
        <source>amber threshold</source>
        <translation>umbral ámbar</translation>
    </message>
    <message>
        <source>share</source>
        <translation>cuota</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>units per person a month</source>
        <translation>unidades por persona al mes</translation>
    </message>
    <message>
        <source>cost per person a month</source>
        <translation>coste por persona al mes</translation>
    </message>
    <message>
        <source>cost per unit</source>
        <translation>coste por unidad</translation>
    </message>
    <message>
        <source>fixed cost a month</source>
        <translation>coste fijo al mes</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>margen bruto</translation>
    </message>
    <message>
        <source>spend KPI</source>
        <translation>KPI de gasto</translation>
    </message>
    <message>
        <source>annual budget</source>
        <translation>presupuesto anual</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(no existía)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare revisions</source>
        <translation>Comparar revisiones</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>Revisión %1 (%2)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>This agreement has only one revision.</source>
        <translation>Este acuerdo solo tiene una revisión.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Elige dos revisiones distintas.</translation>
    </message>
    <message>
        <source>The two revisions agree on everything.</source>
        <translation>Las dos revisiones coinciden en todo.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) later</source>
        <translation>
            <numerusform>%n mes después</numerusform>
            <numerusform>%n meses después</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomKpisModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Funnel against the plan</source>
        <translation>Embudo frente al plan</translation>
    </message>
    <message>
        <source>No agreement is selected.</source>
        <translation>No hay ningún acuerdo seleccionado.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>Funnel against the plan, %1</source>
        <translation>Embudo frente al plan, %1</translation>
    </message>
    <message>
        <source>Funnel against the plan, year to date through %1</source>
        <translation>Embudo frente al plan, acumulado del año hasta %1</translation>
    </message>
    <message>
        <source>no data (target %1)</source>
        <translation>sin datos (objetivo %1)</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 de %2 · %3</translation>
    </message>
    <message>
        <source>↓ no data (agreed %1)</source>
        <translation>↓ sin datos (acordado %1)</translation>
    </message>
    <message>
        <source>↓ %1 (agreed %2)</source>
        <translation>↓ %1 (acordado %2)</translation>
    </message>
    <message>
        <source>the handoff from %1&apos;s %2 to %3&apos;s %4</source>
        <translation>el paso de los %2 de %1 a los %4 de %3</translation>
    </message>
    <message>
        <source>within %1, from %2 to %3</source>
        <translation>dentro de %1, de %2 a %3</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>◀ Leak</source>
        <translation>◀ Fuga</translation>
    </message>
    <message>
        <source>◀ Leak: %1</source>
        <translation>◀ Fuga: %1</translation>
    </message>
    <message>
        <source>%1 at %2 against %3: %4</source>
        <translation>%1 al %2 frente al %3: %4</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; %2 %3 short year to date.</source>
        <translation>%1; faltan %2 %3 en el acumulado del año.</translation>
    </message>
    <message>
        <source>No conversion to compare yet: import the month&apos;s actuals.</source>
        <translation>Aún no hay conversiones que comparar: importe los datos reales del mes.</translation>
    </message>
    <message>
        <source>No conversion is below amber: the funnel holds.</source>
        <translation>Ninguna conversión está por debajo del ámbar: el embudo aguanta.</translation>
    </message>
    <message>
        <source>Year to date: no data</source>
        <translation>Acumulado del año: sin datos</translation>
    </message>
    <message>
        <source>Year to date: average %1 against %2</source>
        <translation>Acumulado del año: media de %1 frente a %2</translation>
    </message>
    <message>
        <source>Year to date: %1 of %2</source>
        <translation>Acumulado del año: %1 de %2</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>Year end: out of reach (target %1)</source>
        <translation>Fin de año: fuera de alcance (objetivo %1)</translation>
    </message>
    <message>
        <source>Year end: no projection yet (target %1)</source>
        <translation>Fin de año: aún sin proyección (objetivo %1)</translation>
    </message>
    <message>
        <source>Year end: average %1 projected, target %2</source>
        <translation>Fin de año: media proyectada de %1, objetivo %2</translation>
    </message>
    <message>
        <source>Year end: %1 projected, target %2</source>
        <translation>Fin de año: %1 proyectado, objetivo %2</translation>
    </message>
    <message>
        <source>This month: no data</source>
        <translation>Este mes: sin datos</translation>
    </message>
    <message>
        <source>This month: %1 against %2</source>
        <translation>Este mes: %1 frente a %2</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Acumulado del año</translation>
    </message>
    <message>
        <source>%1: the month at a glance, %2</source>
        <translation>%1: el mes de un vistazo, %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>%1: the KPIs of %2</source>
        <translation>%1: los KPI de %2</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Acumulado del año</translation>
    </message>
    <message>
        <source>Monthly meeting</source>
        <translation>Reunión mensual</translation>
    </message>
    <message>
        <source>Full screen, for the meeting (Ctrl+Shift+M)</source>
        <translation>A pantalla completa, para la reunión (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <source>Report month:</source>
        <translation>Mes del informe:</translation>
    </message>
    <message>
        <source>Select an agreement to see its dashboard.</source>
        <translation>Seleccione un acuerdo para ver su panel.</translation>
    </message>
    <message>
        <source>The plan cannot be computed: %1</source>
        <translation>No se puede calcular el plan: %1</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Primer mes</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Cambiar título</translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation>Cambiar organización</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Cambiar moneda</translation>
    </message>
    <message>
        <source>Change first month</source>
        <translation>Cambiar primer mes</translation>
    </message>
    <message>
        <source>Change number of months</source>
        <translation>Cambiar número de meses</translation>
    </message>
    <message>
        <source>first month</source>
        <translation>primer mes</translation>
    </message>
    <message>
        <source>“%1” is not a month in the form YYYY-MM</source>
        <translation>«%1» no es un mes con el formato AAAA-MM</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Revisión %1 · %2</translation>
    </message>
    <message>
        <source>Draft fingerprint (final once signed): %1</source>
        <translation>Huella digital del borrador (definitiva al firmar): %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <source>Sales and marketing service-level agreement</source>
        <translation>Acuerdo de nivel de servicio entre ventas y marketing</translation>
    </message>
    <message>
        <source>This agreement sets the revenue objective for the period, the funnel targets derived from it month by month, the handoff protocols between the parties, the KPIs each party is accountable for, and how the results are reported and reviewed.</source>
        <translation>Este acuerdo fija el objetivo de ingresos del periodo, los objetivos del embudo que se derivan de él mes a mes, los protocolos de traspaso entre las partes, los KPI de los que responde cada parte y cómo se informa de los resultados y se revisan.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation>Borrador, sin firmar</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>%1 (replaces revision %2)</source>
        <translation>%1 (sustituye a la revisión %2)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Mes de revisión</translation>
    </message>
    <message>
        <source>1. Revenue objective</source>
        <translation>1. Objetivo de ingresos</translation>
    </message>
    <message>
        <source>For %1 the parties commit to new revenue of %2. At an average deal value of %3, and with %4 of new revenue coming from marketing-sourced leads, this takes %5 new customers. Every target in this agreement is derived backwards from that number.</source>
        <translation>Para el periodo %1, las partes se comprometen a generar %2 en ingresos nuevos. Con un valor medio por venta de %3 y un %4 de los ingresos nuevos procedente de leads generados por marketing, hacen falta %5 clientes nuevos. Todos los objetivos de este acuerdo se derivan hacia atrás a partir de esa cifra.</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Objetivo de ingresos</translation>
    </message>
    <message>
        <source>Average deal value</source>
        <translation>Valor medio por venta</translation>
    </message>
    <message>
        <source>Share from marketing-sourced leads</source>
        <translation>Cuota procedente de leads de marketing</translation>
    </message>
    <message>
        <source>New customers needed</source>
        <translation>Clientes nuevos necesarios</translation>
    </message>
    <message>
        <source>Marketing-sourced revenue at the average deal value</source>
        <translation>Ingresos de leads de marketing al valor medio por venta</translation>
    </message>
    <message>
        <source>2. The funnel</source>
        <translation>2. El embudo</translation>
    </message>
    <message>
        <source>Annual target of each stage, its owner and the conversion rate to the next stage. Bar widths are on a logarithmic scale.</source>
        <translation>Objetivo anual de cada etapa, su responsable y la tasa de conversión a la etapa siguiente. El ancho de las barras está en escala logarítmica.</translation>
    </message>
    <message>
        <source>3. Annual targets</source>
        <translation>3. Objetivos anuales</translation>
    </message>
    <message>
        <source>same month</source>
        <translation>el mismo mes</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <source>For %1 the parties commit to new revenue of %2. With %3 of new revenue coming from marketing-sourced leads, split into %4 segments each with its own average deal value, this takes %5 new customers. Every target in this agreement is derived backwards from that number.</source>
        <translation>Para %1 las partes se comprometen a unos ingresos nuevos de %2. Con un %3 de los ingresos nuevos procedente de leads generados por marketing, repartido en %4 segmentos, cada uno con su propio valor medio por venta, hacen falta %5 clientes nuevos. Todos los objetivos de este acuerdo se derivan hacia atrás a partir de esa cifra.</translation>
    </message>
    <message>
        <source>Marketing-sourced revenue at the segments&apos; deal values</source>
        <translation>Ingresos de marketing a los valores por venta de cada segmento</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>Objetivo anual</translation>
    </message>
    <message>
        <source>Conversion to next stage</source>
        <translation>Conversión a la etapa siguiente</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Etapa siguiente</translation>
    </message>
    <message>
        <source>Pipeline at start</source>
        <translation>Pipeline inicial</translation>
    </message>
    <message>
        <source>Where a stage converts one or more months later, the period must start with the pipeline shown: those leads and proposals close within the period.</source>
        <translation>Cuando una etapa convierte uno o más meses después, el periodo debe empezar con el pipeline indicado: esos leads y propuestas se cierran dentro del periodo.</translation>
    </message>
    <message>
        <source>Monthly targets</source>
        <translation>Objetivos mensuales</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Before the period</source>
        <translation>Antes del periodo</translation>
    </message>
    <message>
        <source>Monthly targets follow the agreed seasonality; with the pipeline before the period they add up exactly to the annual targets.</source>
        <translation>Los objetivos mensuales siguen la estacionalidad acordada; junto con el pipeline anterior al periodo, suman exactamente los objetivos anuales.</translation>
    </message>
    <message>
        <source>4. Handoff protocols</source>
        <translation>4. Protocolos de traspaso</translation>
    </message>
    <message>
        <source>No handoff protocols are agreed in this revision.</source>
        <translation>En esta revisión no se acuerda ningún protocolo de traspaso.</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>Definition or trigger</source>
        <translation>Definición o desencadenante</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1, objetivo %2</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Medido con</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 in the period</source>
        <translation>%1 en el periodo</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>sin objetivo fijado</translation>
    </message>
    <message>
        <source>%1 every month</source>
        <translation>%1 cada mes</translation>
    </message>
    <message>
        <source>%1 to %2 by month</source>
        <translation>de %1 a %2 según el mes</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>5. KPIs by party</source>
        <translation>5. KPI por parte</translation>
    </message>
    <message>
        <source>Each party owns the KPIs below and reports them every month. Conversion rates show early whether the plan works; totals only show it at the end.</source>
        <translation>Cada parte es responsable de los KPI siguientes e informa de ellos cada mes. Las tasas de conversión muestran pronto si el plan funciona; los totales solo lo muestran al final.</translation>
    </message>
    <message>
        <source>%1 — owner: %2</source>
        <translation>%1 — responsable: %2</translation>
    </message>
    <message>
        <source>Shared KPIs</source>
        <translation>KPI compartidos</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mejor si es</translation>
    </message>
    <message>
        <source>6. Reporting and review</source>
        <translation>6. Informes y revisión</translation>
    </message>
    <message>
        <source>A KPI is green at %1 of its target or better, amber from %2, and red below.</source>
        <translation>Un KPI está en verde si alcanza el %1 de su objetivo o lo supera, en ámbar a partir del %2 y en rojo por debajo.</translation>
    </message>
    <message>
        <source>The parties review this agreement in %1, re-benchmarking the conversion rates from the actual results so far. A review produces a new revision, signed again; this revision stays on record.</source>
        <translation>Las partes revisarán este acuerdo en %1 y recalibrarán las tasas de conversión con los resultados reales obtenidos hasta entonces. La revisión da lugar a una nueva revisión del acuerdo, que se vuelve a firmar; la presente revisión queda registrada.</translation>
    </message>
    <message>
        <source>7. Revision history</source>
        <translation>7. Historial de revisiones</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Fingerprint (first 16 digits)</source>
        <translation>Huella digital (primeros 16 dígitos)</translation>
    </message>
    <message>
        <source>8. Signatures</source>
        <translation>8. Firmas</translation>
    </message>
    <message>
        <source>By signing, each party&apos;s representative accepts revision %1 of this agreement as identified by its fingerprint, printed at the foot of every page.</source>
        <translation>Con su firma, el representante de cada parte acepta la revisión %1 de este acuerdo, identificada por su huella digital, que figura al pie de cada página.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Aún sin firmar</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Fingerprint of revision %1 (SHA-256):</source>
        <translation>Huella digital de la revisión %1 (SHA-256):</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>The revenue objective is split into segments. Each segment has its own average deal value and, where stated, its own conversion rates; its targets are worked out on their own and the agreement&apos;s targets above are their sums.</source>
        <translation>El objetivo de ingresos se reparte entre segmentos. Cada segmento tiene su propio valor medio por venta y, donde se indica, sus propias tasas de conversión; sus objetivos se calculan por separado y los objetivos del acuerdo que aparecen arriba son su suma.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Cuota de ingresos</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Revenue at the deal value</source>
        <translation>Ingresos al valor por venta</translation>
    </message>
    <message>
        <source>Annual targets by segment</source>
        <translation>Objetivos anuales por segmento</translation>
    </message>
    <message>
        <source>Conversion rates of their own</source>
        <translation>Tasas de conversión propias</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Desde la etapa</translation>
    </message>
    <message>
        <source>Segment&apos;s rate</source>
        <translation>Tasa del segmento</translation>
    </message>
    <message>
        <source>Agreement&apos;s rate</source>
        <translation>Tasa del acuerdo</translation>
    </message>
    <message>
        <source>Team capacity</source>
        <translation>Capacidad del equipo</translation>
    </message>
    <message>
        <source>The people each stage&apos;s monthly targets take: a month&apos;s volume divided by what one person handles in a month, rounded up.</source>
        <translation>Las personas que exigen los objetivos mensuales de cada etapa: el volumen del mes dividido entre lo que atiende una persona en un mes, redondeado hacia arriba.</translation>
    </message>
    <message>
        <source>Works on</source>
        <translation>Trabaja en</translation>
    </message>
    <message>
        <source>Per person a month</source>
        <translation>Por persona al mes</translation>
    </message>
    <message>
        <source>Cost per person a month</source>
        <translation>Coste por persona al mes</translation>
    </message>
    <message>
        <source>People at peak</source>
        <translation>Personas en el pico</translation>
    </message>
    <message>
        <source>People needed by month</source>
        <translation>Personas necesarias por mes</translation>
    </message>
    <message>
        <source>%1: in the last months of the period this work serves the next period&apos;s customers, so no one is planned for it here.</source>
        <translation>%1: en los últimos meses del periodo este trabajo sirve a los clientes del periodo siguiente, por lo que aquí no se planifica a nadie para él.</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Presupuesto anual</translation>
    </message>
    <message>
        <source>Cost of acquiring a customer (CAC)</source>
        <translation>Coste de adquisición de un cliente (CAC)</translation>
    </message>
    <message>
        <source>Revenue won at the deal values</source>
        <translation>Ingresos ganados a los valores por venta</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margen bruto</translation>
    </message>
    <message>
        <source>Return on the budget (ROI)</source>
        <translation>Rentabilidad del presupuesto (ROI)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>What the plan costs: the cost of each unit of the costed stages, the fixed monthly costs and the team. ROI is the revenue won times the gross margin, less the budget, over the budget.</source>
        <translation>Lo que cuesta el plan: el coste de cada unidad de las etapas con coste, los costes fijos mensuales y el equipo. El ROI es el ingreso ganado por el margen bruto, menos el presupuesto, dividido entre el presupuesto.</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Coste por unidad</translation>
    </message>
    <message>
        <source>Fixed, a month</source>
        <translation>Fijo, al mes</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costes</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Budget by month</source>
        <translation>Presupuesto por mes</translation>
    </message>
    <message>
        <source>Stage costs</source>
        <translation>Costes de etapas</translation>
    </message>
    <message>
        <source>Fixed costs</source>
        <translation>Costes fijos</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Budget per unit of each stage</source>
        <translation>Presupuesto por unidad de cada etapa</translation>
    </message>
    <message>
        <source>Volume in the period</source>
        <translation>Volumen en el periodo</translation>
    </message>
    <message>
        <source>Budget per unit</source>
        <translation>Presupuesto por unidad</translation>
    </message>
</context>
<context>
    <name>EditorBase</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Import actuals…</source>
        <translation>Importar valores reales…</translation>
    </message>
    <message>
        <source>Export actuals…</source>
        <translation>Exportar valores reales…</translation>
    </message>
    <message>
        <source>Write the actuals, targets and attainment to an Excel workbook</source>
        <translation>Guarda los valores reales, los objetivos y el cumplimiento en un libro de Excel</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Guardar plantilla…</translation>
    </message>
    <message>
        <source>Write an empty actuals workbook to fill in every month</source>
        <translation>Guarda un libro de valores reales vacío para rellenarlo cada mes</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importar valores reales</translation>
    </message>
    <message>
        <source>Import a month&apos;s KPI actuals from an Excel workbook or a CRM&apos;s CSV export, with a preview first</source>
        <translation>Importar los valores reales de un mes desde un libro de Excel o una exportación CSV del CRM, con una vista previa antes</translation>
    </message>
    <message>
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.csv *.tsv);;All files (*)</source>
        <translation>Libros y archivos CSV (*.xlsx *.xlsm *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Select an agreement before importing actuals.</source>
        <translation>Selecciona un acuerdo antes de importar valores reales.</translation>
    </message>
    <message>
        <source>The workshop file is open read-only; nothing can be imported.</source>
        <translation>El archivo del taller está abierto en solo lectura; no se puede importar nada.</translation>
    </message>
    <message>
        <source>Imported %1 and %2 (Undo takes them back).</source>
        <translation>Importados %1 y %2 (Deshacer los retira).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new value(s)</source>
        <translation>
            <numerusform>%Ln valor nuevo</numerusform>
            <numerusform>%Ln valores nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed value(s)</source>
        <translation>
            <numerusform>%Ln valor modificado</numerusform>
            <numerusform>%Ln valores modificados</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export actuals</source>
        <translation>Exportar valores reales</translation>
    </message>
    <message>
        <source>actuals</source>
        <translation>valores reales</translation>
    </message>
    <message>
        <source>Actuals exported to %1</source>
        <translation>Valores reales exportados a %1</translation>
    </message>
    <message>
        <source>Save actuals template</source>
        <translation>Guardar plantilla de valores reales</translation>
    </message>
    <message>
        <source>actuals template</source>
        <translation>plantilla de valores reales</translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation>Plantilla guardada en %1</translation>
    </message>
    <message>
        <source>Cannot write the workbook</source>
        <translation>No se puede escribir el libro</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>FixedCostsModel</name>
    <message>
        <source>Fixed cost</source>
        <translation>Coste fijo</translation>
    </message>
    <message>
        <source>Amount a month</source>
        <translation>Importe al mes</translation>
    </message>
    <message>
        <source>Rename fixed cost</source>
        <translation>Renombrar coste fijo</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>Change fixed cost</source>
        <translation>Cambiar coste fijo</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>%1 a year</source>
        <translation>%1 al año</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Funnel chart</source>
        <translation>Gráfico del embudo</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No agreement is selected.</source>
        <translation>No hay ningún acuerdo seleccionado.</translation>
    </message>
    <message>
        <source>The funnel cannot be drawn: %1</source>
        <translation>No se puede dibujar el embudo: %1</translation>
    </message>
    <message>
        <source>The funnel has no stages yet.</source>
        <translation>El embudo aún no tiene etapas.</translation>
    </message>
    <message>
        <source>The plan has not been computed yet.</source>
        <translation>El plan aún no se ha calculado.</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <source>Funnel stages and conversion rates</source>
        <translation>Etapas del embudo y tasas de conversión</translation>
    </message>
    <message>
        <source>From first touch to won customer. Each rate is the share of one stage that reaches the next (2 means 2 %); the lag is how many months that takes.</source>
        <translation>Del primer contacto al cliente ganado. Cada tasa es el porcentaje de una etapa que llega a la siguiente (2 significa 2 %); el desfase es cuántos meses tarda en hacerlo.</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Añadir etapa</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>The last stage is the won customers. Double-click a cell to change it.</source>
        <translation>La última etapa son los clientes ganados. Haz doble clic en una celda para cambiarla.</translation>
    </message>
</context>
<context>
    <name>ImportActualsCommand</name>
    <message>
        <source>Import actuals from %1</source>
        <translation>Importar valores reales de %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import actuals</source>
        <translation>Importar valores reales</translation>
    </message>
    <message>
        <source>Read the selected unmatched label as:</source>
        <translation>Leer la etiqueta sin correspondencia seleccionada como:</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Read this label as the chosen KPI; Apply remembers it, so that next month&apos;s file is imported without help</source>
        <translation>Leer esta etiqueta como el KPI elegido; Aplicar la recuerda, para que el archivo del mes siguiente se importe sin ayuda</translation>
    </message>
    <message>
        <source>Apply:</source>
        <translation>Aplicar:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Compute the KPI as the average, per month of the first date, of the time between the two dates of each record</source>
        <translation>Calcular el KPI como el promedio, por mes de la primera fecha, del tiempo entre las dos fechas de cada registro</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>No agreement is selected.</source>
        <translation>No hay ningún acuerdo seleccionado.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled; nothing was imported.</source>
        <translation>Se canceló la lectura de %1; no se importó nada.</translation>
    </message>
    <message>
        <source>Import actuals from &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Importar valores reales de &lt;b&gt;%1&lt;/b&gt; en &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>“%1” is read as %2 (remembered when you apply).</source>
        <translation>«%1» se lee como %2 (se recordará al aplicar).</translation>
    </message>
    <message>
        <source>The workshop file is open read-only; nothing can be imported.</source>
        <translation>El archivo del taller está abierto en solo lectura; no se puede importar nada.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>all months</source>
        <translation>todos los meses</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nuevo</numerusform>
            <numerusform>%Ln nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln modificado</numerusform>
            <numerusform>%Ln modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ignored</source>
        <translation>
            <numerusform>%Ln ignorado</numerusform>
            <numerusform>%Ln ignorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message>
        <source>KPIs in rows, months in columns</source>
        <translation>KPI en filas, meses en columnas</translation>
    </message>
    <message>
        <source>a table of month, KPI and value</source>
        <translation>una tabla de mes, KPI y valor</translation>
    </message>
    <message>
        <source>a summary report (date, stage, count)</source>
        <translation>un informe resumido (fecha, etapa, recuento)</translation>
    </message>
    <message>
        <source>one row per record, a date per stage</source>
        <translation>una fila por registro, una fecha por etapa</translation>
    </message>
    <message numerus="yes">
        <source>Layout: %1 · %Ln row(s) read</source>
        <translation>
            <numerusform>Disposición: %1 · %Ln fila leída</numerusform>
            <numerusform>Disposición: %1 · %Ln filas leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until the errors are corrected in the workbook.</source>
        <translation>No se puede importar nada hasta que se corrijan los errores en el libro.</translation>
    </message>
    <message>
        <source>The workbook holds nothing new; there is nothing to apply.</source>
        <translation>El libro no contiene nada nuevo; no hay nada que aplicar.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>↓ would go down</source>
        <translation>↓ bajaría</translation>
    </message>
</context>
<context>
    <name>KpiBoard</name>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
</context>
<context>
    <name>KpiTargetsModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Change KPI target</source>
        <translation>Cambiar objetivo del KPI</translation>
    </message>
</context>
<context>
    <name>KpisEditor</name>
    <message>
        <source>Custom KPIs</source>
        <translation>KPI personalizados</translation>
    </message>
    <message>
        <source>Each stage&apos;s volume and the conversion between stages are KPIs already; add here what the protocols promise.</source>
        <translation>El volumen de cada etapa y la conversión entre etapas ya son KPI; añade aquí los compromisos de los protocolos.</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Añadir KPI</translation>
    </message>
    <message>
        <source>Remove the selected KPI</source>
        <translation>Eliminar el KPI seleccionado</translation>
    </message>
    <message>
        <source>How the months add up in the year to date and the projection: summed (leads, revenue) or averaged (hours to first contact, attempts per SQL)</source>
        <translation>Cómo se acumulan los meses en el año hasta la fecha y la proyección: sumados (leads, ingresos) o promediados (horas hasta el primer contacto, intentos por SQL)</translation>
    </message>
    <message>
        <source>other names in spreadsheets, with commas</source>
        <translation>otros nombres en las hojas de cálculo, separados por comas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Import aliases</source>
        <translation>Alias de importación</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Over the months</source>
        <translation>A lo largo de los meses</translation>
    </message>
    <message>
        <source>Select a KPI to edit it, or add one.</source>
        <translation>Selecciona un KPI para editarlo o añade uno.</translation>
    </message>
    <message>
        <source>Monthly targets</source>
        <translation>Objetivos mensuales</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Todos los meses</translation>
    </message>
    <message>
        <source>Set this target for every month</source>
        <translation>Aplicar este objetivo a todos los meses</translation>
    </message>
    <message>
        <source>Change KPI</source>
        <translation>Modificar KPI</translation>
    </message>
    <message>
        <source>summed</source>
        <translation>sumado</translation>
    </message>
    <message>
        <source>averaged</source>
        <translation>promediado</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nuevo KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Eliminar KPI</translation>
    </message>
    <message>
        <source>Set KPI targets</source>
        <translation>Fijar objetivos del KPI</translation>
    </message>
</context>
<context>
    <name>KpisPage</name>
    <message>
        <source>KPIs and owners</source>
        <translation>KPI y responsables</translation>
    </message>
    <message>
        <source>Each party owns the figures it can move. Stage volumes and conversion rates come from the funnel; protocol KPIs have the targets you set.</source>
        <translation>Cada parte es responsable de las cifras en las que puede influir. Los volúmenes de las etapas y las tasas de conversión salen del embudo; los KPI de los protocolos tienen los objetivos que fijes.</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>&amp;Add KPI</source>
        <translation>Aña&amp;dir KPI</translation>
    </message>
    <message>
        <source>&amp;Remove KPI</source>
        <translation>&amp;Quitar KPI</translation>
    </message>
    <message>
        <source>Double-click an owner or a target to change it. A stage&apos;s owner also owns its conversion rate.</source>
        <translation>Haz doble clic en un responsable o en un objetivo para cambiarlo. El responsable de una etapa también lo es de su tasa de conversión.</translation>
    </message>
</context>
<context>
    <name>LargeReport</name>
    <message>
        <source>This month: %1 of the target.</source>
        <translation>Este mes: %1 del objetivo.</translation>
    </message>
    <message>
        <source>Year to date: %1 against a target of %2 (%3).</source>
        <translation>En lo que va de año: %1 frente a un objetivo de %2 (%3).</translation>
    </message>
    <message>
        <source>Projected year end: %1; year target %2.</source>
        <translation>Proyección a fin de año: %1; objetivo anual %2.</translation>
    </message>
    <message>
        <source>Needed each remaining month to reach it: %1.</source>
        <translation>Necesario en cada mes que queda para alcanzarlo: %1.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Semáforo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>At this pace</source>
        <translation>A este ritmo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Click a KPI for its details. “At this pace”: where the year ends if every month goes like the months so far, against the year&apos;s target.</source>
        <translation>Haga clic en un KPI para ver sus detalles. «A este ritmo»: dónde acaba el año si cada mes va como los meses hasta ahora, frente al objetivo anual.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Cannot open the workshop file</source>
        <translation>No se puede abrir el archivo del taller</translation>
    </message>
    <message>
        <source>the folder cannot be written (no lock file can be made)</source>
        <translation>no se puede escribir en la carpeta (no se puede crear el archivo de bloqueo)</translation>
    </message>
    <message>
        <source> (process %1 on %2)</source>
        <translation> (proceso %1 en %2)</translation>
    </message>
    <message>
        <source>the file is open in another SLA Workshop window%1</source>
        <translation>el archivo está abierto en otra ventana de SLA Workshop%1</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Archivo en uso</translation>
    </message>
    <message>
        <source>%1 is already open in another SLA Workshop window%2.

Open it read-only here? You can look at everything but change nothing.</source>
        <translation>%1 ya está abierto en otra ventana de SLA Workshop%2.

¿Abrirlo aquí en solo lectura? Podrás verlo todo, pero no cambiar nada.</translation>
    </message>
    <message>
        <source>you do not have permission to change this file</source>
        <translation>no tienes permiso para modificar este archivo</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>abierto en solo lectura</translation>
    </message>
    <message>
        <source>The file is in use by another program; waiting… (%1 s)</source>
        <translation>Otro programa está usando el archivo; esperando… (%1 s)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The agreement shown (View ▸ Agreement list, F9, shows them all)</source>
        <translation>El acuerdo mostrado (Ver ▸ Lista de acuerdos, F9, los muestra todos)</translation>
    </message>
    <message>
        <source>Select an agreement on the left, or make a new one with Agreement ▸ New with the wizard (Ctrl+N).</source>
        <translation>Selecciona un acuerdo a la izquierda o crea uno nuevo con Acuerdo ▸ Nuevo con el asistente (Ctrl+N).</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Seasonality</source>
        <translation>Estacionalidad</translation>
    </message>
    <message>
        <source>Title and period</source>
        <translation>Título y periodo</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Team and budget</source>
        <translation>Equipo y presupuesto</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>¿Y si…?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Handoff protocols</source>
        <translation>Protocolos de traspaso</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Segments and budget</source>
        <translation>Segmentos y presupuesto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New workshop file…</source>
        <translation>Nuevo archivo del taller…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open read-only…</source>
        <translation>Abrir en solo lectura…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>A&amp;cuerdo</translation>
    </message>
    <message>
        <source>New with the wizard…</source>
        <translation>Nuevo con el asistente…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Eliminar borrador…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Agreement list</source>
        <translation>&amp;Lista de acuerdos</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Pestaña anterior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About SLA Workshop</source>
        <translation>Acerca de SLA Workshop</translation>
    </message>
    <message>
        <source>Last change not saved</source>
        <translation>Último cambio sin guardar</translation>
    </message>
    <message>
        <source>The change could not be written to the workshop file, so it was not made:

%1

Everything saved before it is still in the file.</source>
        <translation>No se pudo escribir el cambio en el archivo del taller, así que no se ha hecho:

%1

Todo lo guardado antes sigue en el archivo.</translation>
    </message>
    <message>
        <source>Free some space or reconnect the drive, then make the change again.</source>
        <translation>Libera espacio o vuelve a conectar la unidad y repite el cambio.</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Todos los cambios guardados (%1)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>This file is read-only: %1. You can look at everything, but nothing can be changed.</source>
        <translation>Este archivo es de solo lectura: %1. Puedes consultarlo todo, pero no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Revision %1 is signed and sealed, so it is shown read-only. To change it, start a new revision.</source>
        <translation>La revisión %1 está firmada y sellada, por lo que se muestra en solo lectura. Para cambiarla, inicia una nueva revisión.</translation>
    </message>
    <message>
        <source>Revision %1 has been superseded by a newer revision; it is kept read-only for the record.</source>
        <translation>La revisión %1 ha sido sustituida por una revisión más reciente; se conserva en solo lectura como registro.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Clear signatures?</source>
        <translation>¿Borrar las firmas?</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar el borrador «%1»? Puedes deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>Se ha eliminado «%1»</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Open workshop file</source>
        <translation>Abrir archivo del taller</translation>
    </message>
    <message>
        <source>New workshop file</source>
        <translation>Nuevo archivo del taller</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open.</source>
        <translation>%1 ya existe. Elige otro nombre o ábrelo con Archivo ▸ Abrir.</translation>
    </message>
    <message>
        <source>SLA Workshop files (*.slaw);;All files (*)</source>
        <translation>Archivos de SLA Workshop (*.slaw);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>The language changes the next time SLA Workshop starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie SLA Workshop.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SLA Workshop %1&lt;/h3&gt;&lt;p&gt;Agree, sign and keep a sales &amp;amp; marketing service-level agreement, offline.&lt;/p&gt;&lt;p&gt;Workshop file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SLA Workshop %1&lt;/h3&gt;&lt;p&gt;Acuerda, firma y conserva un acuerdo de nivel de servicio entre ventas y marketing, sin conexión.&lt;/p&gt;&lt;p&gt;Archivo del taller: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is not something SLA Workshop can open.</source>
        <translation>SLA Workshop no puede abrir %1.</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Monthly meeting</source>
        <translation>Reunión mensual</translation>
    </message>
    <message>
        <source>←/→: month · PgDown, Space/PgUp: slides · Esc: leave</source>
        <translation>←/→: mes · AvPág, Espacio/RePág: diapositivas · Esc: salir</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositiva siguiente</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositiva anterior</translation>
    </message>
    <message>
        <source>Leave the meeting</source>
        <translation>Salir de la reunión</translation>
    </message>
    <message>
        <source>No agreement is selected.</source>
        <translation>No hay ningún acuerdo seleccionado.</translation>
    </message>
    <message>
        <source>The plan cannot be computed: %1</source>
        <translation>No se puede calcular el plan: %1</translation>
    </message>
    <message>
        <source>%1: the KPIs of %2</source>
        <translation>%1: los KPI de %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Findings, %1</source>
        <translation>Conclusiones, %1</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Acumulado del año</translation>
    </message>
    <message>
        <source>Further misses:</source>
        <translation>Otros incumplimientos:</translation>
    </message>
    <message>
        <source>%1 · slide %2 of %3</source>
        <translation>%1 · diapositiva %2 de %3</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>Monthly targets per stage</source>
        <translation>Objetivos mensuales por etapa</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hatched: the pipeline the period must begin with, because of the lag between stages — %1.</source>
        <translation>Rayado: la cartera con la que debe empezar el periodo, por el desfase entre etapas — %1.</translation>
    </message>
    <message>
        <source>No agreement is selected.</source>
        <translation>No hay ningún acuerdo seleccionado.</translation>
    </message>
    <message>
        <source>The monthly targets cannot be computed: %1</source>
        <translation>No se pueden calcular los objetivos mensuales: %1</translation>
    </message>
    <message>
        <source>The funnel has no stages yet.</source>
        <translation>El embudo aún no tiene etapas.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>YTD target</source>
        <translation>Objetivo acumulado</translation>
    </message>
    <message>
        <source>YTD actual</source>
        <translation>Real acumulado</translation>
    </message>
    <message>
        <source>YTD</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>Projected year end</source>
        <translation>Proyección a fin de año</translation>
    </message>
    <message>
        <source>Year target</source>
        <translation>Objetivo anual</translation>
    </message>
    <message>
        <source>Run rate needed</source>
        <translation>Ritmo mensual necesario</translation>
    </message>
    <message>
        <source>Spend against the budget (%1)</source>
        <translation>Gasto frente al presupuesto (%1)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Over (+) or under (−)</source>
        <translation>Por encima (+) o por debajo (−)</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>En lo que va de año</translation>
    </message>
    <message>
        <source>%1 of the annual budget of %2 is left.</source>
        <translation>Quedan %1 del presupuesto anual de %2.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3 (%4)</source>
        <translation>%1: %2 frente a un objetivo de %3 (%4)</translation>
    </message>
    <message>
        <source>Met or beat the target</source>
        <translation>Alcanzaron o superaron el objetivo</translation>
    </message>
    <message>
        <source>Missed, and why</source>
        <translation>No alcanzaron el objetivo, y por qué</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No data this month: %1</source>
        <translation>Sin datos este mes: %1</translation>
    </message>
    <message>
        <source>Monthly report, %1</source>
        <translation>Informe mensual, %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>huella digital %1</translation>
    </message>
    <message>
        <source>Green: %1 of the target or better; amber: %2 or better; red: below.</source>
        <translation>Verde: %1 del objetivo o más; ámbar: %2 o más; rojo: por debajo.</translation>
    </message>
    <message>
        <source>Every stage of the funnel met its target this month.</source>
        <translation>Todas las etapas del embudo alcanzaron su objetivo este mes.</translation>
    </message>
</context>
<context>
    <name>MonthlyTargetsModel</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Before start</source>
        <translation>Antes del inicio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pipeline the period must begin with, because of the lags between stages</source>
        <translation>Pipeline con el que debe empezar el periodo, por los desfases entre etapas</translation>
    </message>
</context>
<context>
    <name>ObjectiveEditor</name>
    <message>
        <source>Revenue objective</source>
        <translation>Objetivo de ingresos</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Objetivo de ingresos</translation>
    </message>
    <message>
        <source>Average deal value</source>
        <translation>Valor medio por venta</translation>
    </message>
    <message>
        <source>Marketing share</source>
        <translation>Cuota de marketing</translation>
    </message>
    <message>
        <source>Share of new revenue that marketing-sourced leads must bring</source>
        <translation>Parte de los nuevos ingresos que deben aportar los leads generados por marketing</translation>
    </message>
    <message>
        <source>Change revenue target</source>
        <translation>Cambiar objetivo de ingresos</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <source>Change average deal value</source>
        <translation>Cambiar valor medio por venta</translation>
    </message>
    <message>
        <source>deal value</source>
        <translation>valor por venta</translation>
    </message>
    <message>
        <source>Change marketing share</source>
        <translation>Cambiar cuota de marketing</translation>
    </message>
    <message>
        <source>marketing share</source>
        <translation>cuota de marketing</translation>
    </message>
    <message>
        <source>%1 won customers needed: %2 of new revenue from marketing-sourced leads at %3 per deal.</source>
        <translation>Se necesitan %1 clientes ganados: %2 de los nuevos ingresos procedentes de leads generados por marketing, a %3 por venta.</translation>
    </message>
</context>
<context>
    <name>ObjectivePage</name>
    <message>
        <source>Revenue objective</source>
        <translation>Objetivo de ingresos</translation>
    </message>
    <message>
        <source>Everything else is derived backwards from this: revenue → new customers → proposals → qualified leads → leads → visits.</source>
        <translation>Todo lo demás se calcula hacia atrás a partir de aquí: ingresos → clientes nuevos → propuestas → leads cualificados → leads → visitas.</translation>
    </message>
    <message>
        <source>&amp;Revenue target for the period:</source>
        <translation>&amp;Objetivo de ingresos del periodo:</translation>
    </message>
    <message>
        <source>Average &amp;deal value:</source>
        <translation>&amp;Valor medio por venta:</translation>
    </message>
    <message>
        <source>Share of new revenue from &amp;marketing leads:</source>
        <translation>Cuota de ingresos nuevos de leads de &amp;marketing:</translation>
    </message>
    <message numerus="yes">
        <source>That takes &lt;b&gt;%1 new customers&lt;/b&gt; in %n month(s) from marketing leads — about %3 a month.</source>
        <translation>
            <numerusform>Se necesitan &lt;b&gt;%1 clientes nuevos&lt;/b&gt; en %n mes a partir de leads de marketing: unos %3 al mes.</numerusform>
            <numerusform>Se necesitan &lt;b&gt;%1 clientes nuevos&lt;/b&gt; en %n meses a partir de leads de marketing: unos %3 al mes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>The departments that agree: each owns stages, KPIs and commitments, and its representative signs.</source>
        <translation>Los departamentos que firman el acuerdo: cada uno es responsable de etapas, KPI y compromisos, y su representante firma.</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Añadir parte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected party</source>
        <translation>Quita la parte seleccionada</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Nueva parte</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Quitar parte</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Rename party</source>
        <translation>Renombrar parte</translation>
    </message>
    <message>
        <source>Change party</source>
        <translation>Modificar parte</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>People at the peak: %1</source>
        <translation>Personas en el pico: %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>presupuesto %1</translation>
    </message>
    <message>
        <source>CAC %1</source>
        <translation>CAC %1</translation>
    </message>
    <message>
        <source>ROI %1 %</source>
        <translation>ROI %1 %</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Esc or F5: leave · Ctrl+Z: undo · Ctrl+Y: redo</source>
        <translation>Esc o F5: salir · Ctrl+Z: deshacer · Ctrl+Y: rehacer</translation>
    </message>
    <message>
        <source>What if… (W)</source>
        <translation>¿Y si…? (W)</translation>
    </message>
    <message>
        <source>Conversion rates</source>
        <translation>Tasas de conversión</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Segment shares</source>
        <translation>Reparto por segmento</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Coste por unidad</translation>
    </message>
    <message>
        <source>No agreement is selected</source>
        <translation>No hay ningún acuerdo seleccionado</translation>
    </message>
    <message>
        <source>This revision is signed or the file is read-only: the numbers can be shown but not changed.</source>
        <translation>Esta revisión está firmada o el archivo es de solo lectura: las cifras se pueden mostrar, pero no cambiar.</translation>
    </message>
    <message>
        <source>%1 of the revenue from marketing leads: %2 customers in %3 segments = %4.</source>
        <translation>%1 de los ingresos de leads de marketing: %2 clientes en %3 segmentos = %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the revenue from marketing leads: %Ln customer(s) × %3 = %4.</source>
        <translation>
            <numerusform>%1 de los ingresos de leads de marketing: %Ln cliente × %3 = %4.</numerusform>
            <numerusform>%1 de los ingresos de leads de marketing: %Ln clientes × %3 = %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue objective</source>
        <translation>Objetivo de ingresos</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>People at the peak</source>
        <translation>Personas en el pico</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>Deal value (%1)</source>
        <translation>Valor medio por venta (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (the rest: %2)</source>
        <translation>%1 (el resto: %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change revenue to %1</source>
        <translation>Cambiar ingresos a %1</translation>
    </message>
    <message>
        <source>Change deal value to %1</source>
        <translation>Cambiar valor medio por venta a %1</translation>
    </message>
    <message>
        <source>Change the rate of %1</source>
        <translation>Cambiar la tasa de %1</translation>
    </message>
    <message>
        <source>Change the share of %1</source>
        <translation>Cambiar la parte de %1</translation>
    </message>
    <message>
        <source>Change the cost per unit of %1</source>
        <translation>Cambiar el coste por unidad de %1</translation>
    </message>
</context>
<context>
    <name>ProtocolCard</name>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>a:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Compromiso:</translation>
    </message>
    <message>
        <source>Measured by:</source>
        <translation>Medido con:</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>mejor cuanto menor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mejor cuanto mayor</translation>
    </message>
    <message>
        <source>Monthly target:</source>
        <translation>Objetivo mensual:</translation>
    </message>
    <message>
        <source>A new KPI with this name is created.</source>
        <translation>Se crea un KPI nuevo con este nombre.</translation>
    </message>
    <message>
        <source>the stage&apos;s volume; its target comes from the plan</source>
        <translation>el volumen de la etapa; su objetivo sale del plan</translation>
    </message>
</context>
<context>
    <name>ProtocolsEditor</name>
    <message>
        <source>Handoff protocols</source>
        <translation>Protocolos de traspaso</translation>
    </message>
    <message>
        <source>Add protocol</source>
        <translation>Añadir protocolo</translation>
    </message>
    <message>
        <source>Remove the selected protocol</source>
        <translation>Quitar el protocolo seleccionado</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Trigger or definition</source>
        <translation>Desencadenante o definición</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Measured by KPI</source>
        <translation>Medido con el KPI</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>Objetivo del KPI</translation>
    </message>
    <message>
        <source>Select a protocol to edit it, or add one.</source>
        <translation>Selecciona un protocolo para editarlo o añade uno.</translation>
    </message>
    <message>
        <source>Change protocol</source>
        <translation>Cambiar protocolo</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Nuevo protocolo</translation>
    </message>
    <message>
        <source>Remove protocol</source>
        <translation>Quitar protocolo</translation>
    </message>
</context>
<context>
    <name>ProtocolsModel</name>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
</context>
<context>
    <name>ProtocolsPage</name>
    <message>
        <source>Handoff protocols</source>
        <translation>Protocolos de traspaso</translation>
    </message>
    <message>
        <source>What each party promises the other, and the KPI that shows whether it happens. Untick a protocol to leave it out; every word can be changed.</source>
        <translation>Lo que cada parte promete a la otra y el KPI que muestra si se cumple. Desmarca un protocolo para dejarlo fuera; puedes cambiar cualquier palabra.</translation>
    </message>
    <message>
        <source>Each measured protocol creates a KPI with its monthly target; owners and targets can be changed on the next page.</source>
        <translation>Cada protocolo medido crea un KPI con su objetivo mensual; los responsables y los objetivos se pueden cambiar en la página siguiente.</translation>
    </message>
</context>
<context>
    <name>RebenchmarkDialog</name>
    <message>
        <source>Revise with re-benchmarked rates</source>
        <translation>Revisar con tasas recalibradas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Agreed rate</source>
        <translation>Tasa acordada</translation>
    </message>
    <message>
        <source>Re-benchmarked rate</source>
        <translation>Tasa recalibrada</translation>
    </message>
    <message>
        <source>Old target, rest of period</source>
        <translation>Objetivo anterior, resto del periodo</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Pipeline at start</source>
        <translation>Pipeline inicial</translation>
    </message>
    <message>
        <source>Create the new revision</source>
        <translation>Crear la nueva revisión</translation>
    </message>
    <message>
        <source>Re-benchmark from the actuals through:</source>
        <translation>Recalibrar con los valores reales hasta:</translation>
    </message>
    <message>
        <source>The period has no month to re-benchmark from.</source>
        <translation>El periodo no tiene ningún mes con el que recalibrar.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no months with both stages reported</source>
        <translation>ningún mes con datos de ambas etapas</translation>
    </message>
    <message>
        <source>no volume at the first stage</source>
        <translation>sin volumen en la primera etapa</translation>
    </message>
    <message>
        <source>the measured conversion is above 100 %</source>
        <translation>la conversión medida supera el 100 %</translation>
    </message>
    <message>
        <source>no conversions were reported</source>
        <translation>no se registró ninguna conversión</translation>
    </message>
    <message>
        <source>%1 keeps the agreed rate (%2).</source>
        <translation>%1 mantiene la tasa acordada (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreed&lt;/b&gt; for the whole period: %1 of revenue; %2 of it (%3) from marketing leads, that is %4 at %5 each.</source>
        <translation>&lt;b&gt;Acordado&lt;/b&gt; para todo el periodo: %1 de ingresos; el %2 (%3) de leads de marketing, es decir, %4 a %5 cada uno.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Won&lt;/b&gt; through %1: %2, %3 of revenue from marketing leads. At the %4 share that covers %5 of the revenue target.</source>
        <translation>&lt;b&gt;Ganado&lt;/b&gt; hasta %1: %2, %3 de ingresos de leads de marketing. Con la cuota del %4, eso cubre %5 del objetivo de ingresos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What remains&lt;/b&gt;: %1 − %2 = %3 of revenue for %4 to %5 (%6); %7 of it (%8) from marketing leads, that is %9 more. The new rates below say what each stage must bring for that.</source>
        <translation>&lt;b&gt;Lo que queda&lt;/b&gt;: %1 − %2 = %3 de ingresos de %4 a %5 (%6); el %7 (%8) de leads de marketing, es decir, %9 más. Las nuevas tasas de abajo dicen lo que cada etapa debe aportar para ello.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>The revision was not created</source>
        <translation>No se ha creado la revisión</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Large type</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Large type for a projector (Ctrl++ / Ctrl+- to zoom)</source>
        <translation>Letra grande para proyector (Ctrl++ / Ctrl+- para ampliar o reducir)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export xlsx…</source>
        <translation>Exportar xlsx…</translation>
    </message>
    <message>
        <source>Some columns left out at this width</source>
        <translation>Algunas columnas no caben a este ancho</translation>
    </message>
    <message>
        <source>The status words and the year-to-date target and actual columns do not fit; widen the window to see them. The exported PDF and xlsx have every column.</source>
        <translation>Las columnas de estado y de objetivo y real acumulados no caben; ensancha la ventana para verlas. El PDF y el xlsx exportados tienen todas las columnas.</translation>
    </message>
    <message>
        <source>Report month:</source>
        <translation>Mes del informe:</translation>
    </message>
    <message>
        <source>Select an agreement to see its report.</source>
        <translation>Elige un acuerdo para ver su informe.</translation>
    </message>
    <message>
        <source>The plan cannot be computed: %1</source>
        <translation>No se puede calcular el plan: %1</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report as xlsx</source>
        <translation>Exportar el informe como xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
</context>
<context>
    <name>ReportingEditor</name>
    <message>
        <source>Reporting</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>A KPI is green at or above the green threshold of its target, amber at or above the amber threshold, red below.</source>
        <translation>Un KPI está en verde si alcanza el umbral verde de su objetivo, en ámbar si alcanza el umbral ámbar y en rojo si queda por debajo.</translation>
    </message>
    <message>
        <source>When and where the teams report the KPIs together, e.g. at the monthly company meeting</source>
        <translation>Cuándo y dónde presentan juntos los KPI los equipos, p. ej., en la reunión mensual de empresa</translation>
    </message>
    <message>
        <source>YYYY-MM (no review planned)</source>
        <translation>AAAA-MM (sin revisión prevista)</translation>
    </message>
    <message>
        <source>Green from</source>
        <translation>Verde desde</translation>
    </message>
    <message>
        <source>Amber from</source>
        <translation>Ámbar desde</translation>
    </message>
    <message>
        <source>Reporting cadence</source>
        <translation>Calendario de informes</translation>
    </message>
    <message>
        <source>Review month</source>
        <translation>Mes de revisión</translation>
    </message>
    <message>
        <source>Change thresholds</source>
        <translation>Cambiar umbrales</translation>
    </message>
    <message>
        <source>green threshold</source>
        <translation>umbral verde</translation>
    </message>
    <message>
        <source>amber threshold</source>
        <translation>umbral ámbar</translation>
    </message>
    <message>
        <source>Change reporting cadence</source>
        <translation>Cambiar calendario de informes</translation>
    </message>
    <message>
        <source>Change review month</source>
        <translation>Cambiar mes de revisión</translation>
    </message>
    <message>
        <source>review month</source>
        <translation>mes de revisión</translation>
    </message>
    <message>
        <source>“%1” is not a month in the form YYYY-MM</source>
        <translation>«%1» no es un mes con el formato AAAA-MM</translation>
    </message>
</context>
<context>
    <name>ReportingPage</name>
    <message>
        <source>Reporting and review</source>
        <translation>Informes y revisión</translation>
    </message>
    <message>
        <source>Reporting must be easy or it does not happen. Agree when the KPIs are presented, and the month to re-benchmark the rates from real data.</source>
        <translation>Si informar no es fácil, no se hace. Acuerda cuándo se presentan los KPI y en qué mes se recalibran las tasas con datos reales.</translation>
    </message>
    <message>
        <source>&amp;Reporting cadence:</source>
        <translation>&amp;Calendario de informes:</translation>
    </message>
    <message>
        <source>Re&amp;view the agreement in:</source>
        <translation>&amp;Revisar el acuerdo en:</translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation>&amp;Verde desde:</translation>
    </message>
    <message>
        <source>&amp;Amber from:</source>
        <translation>Á&amp;mbar desde:</translation>
    </message>
    <message>
        <source>A KPI is green at or above the green share of its target, amber at or above the amber share, and red below.</source>
        <translation>Un KPI está en verde si alcanza o supera el porcentaje verde de su objetivo, en ámbar si alcanza o supera el porcentaje ámbar, y en rojo por debajo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The year of meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Las reuniones del año&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No review month</source>
        <translation>Sin mes de revisión</translation>
    </message>
    <message>
        <source>%1: %2 figures</source>
        <translation>%1: cifras de %2</translation>
    </message>
    <message>
        <source>review of the agreement</source>
        <translation>revisión del acuerdo</translation>
    </message>
    <message>
        <source>Review of the agreement: %1</source>
        <translation>Revisión del acuerdo: %1</translation>
    </message>
</context>
<context>
    <name>SeasonalityEditor</name>
    <message>
        <source>Seasonality</source>
        <translation>Estacionalidad</translation>
    </message>
    <message>
        <source>A weight per month: a month with weight 10 gets twice the targets of a month with weight 5.</source>
        <translation>Un peso por mes: un mes con peso 10 recibe el doble de objetivos que un mes con peso 5.</translation>
    </message>
    <message>
        <source>All months equal</source>
        <translation>Todos los meses iguales</translation>
    </message>
    <message>
        <source>Give every month the same weight</source>
        <translation>Da el mismo peso a todos los meses</translation>
    </message>
    <message>
        <source>Make all months equal</source>
        <translation>Igualar todos los meses</translation>
    </message>
</context>
<context>
    <name>SeasonalityModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Share of period</source>
        <translation>Proporción del periodo</translation>
    </message>
    <message>
        <source>seasonality weight</source>
        <translation>peso de estacionalidad</translation>
    </message>
    <message>
        <source>Change seasonality</source>
        <translation>Cambiar estacionalidad</translation>
    </message>
</context>
<context>
    <name>SegmentRatesModel</name>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Rate from %1 to %2</source>
        <translation>Tasa de %1 a %2</translation>
    </message>
    <message>
        <source>The agreement&apos;s rate; type a rate to override it for this segment</source>
        <translation>La tasa del acuerdo; escriba una tasa para sustituirla en este segmento</translation>
    </message>
    <message>
        <source>This segment&apos;s own rate; clear the cell to use the agreement&apos;s</source>
        <translation>La tasa propia de este segmento; vacíe la celda para usar la del acuerdo</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>Change segment rate</source>
        <translation>Cambiar la tasa del segmento</translation>
    </message>
</context>
<context>
    <name>SegmentsEditor</name>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Split the objective into segments (channels, regions, customer sizes). Each gets its share of the revenue and its own deal value; the shares must add up to 100 %. Without segments the plan is one funnel.</source>
        <translation>Divida el objetivo en segmentos (canales, regiones, tamaños de cliente). Cada uno recibe su parte de los ingresos y su propio valor por operación; las partes deben sumar el 100 %. Sin segmentos el plan es un solo embudo.</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Añadir segmento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected segment; its share goes to its neighbour</source>
        <translation>Quitar el segmento seleccionado; su parte pasa al de al lado</translation>
    </message>
    <message>
        <source>Give the rest to the selected segment</source>
        <translation>Dar el resto al segmento seleccionado</translation>
    </message>
    <message>
        <source>Conversion rates per segment</source>
        <translation>Tasas de conversión por segmento</translation>
    </message>
    <message>
        <source>Grey: the agreement&apos;s rate. Type a rate to give a segment its own; clear it to go back to the agreement&apos;s.</source>
        <translation>En gris: la tasa del acuerdo. Escriba una tasa para dar a un segmento la suya; vacíela para volver a la del acuerdo.</translation>
    </message>
    <message>
        <source>No segments: the plan is one funnel.</source>
        <translation>Sin segmentos: el plan es un solo embudo.</translation>
    </message>
    <message>
        <source>The shares add up to 100 %.</source>
        <translation>Las partes suman el 100 %.</translation>
    </message>
    <message>
        <source>The shares add up to %1 %: %2 % left to assign. Nothing is saved until they add up to 100 %.</source>
        <translation>Las partes suman el %1 %: queda un %2 % por asignar. No se guarda nada hasta que sumen el 100 %.</translation>
    </message>
    <message>
        <source>The shares add up to %1 %: %2 % too much. Nothing is saved until they add up to 100 %.</source>
        <translation>Las partes suman el %1 %: sobra un %2 %. No se guarda nada hasta que sumen el 100 %.</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmento %1</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Quitar segmento</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Parte %</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Valor por operación</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Not saved until the shares add up to 100 %</source>
        <translation>No se guarda hasta que las partes sumen el 100 %</translation>
    </message>
    <message>
        <source>The agreement&apos;s average deal value; type a value to give this segment its own</source>
        <translation>El valor medio por operación del acuerdo; escriba un valor para dar a este segmento el suyo</translation>
    </message>
    <message>
        <source>share</source>
        <translation>parte</translation>
    </message>
    <message>
        <source>Change segment shares</source>
        <translation>Cambiar las partes de los segmentos</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Renombrar segmento</translation>
    </message>
    <message>
        <source>deal value</source>
        <translation>valor por operación</translation>
    </message>
    <message>
        <source>Change segment deal value</source>
        <translation>Cambiar el valor por operación del segmento</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Segments (optional)</source>
        <translation>Segmentos (opcional)</translation>
    </message>
    <message>
        <source>Most agreements start with one funnel: leave this off unless the customers buy differently.</source>
        <translation>La mayoría de los acuerdos empiezan con un solo embudo: déjelo desmarcado salvo que los clientes compren de forma distinta.</translation>
    </message>
    <message>
        <source>Small companies inbound and enterprises outbound, or two regions: give each segment its share of the objective and its deal value. Its own conversion rates can be set later in the Segments tab.</source>
        <translation>Pymes por inbound y grandes cuentas por outbound, o dos regiones: dé a cada segmento su parte del objetivo y su valor por operación. Sus propias tasas de conversión pueden fijarse después en la pestaña Segmentos.</translation>
    </message>
    <message>
        <source>&amp;Split the objective into segments</source>
        <translation>&amp;Dividir el objetivo en segmentos</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Parte %</translation>
    </message>
    <message>
        <source>Deal value (blank: the agreement&apos;s)</source>
        <translation>Valor por operación (en blanco: el del acuerdo)</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Añadir segmento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmento %1</translation>
    </message>
    <message>
        <source>%1 % left to assign</source>
        <translation>queda un %1 % por asignar</translation>
    </message>
    <message>
        <source>%1 % too much</source>
        <translation>sobra un %1 %</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmento %1</translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation>parte de %1</translation>
    </message>
    <message>
        <source>%1 deal value</source>
        <translation>valor por operación de %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Next field; previous field</source>
        <translation>Campo siguiente; campo anterior</translation>
    </message>
    <message>
        <source>Tab; Shift+Tab</source>
        <translation>Tab; Mayús+Tab</translation>
    </message>
    <message>
        <source>Edit the cell of a table; confirm; cancel</source>
        <translation>Editar la celda de una tabla; confirmar; cancelar</translation>
    </message>
    <message>
        <source>F2; Enter; Esc</source>
        <translation>F2; Intro; Esc</translation>
    </message>
    <message>
        <source>Next cell while editing a table</source>
        <translation>Celda siguiente mientras se edita una tabla</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Next tab; previous tab</source>
        <translation>Pestaña siguiente; pestaña anterior</translation>
    </message>
    <message>
        <source>Ctrl+PgDown or Ctrl+Tab; Ctrl+PgUp or Ctrl+Shift+Tab</source>
        <translation>Ctrl+AvPág o Ctrl+Tab; Ctrl+RePág o Ctrl+Mayús+Tab</translation>
    </message>
    <message>
        <source>Monthly report: larger or smaller type</source>
        <translation>Informe mensual: letra más grande o más pequeña</translation>
    </message>
    <message>
        <source>Ctrl++; Ctrl+-</source>
        <translation>Ctrl++; Ctrl+-</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Abrir un menú</translation>
    </message>
    <message>
        <source>Alt and the underlined letter</source>
        <translation>Alt y la letra subrayada</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <source>Sign here with the mouse, touchpad or pen</source>
        <translation>Firma aquí con el ratón, el panel táctil o el lápiz</translation>
    </message>
    <message>
        <source>Sign above the line</source>
        <translation>Firma encima de la línea</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>Record a party&apos;s signature on this revision</source>
        <translation>Registrar la firma de una parte en esta revisión</translation>
    </message>
    <message>
        <source>Export agreement as &amp;PDF…</source>
        <translation>Exportar acuerdo como &amp;PDF…</translation>
    </message>
    <message>
        <source>Export agreement as &amp;DOCX…</source>
        <translation>Exportar acuerdo como &amp;DOCX…</translation>
    </message>
    <message>
        <source>&amp;Verify a document or fingerprint…</source>
        <translation>&amp;Verificar un documento o una huella digital…</translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation>&amp;Comparar revisiones…</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>No firmado</translation>
    </message>
    <message>
        <source>Every party has signed; revision %1 is sealed.</source>
        <translation>Todas las partes han firmado; la revisión %1 está sellada.</translation>
    </message>
    <message>
        <source>Agreement sealed</source>
        <translation>Acuerdo sellado</translation>
    </message>
    <message>
        <source>Every party has signed. Revision %1 is sealed and can no longer be changed; its fingerprint is %2.</source>
        <translation>Todas las partes han firmado. La revisión %1 está sellada y ya no se puede cambiar; su huella digital es %2.</translation>
    </message>
    <message>
        <source>%1 signed for %2.</source>
        <translation>%1 ha firmado en nombre de %2.</translation>
    </message>
    <message>
        <source>%1 - revision %2</source>
        <translation>%1 - revisión %2</translation>
    </message>
    <message>
        <source>Export agreement as PDF</source>
        <translation>Exportar acuerdo como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export agreement as DOCX</source>
        <translation>Exportar acuerdo como DOCX</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source> (a draft: every page is marked DRAFT)</source>
        <translation> (borrador: todas las páginas llevan la marca BORRADOR)</translation>
    </message>
    <message>
        <source>Exported to %1%2</source>
        <translation>Exportado a %1%2</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Sign “%1”</source>
        <translation>Firmar «%1»</translation>
    </message>
    <message>
        <source>You are signing revision %1 of this agreement, identified by the fingerprint %2. When every party has signed, the revision is sealed and can no longer be changed.</source>
        <translation>Vas a firmar la revisión %1 de este acuerdo, identificada por la huella digital %2. Cuando todas las partes hayan firmado, la revisión quedará sellada y ya no se podrá modificar.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Already signed: %1</source>
        <translation>Ya han firmado: %1</translation>
    </message>
    <message>
        <source>Nobody has signed yet.</source>
        <translation>Todavía no ha firmado nadie.</translation>
    </message>
    <message>
        <source>Full name of the person who signs</source>
        <translation>Nombre completo de la persona que firma</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Firmante:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Signature (optional):</source>
        <translation>Firma (opcional):</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
</context>
<context>
    <name>StageCostsModel</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Coste por unidad</translation>
    </message>
    <message>
        <source>Volume in the period</source>
        <translation>Volumen en el periodo</translation>
    </message>
    <message>
        <source>Whole budget per unit</source>
        <translation>Presupuesto total por unidad</translation>
    </message>
    <message>
        <source>What one unit of this stage costs (a lead, a visit...); blank: not costed</source>
        <translation>Lo que cuesta una unidad de esta etapa (un lead, una visita...); en blanco: sin coste</translation>
    </message>
    <message>
        <source>cost per unit</source>
        <translation>coste por unidad</translation>
    </message>
    <message>
        <source>Change cost per unit</source>
        <translation>Cambiar el coste por unidad</translation>
    </message>
</context>
<context>
    <name>StagesEditor</name>
    <message>
        <source>Funnel stages</source>
        <translation>Etapas del embudo</translation>
    </message>
    <message>
        <source>Top of the funnel first; the last stage is the won customers. Double-click a cell to change it.</source>
        <translation>Primero la parte alta del embudo; la última etapa son los clientes ganados. Haz doble clic en una celda para cambiarla.</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>Add a stage below the selected one</source>
        <translation>Añade una etapa debajo de la seleccionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected stage</source>
        <translation>Quita la etapa seleccionada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Quitar etapa</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Mover etapa</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tasa %</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Desfase</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Conversion rate to the next stage, in percent</source>
        <translation>Tasa de conversión a la etapa siguiente, en porcentaje</translation>
    </message>
    <message>
        <source>Months from this stage to the next one</source>
        <translation>Meses entre esta etapa y la siguiente</translation>
    </message>
    <message>
        <source>Other names of this stage in imported spreadsheets</source>
        <translation>Otros nombres de esta etapa en las hojas de cálculo importadas</translation>
    </message>
    <message>
        <source>won</source>
        <translation>ganados</translation>
    </message>
    <message>
        <source>The last stage is the won customers; it has no rate.</source>
        <translation>La última etapa son los clientes ganados; no tiene tasa.</translation>
    </message>
    <message>
        <source>Other names of this stage in imported spreadsheets, separated by commas</source>
        <translation>Otros nombres de esta etapa en las hojas de cálculo importadas, separados por comas</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renombrar etapa</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>Change conversion rate</source>
        <translation>Cambiar tasa de conversión</translation>
    </message>
    <message>
        <source>Change stage owner</source>
        <translation>Cambiar responsable de etapa</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>desfase</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of months</source>
        <translation>«%1» no es un número entero de meses</translation>
    </message>
    <message>
        <source>Change stage lag</source>
        <translation>Cambiar desfase de etapa</translation>
    </message>
    <message>
        <source>Change import aliases</source>
        <translation>Cambiar alias de importación</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituido</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Check the agreement. Finish creates it as a draft that the parties can still change, then sign.</source>
        <translation>Revisa el acuerdo. «Finalizar» lo crea como borrador, que las partes aún pueden cambiar antes de firmarlo.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 of the objective, %3 customers</source>
        <translation>%1: %2 del objetivo, %3 clientes</translation>
    </message>
    <message>
        <source>Segments, team and budget</source>
        <translation>Segmentos, equipo y presupuesto</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Revenue objective</source>
        <translation>Objetivo de ingresos</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Al año</translation>
    </message>
    <message>
        <source>To next</source>
        <translation>A la siguiente</translation>
    </message>
    <message>
        <source>Handoff protocols</source>
        <translation>Protocolos de traspaso</translation>
    </message>
    <message>
        <source>KPIs by owner</source>
        <translation>KPI por responsable</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Informes</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>%1 a %2 (%n mes)</numerusform>
            <numerusform>%1 a %2 (%n meses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue %1, average deal %2, %3 from marketing leads.</source>
        <translation>Ingresos: %1; valor medio por venta: %2; %3 procedente de leads de marketing.</translation>
    </message>
    <message>
        <source>+%1 mo</source>
        <translation>+%1 meses</translation>
    </message>
    <message>
        <source>Measured by %1, target %2</source>
        <translation>Se mide con %1, objetivo %2</translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation>Se mide con %1</translation>
    </message>
    <message>
        <source>Review in %1.</source>
        <translation>Revisión en %1.</translation>
    </message>
</context>
<context>
    <name>TeamBudgetModel</name>
    <message>
        <source>Peak / total</source>
        <translation>Pico / total</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>People needed each month: the %1 of the month ÷ %2 a person, rounded up</source>
        <translation>Personas necesarias cada mes: los %1 del mes ÷ %2 por persona, redondeado hacia arriba</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Everyone the plan needs each month; the last column is the largest month</source>
        <translation>Todas las personas que el plan necesita cada mes; la última columna es el mes mayor</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>What each month costs; the last column is the year</source>
        <translation>Lo que cuesta cada mes; la última columna es el año</translation>
    </message>
    <message>
        <source>Per-unit costs</source>
        <translation>Costes por unidad</translation>
    </message>
    <message>
        <source>Fixed costs</source>
        <translation>Costes fijos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>TeamBudgetPage</name>
    <message>
        <source>Team and budget (optional)</source>
        <translation>Equipo y presupuesto (opcional)</translation>
    </message>
    <message>
        <source>How many people the volumes need and what the plan costs. The plan works out the headcount month by month, the budget, the cost per customer and the ROI.</source>
        <translation>Cuántas personas necesitan los volúmenes y cuánto cuesta el plan. El plan calcula la plantilla mes a mes, el presupuesto, el coste por cliente y el ROI.</translation>
    </message>
    <message>
        <source>Plan the &amp;team</source>
        <translation>Planificar el &amp;equipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Units a person handles a month</source>
        <translation>Unidades que atiende una persona al mes</translation>
    </message>
    <message>
        <source>Cost per person a month</source>
        <translation>Coste por persona al mes</translation>
    </message>
    <message>
        <source>Plan a &amp;budget</source>
        <translation>Planificar un &amp;presupuesto</translation>
    </message>
    <message>
        <source>Cost per unit at:</source>
        <translation>Coste por unidad en:</translation>
    </message>
    <message>
        <source>Cost per unit:</source>
        <translation>Coste por unidad:</translation>
    </message>
    <message>
        <source>Gross margin (%):</source>
        <translation>Margen bruto (%):</translation>
    </message>
    <message>
        <source>Fixed costs and more costed stages can be added later in the Budget tab.</source>
        <translation>Los costes fijos y más etapas con coste pueden añadirse después en la pestaña Presupuesto.</translation>
    </message>
    <message>
        <source>units per person</source>
        <translation>unidades por persona</translation>
    </message>
    <message>
        <source>cost per person</source>
        <translation>coste por persona</translation>
    </message>
    <message>
        <source>cost per unit</source>
        <translation>coste por unidad</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>margen bruto</translation>
    </message>
</context>
<context>
    <name>TeamBudgetTable</name>
    <message>
        <source>No team or budget yet: add roles in the Team tab and costs in the Budget tab to see the people and money each month takes.</source>
        <translation>Aún no hay equipo ni presupuesto: añada puestos en la pestaña Equipo y costes en la pestaña Presupuesto para ver las personas y el dinero que requiere cada mes.</translation>
    </message>
    <message>
        <source>%1: no one is needed in the last months, because that stage&apos;s work then would serve the closes of the next period.</source>
        <translation>%1: no hace falta nadie en los últimos meses, porque el trabajo de esa etapa entonces serviría a los cierres del periodo siguiente.</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>on target</source>
        <translation>en objetivo</translation>
    </message>
    <message>
        <source>close</source>
        <translation>cerca</translation>
    </message>
    <message>
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>out of reach</source>
        <translation>inalcanzable</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>it is the top of the funnel, with no stage before it</source>
        <translation>es la parte superior del embudo, sin ninguna etapa anterior</translation>
    </message>
    <message>
        <source>no data for %1</source>
        <translation>sin datos de %1</translation>
    </message>
    <message>
        <source>%1 were on plan</source>
        <translation>el volumen de %1 se ajustó al plan</translation>
    </message>
    <message>
        <source>%1 were %2 under target</source>
        <translation>el volumen de %1 quedó un %2 por debajo del objetivo</translation>
    </message>
    <message>
        <source>no %1 rate to compare</source>
        <translation>no hay tasa %1 con la que comparar</translation>
    </message>
    <message>
        <source>the %1 rate is on plan</source>
        <translation>la tasa %1 se ajusta al plan</translation>
    </message>
    <message>
        <source>the %1 rate is %2 under the agreed rate</source>
        <translation>la tasa %1 está un %2 por debajo de la acordada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 under</source>
        <translation>%1 un %2 por debajo</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>TrackingActions</name>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Informe mensual</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Monthly report in large type</source>
        <translation>Informe mensual en letra grande</translation>
    </message>
    <message>
        <source>Monthly meeting</source>
        <translation>Reunión mensual</translation>
    </message>
    <message>
        <source>The funnel against the plan, each party&apos;s KPIs and the findings, full screen</source>
        <translation>El embudo frente al plan, los KPI de cada parte y las conclusiones, a pantalla completa</translation>
    </message>
    <message>
        <source>Revise with re-benchmarked rates…</source>
        <translation>Revisar con tasas recalibradas…</translation>
    </message>
    <message>
        <source>Start a new revision for the rest of the period, with conversion rates taken from the actuals so far</source>
        <translation>Crea una nueva revisión para el resto del periodo, con tasas de conversión tomadas de los valores reales hasta la fecha</translation>
    </message>
    <message>
        <source>Revision %1 created as a draft.</source>
        <translation>Revisión %1 creada como borrador.</translation>
    </message>
</context>
<context>
    <name>TrackingChart</name>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Year target</source>
        <translation>Objetivo anual</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1: monthly target and actual</source>
        <translation>%1: objetivo mensual y valor real</translation>
    </message>
    <message>
        <source>Cumulative against the year&apos;s target</source>
        <translation>Acumulado frente al objetivo anual</translation>
    </message>
    <message>
        <source>Year to date against the target</source>
        <translation>Acumulado del año frente al objetivo</translation>
    </message>
</context>
<context>
    <name>TrackingGridModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Acumulado del año</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Year target</source>
        <translation>Objetivo anual</translation>
    </message>
    <message>
        <source>Run rate needed</source>
        <translation>Ritmo mensual necesario</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Cumplimiento</translation>
    </message>
</context>
<context>
    <name>TrackingView</name>
    <message>
        <source>Report month:</source>
        <translation>Mes del informe:</translation>
    </message>
    <message>
        <source>Select an agreement to track it.</source>
        <translation>Selecciona un acuerdo para hacer su seguimiento.</translation>
    </message>
    <message>
        <source>The plan cannot be computed: %1</source>
        <translation>No se puede calcular el plan: %1</translation>
    </message>
    <message>
        <source>No actuals yet: import a month of actuals to see how the plan is going.</source>
        <translation>Aún no hay valores reales: importa un mes de valores reales para ver cómo va el plan.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mejor cuanto más alto</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>mejor cuanto más bajo</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a document or fingerprint</source>
        <translation>Verificar un documento o una huella digital</translation>
    </message>
    <message>
        <source>Checks that a signed agreement is genuine: its fingerprint must belong to a signed revision in this workshop file, and the stored content must still hash to it.</source>
        <translation>Comprueba que un acuerdo firmado es auténtico: su huella digital debe corresponder a una revisión firmada de este archivo del taller, y el hash del contenido guardado debe seguir coincidiendo con ella.</translation>
    </message>
    <message>
        <source>Fingerprint (64 digits, or the first 16 as printed on the pages) or a PDF file</source>
        <translation>Huella digital (64 dígitos, o los 16 primeros tal como aparecen en las páginas) o un archivo PDF</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>Elegir PDF…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Choose an exported PDF</source>
        <translation>Elige un PDF exportado</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enter a fingerprint or choose a PDF.</source>
        <translation>Introduce una huella digital o elige un PDF.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>No verificado: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Verified. “%1”, revision %2 (%3), is signed and its stored content still matches the fingerprint %4.
Signed by %5.</source>
        <translation>Verificado. «%1», revisión %2 (%3), está firmado y su contenido guardado sigue coincidiendo con la huella digital %4.
Firmado por %5.</translation>
    </message>
    <message>
        <source>This revision was sealed by an older version of SLA Workshop, which did not seal the signatures themselves: only the content is verified.</source>
        <translation>Esta revisión la selló una versión anterior de SLA Workshop, que no sellaba las firmas: solo se verifica el contenido.</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>What if</source>
        <translation>¿Y si…?</translation>
    </message>
    <message>
        <source>enter at</source>
        <translation>entran en</translation>
    </message>
    <message>
        <source>what-if volume</source>
        <translation>volumen del supuesto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1 short of the objective</source>
        <translation>faltan %1 para el objetivo</translation>
    </message>
    <message>
        <source>%1 over the objective</source>
        <translation>%1 por encima del objetivo</translation>
    </message>
    <message>
        <source>%1 customers, %2 of revenue: %3 (objective %4).</source>
        <translation>%1 clientes, %2 de ingresos: %3 (objetivo %4).</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{value} must be given as text or an integer</source>
        <translation>{value} debe indicarse como texto o como número entero</translation>
    </message>
    <message>
        <source>“{value}” is too large; numbers must be at most 10^15 (1,000,000,000,000,000) in size</source>
        <translation>«{value}» es demasiado grande; los números no pueden pasar de 10^15 (1.000.000.000.000.000)</translation>
    </message>
    <message>
        <source>“{value}” has more than {places} decimal places</source>
        <translation>«{value}» tiene más de {places} decimales</translation>
    </message>
    <message>
        <source>“{value}” is too long to be a number</source>
        <translation>«{value}» es demasiado largo para ser un número</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» no es un número</translation>
    </message>
    <message>
        <source>the average deal value is too small for this revenue: more than 10^15 won customers</source>
        <translation>el valor medio por operación es demasiado pequeño para estos ingresos: más de 10^15 clientes ganados</translation>
    </message>
    <message>
        <source>the rates are too small for this revenue: a stage would need more than 10^15</source>
        <translation>las tasas son demasiado pequeñas para estos ingresos: una etapa necesitaría más de 10^15</translation>
    </message>
    <message>
        <source>{count} characters is too long; at most {limit}</source>
        <translation>{count} caracteres es demasiado largo; como máximo {limit}</translation>
    </message>
    <message>
        <source>“{value}” is not a finite number</source>
        <translation>«{value}» no es un número finito</translation>
    </message>
    <message>
        <source>a conversion rate must be more than 0 and at most 1 (100%), got {rate}</source>
        <translation>la tasa de conversión debe ser mayor que 0 y como máximo 1 (100 %); se ha indicado {rate}</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <source>the revenue target must be more than 0, got {value}</source>
        <translation>el objetivo de ingresos debe ser mayor que 0; se ha indicado {value}</translation>
    </message>
    <message>
        <source>deal value</source>
        <translation>valor medio por venta</translation>
    </message>
    <message>
        <source>the average deal value must be more than 0, got {value}</source>
        <translation>el valor medio por venta debe ser mayor que 0; se ha indicado {value}</translation>
    </message>
    <message>
        <source>marketing share</source>
        <translation>cuota de marketing</translation>
    </message>
    <message>
        <source>the marketing share must be more than 0 and at most 1 (100%), got {value}</source>
        <translation>la cuota de marketing debe ser mayor que 0 y como máximo 1 (100 %); se ha indicado {value}</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>etapas</translation>
    </message>
    <message>
        <source>the funnel needs at least one stage</source>
        <translation>el embudo necesita al menos una etapa</translation>
    </message>
    <message>
        <source>stage {number}</source>
        <translation>etapa {number}</translation>
    </message>
    <message>
        <source>{where} name</source>
        <translation>nombre de {where}</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>la etapa necesita un nombre</translation>
    </message>
    <message>
        <source>“{name}” is already the name of stage {number}; stage names must be unique</source>
        <translation>«{name}» ya es el nombre de la etapa {number}; los nombres de las etapas no se pueden repetir</translation>
    </message>
    <message>
        <source>stage “{name}”</source>
        <translation>etapa «{name}»</translation>
    </message>
    <message>
        <source>{where} rate</source>
        <translation>tasa de {where}</translation>
    </message>
    <message>
        <source>{where} lag</source>
        <translation>desfase de {where}</translation>
    </message>
    <message>
        <source>the last stage (won customers) has no conversion rate</source>
        <translation>la última etapa (clientes ganados) no tiene tasa de conversión</translation>
    </message>
    <message>
        <source>a conversion rate to the next stage is needed</source>
        <translation>falta la tasa de conversión a la etapa siguiente</translation>
    </message>
    <message>
        <source>the lag must be a whole number of months from 0 to {max}, got {value}</source>
        <translation>el desfase debe ser un número entero de meses entre 0 y {max}; se ha indicado {value}</translation>
    </message>
    <message>
        <source>the last stage has no next stage, so no lag</source>
        <translation>la última etapa no tiene etapa siguiente, así que no lleva desfase</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>“{value}” is not a month in the form YYYY-MM</source>
        <translation>«{value}» no es un mes con el formato AAAA-MM</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>the period must be 1 to {max} months, got {value}</source>
        <translation>el periodo debe ser de 1 a {max} meses; se ha indicado {value}</translation>
    </message>
    <message>
        <source>seasonality</source>
        <translation>estacionalidad</translation>
    </message>
    <message>
        <source>one weight per month is needed: {months} weights, got {count}</source>
        <translation>se necesita un peso por mes: {months} pesos, pero hay {count}</translation>
    </message>
    <message>
        <source>weights cannot be negative</source>
        <translation>los pesos no pueden ser negativos</translation>
    </message>
    <message>
        <source>at least one month needs a weight above 0</source>
        <translation>al menos un mes debe tener un peso mayor que 0</translation>
    </message>
    <message>
        <source>stage {number} rate</source>
        <translation>tasa de la etapa {number}</translation>
    </message>
    <message>
        <source>seasonality weight {number}</source>
        <translation>peso de estacionalidad {number}</translation>
    </message>
    <message>
        <source>party {number} name</source>
        <translation>nombre de la parte {number}</translation>
    </message>
    <message>
        <source>a party needs a name</source>
        <translation>la parte necesita un nombre</translation>
    </message>
    <message>
        <source>“{name}” is named twice; party names must be unique</source>
        <translation>«{name}» aparece dos veces; los nombres de las partes no se pueden repetir</translation>
    </message>
    <message>
        <source>“{name}” is not a party of this agreement</source>
        <translation>«{name}» no es una parte de este acuerdo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>the agreement needs a title</source>
        <translation>el acuerdo necesita un título</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>“{value}” is not a three-letter currency code such as EUR or USD</source>
        <translation>«{value}» no es un código de moneda de tres letras, como EUR o USD</translation>
    </message>
    <message>
        <source>stage “{name}” owner</source>
        <translation>responsable de la etapa «{name}»</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>reporting cadence</source>
        <translation>frecuencia de informes</translation>
    </message>
    <message>
        <source>green threshold</source>
        <translation>umbral verde</translation>
    </message>
    <message>
        <source>amber threshold</source>
        <translation>umbral ámbar</translation>
    </message>
    <message>
        <source>party {number} representative</source>
        <translation>representante de la parte {number}</translation>
    </message>
    <message>
        <source>party {number} role</source>
        <translation>cargo de la parte {number}</translation>
    </message>
    <message>
        <source>stage {number} name</source>
        <translation>nombre de la etapa {number}</translation>
    </message>
    <message>
        <source>stage {number} alias</source>
        <translation>alias de la etapa {number}</translation>
    </message>
    <message>
        <source>KPI {number} name</source>
        <translation>nombre del KPI {number}</translation>
    </message>
    <message>
        <source>KPI {number} description</source>
        <translation>descripción del KPI {number}</translation>
    </message>
    <message>
        <source>KPI {number} alias</source>
        <translation>alias del KPI {number}</translation>
    </message>
    <message>
        <source>KPI {number} target {month}</source>
        <translation>objetivo {month} del KPI {number}</translation>
    </message>
    <message>
        <source>protocol {number} title</source>
        <translation>título del protocolo {number}</translation>
    </message>
    <message>
        <source>protocol {number} trigger</source>
        <translation>disparador del protocolo {number}</translation>
    </message>
    <message>
        <source>protocol {number} commitment</source>
        <translation>compromiso del protocolo {number}</translation>
    </message>
    <message>
        <source>protocol {number} KPI target</source>
        <translation>objetivo del KPI del protocolo {number}</translation>
    </message>
    <message>
        <source>“{name}” is not a stage of this funnel</source>
        <translation>«{name}» no es una etapa de este embudo</translation>
    </message>
    <message>
        <source>a cost cannot be negative, got {value}</source>
        <translation>un coste no puede ser negativo; se ha indicado {value}</translation>
    </message>
    <message>
        <source>{where} share</source>
        <translation>cuota de {where}</translation>
    </message>
    <message>
        <source>a segment&apos;s share must be more than 0 and at most 1 (100%), got {value}</source>
        <translation>la cuota de un segmento debe ser mayor que 0 y como máximo 1 (100 %); se ha indicado {value}</translation>
    </message>
    <message>
        <source>{where} deal value</source>
        <translation>valor medio por venta de {where}</translation>
    </message>
    <message>
        <source>{where} rate from “{stage}”</source>
        <translation>tasa de {where} desde «{stage}»</translation>
    </message>
    <message>
        <source>the segment shares must add up to exactly 1 (100%); they add up to {sum} ({percent}%)</source>
        <translation>las cuotas de los segmentos deben sumar exactamente 1 (100 %); suman {sum} ({percent} %)</translation>
    </message>
    <message>
        <source>{where} stage</source>
        <translation>etapa de {where}</translation>
    </message>
    <message>
        <source>{where} units per person</source>
        <translation>unidades por persona de {where}</translation>
    </message>
    <message>
        <source>the units one person handles a month must be more than 0, got {value}</source>
        <translation>las unidades que atiende una persona al mes deben ser más de 0; se ha indicado {value}</translation>
    </message>
    <message>
        <source>{where} cost per person</source>
        <translation>coste por persona de {where}</translation>
    </message>
    <message>
        <source>the gross margin must be from 0 to 1 (100%), got {value}</source>
        <translation>el margen bruto debe estar entre 0 y 1 (100 %); se ha indicado {value}</translation>
    </message>
    <message>
        <source>“{name}” is named twice; names must be unique</source>
        <translation>«{name}» aparece dos veces; los nombres no se pueden repetir</translation>
    </message>
    <message>
        <source>segment {number} name</source>
        <translation>nombre del segmento {number}</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>un segmento necesita un nombre</translation>
    </message>
    <message>
        <source>segment “{name}”</source>
        <translation>segmento «{name}»</translation>
    </message>
    <message>
        <source>segment {number}</source>
        <translation>segmento {number}</translation>
    </message>
    <message>
        <source>segment shares</source>
        <translation>cuotas de los segmentos</translation>
    </message>
    <message>
        <source>capacity line {number} role</source>
        <translation>puesto de la línea de capacidad {number}</translation>
    </message>
    <message>
        <source>a capacity line needs a role</source>
        <translation>una línea de capacidad necesita un puesto</translation>
    </message>
    <message>
        <source>capacity “{name}”</source>
        <translation>capacidad «{name}»</translation>
    </message>
    <message>
        <source>capacity line {number}</source>
        <translation>línea de capacidad {number}</translation>
    </message>
    <message>
        <source>cost per unit of “{stage}”</source>
        <translation>coste por unidad de «{stage}»</translation>
    </message>
    <message>
        <source>fixed cost {number} name</source>
        <translation>nombre del coste fijo {number}</translation>
    </message>
    <message>
        <source>a fixed cost needs a name</source>
        <translation>un coste fijo necesita un nombre</translation>
    </message>
    <message>
        <source>fixed cost “{name}”</source>
        <translation>coste fijo «{name}»</translation>
    </message>
    <message>
        <source>fixed cost {number}</source>
        <translation>coste fijo {number}</translation>
    </message>
    <message>
        <source>{where} amount</source>
        <translation>importe de {where}</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>margen bruto</translation>
    </message>
    <message>
        <source>spend KPI</source>
        <translation>KPI de gasto</translation>
    </message>
    <message>
        <source>“{name}” is not a custom currency KPI where lower is better</source>
        <translation>«{name}» no es un KPI propio en moneda en el que menos es mejor</translation>
    </message>
    <message>
        <source>KPI “{name}”</source>
        <translation>KPI «{name}»</translation>
    </message>
    <message>
        <source>KPI {number}</source>
        <translation>KPI {number}</translation>
    </message>
    <message>
        <source>a KPI needs a name</source>
        <translation>el KPI necesita un nombre</translation>
    </message>
    <message>
        <source>“{name}” is already a KPI name</source>
        <translation>«{name}» ya es el nombre de un KPI</translation>
    </message>
    <message>
        <source>{where} targets</source>
        <translation>objetivos de {where}</translation>
    </message>
    <message>
        <source>one target per month is needed: {months}, got {count}</source>
        <translation>se necesita un objetivo por mes: {months}, pero hay {count}</translation>
    </message>
    <message>
        <source>targets cannot be negative</source>
        <translation>los objetivos no pueden ser negativos</translation>
    </message>
    <message>
        <source>{where} owner</source>
        <translation>responsable de {where}</translation>
    </message>
    <message>
        <source>protocol “{name}”</source>
        <translation>protocolo «{name}»</translation>
    </message>
    <message>
        <source>protocol {number}</source>
        <translation>protocolo {number}</translation>
    </message>
    <message>
        <source>{where} title</source>
        <translation>título de {where}</translation>
    </message>
    <message>
        <source>a handoff protocol needs a title</source>
        <translation>el protocolo de traspaso necesita un título</translation>
    </message>
    <message>
        <source>{where} from</source>
        <translation>origen de {where}</translation>
    </message>
    <message>
        <source>{where} to</source>
        <translation>destino de {where}</translation>
    </message>
    <message>
        <source>{where} KPI</source>
        <translation>KPI de {where}</translation>
    </message>
    <message>
        <source>“{name}” is not a KPI of this agreement</source>
        <translation>«{name}» no es un KPI de este acuerdo</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>umbrales</translation>
    </message>
    <message>
        <source>the amber threshold must be above 0 and at most the green threshold</source>
        <translation>el umbral ámbar debe ser mayor que 0 y no superar el umbral verde</translation>
    </message>
    <message>
        <source>review month</source>
        <translation>mes de revisión</translation>
    </message>
    <message>
        <source>{file}: the file is in use by another program; try again</source>
        <translation>{file}: otro programa está usando el archivo; inténtalo de nuevo</translation>
    </message>
    <message>
        <source>{file}: a change was interrupted (a program stopped while writing) and can only be undone where the file can be written; open it once from a folder you can write to</source>
        <translation>{file}: un cambio quedó a medias (un programa se detuvo mientras escribía) y solo puede deshacerse donde el archivo se pueda escribir; ábrelo una vez desde una carpeta en la que puedas escribir</translation>
    </message>
    <message>
        <source>{file}: a workshop file cannot be created there ({reason}); choose a folder you can write to</source>
        <translation>{file}: no se puede crear ahí un archivo de taller ({reason}); elige una carpeta en la que puedas escribir</translation>
    </message>
    <message>
        <source>{file}: the change could not be written ({reason}); the file is as it was before it</source>
        <translation>{file}: no se pudo escribir el cambio ({reason}); el archivo está como antes</translation>
    </message>
    <message>
        <source>what-if volume</source>
        <translation>volumen de la simulación</translation>
    </message>
    <message>
        <source>the volume cannot be negative, got {value}</source>
        <translation>el volumen no puede ser negativo; se ha indicado {value}</translation>
    </message>
    <message>
        <source>what-if stage</source>
        <translation>etapa de la simulación</translation>
    </message>
    <message>
        <source>there is no stage {number} in this funnel</source>
        <translation>este embudo no tiene etapa {number}</translation>
    </message>
</context>
<context>
    <name>excel</name>
    <message>
        <source>conversion rates are derived from the volumes, never imported</source>
        <translation>las tasas de conversión se calculan a partir de los volúmenes, nunca se importan</translation>
    </message>
    <message>
        <source>not a KPI of this agreement</source>
        <translation>no es un KPI de este acuerdo</translation>
    </message>
    <message>
        <source>a totals row</source>
        <translation>una fila de totales</translation>
    </message>
    <message>
        <source>a footer line (confidentiality, copyright or report notes)</source>
        <translation>una línea de pie (confidencialidad, copyright o notas del informe)</translation>
    </message>
    <message>
        <source>dated outside the agreement&apos;s period</source>
        <translation>con fecha fuera del periodo del acuerdo</translation>
    </message>
    <message>
        <source>not one of the chosen months</source>
        <translation>no es uno de los meses elegidos</translation>
    </message>
    <message>
        <source>{month} is outside the agreement&apos;s period ({first} to {last})</source>
        <translation>{month} está fuera del periodo del acuerdo ({first} a {last})</translation>
    </message>
    <message>
        <source>&quot;{kpi}&quot; for {month} is given twice with different values: {first} at {place} and {second} here</source>
        <translation>«{kpi}» de {month} aparece dos veces con valores distintos: {first} en {place} y {second} aquí</translation>
    </message>
    <message>
        <source>a formula with no saved value; open the file in Excel or LibreOffice, let it calculate, and save it again</source>
        <translation>una fórmula sin valor guardado; abra el archivo en Excel o LibreOffice, deje que calcule y guárdelo de nuevo</translation>
    </message>
    <message>
        <source>&quot;{kpi}&quot;: every value lies between 0 and 1, so they are read as fractions (0.95 = 95 %)</source>
        <translation>«{kpi}»: todos los valores están entre 0 y 1, así que se leen como fracciones (0,95 = 95 %)</translation>
    </message>
    <message>
        <source>&quot;{end_header}&quot; ({end}) is before &quot;{start_header}&quot; ({start})</source>
        <translation>«{end_header}» ({end}) es anterior a «{start_header}» ({start})</translation>
    </message>
    <message>
        <source>no &quot;{header}&quot; date: left out of &quot;{kpi}&quot;</source>
        <translation>sin fecha «{header}»: no cuenta para «{kpi}»</translation>
    </message>
    <message>
        <source>&quot;{kpi}&quot; cannot be measured from two dates: it is not a KPI in hours or days</source>
        <translation>«{kpi}» no puede medirse con dos fechas: no es un KPI en horas o días</translation>
    </message>
    <message>
        <source>no column &quot;{header}&quot; to measure &quot;{kpi}&quot; (columns: {columns})</source>
        <translation>no hay una columna «{header}» para medir «{kpi}» (columnas: {columns})</translation>
    </message>
    <message>
        <source>no data: no row names a KPI of this agreement (unmatched: {labels}; map them to KPIs to import them)</source>
        <translation>sin datos: ninguna fila nombra un KPI de este acuerdo (sin correspondencia: {labels}; asígnelas a KPI para importarlas)</translation>
    </message>
    <message>
        <source>no data: the file has no values for this agreement&apos;s KPIs (read: {sheets})</source>
        <translation>sin datos: el archivo no tiene valores para los KPI de este acuerdo (leído: {sheets})</translation>
    </message>
    <message>
        <source>no data: no sheet has KPIs in rows with months in columns, a table with Month, KPI and Value columns, a summary (date, stage, count) or a date column per stage (looked at: {sheets}; headers seen: {seen})</source>
        <translation>sin datos: ninguna hoja tiene KPI en filas con meses en columnas, una tabla con columnas Mes, KPI y Valor, un resumen (fecha, etapa, recuento) o una columna de fecha por etapa (revisado: {sheets}; encabezados vistos: {seen})</translation>
    </message>
    <message>
        <source>read as {encoding}, separated by “{delimiter}”; numbers with a decimal comma (1.234 = one thousand two hundred thirty-four)</source>
        <translation>leído como {encoding}, separado por «{delimiter}»; números con coma decimal (1.234 = mil doscientos treinta y cuatro)</translation>
    </message>
    <message>
        <source>read as {encoding}, separated by “{delimiter}”; numbers with a decimal point (1,234 = one thousand two hundred thirty-four)</source>
        <translation>leído como {encoding}, separado por «{delimiter}»; números con punto decimal (1,234 = mil doscientos treinta y cuatro)</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is an error value, not a number</source>
        <translation>«{value}» es un valor de error, no un número</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is a date or time, not a number</source>
        <translation>«{value}» es una fecha u hora, no un número</translation>
    </message>
    <message>
        <source>a negative count ({value}) is not possible for &quot;{kpi}&quot;</source>
        <translation>una cantidad negativa ({value}) no es posible para «{kpi}»</translation>
    </message>
    <message>
        <source>&quot;{kpi}&quot; cannot be negative ({value})</source>
        <translation>«{kpi}» no puede ser negativo ({value})</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>«{value}» no es un número</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; cannot be read as a month (write it as 2027-03, Mar 2027 or marzo 2027)</source>
        <translation>«{value}» no se puede leer como un mes (escríbalo como 2027-03, marzo 2027 o mar 2027)</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is a percentage, but this KPI is not measured in percent</source>
        <translation>«{value}» es un porcentaje, pero este KPI no se mide en porcentaje</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is ambiguous (a thousands separator or a decimal comma?); write it without separators</source>
        <translation>«{value}» es ambiguo (¿separador de miles o coma decimal?); escríbalo sin separadores</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date</source>
        <translation>«{value}» no es una fecha</translation>
    </message>
    <message>
        <source>a value with no KPI name</source>
        <translation>un valor sin nombre de KPI</translation>
    </message>
    <message>
        <source>no month is given for &quot;{kpi}&quot;</source>
        <translation>no se indica el mes de «{kpi}»</translation>
    </message>
    <message>
        <source>values in a row with no KPI name</source>
        <translation>valores en una fila sin nombre de KPI</translation>
    </message>
    <message>
        <source>this workbook was made for another agreement (&quot;{title}&quot;, id {id}); check that it is the right file</source>
        <translation>este libro se hizo para otro acuerdo («{title}», ID {id}); compruebe que es el archivo correcto</translation>
    </message>
    <message>
        <source>… and {count} more problems</source>
        <translation>… y {count} problemas más</translation>
    </message>
    <message>
        <source>no visible sheet</source>
        <translation>ninguna hoja visible</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>importing workbooks is turned off because the defusedxml package is not installed or not in use; without it a hostile workbook could attack the XML parser. Install it (pip install defusedxml) and start again</source>
        <translation>la importación de libros está desactivada porque el paquete defusedxml no está instalado o no se usa; sin él, un libro malicioso podría atacar el analizador XML. Instálelo (pip install defusedxml) y vuelva a empezar</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), not an Excel workbook</source>
        <translation>el archivo está vacío (0 bytes), no es un libro de Excel</translation>
    </message>
    <message>
        <source>this is an old-format Excel workbook (.xls, Excel 97–2003) or a password-protected workbook; open it in Excel or LibreOffice and save it as an unprotected .xlsx workbook</source>
        <translation>es un libro de Excel de formato antiguo (.xls, Excel 97–2003) o un libro protegido con contraseña; ábralo en Excel o LibreOffice y guárdelo como libro .xlsx sin protección</translation>
    </message>
    <message>
        <source>this is a workshop file (an SQLite database), not an Excel workbook; open it with File ▸ Open instead</source>
        <translation>es un archivo del taller (una base de datos SQLite), no un libro de Excel; ábralo con Archivo ▸ Abrir</translation>
    </message>
    <message>
        <source>this is a PDF document, not an Excel workbook</source>
        <translation>es un documento PDF, no un libro de Excel</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (an incomplete ZIP archive); export or save it again</source>
        <translation>el archivo está dañado o truncado (un archivo ZIP incompleto); expórtelo o guárdelo de nuevo</translation>
    </message>
    <message>
        <source>this is a CSV or text file, not an Excel workbook; open it in Excel or LibreOffice and save it as an .xlsx workbook</source>
        <translation>es un archivo CSV o de texto, no un libro de Excel; ábralo en Excel o LibreOffice y guárdelo como libro .xlsx</translation>
    </message>
    <message>
        <source>this is a text file, not an Excel workbook; open it in Excel or LibreOffice and save it as an .xlsx workbook</source>
        <translation>es un archivo de texto, no un libro de Excel; ábralo en Excel o LibreOffice y guárdelo como libro .xlsx</translation>
    </message>
    <message>
        <source>this is an HTML or XML file, not an .xlsx workbook</source>
        <translation>es un archivo HTML o XML, no un libro .xlsx</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>no es un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (not a complete .xlsx workbook); export or save it again</source>
        <translation>el archivo está dañado o truncado (no es un libro .xlsx completo); expórtelo o guárdelo de nuevo</translation>
    </message>
    <message>
        <source>refused: the workbook has {parts} parts; a workbook has far fewer (at most {most} accepted)</source>
        <translation>rechazado: el libro tiene {parts} partes; un libro tiene muchas menos (se aceptan {most} como máximo)</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as an .xlsx workbook</source>
        <translation>es una hoja de cálculo OpenDocument (.ods); guárdela como libro .xlsx</translation>
    </message>
    <message>
        <source>this is a ZIP archive but not an Excel workbook</source>
        <translation>es un archivo ZIP pero no un libro de Excel</translation>
    </message>
    <message>
        <source>refused: the part {part} would expand from {packed} bytes to {size} bytes (a ZIP bomb?)</source>
        <translation>rechazado: la parte {part} pasaría de {packed} bytes a {size} bytes al descomprimirse (¿una bomba ZIP?)</translation>
    </message>
    <message>
        <source>refused: the workbook would expand to more than {most} MB (a ZIP bomb?)</source>
        <translation>rechazado: el libro ocuparía más de {most} MB al descomprimirse (¿una bomba ZIP?)</translation>
    </message>
    <message>
        <source>the workbook is encrypted; save it without a password</source>
        <translation>el libro está cifrado; guárdelo sin contraseña</translation>
    </message>
    <message>
        <source>refused: the workbook&apos;s XML declares entities or a DTD, which a real workbook never does (a possible attack)</source>
        <translation>rechazado: el XML del libro declara entidades o una DTD, algo que un libro real nunca hace (un posible ataque)</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {most} MB)</source>
        <translation>el archivo es demasiado grande ({size} MB; como máximo {most} MB)</translation>
    </message>
    <message>
        <source>the workbook cannot be read: {detail}</source>
        <translation>no se puede leer el libro: {detail}</translation>
    </message>
    <message>
        <source>the reader could not start ({reason})</source>
        <translation>el lector no pudo arrancar ({reason})</translation>
    </message>
    <message>
        <source>reading it took more than {seconds} seconds and was stopped</source>
        <translation>la lectura tardó más de {seconds} segundos y se detuvo</translation>
    </message>
    <message>
        <source>the reader stopped (exit code {code}): the sheet is too large for the memory allowed, or its cells are spread over a huge area (a hostile or broken file?)</source>
        <translation>el lector se detuvo (código de salida {code}): la hoja es demasiado grande para la memoria permitida, o sus celdas se reparten por un área enorme (¿un archivo hostil o dañado?)</translation>
    </message>
    <message>
        <source>the reader gave an unreadable answer</source>
        <translation>el lector dio una respuesta ilegible</translation>
    </message>
    <message>
        <source>it needs more memory than allowed (a hostile or broken file?)</source>
        <translation>necesita más memoria de la permitida (¿un archivo hostil o dañado?)</translation>
    </message>
    <message>
        <source>it is damaged or not a real .xlsx ({error}: {detail})</source>
        <translation>está dañado o no es un .xlsx real ({error}: {detail})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is not a CSV text file</source>
        <translation>esto no es un archivo de texto CSV</translation>
    </message>
    <message>
        <source>the CSV cannot be read here ({detail})</source>
        <translation>el CSV no se puede leer aquí ({detail})</translation>
    </message>
</context>
<context>
    <name>excel_workbook</name>
    <message>
        <source>Actuals</source>
        <translation>Reales</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mejor si es</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>Targets by segment</source>
        <translation>Objetivos por segmento</translation>
    </message>
    <message>
        <source>{stage} ({segment})</source>
        <translation>{stage} ({segment})</translation>
    </message>
    <message>
        <source>Not a valid actual</source>
        <translation>Valor real no válido</translation>
    </message>
    <message>
        <source>Enter a number of 0 or more (leave the cell empty when there is no value yet).</source>
        <translation>Escriba un número igual o mayor que 0 (deje la celda vacía si aún no hay valor).</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>SLA Workshop: KPI actuals</source>
        <translation>SLA Workshop: valores reales de los KPI</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreement id</source>
        <translation>ID del acuerdo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>{first} to {last} ({count} months)</source>
        <translation>{first} a {last} ({count} meses)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>actuals template</source>
        <translation>plantilla de valores reales</translation>
    </message>
    <message>
        <source>actuals export</source>
        <translation>exportación de valores reales</translation>
    </message>
    <message>
        <source>Made at (UTC)</source>
        <translation>Creado el (UTC)</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <source>How to fill in</source>
        <translation>Cómo rellenarlo</translation>
    </message>
    <message>
        <source>Type each KPI&apos;s actual value for each month on the {sheet} sheet (numbers of 0 or more; leave a cell empty when there is no value yet), then import the workbook with File ▸ Import actuals. Conversion rates are worked out from the volumes.</source>
        <translation>Escriba el valor real de cada KPI para cada mes en la hoja {sheet} (números iguales o mayores que 0; deje la celda vacía si aún no hay valor) y luego importe el libro con Archivo ▸ Importar valores reales. Las tasas de conversión se calculan a partir de los volúmenes.</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>attainment of {green} or more</source>
        <translation>cumplimiento de {green} o más</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ámbar</translation>
    </message>
    <message>
        <source>attainment of {amber} to under {green}</source>
        <translation>cumplimiento de {amber} a menos de {green}</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>attainment under {amber}</source>
        <translation>cumplimiento inferior a {amber}</translation>
    </message>
    <message>
        <source>Traffic lights ({sheet} sheet)</source>
        <translation>Semáforo (hoja {sheet})</translation>
    </message>
</context>
<context>
    <name>report_xlsx</name>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Month target</source>
        <translation>Objetivo del mes</translation>
    </message>
    <message>
        <source>Month actual</source>
        <translation>Real del mes</translation>
    </message>
    <message>
        <source>YTD target</source>
        <translation>Objetivo acumulado</translation>
    </message>
    <message>
        <source>YTD actual</source>
        <translation>Real acumulado</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>Leak</source>
        <translation>Fuga</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>fuga</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>{kpi} target</source>
        <translation>{kpi} objetivo</translation>
    </message>
    <message>
        <source>{kpi} actual</source>
        <translation>{kpi} real</translation>
    </message>
    <message>
        <source>Funnel against the plan, {month}</source>
        <translation>Embudo frente al plan, {month}</translation>
    </message>
    <message>
        <source>Funnel against the plan, year to date</source>
        <translation>Embudo frente al plan, acumulado del año</translation>
    </message>
    <message>
        <source>Conversion rates against the agreed ones</source>
        <translation>Tasas de conversión frente a las acordadas</translation>
    </message>
    <message>
        <source>Where the funnel leaks</source>
        <translation>Dónde pierde el embudo</translation>
    </message>
    <message>
        <source>YTD attainment</source>
        <translation>Cumplimiento acumulado</translation>
    </message>
    <message>
        <source>YTD status</source>
        <translation>Estado acumulado</translation>
    </message>
    <message>
        <source>Projected year end</source>
        <translation>Proyección a fin de año</translation>
    </message>
    <message>
        <source>Year target</source>
        <translation>Objetivo anual</translation>
    </message>
    <message>
        <source>Run rate needed</source>
        <translation>Ritmo mensual necesario</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>{title} — monthly report {month}</source>
        <translation>{title} — informe mensual {month}</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Déficit</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year to date</source>
        <translation>acumulado del año</translation>
    </message>
    <message>
        <source>No stage missed its target.</source>
        <translation>Ninguna etapa se quedó por debajo de su objetivo.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Agreement id</source>
        <translation>ID del acuerdo</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Report month</source>
        <translation>Mes del informe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Green at</source>
        <translation>Verde desde</translation>
    </message>
    <message>
        <source>Amber at</source>
        <translation>Ámbar desde</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>ámbar</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>out of reach</source>
        <translation>inalcanzable</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Over (+) or under (−) budget</source>
        <translation>Por encima (+) o por debajo (−) del presupuesto</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>En lo que va de año</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Presupuesto anual</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Presupuesto restante</translation>
    </message>
    <message>
        <source>Spend against budget ({kpi})</source>
        <translation>Gasto frente al presupuesto ({kpi})</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Delete agreement</source>
        <translation>Eliminar acuerdo</translation>
    </message>
    <message>
        <source>only drafts can be deleted; signed revisions are kept</source>
        <translation>solo se pueden eliminar los borradores; las revisiones firmadas se conservan</translation>
    </message>
</context>
</TS>
