<#ftl output_format="plainText">
<#--
  Plain-text twin of remind.ftlx (Dutch), for an email body or a web
  form: same content, no address blocks. The first line is the subject.
  Paragraphs are re-flowed at 76 columns by /common/text.ftl.
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#assign idLabels = {
  "email": "E-mailadres van het account",
  "profile_url": "Profiel-URL",
  "username": "Gebruikersnaam",
  "phone": "Telefoonnummer"
}>
<#assign channels = {
  "email": "per e-mail aan uw functionaris voor gegevensbescherming",
  "form": "via uw onlineformulier",
  "post": "bij aangetekende brief",
  "setting": "via de instelling in uw dienst"
}>
<#assign referenceLabels = {
  "email": "berichtidentificatie",
  "form": "dossiernummer",
  "post": "zendingsnummer"
}>
<#assign how = channels[reminder.channel]!"">
<#assign referenceLabel = referenceLabels[reminder.channel]!"referentie">
Betreft: Herinnering aan mijn bezwaar tegen het gebruik van mijn persoonsgegevens voor het trainen van AI-modellen (artikel 21 AVG)

<@t.par>
<#if letter.place??>${letter.place}, </#if>${letter.date}
</@t.par>

<@t.par>
Onze referentie: ${reminder.requestId}
</@t.par>

<#if letter.representative??>
<#assign rep = letter.representative>
<@t.par>
Kopie aan: ${rep.name}, vertegenwoordiger in de Unie (artikel 27 AVG)<#list rep.lines as line>, ${line}</#list><#if rep.country??>, ${rep.country}</#if><#if rep.email??>, ${rep.email}</#if>
</@t.par>

</#if>
Geachte heer, mevrouw,

<@t.par>
Op ${reminder.sentDate} heb ik bij ${platform.controllerName}, als
verwerkingsverantwoordelijke, op grond van artikel 21, lid 1, AVG bezwaar
gemaakt tegen het gebruik van <#if letter.nonUser>persoonsgegevens over mij
in de diensten van ${platform.name}<#else>de persoonsgegevens die aan mijn
account bij ${platform.name} zijn gekoppeld</#if> voor het trainen van
modellen voor artificiële intelligentie.<#if how?has_content || reminder.reference?has_content>
Ik heb mijn bezwaar<#if how?has_content> ${how}</#if> verstuurd<#if reminder.reference?has_content>
(${referenceLabel}: ${reminder.reference})</#if>.</#if><#if reminder.receivedDate?has_content>
U hebt het op ${reminder.receivedDate} ontvangen.</#if>
<#if letter.nonUser>Ter herinnering: ik heb geen account bij ${platform.name}; ik
identificeer mij met mijn naam, ${sender.name}, en mijn e-mailadres,
${sender.email}.<#else>Ter herinnering: mijn account wordt geïdentificeerd door:</#if>
</@t.par>
<#if !letter.nonUser>

<@t.item "-">
Naam: ${sender.name}
</@t.item>
<#list letter.accountIds as id>
<@t.item "-">
${idLabels[id.kind]!id.kind}: ${id.value}
</@t.item>
</#list>
</#if>

<@t.par>
<#if reminder.extended>De verlengde termijn die u mij op grond van<#else>De termijn van een maand van</#if>
artikel 12, lid 3, AVG<#if reminder.extended> hebt meegedeeld,</#if> is op ${reminder.deadline}
verstreken zonder inhoudelijk antwoord en zonder bevestiging dat de gevraagde
maatregelen zijn genomen. Als u besloot geen gevolg te geven aan mijn
verzoek, moest u mij daarvan op grond van artikel 12, lid 4, onverwijld in
kennis stellen, met opgave van redenen en met vermelding van mijn recht om
een klacht in te dienen bij een toezichthoudende autoriteit en een beroep
in rechte in te stellen: ik heb niets van dien aard ontvangen.
</@t.par>

<@t.par>
Ik verzoek u daarom opnieuw deze verwerking te staken en ze intussen te
beperken (artikel 18), de gegevens die voor deze doeleinden al zijn
verzameld of gebruikt te wissen (artikel 17), de ontvangers daarvan in
kennis te stellen (artikel 19), mij schriftelijk te bevestigen vanaf welke
datum mijn bezwaar is toegepast, en op elk van de andere verzoeken in mijn
brief te antwoorden. Deze herinnering is geen nieuw verzoek en doet geen
nieuwe termijn ingaan.
</@t.par>

<@t.par>
Gelieve mij uiterlijk op ${reminder.graceDate} per e-mail te antwoorden op
${sender.email}; deze termijn uit beleefdheid verlengt de wettelijke
termijn niet, die al verstreken is. Zonder bevredigend antwoord zal ik
zonder verdere aankondiging een klacht indienen bij de bevoegde
toezichthoudende autoriteit (artikel 77 AVG), onverminderd mijn recht op
een beroep in rechte (artikel 79).
</@t.par>

<@t.par>
Hoogachtend,
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
