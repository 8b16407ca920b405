<#ftl>
<#--
  English wording of the campaign documents (/common/mandated.ftlx and
  /common/mandated.txt.ftl): the objection an association writes on a
  member's behalf and under their mandate (art. 21; art. 80(1) only for complaints lodged later), and the mandate the member
  signs. Our own wording.
-->
<#assign a = mandate.association>
<#assign member = mandate.member.name>
<#assign platform = letter.platform!{}>
<#function andList items><#if items?size < 2><#return items?join("")></#if><#return items[0..<items?size - 1]?join(", ") + " and " + items?last></#function>
<#assign controller = (platform.controllerName)!"">
<#assign services = (platform.services?has_content)?then(andList(platform.services), "its services")>
<#assign signedOn = (mandate.signedOn??)?then(" on " + mandate.signedOn!, "")>
<#assign words = {
  "subjectLabel": "Subject: ",
  "subject": "Objection on behalf of " + member + " to the use of their personal data to train AI models (Article 21 GDPR)",
  "metaSubject": "GDPR Art. 21 objection (on a member's mandate) – " + (platform.name)!"",
  "attentionDpo": "For the attention of the Data Protection Officer",
  "copyLabel": "Copy to:",
  "copyRole": "representative in the Union (Article 27 GDPR)",
  "dateLine": letter.date,
  "registered": "Registered letter with acknowledgement of receipt",
  "salutation": "Dear Sir or Madam,",
  "intro": a.name + ", " + a.legalForm + " (no. " + a.registrationNumber + "), writes to " + controller
      + ((platform.registrationNumber)??)?then(" (registration number " + platform.registrationNumber! + ")", "")
      + ", as controller, in the name and on behalf of " + member + ", who mandated us" + signedOn
      + " to exercise their rights under Regulation (EU) 2016/679 (GDPR) on their behalf, including their right to object: this objection is made on their behalf and under that mandate. A copy of the mandate is enclosed.",
  "article80": a.name + " is a not-for-profit body, properly constituted, whose statutory objectives are in the public interest (" + a.statutoryObjectives + ") and which is active in the field of the protection of data subjects' rights and freedoms with regard to the protection of their personal data (" + a.dataProtectionActivity + "). As such, it may also, under Article 80(1) GDPR, lodge a complaint with a supervisory authority and exercise the rights referred to in Articles 77 to 79 GDPR on our member's behalf.",
  "identify": "Our member's account can be identified by the following, which is enough to find the data concerned (Article 12(6) GDPR):",
  "nameLabel": "Name: ",
  "colon": ": ",
  "idLabels": {"email": "Account email address", "profile_url": "Profile URL", "username": "Username", "phone": "Phone number"},
  "objection": "On behalf of our member and under Article 21(1) GDPR, we object to the processing of their personal data based on Article 6(1)(f) GDPR (legitimate interests) for the purpose of developing, training, fine-tuning or improving artificial intelligence models, including generative models, that " + controller + " develops or uses in " + services + ". This objection covers all data concerning our member processed for those purposes: the data of their account and profile, their posts, comments, photos and captions, their exchanges with your AI features, and data about them published by others. Where any of this processing relies on their consent, that consent is withdrawn (Article 7(3)). Where their data is used for direct marketing, including related profiling, our member objects to that too (Article 21(2)).",
  "situationIntro": "This objection rests on the following grounds relating to our member's particular situation:",
  "defaultSituation": "This data is about our member: what they wrote, published or asked, and what others published about them. They shared it to communicate with other people and to use your services, not to train artificial intelligence models, which they could not reasonably expect. Once built into a model, the data is beyond their control: the model may reproduce it to third parties or draw inferences, accurate or not, about them. These risks to their rights and freedoms override the interest you rely on; the request therefore also covers models already trained on this data, unless you show that they are anonymous (European Data Protection Board Opinion 28/2024).",
  "requestsIntro": "We therefore ask you, on our member's behalf:",
  "requests": [
    "to stop all processing of their data for these purposes and, pending the verification of any compelling legitimate grounds, to restrict it (Article 18(1)(d) GDPR);",
    "to erase the data concerning them collected or used for these purposes, including in training data sets, and to exclude it from any future training (Article 17(1)(c));",
    "to notify these measures to each recipient to whom the data has been disclosed, and to tell us who those recipients are (Article 19);",
    "to confirm to us in writing that the objection has been recorded and applied, stating the date from which it took effect;",
    "if you consider that you have compelling legitimate grounds that override our member's interests, rights and freedoms, to state and demonstrate them (Article 21(1)) in a reasoned reply that indicates the available remedies (Article 12(4))."
  ],
  "deadline": "Please reply without undue delay and at the latest within one month of receiving this request (Article 12(3) GDPR), by email to " + a.name + " at " + a.email + "; any extension must be notified, with reasons, within that month. This request is free of charge (Article 12(5)). Without a satisfactory reply within that period, " + a.name + " reserves the right to lodge a complaint with a supervisory authority on our member's behalf (Articles 77 and 80(1)).",
  "closing": "Yours faithfully,",
  "forAssociation": "For " + a.name,
  "enclosure": "Enclosure: copy of the mandate given by " + member + ".",
  "mandateTitle": "Mandate for representation",
  "mandateGrant": "I, the undersigned, " + member + ", email address " + mandate.member.email + ", mandate " + a.name + ", " + a.legalForm + " (no. " + a.registrationNumber + "), registered office " + a.addressLines?join(", ") + ", " + a.country + ", to act in my name and on my behalf as follows, under Regulation (EU) 2016/679 (GDPR) and, for the complaints and remedies of point 3, in accordance with its Article 80(1):",
  "mandatePowers": [
    "to object to the processing of my personal data for developing, training or improving artificial intelligence models (Article 21), and to ask for the restriction, erasure and notification to recipients that follow from it (Articles 17, 18 and 19);",
    "to receive the controllers' answers and act on them;",
    "to lodge a complaint with a supervisory authority on my behalf (Article 77) and to exercise on my behalf the remedies provided for in Articles 78 and 79 GDPR."
  ],
  "mandatePlatforms": "This mandate applies to the controllers of the following services:",
  "mandateBody": a.name + " declares that it is a not-for-profit body, properly constituted, whose statutory objectives are in the public interest (" + a.statutoryObjectives + ") and which is active in the field of the protection of data subjects' rights and freedoms (" + a.dataProtectionActivity + ").",
  "mandateWithdrawal": "I may withdraw this mandate at any time, by a simple message to " + a.email + " or by post. The withdrawal takes effect for the future: it does not undo the steps already taken, whose records are kept for the rights concerned.",
  "mandateData": a.name + " uses my data only for the purposes of this mandate.",
  "mandatePlaceDate": (mandate.signedOn??)?then("Signed on " + mandate.signedOn!, "Place: ………………………………  Date: ………………………………"),
  "mandateSignature": "Member's signature:",
  "mandateAccepted": "Mandate accepted for " + a.name + ":"
}>
