<#ftl output_format="plainText">
<#--
  The complaint of complaint.ftlx, laid out to be pasted field by field into
  the authority's online complaint form (French). Same variables as
  complaint.ftlx; the fields come from complaint.form (url, fields[key,
  label, maxChars], note, toVerify), in order, each opened by a label line
  "== label ==". When the catalogue marks the fields as unconfirmed
  (form.toVerify), the output says so. A field over its length limit is
  followed by a note asking to shorten it.
  Field keys: complainant, contact, account, controller,
  controller_address, right_exercised, dates, previous_steps, facts,
  grounds, remedy, uploads, confidential.
  Nothing the controller said is asserted unless it is quoted from
  complaint.grounds.
  Paragraphs are re-flowed at 76 columns by /common/text.ftl.
  French typography: no-break spaces (U+00A0) before : ; ! ? and inside
  guillemets, typographic apostrophe.
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#assign controller = complaint.controller>
<#assign idLabels = {
  "email": "adresse électronique du compte",
  "profile_url": "URL du profil",
  "username": "nom d’utilisateur",
  "phone": "numéro de téléphone"
}>
<#assign events = {
  "sent": "envoi de l’opposition",
  "received": "réception par l’organisme",
  "acknowledged": "accusé de réception",
  "extension": "prolongation du délai notifiée",
  "identity_requested": "justificatif d’identité demandé",
  "identity_provided": "justificatif d’identité fourni",
  "reminder": "relance",
  "answered": "réponse de l’organisme",
  "refused": "refus de l’organisme",
  "deadline": "échéance du délai de réponse",
  "grace_end": "fin du délai accordé par la relance",
  "no_answer": "aucune réponse reçue"
}>
<#assign channels = {
  "email": "courriel",
  "form": "formulaire en ligne",
  "post": "courrier postal",
  "setting": "réglage du service"
}>
<#-- One short phrase per infringement key, for the facts. -->
<#assign infringementPhrases = {
  "12(3)": "absence de réponse dans le délai (article 12, paragraphe 3)",
  "12(4)": "absence de motifs et d’information sur les voies de recours (article 12, paragraphe 4)",
  "21(1)": "poursuite du traitement sans démonstration de motifs légitimes et impérieux (article 21, paragraphe 1)",
  "18(1)(d)": "absence de limitation du traitement pendant la vérification (article 18, paragraphe 1, point d)",
  "17(1)(c)": "absence d’effacement des données collectées ou utilisées pour l’entraînement (article 17, paragraphe 1, point c)",
  "19": "absence d’information des destinataires (article 19)"
}>
<#-- Labels used only if the template is called without complaint.form. -->
<#assign fallbackLabels = {
  "complainant": "Vos coordonnées",
  "contact": "Pour vous joindre",
  "account": "Votre compte",
  "controller": "Organisme mis en cause",
  "controller_address": "Adresse de l’organisme",
  "right_exercised": "Droit exercé",
  "dates": "Dates",
  "previous_steps": "Vos démarches préalables",
  "facts": "Description des faits",
  "grounds": "Motifs du refus",
  "remedy": "Ce que vous demandez",
  "uploads": "Pièces jointes",
  "confidential": "Confidentialité"
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
Courriel : ${sender.email}
<#if sender.phone??>
Téléphone : ${sender.phone}
</#if>
<#break>
<#case "account">
<#list letter.accountIds as id>
<@t.par>
Compte ${platform.name}, ${idLabels[id.kind]!id.kind} : ${id.value}
</@t.par>
</#list>
<#break>
<#case "controller">
<@t.par>
${controller.legalName} (${platform.name})
</@t.par>
<#if controller.registrationNumber??>
N° d’immatriculation : ${controller.registrationNumber}
</#if>
<#if controller.leadAuthority??>
<@t.par>
Autorité de contrôle chef de file : ${controller.leadAuthority}<#if controller.leadToVerify> (à vérifier)</#if>
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
Droit d’opposition (article 21, paragraphe 1, du RGPD) à l’utilisation de
mes données pour développer et entraîner des modèles d’intelligence
artificielle, avec demande d’effacement (article 17, paragraphe 1,
point c), de limitation du traitement pendant la vérification d’éventuels
motifs légitimes et impérieux (article 18, paragraphe 1, point d) et
d’information des destinataires (article 19).
</@t.par>
<#break>
<#case "dates">
<#list complaint.chronology?filter(row -> dateEvents?seq_contains(row.event)) as row>
${events[row.event]?cap_first} : ${row.date}
</#list>
<#break>
<#case "previous_steps">
<#list complaint.chronology as row>
<@t.item "-">
${row.date} – ${events[row.event]!row.event}<#if row.channel??> – ${channels[row.channel]!row.channel}</#if><#if row.reference??> – ${row.reference}</#if><#if row.annex??> – annexe ${row.annex}</#if>
</@t.item>
</#list>
<#if complaint.missingProof?has_content>

<@t.par>
Étapes sans justificatif : je ne dispose pas, à ce jour, de pièce
établissant les étapes suivantes ; je fournirai sur demande tout
justificatif que je pourrai obtenir.
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
<#if sentRows?has_content>Le ${sentRows?first.date}, j’ai<#else>J’ai</#if> adressé à ${controller.legalName},
responsable du traitement des données de mon compte ${platform.name}, une
opposition (article 21, paragraphe 1, du RGPD) à l’utilisation de ces
données pour développer et entraîner des modèles d’intelligence
artificielle.<#if receivedRows?has_content> Elle a été reçue le ${receivedRows?first.date}.</#if>
La réponse <#if complaint.forced>est<#else>était</#if> due au plus tard le ${complaint.deadline}
(article 12, paragraphe 3).<#if reminderRows?has_content> J’ai relancé l’organisme
<#list reminderRows as row>le ${row.date}<#sep>, puis </#sep></#list>.</#if>
<#if complaint.refused>L’organisme a refusé de donner suite à mon opposition<#if complaint.refusedDate??> le
${complaint.refusedDate}</#if>.<#elseif complaint.silence>Je n’ai reçu ni réponse sur le fond<#if !extended>, ni
notification d’une prolongation</#if>, ni confirmation que mon opposition est
appliquée.<#elseif !complaint.forced>La réponse reçue ne donne pas suite à mon
opposition.</#if>
</@t.par>
<#if complaint.forced>

<@t.par>
Cette plainte a été rédigée avant l’expiration du délai légal de réponse,
sans qu’aucun refus ait été reçu.
</@t.par>
</#if>
<#if complaint.graceEnd??>

<@t.par>
Elle a été rédigée avant la fin du délai que ma relance accordait à
l’organisme pour répondre (${complaint.graceEnd}).
</@t.par>
</#if>
<#if complaint.infringements?has_content>

<@t.par>
Manquements constatés : <#list complaint.infringements as key>${infringementPhrases[key]!("article " + key)}<#sep> ; </#sep></#list>.
</@t.par>
</#if>
<#if complaint.association??>

<@t.par>
Cette plainte est déposée en mon nom par ${complaint.association}, organisme
sans but lucratif mandaté conformément à l’article 80, paragraphe 1, du
RGPD ; le mandat signé est joint.
</@t.par>
</#if>

<@t.par>
Les échanges et leurs preuves figurent dans les pièces jointes.
</@t.par>
<#break>
<#case "grounds">
<#if complaint.refused>
<#if complaint.grounds??>
<#assign grounds = complaint.grounds>
<@t.par>
<#if grounds.fromReply>La réponse de l’organisme<#if complaint.refusedDate??> du ${complaint.refusedDate}</#if><#if replyAnnex??> (annexe ${replyAnnex})</#if>
indique<#if grounds.shortened> notamment</#if> :<#else>Selon mon résumé de la réponse de l’organisme<#if replyAnnex??>
(annexe ${replyAnnex})</#if>, ses motifs sont les suivants :</#if>
</@t.par>

<@t.par indent="  ">
« ${grounds.text?trim} »
</@t.par>
<#if grounds.fromReply && grounds.shortened>

<@t.par>
Ce passage est un extrait<#if replyAnnex??> ; la réponse complète figure en annexe ${replyAnnex}</#if>.
</@t.par>
</#if>

<@t.par>
Après mon opposition, le responsable du traitement ne pouvait poursuivre le
traitement que s’il démontrait des motifs légitimes et impérieux qui
prévalent sur mes intérêts et mes droits et libertés (article 21,
paragraphe 1, du RGPD). Cette démonstration lui incombe : invoquer de
manière générale un « intérêt légitime », ou affirmer avoir procédé à une
« mise en balance » des intérêts, ne la constitue pas. À mon sens, les
motifs cités ci-dessus n’apportent pas cette démonstration.
</@t.par>
<#else>
<@t.par>
<#if replyAnnex??>La réponse de l’organisme figure en annexe ${replyAnnex}. </#if>Après mon opposition,
le responsable du traitement ne pouvait poursuivre le traitement que s’il
démontrait des motifs légitimes et impérieux qui prévalent sur mes intérêts
et mes droits et libertés (article 21, paragraphe 1, du RGPD) ; cette
démonstration lui incombe.
</@t.par>
</#if>
<#if complaint.rebuttal??>

Mes propres observations :

<@t.par>
${complaint.rebuttal}
</@t.par>
</#if>
<#else>
<@t.par>
Aucun motif de refus ne m’a été communiqué.
</@t.par>
</#if>
<#break>
<#case "remedy">
<@t.item "-">
examiner ma plainte ;
</@t.item>
<@t.item "-">
ordonner à ${controller.legalName} de satisfaire à ma demande d’exercice de
mes droits (article 58, paragraphe 2, point c, du RGPD) : cesser d’utiliser
mes données pour développer et entraîner ses modèles d’intelligence
artificielle, effacer celles déjà collectées ou utilisées à cette fin, en
informer les destinataires et me le confirmer par écrit ;
</@t.item>
<@t.item "-">
lui ordonner de mettre ce traitement en conformité avec le RGPD (article 58,
paragraphe 2, point d) ;
</@t.item>
<#if !controller.leadIsThisAuthority && controller.leadAuthority??>
<@t.item "-">
traiter la présente plainte en coopération avec l’autorité de contrôle chef
de file (articles 56 et 60 du RGPD)<#if controller.leadToVerify>, qui serait, sous réserve de
vérification, ${controller.leadAuthority}<#else>, ${controller.leadAuthority}</#if> ;
</@t.item>
</#if>
<@t.item "-">
m’informer de l’état d’avancement et de l’issue de ma plainte (article 77,
paragraphe 2, du RGPD).
</@t.item>
<#break>
<#case "uploads">
<#list complaint.uploads as file>
<@t.item (file?counter + ".")>
${file}
</@t.item>
</#list>
<#if !complaint.uploads?has_content>
(aucune)
</#if>
<#if complaint.association??>
<@t.par>
Joindre aussi le mandat signé donné à ${complaint.association} (article 80,
paragraphe 1, du RGPD).
</@t.par>
</#if>
<#break>
<#case "confidential">
<#if complaint.confidential>
<@t.par>
Oui : je vous demande de ne pas révéler mon identité à ${controller.legalName}
au-delà de ce qu’exige l’instruction de la plainte.
</@t.par>
<#else>
Non.
</#if>
<#break>
<#default>
(à compléter)
</#switch>
</#macro>
<@t.par>
Plainte au titre de l’article 77 du RGPD – ${complaint.authority.name}
(${complaint.authority.shortName}) – texte à reporter dans le formulaire de
plainte en ligne
</@t.par>
<#if complaint.form??>
Formulaire : ${complaint.form.url}
</#if>
Référence de la demande : ${complaint.requestId}

<#if !complaint.form?? || complaint.form.toVerify>
<@t.par>
Les champs exacts de ce formulaire sont à vérifier sur le site de
l’autorité (${complaint.authority.shortName}) : les rubriques ci-dessous suivent le contenu
attendu d’une plainte. Reportez chaque bloc dans le champ correspondant.
</@t.par>

</#if>
<#if complaint.form?? && complaint.form.note??>
<@t.par>
${complaint.form.note}
</@t.par>

</#if>
<#if complaint.forced>
<@t.par>
AVERTISSEMENT : cette plainte a été rédigée avant l’expiration du délai
légal de réponse (${complaint.deadline}), sans qu’aucun refus ait été
reçu.<#if complaint.possibleFrom??> Une plainte n’est normalement possible qu’à partir du
${complaint.possibleFrom}.</#if>
</@t.par>

</#if>
<#list fields as f>
== ${f.label} ==
<#-- Blank lines around the field dropped, the first line's indent kept. -->
<#assign content><@field f.key/></#assign>
<#assign content = content?replace(r"^(\s*\n)+|\s+$", "", "r")>
${content}
<#if f.maxChars?? && content?length gt f.maxChars>
[Attention : ce texte compte ${content?length} caractères ; ce champ en
accepte au plus ${f.maxChars} : raccourcissez-le.]
</#if>
<#sep>

</#sep>
</#list>
