<#ftl output_format="plainText">
<#--
  Plain-text twin of objection.ftlx (German), for an email body or a web
  form: same content, no address blocks. The first line is the subject.
  Paragraphs are re-flowed at 76 columns by /common/text.ftl.
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#assign controller = platform.controllerName>
<#function andList items><#if items?size < 2><#return items?join("")></#if><#return items[0..<items?size - 1]?join(", ") + " und " + items?last></#function>
<#-- German writes "1. November 2026": adds the dot after the day if the date has none. -->
<#assign subject = letter.access?then(
    "Widerspruch nach Art. 21 Abs. 1 DSGVO und Auskunftsersuchen nach Art. 15 DSGVO: Nutzung meiner personenbezogenen Daten für das Training von KI-Modellen",
    "Widerspruch nach Art. 21 Abs. 1 DSGVO gegen die Nutzung meiner personenbezogenen Daten für das Training von KI-Modellen")>
<#if letter.subjectPrefix??><#assign subject = letter.subjectPrefix + " – " + subject></#if>
<#assign idLabels = {
  "email": "E-Mail-Adresse des Nutzerkontos",
  "profile_url": "Profil-URL",
  "username": "Nutzername",
  "phone": "Telefonnummer"
}>
Betreff: ${subject}

<@t.par>
<#if letter.place??>${letter.place}, </#if>${letter.date}
</@t.par>

<#if letter.representative??>
<#assign rep = letter.representative>
<@t.par>
Kopie an: ${rep.name}, Vertreter in der Union (Art. 27 DSGVO)<#list rep.lines as line>, ${line}</#list><#if rep.country??>, ${rep.country}</#if><#if rep.email??>, ${rep.email}</#if>
</@t.par>

</#if>
Sehr geehrte Damen und Herren,

<#if letter.nonUser>
<@t.par>
Ich habe kein Nutzerkonto bei ${platform.name}. Ich wende mich an
${controller}<#if platform.registrationNumber??> (Registernummer ${platform.registrationNumber})</#if>
als Verantwortlichen, weil Daten über mich in seinen Diensten vorkommen,
ohne dass ich sie dort eingestellt habe: in Inhalten, die andere Personen
veröffentlicht haben, oder in Antworten seiner Anwendungen künstlicher
Intelligenz, die mich namentlich nennen. Ich identifiziere mich mit meinem
Namen, ${sender.name}, und meiner E-Mail-Adresse,
${sender.email}.<#if letter.examples?has_content>
Diese Daten erscheinen unter anderem hier:</#if>
</@t.par>

<#list letter.examples as example>
<@t.item "-">
${example}
</@t.item>
</#list>
<#else>
<@t.par>
Ich habe ein Nutzerkonto bei ${platform.name} und wende mich an
${controller}<#if platform.registrationNumber??> (Registernummer ${platform.registrationNumber})</#if>
als Verantwortlichen. Mein Nutzerkonto lässt sich anhand folgender Angaben
identifizieren:
</@t.par>

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
Diese Angaben genügen, um die betreffenden Daten zu finden; ich füge
daher keine Kopie eines Ausweisdokuments bei (Art. 12 Abs. 6 DSGVO).
</@t.par>

<@t.par>
Hiermit lege ich Widerspruch nach Art. 21 Abs. 1 DSGVO (Verordnung (EU)
2016/679) gegen die Verarbeitung meiner personenbezogenen Daten ein, die
auf Art. 6 Abs. 1 lit. f DSGVO (berechtigte Interessen) gestützt wird und
dazu dient, die Modelle künstlicher Intelligenz (KI-Modelle), einschließlich
generativer Modelle, zu entwickeln, zu trainieren, feinabzustimmen oder zu
verbessern, die ${controller} in <#if platform.services?has_content>${andList(platform.services)}<#else>seinen Diensten</#if>
entwickelt oder nutzt. Der Widerspruch umfasst alle Daten über mich, die zu
diesen Zwecken verarbeitet werden, insbesondere <#if letter.nonUser>Beiträge,
Kommentare, Fotos und Bildunterschriften anderer Personen, die mich
betreffen, sowie Antworten Ihrer Anwendungen, die mich nennen<#else>die Daten
meines Nutzerkontos und Profils, meine Beiträge, Kommentare, Fotos und
Bildunterschriften, meine Interaktionen mit Ihren KI-Funktionen sowie von
anderen Personen veröffentlichte Daten über mich</#if>, in allen Diensten,
für die ${controller} Verantwortlicher ist. Soweit eine dieser
Verarbeitungen auf meiner Einwilligung beruht, widerrufe ich sie
(Art. 7 Abs. 3 DSGVO). Werden meine Daten für Direktwerbung verarbeitet,
einschließlich eines damit verbundenen Profilings, widerspreche ich auch
dem (Art. 21 Abs. 2 DSGVO).
</@t.par>

<@t.par>
Ich stütze meinen Widerspruch auf folgende Gründe, die sich aus meiner
besonderen Situation ergeben:
</@t.par>

<#if letter.situation??>
<@t.par indent="  ">
${letter.situation}
</@t.par>
<#else>
<@t.par indent="  ">
Diese Daten betreffen mich: <#if letter.nonUser>was
andere über mich veröffentlicht haben, obwohl ich Ihren Diensten selbst nie
etwas anvertraut habe. Damit, dass sie zum Training Ihrer Modelle dienen,
musste ich vernünftigerweise nicht rechnen.<#else>was ich geschrieben,
veröffentlicht oder gefragt habe, und was andere über mich veröffentlicht
haben. Ich habe sie geteilt, um mit anderen Menschen in Kontakt zu treten
und Ihre Dienste zu nutzen, nicht um KI-Modelle zu trainieren; damit musste
ich vernünftigerweise nicht rechnen.</#if> Einmal in ein Modell
eingeflossen, entziehen sie sich meiner Kontrolle: Das Modell kann sie
gegenüber Dritten wiedergeben, teils wortwörtlich, oder daraus Schlüsse über
mich ziehen, zutreffend oder nicht. Diese Risiken für meine Rechte und
Freiheiten überwiegen das Interesse, auf das Sie sich berufen. Mein Antrag
erstreckt sich daher auch auf Modelle, die bereits mit diesen Daten
trainiert wurden, sofern Sie nicht nachweisen, dass sie anonym sind
(Stellungnahme 28/2024 des Europäischen Datenschutzausschusses).
</@t.par>
</#if>

<#if letter.specialCategories>
<@t.par>
Diese Daten lassen zudem besondere Kategorien personenbezogener Daten
erkennen (Art. 9 Abs. 1 DSGVO), deren Verarbeitung untersagt ist, sofern
keine Ausnahme nach Art. 9 Abs. 2 DSGVO greift; keine davon deckt meines
Erachtens das Training von KI-Modellen. Dass einige dieser Daten online
zugänglich sind, bedeutet nicht, dass ich sie offensichtlich öffentlich
gemacht habe (Art. 9 Abs. 2 lit. e DSGVO), schon gar nicht zu diesem Zweck.
Dies bekräftigt meinen Widerspruch.
</@t.par>

</#if>
<@t.par>
Ich fordere Sie daher auf,
</@t.par>

<@t.item "1.">
jede Verarbeitung meiner Daten zu diesen Zwecken einzustellen und sie,
solange nicht feststeht, ob zwingende schutzwürdige Gründe vorliegen,
einzuschränken (Art. 18 Abs. 1 lit. d DSGVO);
</@t.item>
<@t.item "2.">
die zu diesen Zwecken erhobenen oder verwendeten Daten über mich, auch in
Trainingsdatensätzen, zu löschen und von jedem künftigen Training
auszuschließen, auch bei Modellen, deren Anonymität Sie nicht nachweisen
(Art. 17 Abs. 1 lit. c DSGVO);
</@t.item>
<@t.item "3.">
jedem Empfänger, dem die Daten offengelegt wurden, diese Maßnahmen
mitzuteilen und mir diese Empfänger zu nennen (Art. 19 DSGVO);
</@t.item>
<@t.item "4.">
mir schriftlich zu bestätigen, dass mein Widerspruch erfasst und umgesetzt
wurde, unter Angabe des Datums, ab dem er wirkt;
</@t.item>
<@t.item "5.">
falls Sie meinen, zwingende schutzwürdige Gründe für die Verarbeitung zu
haben, die meine Interessen, Rechte und Freiheiten überwiegen, diese
darzulegen und nachzuweisen (Art. 21 Abs. 1 DSGVO), in einer begründeten
Antwort, die mich über die mir zustehenden Rechtsbehelfe unterrichtet
(Art. 12 Abs. 4 DSGVO).
</@t.item>

<#if letter.access>
<@t.par>
Zudem beantrage ich nach Art. 15 DSGVO Auskunft über die zu diesen
Zwecken verarbeiteten Daten über mich, und nur über diese, mit folgenden
Informationen: ob sie zur Entwicklung oder zum Training von KI-Modellen
verwendet wurden und, wenn ja, für welche; die betroffenen Datenkategorien;
ihre Herkunft, soweit sie nicht bei mir erhoben wurden (Art. 15 Abs. 1
lit. g DSGVO); ihre Empfänger (Art. 15 Abs. 1 lit. c DSGVO); die geplante
Speicherdauer (Art. 15 Abs. 1 lit. d DSGVO); sowie ob und wie Sie geprüft
haben, ob diese Modelle anonym sind. Ich beantrage außerdem eine Kopie der
verwendeten Daten (Art. 15 Abs. 3 DSGVO). Für diesen Auskunftsantrag gilt
dieselbe Frist von einem Monat (Art. 12 Abs. 3 DSGVO).
</@t.par>

</#if>
<#if letter.settingRecorded>
<@t.par>
Ich habe außerdem die Einstellung deaktiviert, mit der Sie anbieten,
diese Nutzung abzulehnen. Dieses Schreiben betrifft, was diese Einstellung
nicht abdeckt: bereits erhobene oder verwendete Daten, ihre Löschung, die
Unterrichtung der Empfänger und die oben erbetene schriftliche
Bestätigung.
</@t.par>

</#if>
<@t.par>
Bitte antworten Sie mir unverzüglich, in jedem Fall aber innerhalb eines
Monats nach Eingang dieses Antrags (Art. 12 Abs. 3 DSGVO); eine
Fristverlängerung ist mir innerhalb dieses Monats unter Angabe der Gründe
mitzuteilen. Die Bearbeitung dieses Antrags ist unentgeltlich (Art. 12
Abs. 5 DSGVO). Bitte senden Sie Ihre Antwort per E-Mail an
${sender.email}. Erhalte ich innerhalb dieser Frist keine
zufriedenstellende Antwort, behalte ich mir vor, Beschwerde bei einer
Aufsichtsbehörde einzulegen (Art. 77 DSGVO) und einen gerichtlichen
Rechtsbehelf einzulegen (Art. 79 DSGVO).
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
