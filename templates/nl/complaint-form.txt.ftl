<#ftl output_format="plainText">
<#--
  The complaint of complaint.ftlx, laid out to be pasted field by field into
  the authority's online complaint form (Dutch). Same variables as
  complaint.ftlx; the fields come from complaint.form (url, fields[key,
  label, maxChars], note, toVerify), in order, each opened by a label line
  "== label ==". When the catalogue marks the fields as unconfirmed
  (form.toVerify), the output says so. A field over its length limit is
  followed by a note asking to shorten it.
  Field keys: complainant, contact, account, controller,
  controller_address, right_exercised, dates, previous_steps, facts,
  grounds, remedy, uploads, confidential.
  Nothing the controller said is asserted unless it is quoted from
  complaint.grounds. Vocabulary of the Dutch GDPR text, as complaint.ftlx.
  Paragraphs are re-flowed at 76 columns by /common/text.ftl.
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#assign controller = complaint.controller>
<#assign idLabels = {
  "email": "e-mailadres van het account",
  "profile_url": "profiel-URL",
  "username": "gebruikersnaam",
  "phone": "telefoonnummer"
}>
<#assign events = {
  "sent": "bezwaar verzonden",
  "received": "ontvangen door de verwerkingsverantwoordelijke",
  "acknowledged": "ontvangstbevestiging",
  "extension": "verlenging meegedeeld",
  "identity_requested": "identiteitsbewijs gevraagd",
  "identity_provided": "identiteitsbewijs bezorgd",
  "reminder": "herinnering verzonden",
  "answered": "antwoord van de verwerkingsverantwoordelijke",
  "refused": "weigering door de verwerkingsverantwoordelijke",
  "deadline": "uiterste antwoorddatum",
  "grace_end": "einde van de termijn uit de herinnering",
  "no_answer": "geen antwoord ontvangen"
}>
<#assign channels = {
  "email": "e-mail",
  "form": "onlineformulier",
  "post": "post",
  "setting": "instelling in de dienst"
}>
<#-- One short phrase per infringement key, for the facts. -->
<#assign infringementPhrases = {
  "12(3)": "geen antwoord binnen de termijn (artikel 12, lid 3)",
  "12(4)": "geen redenen en geen informatie over klacht en beroep (artikel 12, lid 4)",
  "21(1)": "verwerking voortgezet zonder aangetoonde dwingende gerechtvaardigde gronden (artikel 21, lid 1)",
  "18(1)(d)": "verwerking niet beperkt in afwachting van de beoordeling (artikel 18, lid 1, onder d))",
  "17(1)(c)": "geen wissing van de voor training verzamelde of gebruikte gegevens (artikel 17, lid 1, onder c))",
  "19": "ontvangers niet in kennis gesteld (artikel 19)"
}>
<#-- Labels used only if the template is called without complaint.form. -->
<#assign fallbackLabels = {
  "complainant": "Uw gegevens",
  "contact": "Contactgegevens",
  "account": "Uw account",
  "controller": "Verwerkingsverantwoordelijke",
  "controller_address": "Adres van de verwerkingsverantwoordelijke",
  "right_exercised": "Uitgeoefend recht",
  "dates": "Data",
  "previous_steps": "Eerdere stappen",
  "facts": "Beschrijving van de feiten",
  "grounds": "Gronden van de weigering",
  "remedy": "Wat u vraagt",
  "uploads": "Bijlagen",
  "confidential": "Vertrouwelijkheid"
}>
<#assign fields = (complaint.form?? && complaint.form.fields?has_content)?then(complaint.form.fields,
    fallbackLabels?keys?map(k -> {"key": k, "label": fallbackLabels[k]}))>
<#assign dateEvents = ["sent", "received", "extension", "deadline", "reminder", "grace_end", "answered", "refused"]>
<#assign sentRows = complaint.chronology?filter(row -> row.event == "sent")>
<#assign receivedRows = complaint.chronology?filter(row -> row.event == "received")>
<#assign reminderRows = complaint.chronology?filter(row -> row.event == "reminder")>
<#assign refusedRows = complaint.chronology?filter(row -> row.event == "refused" && row.annex??)>
<#assign extended = complaint.chronology?filter(row -> row.event == "extension")?has_content>
<#if complaint.grounds?? && complaint.grounds.annex??>
  <#assign replyAnnex = complaint.grounds.annex>
<#elseif refusedRows?has_content>
  <#assign replyAnnex = refusedRows?first.annex>
</#if>
<#-- The content of one field, by key. -->
<#macro field key>
<#switch key>
<#case "complainant">
${sender.name}
<#list sender.addressLines as line>
${line}
</#list>
${sender.country}
<#break>
<#case "contact">
E-mail: ${sender.email}
<#if sender.phone??>
Telefoon: ${sender.phone}
</#if>
<#break>
<#case "account">
<#list letter.accountIds as id>
<@t.par>
${platform.name}-account, ${idLabels[id.kind]!id.kind}: ${id.value}
</@t.par>
</#list>
<#break>
<#case "controller">
<@t.par>
${controller.legalName} (${platform.name})
</@t.par>
<#if controller.registrationNumber??>
Registratienummer: ${controller.registrationNumber}
</#if>
<#if controller.leadAuthority??>
<@t.par>
Leidende toezichthoudende autoriteit: ${controller.leadAuthority}<#if controller.leadToVerify> (te verifiëren)</#if>
</@t.par>
</#if>
<#break>
<#case "controller_address">
<#list controller.addressLines as line>
${line}
</#list>
${controller.country}
<#break>
<#case "right_exercised">
<@t.par>
Recht van bezwaar (artikel 21, lid 1, AVG) tegen het gebruik van mijn
gegevens om modellen voor artificiële intelligentie te ontwikkelen en te
trainen, met verzoeken om wissing (artikel 17, lid 1, onder c)), om
beperking van de verwerking in afwachting van de beoordeling van eventuele
dwingende gerechtvaardigde gronden (artikel 18, lid 1, onder d)) en om
kennisgeving aan de ontvangers (artikel 19).
</@t.par>
<#break>
<#case "dates">
<#list complaint.chronology?filter(row -> dateEvents?seq_contains(row.event)) as row>
${events[row.event]?cap_first}: ${row.date}
</#list>
<#break>
<#case "previous_steps">
<#list complaint.chronology as row>
<@t.item "-">
${row.date} – ${events[row.event]!row.event}<#if row.channel??> – ${channels[row.channel]!row.channel}</#if><#if row.reference??> – ${row.reference}</#if><#if row.annex??> – bijlage ${row.annex}</#if>
</@t.item>
</#list>
<#if complaint.missingProof?has_content>

<@t.par>
Stappen zonder bewijsstuk: voor de volgende stappen heb ik op dit moment
geen bewijsstuk; ik bezorg op verzoek elk bewijs dat ik kan verkrijgen.
</@t.par>
<#list complaint.missingProof as step>
<@t.item "-">
${step.date} – ${events[step.event]!step.event}<#if step.channel??> – ${channels[step.channel]!step.channel}</#if>
</@t.item>
</#list>
</#if>
<#break>
<#case "facts">
<@t.par>
<#if sentRows?has_content>Op ${sentRows?first.date} heb ik<#else>Ik heb</#if> ${controller.legalName},
de verwerkingsverantwoordelijke voor de gegevens van mijn
${platform.name}-account, een bezwaar bezorgd op grond van artikel 21,
lid 1, AVG tegen het gebruik van die gegevens om modellen voor artificiële
intelligentie te ontwikkelen en te trainen.<#if receivedRows?has_content> Het werd ontvangen op ${receivedRows?first.date}.</#if>
Het antwoord <#if complaint.forced>moet<#else>moest</#if> uiterlijk op ${complaint.deadline} komen
(artikel 12, lid 3).<#if reminderRows?has_content> Ik heb de verwerkingsverantwoordelijke een
herinnering gestuurd <#list reminderRows as row>op ${row.date}<#sep>, en daarna </#sep></#list>.</#if>
<#if complaint.refused><#if complaint.refusedDate??>Op ${complaint.refusedDate} heeft<#else>Daarna heeft</#if> de
verwerkingsverantwoordelijke geweigerd gevolg te geven aan mijn
bezwaar.<#elseif complaint.silence>Tot op heden heb ik geen inhoudelijk antwoord ontvangen<#if !extended>, geen
kennisgeving van een verlenging</#if> en geen bevestiging dat mijn bezwaar
wordt toegepast.<#elseif !complaint.forced>Het ontvangen antwoord geeft geen
gevolg aan mijn bezwaar.</#if>
</@t.par>
<#if complaint.forced>

<@t.par>
Deze klacht werd opgesteld voordat de wettelijke antwoordtermijn verstreken
was, en er werd geen weigering ontvangen.
</@t.par>
</#if>
<#if complaint.graceEnd??>

<@t.par>
Ze werd opgesteld vóór het einde van de termijn die mijn herinnering de
verwerkingsverantwoordelijke gaf om te antwoorden (${complaint.graceEnd}).
</@t.par>
</#if>
<#if complaint.infringements?has_content>

<@t.par>
Inbreuken: <#list complaint.infringements as key>${infringementPhrases[key]!("artikel " + key)}<#sep>; </#sep></#list>.
</@t.par>
</#if>
<#if complaint.association??>

<@t.par>
Deze klacht wordt namens mij ingediend door ${complaint.association}, een
organisatie zonder winstoogmerk die ik overeenkomstig artikel 80, lid 1,
AVG heb gemandateerd; het ondertekende mandaat is bijgevoegd.
</@t.par>
</#if>

<@t.par>
De briefwisseling en de bewijsstukken van elke stap zijn bijgevoegd.
</@t.par>
<#break>
<#case "grounds">
<#if complaint.refused>
<#if complaint.grounds??>
<#assign grounds = complaint.grounds>
<@t.par>
<#if grounds.fromReply>Het antwoord van de verwerkingsverantwoordelijke<#if complaint.refusedDate??> van ${complaint.refusedDate}</#if><#if replyAnnex??>
(bijlage ${replyAnnex})</#if> luidt<#if grounds.shortened> onder meer</#if>:<#else>Volgens mijn samenvatting van het antwoord van de
verwerkingsverantwoordelijke<#if replyAnnex??> (bijlage ${replyAnnex})</#if> zijn zijn gronden de
volgende:</#if>
</@t.par>

<@t.par indent="  ">
“${grounds.text?trim}”
</@t.par>
<#if grounds.fromReply && grounds.shortened>

<@t.par>
Dit is een uittreksel<#if replyAnnex??>; het volledige antwoord is gevoegd als bijlage ${replyAnnex}</#if>.
</@t.par>
</#if>

<@t.par>
Na mijn bezwaar moest de verwerkingsverantwoordelijke de verwerking staken,
tenzij hij dwingende gerechtvaardigde gronden voor de verwerking aanvoert
die zwaarder wegen dan mijn belangen, rechten en vrijheden (artikel 21,
lid 1, AVG). De bewijslast ligt bij de verwerkingsverantwoordelijke: een
algemene verwijzing naar een “gerechtvaardigd belang”, of de bewering dat
een “belangenafweging” is gemaakt, toont zulke gronden niet aan. Naar mijn
oordeel tonen de hierboven aangehaalde gronden geen dwingende
gerechtvaardigde gronden aan.
</@t.par>
<#else>
<@t.par>
<#if replyAnnex??>Het antwoord van de verwerkingsverantwoordelijke is gevoegd als
bijlage ${replyAnnex}. </#if>Na mijn bezwaar moest de verwerkingsverantwoordelijke de
verwerking staken, tenzij hij dwingende gerechtvaardigde gronden voor de
verwerking aanvoert die zwaarder wegen dan mijn belangen, rechten en
vrijheden (artikel 21, lid 1, AVG); de bewijslast ligt bij hem.
</@t.par>
</#if>
<#if complaint.rebuttal??>

Mijn eigen opmerkingen:

<@t.par>
${complaint.rebuttal}
</@t.par>
</#if>
<#else>
<@t.par>
Mij zijn geen gronden voor een weigering meegedeeld.
</@t.par>
</#if>
<#break>
<#case "remedy">
<@t.item "-">
deze klacht te onderzoeken;
</@t.item>
<@t.item "-">
${controller.legalName} te gelasten mijn verzoeken tot uitoefening van mijn
rechten in te willigen (artikel 58, lid 2, onder c), AVG): het gebruik van
mijn gegevens voor het ontwikkelen en trainen van zijn AI-modellen
stopzetten, de reeds daarvoor verzamelde of gebruikte gegevens wissen, de
ontvangers daarvan in kennis stellen en mij dat schriftelijk bevestigen;
</@t.item>
<@t.item "-">
hem te gelasten deze verwerking in overeenstemming te brengen met de AVG
(artikel 58, lid 2, onder d));
</@t.item>
<#if !controller.leadIsThisAuthority && controller.leadAuthority??>
<@t.item "-">
de klacht te behandelen in samenwerking met de leidende toezichthoudende
autoriteit (artikelen 56 en 60 AVG)<#if controller.leadToVerify>, die onder voorbehoud van
verificatie ${controller.leadAuthority} zou zijn<#else>, ${controller.leadAuthority}</#if>;
</@t.item>
</#if>
<@t.item "-">
mij te informeren over de voortgang en het resultaat van mijn klacht
(artikel 77, lid 2, AVG).
</@t.item>
<#break>
<#case "uploads">
<#list complaint.uploads as file>
<@t.item (file?counter + ".")>
${file}
</@t.item>
</#list>
<#if !complaint.uploads?has_content>
(geen)
</#if>
<#if complaint.association??>
<@t.par>
Voeg ook het ondertekende mandaat gegeven aan ${complaint.association} bij
(artikel 80, lid 1, AVG).
</@t.par>
</#if>
<#break>
<#case "confidential">
<#if complaint.confidential>
<@t.par>
Ja: ik verzoek u mijn identiteit niet bekend te maken aan
${controller.legalName}, behalve voor zover de behandeling van de klacht
dat vereist.
</@t.par>
<#else>
Nee.
</#if>
<#break>
<#default>
(in te vullen)
</#switch>
</#macro>
<@t.par>
Klacht op grond van artikel 77 AVG – ${complaint.authority.name}
(${complaint.authority.shortName}) – tekst om in het online
klachtenformulier over te nemen
</@t.par>
<#if complaint.form??>
Formulier: ${complaint.form.url}
</#if>
Referentie van het verzoek: ${complaint.requestId}

<#if !complaint.form?? || complaint.form.toVerify>
<@t.par>
De precieze velden van dit formulier zijn te verifiëren op de website van
de autoriteit (${complaint.authority.shortName}): de onderstaande blokken
volgen de verwachte inhoud van een klacht. Neem elk blok over in het
overeenkomstige veld.
</@t.par>

</#if>
<#if complaint.form?? && complaint.form.note??>
<@t.par>
${complaint.form.note}
</@t.par>

</#if>
<#if complaint.forced>
<@t.par>
WAARSCHUWING: deze klacht werd opgesteld voordat de wettelijke
antwoordtermijn (${complaint.deadline}) verstreken was, en er werd geen
weigering ontvangen.<#if complaint.possibleFrom??> Een klacht is normaal pas mogelijk vanaf ${complaint.possibleFrom}.</#if>
</@t.par>

</#if>
<#list fields as f>
== ${f.label} ==
<#-- Blank lines around the field dropped, the first line's indent kept. -->
<#assign content><@field f.key/></#assign>
<#assign content = content?replace(r"^(\s*\n)+|\s+$", "", "r")>
${content}
<#if f.maxChars?? && content?length gt f.maxChars>
[Let op: deze tekst telt ${content?length} tekens; het veld aanvaardt er
hoogstens ${f.maxChars}: kort hem in.]
</#if>
<#sep>

</#sep>
</#list>
