<#ftl output_format="plainText">
<#--
  Plain-text twin of objection.ftlx (French), for an email body or a web
  form: same content, no address blocks. The first line is the subject.
  Paragraphs are re-flowed at 76 columns by /common/text.ftl.
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#assign controller = platform.controllerName>
<#function andList items><#if items?size < 2><#return items?join("")></#if><#return items[0..<items?size - 1]?join(", ") + " et " + items?last></#function>
<#assign subject = "Opposition à l’utilisation de mes données personnelles pour entraîner des modèles d’IA"
    + letter.access?then(" et demande d’accès (articles 21 et 15 du RGPD)", " (article 21 du RGPD)")>
<#if letter.subjectPrefix??><#assign subject = letter.subjectPrefix + " – " + subject></#if>
<#assign idLabels = {
  "email": "Adresse électronique du compte",
  "profile_url": "URL du profil",
  "username": "Nom d’utilisateur",
  "phone": "Numéro de téléphone"
}>
Objet : ${subject}

<@t.par>
<#if letter.place??>${letter.place}, le ${letter.date}<#else>Le ${letter.date}</#if>
</@t.par>

<#if letter.representative??>
<#assign rep = letter.representative>
<@t.par>
Copie à : ${rep.name}, représentant dans l’Union (article 27 du RGPD)<#list rep.lines as line>, ${line}</#list><#if rep.country??>, ${rep.country}</#if><#if rep.email??>, ${rep.email}</#if>
</@t.par>

</#if>
Madame, Monsieur,

<#if letter.nonUser>
<@t.par>
Je ne suis pas titulaire d’un compte ${platform.name}. Je m’adresse à
${controller}<#if platform.registrationNumber??> (n° d’immatriculation : ${platform.registrationNumber})</#if>,
en sa qualité de responsable du traitement, parce que des données me
concernant figurent dans ses services sans que je les y aie placées :
dans des contenus publiés par d’autres personnes, ou dans des réponses de
ses outils d’intelligence artificielle qui me nomment. Je m’identifie par
mon nom, ${sender.name}, et mon adresse électronique,
${sender.email}.<#if letter.examples?has_content>
Ces données apparaissent notamment ici :</#if>
</@t.par>

<#list letter.examples as example>
<@t.item "-">
${example}
</@t.item>
</#list>
<#else>
<@t.par>
Je suis titulaire d’un compte ${platform.name} et je m’adresse à
${controller}<#if platform.registrationNumber??> (n° d’immatriculation : ${platform.registrationNumber})</#if>,
en sa qualité de responsable du traitement. Mon compte peut être identifié
grâce aux éléments suivants :
</@t.par>

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
Ces éléments suffisent pour retrouver les données en cause ; je ne joins
donc aucune copie de pièce d’identité (article 12, paragraphe 6, du RGPD).
</@t.par>

<@t.par>
En application de l’article 21, paragraphe 1, du règlement (UE) 2016/679
(RGPD), je m’oppose au traitement de mes données à caractère personnel
fondé sur l’article 6, paragraphe 1, point f), du RGPD (intérêt légitime)
aux fins de développer, d’entraîner, d’affiner ou d’améliorer les modèles
d’intelligence artificielle, y compris les modèles génératifs, que
${controller} développe ou utilise dans <#if platform.services?has_content>${andList(platform.services)}<#else>ses services</#if>.
Cette opposition vise toutes les données me concernant traitées à ces fins,
notamment <#if letter.nonUser>les publications, commentaires, photos et
légendes d’autres personnes qui me concernent, et les réponses de vos
outils qui me nomment<#else>les données de mon compte et de mon profil, mes
publications, commentaires, photos et leurs légendes, mes échanges avec vos
fonctionnalités d’intelligence artificielle et les données me concernant
publiées par d’autres personnes</#if>, dans l’ensemble des services dont
${controller} est responsable du traitement. Si l’un de ces traitements
repose sur mon consentement, je le retire (article 7, paragraphe 3). Si mes
données servent à la prospection, y compris au profilage qui y est lié, je
m’y oppose également (article 21, paragraphe 2).
</@t.par>

<@t.par>
Je fonde mon opposition sur les raisons suivantes, qui tiennent à ma
situation particulière :
</@t.par>

<#if letter.situation??>
<@t.par indent="  ">
${letter.situation}
</@t.par>
<#else>
<@t.par indent="  ">
Ces données portent sur moi : <#if letter.nonUser>ce
que d’autres ont publié à mon sujet, sans que j’aie jamais rien confié à vos
services. Je ne pouvais pas raisonnablement m’attendre à ce qu’elles servent
à entraîner vos modèles.<#else>ce que j’ai écrit, publié ou demandé, et ce
que d’autres ont publié à mon sujet. Je les ai partagées pour échanger avec
d’autres personnes et utiliser vos services, non pour entraîner des modèles
d’intelligence artificielle, ce à quoi je ne pouvais pas raisonnablement
m’attendre.</#if> Une fois intégrées à un modèle, elles échappent à mon
contrôle : le modèle peut les restituer à des tiers, parfois mot pour mot,
ou en tirer des déductions, exactes ou non, sur ma personne. Ces risques pour
mes droits et libertés l’emportent sur l’intérêt que vous invoquez. Ma
demande vaut donc aussi pour les modèles déjà entraînés avec ces données,
sauf si vous démontrez qu’ils sont anonymes (avis 28/2024 du Comité européen
de la protection des données).
</@t.par>
</#if>

<#if letter.specialCategories>
<@t.par>
Ces données révèlent en outre des catégories particulières de données
(article 9, paragraphe 1, du RGPD), dont le traitement est interdit sauf
exception prévue à l’article 9, paragraphe 2 ; aucune ne me paraît couvrir
l’entraînement de modèles d’intelligence artificielle. Que certaines soient
accessibles en ligne ne signifie pas que je les ai manifestement rendues
publiques (article 9, paragraphe 2, point e), du RGPD), et encore moins à
cette fin. Cela renforce mon opposition.
</@t.par>

</#if>
<@t.par>
En conséquence, je vous demande :
</@t.par>

<@t.item "1.">
de cesser tout traitement de mes données à ces fins et, dans l’attente de
la vérification d’éventuels motifs légitimes et impérieux, d’en limiter le
traitement (article 18, paragraphe 1, point d), du RGPD) ;
</@t.item>
<@t.item "2.">
d’effacer les données me concernant collectées ou utilisées à ces fins, y
compris dans les jeux de données d’entraînement, et de les exclure de tout
entraînement futur, y compris pour les modèles dont vous ne démontrez pas
qu’ils sont anonymes (article 17, paragraphe 1, point c)) ;
</@t.item>
<@t.item "3.">
de notifier ces mesures à chaque destinataire auquel ces données ont été
communiquées et de me communiquer l’identité de ces destinataires
(article 19) ;
</@t.item>
<@t.item "4.">
de me confirmer par écrit que mon opposition est enregistrée et appliquée,
en précisant la date à laquelle elle a pris effet ;
</@t.item>
<@t.item "5.">
si vous estimez disposer de motifs légitimes et impérieux qui prévalent sur
mes intérêts, droits et libertés, de les exposer et d’en apporter la
démonstration (article 21, paragraphe 1), par une réponse motivée indiquant
les voies de recours dont je dispose (article 12, paragraphe 4).
</@t.item>

<#if letter.access>
<@t.par>
Je vous demande également, en application de l’article 15 du RGPD,
l’accès aux données me concernant traitées à ces fins, et à elles seules,
en m’indiquant : si elles ont servi à développer ou à entraîner des modèles
d’intelligence artificielle et, dans l’affirmative, lesquels ; les
catégories de données concernées ; leur source, pour celles qui n’ont pas
été collectées auprès de moi (article 15, paragraphe 1, point g)) ; leurs
destinataires (article 15, paragraphe 1, point c)) ; leur durée de
conservation (article 15, paragraphe 1, point d)) ; si et comment vous avez
évalué le caractère anonyme de ces modèles. Je vous demande aussi une copie
des données utilisées (article 15, paragraphe 3). Le même délai d’un mois
s’applique à cette demande d’accès (article 12, paragraphe 3).
</@t.par>

</#if>
<#if letter.settingRecorded>
<@t.par>
J’ai par ailleurs désactivé le réglage que vous proposez pour refuser
cette utilisation. La présente lettre porte sur ce que ce réglage ne couvre
pas : les données déjà collectées ou utilisées, leur effacement,
l’information des destinataires et la confirmation écrite demandée
ci-dessus.
</@t.par>

</#if>
<@t.par>
Je vous remercie de me répondre dans les meilleurs délais et au plus tard
dans un délai d’un mois à compter de la réception de la présente demande
(article 12, paragraphe 3, du RGPD) ; toute prolongation doit m’être
notifiée, motifs à l’appui, dans ce même délai. Le traitement de cette
demande est gratuit (article 12, paragraphe 5). Merci de m’adresser votre
réponse par courrier électronique à l’adresse ${sender.email}. Sans
réponse satisfaisante dans ce délai, je me réserve le droit d’introduire une
réclamation auprès d’une autorité de contrôle (article 77) et de former un
recours juridictionnel (article 79).
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
