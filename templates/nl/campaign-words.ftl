<#ftl>
<#--
  Dutch wording of the campaign documents (/common/mandated.ftlx and
  /common/mandated.txt.ftl): the bezwaar that an association makes on a
  member's behalf and under their mandaat (art. 21; art. 80(1) only for complaints lodged later), and the mandaat the
  member signs. Our own wording.
-->
<#assign a = mandate.association>
<#assign member = mandate.member.name>
<#assign platform = letter.platform!{}>
<#function andList items><#if items?size < 2><#return items?join("")></#if><#return items[0..<items?size - 1]?join(", ") + " en " + items?last></#function>
<#assign controller = (platform.controllerName)!"">
<#assign services = (platform.services?has_content)?then(andList(platform.services), "haar diensten")>
<#assign signedOn = (mandate.signedOn??)?then(" op " + mandate.signedOn!, "")>
<#assign words = {
  "subjectLabel": "Betreft: ",
  "subject": "Bezwaar namens " + member + " tegen het gebruik van persoonsgegevens voor het trainen van AI-modellen (artikel 21 AVG)",
  "metaSubject": "Bezwaar art. 21 AVG (op mandaat) – " + (platform.name)!"",
  "attentionDpo": "Ter attentie van de functionaris voor gegevensbescherming",
  "copyLabel": "Kopie aan:",
  "copyRole": "vertegenwoordiger in de Unie (artikel 27 AVG)",
  "dateLine": a.addressLines?last?replace("^[0-9A-Z -]*[0-9]+ ", "", "r") + ", " + letter.date,
  "registered": "Aangetekende brief met ontvangstbevestiging",
  "salutation": "Geachte heer, mevrouw,",
  "intro": a.name + ", " + a.legalForm + " (nr. " + a.registrationNumber + "), schrijft " + controller
      + ((platform.registrationNumber)??)?then(" (inschrijvingsnummer " + platform.registrationNumber! + ")", "")
      + " aan als verwerkingsverantwoordelijke, in naam en voor rekening van " + member + ", die ons" + signedOn
      + " een mandaat heeft gegeven om namens hem of haar de rechten uit te oefenen die de Verordening (EU) 2016/679 (AVG) toekent, waaronder het recht van bezwaar: dit bezwaar wordt namens ons lid en krachtens dat mandaat gemaakt. Een kopie van het mandaat is bijgevoegd.",
  "article80": a.name + " is een naar behoren opgerichte organisatie zonder winstoogmerk, met statutaire doelstellingen van openbaar belang (" + a.statutoryObjectives + "), die actief is op het gebied van de bescherming van de rechten en vrijheden van betrokkenen in verband met de bescherming van hun persoonsgegevens (" + a.dataProtectionActivity + "). Als zodanig kan zij ook, op grond van artikel 80, lid 1, AVG, namens ons lid een klacht indienen bij een toezichthoudende autoriteit en de rechten uitoefenen bedoeld in de artikelen 77 tot en met 79 AVG.",
  "identify": "Het account van ons lid is te identificeren aan de hand van de volgende gegevens, die volstaan om de betrokken gegevens terug te vinden (artikel 12, lid 6, AVG):",
  "nameLabel": "Naam: ",
  "colon": ": ",
  "idLabels": {"email": "E-mailadres van het account", "profile_url": "Profiel-URL", "username": "Gebruikersnaam", "phone": "Telefoonnummer"},
  "objection": "Namens ons lid en op grond van artikel 21, lid 1, AVG maken wij bezwaar tegen de verwerking van zijn of haar persoonsgegevens op grond van artikel 6, lid 1, onder f), AVG (gerechtvaardigd belang) met het doel modellen voor kunstmatige intelligentie, waaronder generatieve modellen, te ontwikkelen, te trainen, te verfijnen of te verbeteren die " + controller + " ontwikkelt of gebruikt in " + services + ". Dit bezwaar betreft alle gegevens over ons lid die voor die doeleinden worden verwerkt: de gegevens van het account en het profiel, berichten, reacties, foto's en bijschriften, de interacties met uw AI-functies en gegevens over ons lid die door anderen zijn gepubliceerd. Voor zover een van deze verwerkingen op toestemming berust, wordt die toestemming ingetrokken (artikel 7, lid 3). Voor zover de gegevens voor direct marketing worden gebruikt, met inbegrip van profilering die daarmee verband houdt, maakt ons lid daartegen eveneens bezwaar (artikel 21, lid 2).",
  "situationIntro": "Dit bezwaar berust op de volgende redenen die verband houden met de specifieke situatie van ons lid:",
  "defaultSituation": "Deze gegevens gaan over ons lid: wat hij of zij heeft geschreven, gepubliceerd of gevraagd, en wat anderen over hem of haar hebben gepubliceerd. Ons lid heeft ze gedeeld om met anderen te communiceren en uw diensten te gebruiken, niet om modellen voor kunstmatige intelligentie te trainen, wat ons lid redelijkerwijs niet kon verwachten. Eenmaal in een model opgenomen, ontsnappen de gegevens aan zijn of haar controle: het model kan ze aan derden weergeven of er al dan niet juiste conclusies over ons lid uit trekken. Deze risico's voor zijn of haar rechten en vrijheden wegen zwaarder dan het belang waarop u zich beroept; het verzoek geldt dan ook voor modellen die al met deze gegevens zijn getraind, tenzij u aantoont dat zij anoniem zijn (advies 28/2024 van het Europees Comité voor gegevensbescherming).",
  "requestsIntro": "Wij verzoeken u daarom, namens ons lid:",
  "requests": [
    "elke verwerking van zijn of haar gegevens voor deze doeleinden te staken en, in afwachting van de toetsing van eventuele dwingende gerechtvaardigde gronden, de verwerking te beperken (artikel 18, lid 1, onder d), AVG);",
    "de gegevens die voor deze doeleinden zijn verzameld of gebruikt te wissen, ook in trainingsdatasets, en ze uit te sluiten van elke toekomstige training (artikel 17, lid 1, onder c));",
    "deze maatregelen mee te delen aan elke ontvanger aan wie de gegevens zijn verstrekt, en ons te laten weten wie die ontvangers zijn (artikel 19);",
    "ons schriftelijk te bevestigen dat het bezwaar is geregistreerd en wordt toegepast, met vermelding van de datum waarop het is ingegaan;",
    "indien u meent dwingende gerechtvaardigde gronden te hebben die zwaarder wegen dan de belangen, rechten en vrijheden van ons lid, die gronden aan te voeren en aan te tonen (artikel 21, lid 1), in een gemotiveerd antwoord dat de beschikbare rechtsmiddelen vermeldt (artikel 12, lid 4)."
  ],
  "deadline": "Wij verzoeken u onverwijld en uiterlijk binnen een maand na ontvangst van dit verzoek te antwoorden (artikel 12, lid 3, AVG), per e-mail aan " + a.name + " op " + a.email + "; een verlenging moet binnen die maand met redenen worden meegedeeld. De behandeling van dit verzoek is kosteloos (artikel 12, lid 5). Zonder bevredigend antwoord binnen die termijn behoudt " + a.name + " zich het recht voor om namens ons lid een klacht in te dienen bij een toezichthoudende autoriteit (artikelen 77 en 80, lid 1).",
  "closing": "Met vriendelijke groet,",
  "forAssociation": "Namens " + a.name,
  "enclosure": "Bijlage: kopie van het mandaat van " + member + ".",
  "mandateTitle": "Mandaat tot vertegenwoordiging",
  "mandateGrant": "Ondergetekende, " + member + ", e-mailadres " + mandate.member.email + ", geeft " + a.name + ", " + a.legalForm + " (nr. " + a.registrationNumber + "), met zetel te " + a.addressLines?join(", ") + ", " + a.country + ", mandaat om in mijn naam en voor mijn rekening het volgende te doen, op grond van Verordening (EU) 2016/679 (AVG) en, voor de klachten en rechtsmiddelen van punt 3, overeenkomstig artikel 80, lid 1, ervan:",
  "mandatePowers": [
    "bezwaar maken tegen de verwerking van mijn persoonsgegevens voor het ontwikkelen, trainen of verbeteren van modellen voor kunstmatige intelligentie (artikel 21), en de beperking, wissing en kennisgeving aan ontvangers vragen die daaruit volgen (artikelen 17, 18 en 19);",
    "de antwoorden van de verwerkingsverantwoordelijken ontvangen en er gevolg aan geven;",
    "namens mij een klacht indienen bij een toezichthoudende autoriteit (artikel 77) en namens mij de rechtsmiddelen van de artikelen 78 en 79 AVG uitoefenen."
  ],
  "mandatePlatforms": "Dit mandaat geldt ten aanzien van de verwerkingsverantwoordelijken van de volgende diensten:",
  "mandateBody": a.name + " verklaart een naar behoren opgerichte organisatie zonder winstoogmerk te zijn, met statutaire doelstellingen van openbaar belang (" + a.statutoryObjectives + "), die actief is op het gebied van de bescherming van de rechten en vrijheden van betrokkenen (" + a.dataProtectionActivity + ").",
  "mandateWithdrawal": "Ik kan dit mandaat op elk moment intrekken, met een eenvoudig bericht aan " + a.email + " of per brief. De intrekking geldt voor de toekomst: zij doet geen afbreuk aan de stappen die al zijn gezet, waarvan de stukken worden bewaard voor de betrokken rechten.",
  "mandateData": a.name + " gebruikt mijn gegevens uitsluitend voor dit mandaat.",
  "mandatePlaceDate": (mandate.signedOn??)?then("Ondertekend op " + mandate.signedOn!, "Plaats: ………………………………  Datum: ………………………………"),
  "mandateSignature": "Handtekening van het lid:",
  "mandateAccepted": "Mandaat aanvaard namens " + a.name + ":"
}>
