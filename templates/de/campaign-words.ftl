<#ftl>
<#--
  German wording of the campaign documents (/common/mandated.ftlx and
  /common/mandated.txt.ftl): the Widerspruch that an association lodges on a
  member's behalf and under their Vollmacht (art. 21; art. 80(1) only for complaints lodged later), and the Vollmacht
  the member signs. Our own wording.
-->
<#assign a = mandate.association>
<#assign member = mandate.member.name>
<#assign platform = letter.platform!{}>
<#function andList items><#if items?size < 2><#return items?join("")></#if><#return items[0..<items?size - 1]?join(", ") + " und " + items?last></#function>
<#assign controller = (platform.controllerName)!"">
<#assign services = (platform.services?has_content)?then(andList(platform.services), "ihren Diensten")>
<#assign signedOn = (mandate.signedOn??)?then(" am " + mandate.signedOn!, "")>
<#assign words = {
  "subjectLabel": "Betreff: ",
  "subject": "Widerspruch im Namen von " + member + " gegen die Nutzung personenbezogener Daten zum Training von KI-Modellen (Art. 21 DSGVO)",
  "metaSubject": "Widerspruch Art. 21 DSGVO (in Vollmacht) – " + (platform.name)!"",
  "attentionDpo": "z. Hd. der/des Datenschutzbeauftragten",
  "copyLabel": "Kopie an:",
  "copyRole": "Vertreter in der Union (Art. 27 DSGVO)",
  "dateLine": a.addressLines?last?replace("^[0-9A-Z -]*[0-9]+ ", "", "r") + ", " + letter.date,
  "registered": "Einschreiben mit Rückschein",
  "salutation": "Sehr geehrte Damen und Herren,",
  "intro": a.name + ", " + a.legalForm + " (Nr. " + a.registrationNumber + "), wendet sich an " + controller
      + ((platform.registrationNumber)??)?then(" (Registernummer " + platform.registrationNumber! + ")", "")
      + " als Verantwortlichen im Namen und im Auftrag von " + member + ", die oder der uns" + signedOn
      + " bevollmächtigt hat, ihre bzw. seine Rechte aus der Verordnung (EU) 2016/679 (DSGVO), darunter das Widerspruchsrecht, in ihrem bzw. seinem Namen wahrzunehmen: dieser Widerspruch wird im Namen unseres Mitglieds und aufgrund dieser Vollmacht eingelegt. Eine Kopie der Vollmacht liegt bei.",
  "article80": a.name + " ist eine ordnungsgemäß gegründete Organisation ohne Gewinnerzielungsabsicht, deren satzungsmäßige Ziele im öffentlichen Interesse liegen (" + a.statutoryObjectives + ") und die im Bereich des Schutzes der Rechte und Freiheiten von betroffenen Personen in Bezug auf den Schutz ihrer personenbezogenen Daten tätig ist (" + a.dataProtectionActivity + "). Als solche kann sie nach Art. 80 Abs. 1 DSGVO im Namen unseres Mitglieds auch Beschwerde bei einer Aufsichtsbehörde einlegen und die in Art. 77 bis 79 DSGVO genannten Rechte wahrnehmen.",
  "identify": "Das Konto unseres Mitglieds lässt sich anhand folgender Angaben identifizieren, die genügen, um die betroffenen Daten zu finden (Art. 12 Abs. 6 DSGVO):",
  "nameLabel": "Name: ",
  "colon": ": ",
  "idLabels": {"email": "E-Mail-Adresse des Kontos", "profile_url": "Profil-URL", "username": "Benutzername", "phone": "Telefonnummer"},
  "objection": "Im Namen unseres Mitglieds legen wir gemäß Art. 21 Abs. 1 DSGVO Widerspruch gegen die auf Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse) gestützte Verarbeitung seiner personenbezogenen Daten ein, soweit sie dazu dient, Modelle künstlicher Intelligenz, einschließlich generativer Modelle, zu entwickeln, zu trainieren, feinabzustimmen oder zu verbessern, die " + controller + " in " + services + " entwickelt oder einsetzt. Der Widerspruch erfasst alle zu diesen Zwecken verarbeiteten Daten über unser Mitglied: die Daten des Kontos und des Profils, Beiträge, Kommentare, Fotos und Bildunterschriften, die Interaktionen mit Ihren KI-Funktionen sowie von anderen veröffentlichte Daten über unser Mitglied. Soweit eine dieser Verarbeitungen auf einer Einwilligung beruht, wird diese widerrufen (Art. 7 Abs. 3). Soweit die Daten für Direktwerbung einschließlich eines damit verbundenen Profilings verwendet werden, widerspricht unser Mitglied auch dem (Art. 21 Abs. 2).",
  "situationIntro": "Der Widerspruch stützt sich auf folgende Gründe, die sich aus der besonderen Situation unseres Mitglieds ergeben:",
  "defaultSituation": "Diese Daten betreffen unser Mitglied: was es geschrieben, veröffentlicht oder gefragt hat und was andere über es veröffentlicht haben. Es hat sie geteilt, um sich mit anderen auszutauschen und Ihre Dienste zu nutzen, nicht um Modelle künstlicher Intelligenz zu trainieren, womit es vernünftigerweise nicht rechnen konnte. Einmal in ein Modell eingeflossen, entziehen sich die Daten seiner Kontrolle: Das Modell kann sie Dritten wiedergeben oder daraus zutreffende oder unzutreffende Schlüsse über unser Mitglied ziehen. Diese Risiken für seine Rechte und Freiheiten überwiegen das von Ihnen geltend gemachte Interesse; der Antrag gilt daher auch für bereits mit diesen Daten trainierte Modelle, es sei denn, Sie weisen nach, dass sie anonym sind (Stellungnahme 28/2024 des Europäischen Datenschutzausschusses).",
  "requestsIntro": "Wir fordern Sie daher im Namen unseres Mitglieds auf,",
  "requests": [
    "jede Verarbeitung seiner Daten zu diesen Zwecken einzustellen und sie bis zur Prüfung etwaiger zwingender schutzwürdiger Gründe einzuschränken (Art. 18 Abs. 1 lit. d DSGVO);",
    "die zu diesen Zwecken erhobenen oder verwendeten Daten zu löschen, auch in Trainingsdatensätzen, und sie von jedem künftigen Training auszuschließen (Art. 17 Abs. 1 lit. c);",
    "diese Maßnahmen allen Empfängern mitzuteilen, denen die Daten offengelegt wurden, und uns diese Empfänger zu nennen (Art. 19);",
    "uns schriftlich zu bestätigen, dass der Widerspruch erfasst ist und umgesetzt wird, unter Angabe des Datums, ab dem er wirkt;",
    "falls Sie zwingende schutzwürdige Gründe geltend machen, die die Interessen, Rechte und Freiheiten unseres Mitglieds überwiegen, diese darzulegen und nachzuweisen (Art. 21 Abs. 1), in einer begründeten Antwort mit Angabe der Rechtsbehelfe (Art. 12 Abs. 4)."
  ],
  "deadline": "Bitte antworten Sie unverzüglich, spätestens innerhalb eines Monats nach Eingang dieses Antrags (Art. 12 Abs. 3 DSGVO), per E-Mail an " + a.name + " unter " + a.email + "; eine Fristverlängerung ist innerhalb dieses Monats unter Angabe der Gründe mitzuteilen. Die Bearbeitung ist unentgeltlich (Art. 12 Abs. 5). Ohne zufriedenstellende Antwort innerhalb dieser Frist behält sich " + a.name + " vor, im Namen unseres Mitglieds Beschwerde bei einer Aufsichtsbehörde einzulegen (Art. 77 und Art. 80 Abs. 1).",
  "closing": "Mit freundlichen Grüßen",
  "forAssociation": "Für " + a.name,
  "enclosure": "Anlage: Kopie der Vollmacht von " + member + ".",
  "mandateTitle": "Vollmacht zur Vertretung",
  "mandateGrant": "Ich, " + member + ", E-Mail-Adresse " + mandate.member.email + ", bevollmächtige " + a.name + ", " + a.legalForm + " (Nr. " + a.registrationNumber + "), mit Sitz in " + a.addressLines?join(", ") + ", " + a.country + ", in meinem Namen und für mich Folgendes wahrzunehmen, auf Grundlage der Verordnung (EU) 2016/679 (DSGVO) und, für die Beschwerden und Rechtsbehelfe unter Nummer 3, gemäß deren Art. 80 Abs. 1:",
  "mandatePowers": [
    "Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten zur Entwicklung, zum Training oder zur Verbesserung von Modellen künstlicher Intelligenz einzulegen (Art. 21) und die daraus folgende Einschränkung, Löschung und Mitteilung an Empfänger zu verlangen (Art. 17, 18 und 19);",
    "die Antworten der Verantwortlichen entgegenzunehmen und darauf zu reagieren;",
    "in meinem Namen Beschwerde bei einer Aufsichtsbehörde einzulegen (Art. 77) und in meinem Namen die Rechtsbehelfe nach Art. 78 und 79 DSGVO wahrzunehmen."
  ],
  "mandatePlatforms": "Diese Vollmacht gilt gegenüber den Verantwortlichen folgender Dienste:",
  "mandateBody": a.name + " erklärt, eine ordnungsgemäß gegründete Organisation ohne Gewinnerzielungsabsicht zu sein, deren satzungsmäßige Ziele im öffentlichen Interesse liegen (" + a.statutoryObjectives + ") und die im Bereich des Schutzes der Rechte und Freiheiten betroffener Personen tätig ist (" + a.dataProtectionActivity + ").",
  "mandateWithdrawal": "Ich kann diese Vollmacht jederzeit widerrufen, durch eine einfache Nachricht an " + a.email + " oder per Brief. Der Widerruf wirkt für die Zukunft: Er berührt die bereits unternommenen Schritte nicht, deren Unterlagen für die betroffenen Rechte aufbewahrt werden.",
  "mandateData": a.name + " verwendet meine Daten ausschließlich für die Zwecke dieser Vollmacht.",
  "mandatePlaceDate": (mandate.signedOn??)?then("Unterzeichnet am " + mandate.signedOn!, "Ort: ………………………………  Datum: ………………………………"),
  "mandateSignature": "Unterschrift des Mitglieds:",
  "mandateAccepted": "Vollmacht angenommen für " + a.name + ":"
}>
