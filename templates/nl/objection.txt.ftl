<#ftl output_format="plainText">
<#--
  Plain-text twin of objection.ftlx (Dutch), for an email body or a web
  form: same content, no address blocks. The first line is the subject.
  Paragraphs are re-flowed at 76 columns by /common/text.ftl.
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#assign controller = platform.controllerName>
<#function andList items><#if items?size < 2><#return items?join("")></#if><#return items[0..<items?size - 1]?join(", ") + " en " + items?last></#function>
<#assign subject = letter.access?then(
    "Bezwaar (artikel 21 AVG) en verzoek om inzage (artikel 15 AVG): gebruik van mijn persoonsgegevens voor het trainen van AI-modellen",
    "Bezwaar tegen het gebruik van mijn persoonsgegevens voor het trainen van AI-modellen (artikel 21 AVG)")>
<#if letter.subjectPrefix??><#assign subject = letter.subjectPrefix + " – " + subject></#if>
<#assign idLabels = {
  "email": "E-mailadres van het account",
  "profile_url": "Profiel-URL",
  "username": "Gebruikersnaam",
  "phone": "Telefoonnummer"
}>
Betreft: ${subject}

<@t.par>
<#if letter.place??>${letter.place}, </#if>${letter.date}
</@t.par>

<#if letter.representative??>
<#assign rep = letter.representative>
<@t.par>
Kopie aan: ${rep.name}, vertegenwoordiger in de Unie (artikel 27 AVG)<#list rep.lines as line>, ${line}</#list><#if rep.country??>, ${rep.country}</#if><#if rep.email??>, ${rep.email}</#if>
</@t.par>

</#if>
Geachte heer, mevrouw,

<#if letter.nonUser>
<@t.par>
Ik heb geen account bij ${platform.name}. Ik richt mij tot
${controller}<#if platform.registrationNumber??> (registratienummer ${platform.registrationNumber})</#if>
als verwerkingsverantwoordelijke, omdat gegevens over mij in zijn diensten
voorkomen zonder dat ik ze daar zelf heb geplaatst: in inhoud die anderen
hebben geplaatst, of in antwoorden van zijn toepassingen voor artificiële
intelligentie waarin ik word genoemd. Ik identificeer mij met mijn naam,
${sender.name}, en mijn e-mailadres,
${sender.email}.<#if letter.examples?has_content>
Deze gegevens komen onder meer hier voor:</#if>
</@t.par>

<#list letter.examples as example>
<@t.item "-">
${example}
</@t.item>
</#list>
<#else>
<@t.par>
Ik heb een account bij ${platform.name} en richt mij tot
${controller}<#if platform.registrationNumber??> (registratienummer ${platform.registrationNumber})</#if>
als verwerkingsverantwoordelijke. Mijn account kan worden geïdentificeerd
aan de hand van de volgende gegevens:
</@t.par>

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
Deze informatie volstaat om de betrokken gegevens terug te vinden; ik voeg
daarom geen kopie van een identiteitsbewijs bij (artikel 12, lid 6, AVG).
</@t.par>

<@t.par>
Op grond van artikel 21, lid 1, van Verordening (EU) 2016/679 (AVG) maak
ik bezwaar tegen de verwerking van mijn persoonsgegevens op basis van
artikel 6, lid 1, onder f), AVG (gerechtvaardigd belang) met het oog op het
ontwikkelen, trainen, verfijnen of verbeteren van de modellen voor
artificiële intelligentie (AI-modellen), met inbegrip van generatieve
modellen, die ${controller} ontwikkelt of gebruikt in <#if platform.services?has_content>${andList(platform.services)}<#else>zijn diensten</#if>.
Dit bezwaar betreft alle gegevens over mij die voor deze doeleinden worden
verwerkt, in het bijzonder <#if letter.nonUser>berichten, reacties, foto’s
en bijschriften van anderen die over mij gaan, en antwoorden van uw
toepassingen waarin ik word genoemd<#else>de gegevens van mijn account en
profiel, mijn berichten, reacties, foto’s en bijschriften, mijn interacties
met uw AI-functies en gegevens over mij die anderen hebben geplaatst</#if>,
in alle diensten waarvoor ${controller} verwerkingsverantwoordelijke is.
Voor zover een van deze verwerkingen op mijn toestemming berust, trek ik die
in (artikel 7, lid 3). Als mijn gegevens voor direct marketing worden
verwerkt, met inbegrip van profilering die daarmee verband houdt, maak ik
ook daartegen bezwaar (artikel 21, lid 2).
</@t.par>

<@t.par>
Mijn bezwaar berust op de volgende redenen, die verband houden met mijn
specifieke situatie:
</@t.par>

<#if letter.situation??>
<@t.par indent="  ">
${letter.situation}
</@t.par>
<#else>
<@t.par indent="  ">
Deze gegevens gaan over mij: <#if letter.nonUser>wat
anderen over mij hebben gepubliceerd, terwijl ik zelf nooit iets aan uw
diensten heb toevertrouwd. Ik kon redelijkerwijs niet verwachten dat ze
zouden dienen om uw modellen te trainen.<#else>wat ik heb geschreven,
geplaatst of gevraagd, en wat anderen over mij hebben gepubliceerd. Ik heb
ze gedeeld om met anderen in contact te staan en uw diensten te gebruiken,
niet om AI-modellen te trainen, en dat kon ik redelijkerwijs niet
verwachten.</#if> Eenmaal in een model opgenomen, ontsnappen ze aan mijn
controle: het model kan ze aan derden weergeven, soms woordelijk, of er
conclusies over mij uit trekken, juist of niet. Deze risico’s voor mijn
rechten en vrijheden wegen zwaarder dan het belang waarop u zich beroept.
Mijn verzoek geldt daarom ook voor modellen die al met deze gegevens zijn
getraind, tenzij u aantoont dat ze anoniem zijn (advies 28/2024 van het
Europees Comité voor gegevensbescherming).
</@t.par>
</#if>

<#if letter.specialCategories>
<@t.par>
Deze gegevens onthullen bovendien bijzondere categorieën van
persoonsgegevens (artikel 9, lid 1, AVG), waarvan de verwerking verboden is
tenzij een uitzondering van artikel 9, lid 2, van toepassing is; geen
daarvan lijkt mij het trainen van AI-modellen te dekken. Dat sommige ervan
online toegankelijk zijn, betekent niet dat ik ze kennelijk openbaar heb
gemaakt (artikel 9, lid 2, onder e), AVG), laat staan met dat doel. Dit
versterkt mijn bezwaar.
</@t.par>

</#if>
<@t.par>
Ik verzoek u daarom:
</@t.par>

<@t.item "1.">
elke verwerking van mijn gegevens voor deze doeleinden te staken en, in
afwachting van de beoordeling of er dwingende gerechtvaardigde gronden
zijn, de verwerking ervan te beperken (artikel 18, lid 1, onder d), AVG);
</@t.item>
<@t.item "2.">
de gegevens over mij die voor deze doeleinden zijn verzameld of gebruikt,
ook in trainingsdatasets, te wissen en ze uit te sluiten van elke
toekomstige training, ook voor modellen waarvan u niet aantoont dat ze
anoniem zijn (artikel 17, lid 1, onder c));
</@t.item>
<@t.item "3.">
elke ontvanger aan wie de gegevens zijn verstrekt, van deze maatregelen in
kennis te stellen en mij mee te delen wie die ontvangers zijn (artikel 19);
</@t.item>
<@t.item "4.">
mij schriftelijk te bevestigen dat mijn bezwaar is geregistreerd en
toegepast, met vermelding van de datum waarop het is ingegaan;
</@t.item>
<@t.item "5.">
indien u meent dwingende gerechtvaardigde gronden te hebben die zwaarder
wegen dan mijn belangen, rechten en vrijheden, die uiteen te zetten en aan
te tonen (artikel 21, lid 1), in een gemotiveerd antwoord dat mij wijst op
de rechtsmiddelen waarover ik beschik (artikel 12, lid 4).
</@t.item>

<#if letter.access>
<@t.par>
Op grond van artikel 15 AVG verzoek ik u bovendien om inzage in de
gegevens over mij die voor deze doeleinden worden verwerkt, en alleen in
die gegevens, met de volgende informatie: of ze zijn gebruikt om AI-modellen
te ontwikkelen of te trainen en, zo ja, welke; de betrokken categorieën van
gegevens; hun bron, voor gegevens die niet bij mij zijn verzameld
(artikel 15, lid 1, onder g)); hun ontvangers (artikel 15, lid 1,
onder c)); hoe lang ze zullen worden opgeslagen (artikel 15, lid 1,
onder d)); en of en hoe u hebt beoordeeld of deze modellen anoniem zijn. Ik
verzoek u ook om een kopie van de gebruikte gegevens (artikel 15, lid 3).
Voor dit verzoek om inzage geldt dezelfde termijn van een maand
(artikel 12, lid 3).
</@t.par>

</#if>
<#if letter.settingRecorded>
<@t.par>
Ik heb bovendien de instelling uitgeschakeld die u aanbiedt om dit
gebruik te weigeren. Deze brief betreft wat die instelling niet dekt: de
reeds verzamelde of gebruikte gegevens, de wissing ervan, de kennisgeving
aan de ontvangers en de hierboven gevraagde schriftelijke bevestiging.
</@t.par>

</#if>
<@t.par>
Ik verzoek u mij zonder onredelijke vertraging en in ieder geval binnen
een maand na ontvangst van dit verzoek te antwoorden (artikel 12, lid 3,
AVG); een verlenging moet mij binnen die maand worden meegedeeld, met
opgave van redenen. De behandeling van dit verzoek is kosteloos
(artikel 12, lid 5). Gelieve uw antwoord per e-mail te sturen naar
${sender.email}. Als ik binnen die termijn geen bevredigend antwoord
ontvang, behoud ik mij het recht voor een klacht in te dienen bij een
toezichthoudende autoriteit (artikel 77) en een beroep in rechte in te
stellen (artikel 79).
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
