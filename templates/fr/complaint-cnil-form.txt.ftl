<#ftl output_format="plainText">
<#--
  The complaint of complaint.ftlx, laid out to be pasted field by field into
  the CNIL online complaint form: one block per field, each opened by a
  label line "== … ==". Same variables as complaint.ftlx. The CNIL form's
  exact fields are UNCONFIRMED (legal.md §4): the output says so.
  "Description des faits" stays under 2,000 characters; a note is printed
  if a long name or list pushes it over.
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
  "no_answer": "aucune réponse reçue"
}>
<#assign channels = {
  "email": "courriel",
  "web_form": "formulaire en ligne",
  "post": "courrier postal",
  "in_app_setting": "réglage du service"
}>
<#assign roles = {
  "letter": "lettre d’opposition",
  "eml": "courriel d’origine (format EML)",
  "reminder": "lettre de relance",
  "reply": "réponse de l’organisme",
  "attachment": "pièce complémentaire",
  "index": "index des annexes"
}>
<#-- One short phrase per infringement key, for the description. -->
<#assign infringementPhrases = {
  "12(3)": "absence de réponse dans le délai d’un mois (article 12, paragraphe 3)",
  "12(4)": "motifs et information sur les voies de recours absents ou incomplets (article 12, paragraphe 4)",
  "21(1)": "poursuite du traitement sans démonstration de motifs légitimes et impérieux (article 21, paragraphe 1)",
  "17(1)(c)": "absence d’effacement des données collectées ou utilisées pour l’entraînement (article 17, paragraphe 1, point c)",
  "19": "absence d’information des destinataires (article 19)"
}>
<#assign sentRows = complaint.chronology?filter(row -> row.event == "sent")>
<#assign receivedRows = complaint.chronology?filter(row -> row.event == "received")>
<#assign extended = complaint.chronology?filter(row -> row.event == "extension")?has_content>
Plainte à la CNIL – texte à reporter dans le formulaire de plainte en ligne
Référence de la demande : ${complaint.requestId}

<@t.par>
Les rubriques ci-dessous suivent le contenu attendu d’une plainte ; les
champs exacts du formulaire en ligne de la CNIL ne sont pas confirmés.
Reportez chaque bloc dans le champ correspondant.
</@t.par>

<#if complaint.forced>
<@t.par>
AVERTISSEMENT : cette plainte a été rédigée avant l’expiration du délai
légal de réponse (${complaint.deadline}), sans qu’aucun refus ait été
reçu.<#if complaint.possibleFrom??> Une plainte n’est normalement possible qu’à partir du
${complaint.possibleFrom}.</#if>
</@t.par>

</#if>
== Vos coordonnées ==
${sender.name}
<#list sender.addressLines as line>
${line}
</#list>
${sender.country}
${sender.email}
<#if sender.phone??>
${sender.phone}
</#if>
<#list letter.accountIds as id>
<@t.par>
Compte ${platform.name}, ${idLabels[id.kind]!id.kind} : ${id.value}
</@t.par>
</#list>

== Organisme mis en cause ==
<@t.par>
${controller.legalName} (${platform.name})
</@t.par>
<#if controller.registrationNumber??>
N° d’immatriculation : ${controller.registrationNumber}
</#if>
<#if controller.leadAuthority??>
<@t.par>
Autorité chef de file : ${controller.leadAuthority}<#if controller.leadToVerify> (à vérifier)</#if>
</@t.par>
</#if>

== Adresse de l’organisme ==
<#list controller.addressLines as line>
${line}
</#list>
${controller.country}

== Vos démarches préalables ==
<#list complaint.chronology as row>
<@t.item "-">
${row.date} : ${events[row.event]!row.event}<#if row.channel??> (${channels[row.channel]!row.channel})</#if><#if row.reference??>, référence ${row.reference}</#if><#if row.annex??>, annexe ${row.annex}</#if>
</@t.item>
</#list>

<@t.par>
Délai de réponse (article 12, paragraphe 3, du RGPD) : ${complaint.deadline}<#if extended>, après prolongation</#if>.
</@t.par>

== Objet de votre plainte ==
<@t.par>
${platform.name} : <#if complaint.refused>refus de donner suite à<#elseif complaint.silence>absence
de réponse à<#else>absence de suite donnée à</#if> mon opposition (article 21 du RGPD) à
l’utilisation de mes données pour entraîner des modèles d’intelligence
artificielle.
</@t.par>

== Description des faits ==
<#assign description>
<@t.par>
<#if sentRows?has_content>Le ${sentRows?first.date}, j’ai<#else>J’ai</#if> adressé à ${controller.legalName},
responsable du traitement des données de mon compte ${platform.name}, une
opposition (article 21, paragraphe 1, du RGPD) à l’utilisation de ces
données pour développer et entraîner des modèles d’intelligence
artificielle.<#if receivedRows?has_content> Elle a été reçue le ${receivedRows?first.date}.</#if>
La réponse <#if complaint.forced>est<#else>était</#if> due au plus tard le ${complaint.deadline}
(article 12, paragraphe 3).
<#if complaint.refused>L’organisme a refusé de donner suite à mon opposition<#if complaint.refusedDate??> le
${complaint.refusedDate}</#if>.<#elseif complaint.silence>Je n’ai reçu ni réponse sur le fond<#if !extended>, ni
notification d’une prolongation</#if>, ni confirmation que mon opposition est
appliquée.<#elseif !complaint.forced>La réponse reçue ne donne pas suite à mon
opposition.</#if>
</@t.par>
<#if complaint.infringements?has_content>

<@t.par>
Manquements constatés : <#list complaint.infringements as key>${infringementPhrases[key]!("article " + key)}<#sep> ; </#sep></#list>.
</@t.par>
</#if>
<#if complaint.association??>

<@t.par>
Cette plainte est déposée en mon nom par ${complaint.association}, organisme
sans but lucratif mandaté conformément à l’article 80, paragraphe 1, du
RGPD ; le mandat signé est joint.
</@t.par>
</#if>

<@t.par>
Les échanges et leurs preuves figurent dans les pièces jointes.
</@t.par>
</#assign>
${description?trim}
<#if description?trim?length gt 2000>
[Attention : ce texte compte ${description?trim?length} caractères ;
raccourcissez-le à 2 000 caractères au plus.]
</#if>

== Ce que vous demandez ==
<@t.item "-">
examiner ma plainte ;
</@t.item>
<@t.item "-">
ordonner à ${controller.legalName} de se conformer à mon opposition :
cesser d’utiliser mes données pour entraîner des modèles d’intelligence
artificielle, effacer celles déjà collectées ou utilisées à cette fin, en
informer les destinataires et me le confirmer par écrit ;
</@t.item>
<@t.item "-">
m’informer de l’état d’avancement et de l’issue de ma plainte
(article 77, paragraphe 2, du RGPD).
</@t.item>
<#if complaint.confidential>

<@t.par>
Je vous demande de ne pas révéler mon identité à ${controller.legalName}
au-delà de ce qu’exige l’instruction de la plainte.
</@t.par>
</#if>

== Pièces jointes ==
<#if !complaint.annexes?has_content && !complaint.association??>
(aucune)
</#if>
<#list complaint.annexes as annex>
<@t.item "-">
${annex.fileName} – annexe ${annex.number}, ${roles[annex.role]!annex.role}
</@t.item>
</#list>
<#if complaint.association??>
<@t.item "-">
mandat signé donné à ${complaint.association}
</@t.item>
</#if>
