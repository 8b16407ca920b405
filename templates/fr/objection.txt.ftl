<#ftl output_format="plainText">
<#--
  Plain-text twin of objection.ftlx (French), for an email body or a web
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
Objet : Opposition à l’utilisation de mes données personnelles pour entraîner des modèles d’IA (article 21 du RGPD)

<@t.par>
<#if letter.place??>Fait à ${letter.place}, le ${letter.date}<#else>${letter.date}</#if>
</@t.par>

<#if letter.representative??>
<#assign rep = letter.representative>
<@t.par>
Copie : représentant dans l’Union (art. 27 RGPD) : ${rep.name}<#list rep.lines as line>, ${line}</#list><#if rep.email??>, ${rep.email}</#if><#if rep.toVerify> (à vérifier)</#if>
</@t.par>

</#if>
Madame, Monsieur,

<@t.par>
Je dispose d’un compte ${platform.name} et je m’adresse à
${platform.controllerName}<#if platform.registrationNumber??> (n° d’immatriculation : ${platform.registrationNumber})</#if>,
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

<@t.par>
Ces éléments suffisent pour retrouver mes données ; je ne joins donc
aucune copie de pièce d’identité. L’article 12, paragraphe 6, du RGPD ne
permet de demander des informations complémentaires qu’en cas de doute
raisonnable sur l’identité de la personne concernée.
</@t.par>

<@t.par>
En application de l’article 21, paragraphe 1, du règlement (UE) 2016/679
(RGPD), je m’oppose au traitement de mes données à caractère personnel
fondé sur votre intérêt légitime (article 6, paragraphe 1, point f) aux fins
de développer, d’entraîner, d’affiner ou d’améliorer des modèles
d’intelligence artificielle, génératifs ou non<#if platform.services?has_content>,
notamment dans le cadre des services suivants : ${platform.services?join(", ")}</#if>.
Cette opposition vise notamment :
</@t.par>

<@t.item "-">
les données de mon compte et de mon profil ;
</@t.item>
<@t.item "-">
mes publications publiques, commentaires, photos et leurs légendes ;
</@t.item>
<@t.item "-">
mes interactions avec vos fonctionnalités d’intelligence artificielle
(requêtes, conversations, échanges vocaux) ;
</@t.item>
<@t.item "-">
les données me concernant publiées par des tiers, dès lors que vous êtes
en mesure de les rattacher à ma personne ;
</@t.item>
<@t.item "-">
l’ensemble des services pour lesquels ${platform.controllerName} est
responsable du traitement.
</@t.item>

<@t.par>
Si l’un de ces traitements repose sur mon consentement, je retire ce
consentement (article 7, paragraphe 3). Si mes données servent à des fins
de prospection, y compris de profilage lié à celle-ci, je m’y oppose
également au titre de l’article 21, paragraphe 2, qui n’exige aucune
justification.
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
Lorsque j’ai créé mon profil, publié des contenus et utilisé vos services,
je ne pouvais pas raisonnablement m’attendre à ce que ces données servent
à entraîner des modèles d’intelligence artificielle à usage général. Je
n’ai aucune maîtrise sur la manière dont ces modèles peuvent reproduire
des informations me concernant ou en déduire de nouvelles, et les effets
d’un entraînement ne peuvent pas être effacés après coup. Ces risques pour
mes droits et libertés l’emportent sur l’intérêt que vous invoquez.
</@t.par>
</#if>

<@t.par>
En conséquence, je vous demande :
</@t.par>

<@t.item "1.">
de cesser tout traitement de mes données à ces fins et, dans l’attente de
l’examen d’éventuels motifs légitimes et impérieux, de limiter le
traitement de ces données (article 18, paragraphe 1, point d) ;
</@t.item>
<@t.item "2.">
d’effacer les données me concernant déjà collectées à ces fins ou
intégrées à des jeux de données d’entraînement, et d’exclure mes données
de tout entraînement futur (article 17, paragraphe 1, point c) ;
</@t.item>
<@t.item "3.">
de notifier cet effacement et cette limitation à chaque destinataire
auquel ces données ont été communiquées, et de m’indiquer l’identité de
ces destinataires (article 19) ;
</@t.item>
<@t.item "4.">
de me confirmer par écrit que mon opposition est enregistrée et appliquée,
en précisant la date à laquelle elle a pris effet et si mes données
avaient déjà servi à entraîner des modèles avant cette date ;
</@t.item>
<@t.item "5.">
si vous estimez disposer de motifs légitimes et impérieux prévalant sur
mes intérêts, droits et libertés, de les exposer et d’en apporter la
démonstration (article 21, paragraphe 1), en motivant votre réponse et en
m’indiquant les voies de recours dont je dispose (article 12,
paragraphe 4).
</@t.item>

<@t.par>
Je vous remercie de me répondre dans les meilleurs délais et au plus tard
dans un délai d’un mois à compter de la réception de la présente demande
(article 12, paragraphe 3) ; toute prolongation doit m’être notifiée, motifs
à l’appui, dans ce même délai. Le traitement de cette demande ne peut donner
lieu à aucun frais (article 12, paragraphe 5).
</@t.par>

<@t.par>
J’utilise par ailleurs, s’il existe, le réglage d’opposition proposé
dans vos services. La présente lettre porte en outre sur ce que ce
réglage ne couvre pas : les données déjà collectées ou utilisées, leur
effacement, l’information des destinataires et la confirmation écrite
demandée ci-dessus.
</@t.par>

<@t.par>
Sans réponse satisfaisante dans ce délai, je me réserve le droit
d’introduire une réclamation auprès d’une autorité de contrôle
(article 77) et d’exercer un recours juridictionnel (article 79). Merci de
m’adresser votre réponse par courrier électronique à l’adresse
${sender.email}.
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
