<#ftl output_format="plainText">
<#--
  Plain-text twin of remind.ftlx (German), for an email body or a web
  form: same content, no address blocks. The first line is the subject.
  Paragraphs are re-flowed at 76 columns by /common/text.ftl.
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#-- German writes "1. November 2026": adds the dot after the day if the date has none. -->
<#assign idLabels = {
  "email": "E-Mail-Adresse des Nutzerkontos",
  "profile_url": "Profil-URL",
  "username": "Nutzername",
  "phone": "Telefonnummer"
}>
<#assign channels = {
  "email": "per E-Mail an Ihre Datenschutzbeauftragte oder Ihren Datenschutzbeauftragten",
  "form": "über Ihr Online-Formular",
  "post": "per Einschreiben",
  "setting": "über die Einstellung in Ihrem Dienst"
}>
<#assign referenceLabels = {
  "email": "Nachrichtenkennung",
  "form": "Vorgangsnummer",
  "post": "Sendungsnummer"
}>
<#assign how = channels[reminder.channel]!"">
<#assign referenceLabel = referenceLabels[reminder.channel]!"Referenz">
Betreff: Erinnerung an meinen Widerspruch nach Art. 21 Abs. 1 DSGVO gegen die Nutzung meiner personenbezogenen Daten für das Training von KI-Modellen

<@t.par>
<#if letter.place??>${letter.place}, </#if>${letter.date}
</@t.par>

<@t.par>
Unser Zeichen: ${reminder.requestId}
</@t.par>

<#if letter.representative??>
<#assign rep = letter.representative>
<@t.par>
Kopie an: ${rep.name}, Vertreter in der Union (Art. 27 DSGVO)<#list rep.lines as line>, ${line}</#list><#if rep.country??>, ${rep.country}</#if><#if rep.email??>, ${rep.email}</#if>
</@t.par>

</#if>
Sehr geehrte Damen und Herren,

<@t.par>
Am ${reminder.sentDate} habe ich gegenüber ${platform.controllerName} als
Verantwortlichem nach Art. 21 Abs. 1 DSGVO Widerspruch gegen die Nutzung
<#if letter.nonUser>personenbezogener Daten über mich in den Diensten von
${platform.name}<#else>der mit meinem Nutzerkonto bei ${platform.name}
verknüpften personenbezogenen Daten</#if> für das Training von Modellen
künstlicher Intelligenz eingelegt.<#if how?has_content || reminder.reference?has_content>
Ich habe ihn<#if how?has_content> ${how}</#if> übermittelt<#if reminder.reference?has_content>
(${referenceLabel}: ${reminder.reference})</#if>.</#if><#if reminder.receivedDate?has_content>
Er ist am ${reminder.receivedDate} bei Ihnen eingegangen.</#if>
<#if letter.nonUser>Zur Erinnerung: Ich habe kein Nutzerkonto bei ${platform.name}; ich
identifiziere mich mit meinem Namen, ${sender.name}, und meiner
E-Mail-Adresse, ${sender.email}.<#else>Zur Erinnerung: Mein Nutzerkonto ist durch folgende Angaben
identifiziert:</#if>
</@t.par>
<#if !letter.nonUser>

<@t.item "-">
Name: ${sender.name}
</@t.item>
<#list letter.accountIds as id>
<@t.item "-">
${idLabels[id.kind]!id.kind}: ${id.value}
</@t.item>
</#list>
</#if>

<@t.par>
<#if reminder.extended>Die verlängerte Frist, die Sie mir nach<#else>Die Frist von einem Monat nach</#if>
Art. 12 Abs. 3 DSGVO<#if reminder.extended> mitgeteilt hatten,</#if> ist am ${reminder.deadline}
abgelaufen, ohne dass ich eine Antwort in der Sache oder eine Bestätigung
der beantragten Maßnahmen erhalten habe. Falls Sie beschlossen haben, meinem
Antrag nicht nachzukommen, hätten Sie mich nach Art. 12 Abs. 4 DSGVO ohne
Verzögerung unter Angabe der Gründe und meines Rechts, Beschwerde bei einer
Aufsichtsbehörde einzulegen und einen gerichtlichen Rechtsbehelf
einzulegen, unterrichten müssen: Nichts dergleichen habe ich erhalten.
</@t.par>

<@t.par>
Ich fordere Sie daher erneut auf, diese Verarbeitung einzustellen und
bis dahin einzuschränken (Art. 18 DSGVO), die zu diesen Zwecken bereits
erhobenen oder verwendeten Daten zu löschen (Art. 17 DSGVO), die Empfänger
entsprechend zu unterrichten (Art. 19 DSGVO), mir schriftlich zu
bestätigen, ab welchem Datum mein Widerspruch wirkt, und jeden weiteren
Antrag meines Schreibens zu beantworten. Diese Erinnerung ist kein neuer
Antrag und setzt keine neue Frist in Gang.
</@t.par>

<@t.par>
Bitte antworten Sie mir spätestens bis zum ${reminder.graceDate} per E-Mail an
${sender.email}; diese Nachfrist aus Kulanz verlängert die gesetzliche
Frist nicht, die bereits abgelaufen ist. Ohne zufriedenstellende Antwort
werde ich ohne weitere Ankündigung Beschwerde bei der zuständigen
Aufsichtsbehörde einlegen (Art. 77 DSGVO), unbeschadet meines Rechts auf
einen gerichtlichen Rechtsbehelf (Art. 79 DSGVO).
</@t.par>

<@t.par>
Mit freundlichen Grüßen
</@t.par>

${sender.name}
<#list sender.addressLines as line>
${line}
</#list>
${sender.country}
${sender.email}
<#if sender.phone??>
${sender.phone}
</#if>
