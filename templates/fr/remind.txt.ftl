<#ftl output_format="plainText">
<#--
  Plain-text twin of remind.ftlx (French), for an email body or a web
  form: same content, no address blocks. The first line is the subject.
  Paragraphs are re-flowed at 76 columns by /common/text.ftl.
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#assign idLabels = {
  "email": "Adresse électronique du compte",
  "profile_url": "URL du profil",
  "username": "Nom d’utilisateur",
  "phone": "Numéro de téléphone"
}>
<#assign channels = {
  "email": "par courrier électronique adressé à votre délégué à la protection des données",
  "form": "via votre formulaire en ligne",
  "post": "par lettre recommandée",
  "setting": "via le réglage de votre service"
}>
<#assign referenceLabels = {
  "email": "identifiant du message",
  "form": "numéro de dossier",
  "post": "numéro de suivi"
}>
<#assign how = channels[reminder.channel]!"">
<#assign referenceLabel = referenceLabels[reminder.channel]!"référence">
Objet : Relance de mon opposition à l’utilisation de mes données personnelles pour entraîner des modèles d’IA (article 21 du RGPD)

<@t.par>
<#if letter.place??>${letter.place}, le ${letter.date}<#else>Le ${letter.date}</#if>
</@t.par>

<@t.par>
Notre référence : ${reminder.requestId}
</@t.par>

<#if letter.representative??>
<#assign rep = letter.representative>
<@t.par>
Copie à : ${rep.name}, représentant dans l’Union (article 27 du RGPD)<#list rep.lines as line>, ${line}</#list><#if rep.country??>, ${rep.country}</#if><#if rep.email??>, ${rep.email}</#if>
</@t.par>

</#if>
Madame, Monsieur,

<@t.par>
Le ${reminder.sentDate}, j’ai adressé à ${platform.controllerName},
responsable du traitement, une opposition fondée sur l’article 21,
paragraphe 1, du RGPD à l’utilisation <#if letter.nonUser>des données
personnelles me concernant présentes dans les services ${platform.name}<#else>des
données personnelles liées à mon compte ${platform.name}</#if> pour entraîner
des modèles d’intelligence artificielle.<#if how?has_content || reminder.reference?has_content>
Je l’ai transmise<#if how?has_content> ${how}</#if><#if reminder.reference?has_content>
(${referenceLabel} : ${reminder.reference})</#if>.</#if><#if reminder.receivedDate?has_content>
Vous l’avez reçue le ${reminder.receivedDate}.</#if>
<#if letter.nonUser>Pour mémoire, je ne suis pas titulaire d’un compte
${platform.name} ; je m’identifie par mon nom, ${sender.name}, et mon adresse
électronique, ${sender.email}.<#else>Pour mémoire, mon compte est identifié par :</#if>
</@t.par>
<#if !letter.nonUser>

<@t.item "-">
Nom : ${sender.name}
</@t.item>
<#list letter.accountIds as id>
<@t.item "-">
${idLabels[id.kind]!id.kind} : ${id.value}
</@t.item>
</#list>
</#if>

<@t.par>
<#if reminder.extended>Le délai prolongé que vous m’aviez notifié au titre
de<#else>Le délai d’un mois de</#if> l’article 12, paragraphe 3, du RGPD
a expiré le ${reminder.deadline} sans réponse sur le fond ni confirmation
que les mesures demandées ont été prises. En cas de refus, l’article 12,
paragraphe 4, vous imposait de m’en informer sans tarder, en m’indiquant
vos motifs et mon droit de saisir une autorité de contrôle ou un juge : je
n’ai rien reçu de tel.
</@t.par>

<@t.par>
Je vous demande donc à nouveau de cesser ce traitement et, dans
l’attente, de le limiter (article 18), d’effacer les données déjà
collectées ou utilisées à ces fins (article 17), d’en informer les
destinataires de mes données (article 19), de me confirmer par écrit
la date d’effet de mon opposition et de répondre à chacune des autres
demandes de ma lettre. Cette relance n’est pas une nouvelle demande et ne
fait courir aucun nouveau délai.
</@t.par>

<@t.par>
Je vous remercie de me répondre par courrier électronique à l’adresse
${sender.email} au plus tard le
${reminder.graceDate} ; ce délai de courtoisie ne prolonge pas le délai
légal, déjà expiré. À défaut de réponse satisfaisante, j’introduirai sans
autre préavis une réclamation auprès de l’autorité de contrôle compétente
(article 77 du RGPD), sans préjudice de mon droit à un recours
juridictionnel (article 79).
</@t.par>

<@t.par>
Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations
distinguées.
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
