<#ftl>
<#--
  French wording of the campaign documents (/common/mandated.ftlx and
  /common/mandated.txt.ftl): the objection an association writes on a
  member's behalf and under their mandate (art. 21; art. 80(1) only for complaints lodged later), and the mandate the
  member signs. Our own wording. French typography: no-break spaces before
  : ; and inside guillemets, typographic apostrophe.
-->
<#import "/fr/french.ftl" as fr>
<#assign a = mandate.association>
<#assign member = mandate.member.name>
<#assign platform = letter.platform!{}>
<#function andList items><#if items?size < 2><#return items?join("")></#if><#return items[0..<items?size - 1]?join(", ") + " et " + items?last></#function>
<#assign controller = (platform.controllerName)!"">
<#assign services = (platform.services?has_content)?then(andList(platform.services), "ses services")>
<#assign signedOn = (mandate.signedOn??)?then(" le " + mandate.signedOn!, "")>
<#assign words = {
  "subjectLabel": "Objet : ",
  "subject": "Opposition, au nom " + fr.de(member) + ", à l’utilisation de ses données personnelles pour entraîner des modèles d’IA (article 21 du RGPD)",
  "metaSubject": "Opposition RGPD art. 21 (sur mandat) – " + (platform.name)!"",
  "attentionDpo": "À l’attention du délégué à la protection des données",
  "copyLabel": "Copie à :",
  "copyRole": "représentant dans l’Union (article 27 du RGPD)",
  "dateLine": a.addressLines?last?replace("^[0-9A-Z -]*[0-9]+ ", "", "r") + ", le " + letter.date,
  "registered": "Lettre recommandée avec accusé de réception",
  "salutation": "Madame, Monsieur,",
  "intro": a.name + ", " + a.legalForm + " (n° " + a.registrationNumber + "), s’adresse à " + controller
      + ((platform.registrationNumber)??)?then(" (n° d’immatriculation : " + platform.registrationNumber! + ")", "")
      + ", en sa qualité de responsable du traitement, au nom et pour le compte " + fr.de(member)
      + ", qui lui a donné mandat" + signedOn + " d’exercer en son nom ses droits au titre du règlement (UE) 2016/679 (RGPD), dont son droit d’opposition : la présente opposition est faite en son nom et en vertu de ce mandat. Une copie de ce mandat est jointe.",
  "article80": a.name + " est un organisme sans but lucratif régulièrement constitué, dont les objectifs statutaires sont d’intérêt public (" + a.statutoryObjectives + ") et qui est actif dans le domaine de la protection des droits et libertés des personnes concernées à l’égard de leurs données à caractère personnel (" + a.dataProtectionActivity + "). À ce titre, elle peut aussi, en vertu de l’article 80, paragraphe 1, du RGPD, introduire au nom de notre membre une réclamation auprès d’une autorité de contrôle et exercer les droits visés aux articles 77 à 79 du RGPD.",
  "identify": "Le compte de notre membre peut être identifié grâce aux éléments suivants, qui suffisent pour retrouver les données en cause (article 12, paragraphe 6, du RGPD) :",
  "nameLabel": "Nom : ",
  "colon": " : ",
  "idLabels": {"email": "Adresse électronique du compte", "profile_url": "URL du profil", "username": "Nom d’utilisateur", "phone": "Numéro de téléphone"},
  "objection": "Au nom de notre membre et en application de l’article 21, paragraphe 1, du RGPD, nous nous opposons au traitement de ses données à caractère personnel fondé sur l’article 6, paragraphe 1, point f), du RGPD (intérêt légitime) aux fins de développer, d’entraîner, d’affiner ou d’améliorer les modèles d’intelligence artificielle, y compris les modèles génératifs, " + fr.que(controller) + " développe ou utilise dans " + services + ". Cette opposition vise toutes les données concernant notre membre traitées à ces fins : les données de son compte et de son profil, ses publications, commentaires, photos et leurs légendes, ses échanges avec vos fonctionnalités d’intelligence artificielle et les données la concernant publiées par d’autres personnes. Si l’un de ces traitements repose sur son consentement, celui-ci est retiré (article 7, paragraphe 3). Si ses données servent à la prospection, y compris au profilage qui y est lié, notre membre s’y oppose également (article 21, paragraphe 2).",
  "situationIntro": "Cette opposition se fonde sur les raisons suivantes, qui tiennent à la situation particulière de notre membre :",
  "defaultSituation": "Ces données portent sur notre membre : ce que cette personne a écrit, publié ou demandé, et ce que d’autres ont publié à son sujet. Elle les a partagées pour échanger avec d’autres personnes et utiliser vos services, non pour entraîner des modèles d’intelligence artificielle, ce à quoi elle ne pouvait pas raisonnablement s’attendre. Une fois intégrées à un modèle, elles échappent à son contrôle : le modèle peut les restituer à des tiers ou en tirer des déductions, exactes ou non, sur sa personne. Ces risques pour ses droits et libertés l’emportent sur l’intérêt que vous invoquez ; la demande vaut donc aussi pour les modèles déjà entraînés avec ces données, sauf si vous démontrez qu’ils sont anonymes (avis 28/2024 du Comité européen de la protection des données).",
  "requestsIntro": "En conséquence, nous vous demandons, au nom de notre membre :",
  "requests": [
    "de cesser tout traitement de ses données à ces fins et, dans l’attente de la vérification d’éventuels motifs légitimes et impérieux, d’en limiter le traitement (article 18, paragraphe 1, point d), du RGPD) ;",
    "d’effacer les données la concernant collectées ou utilisées à ces fins, y compris dans les jeux de données d’entraînement, et de les exclure de tout entraînement futur (article 17, paragraphe 1, point c)) ;",
    "de notifier ces mesures à chaque destinataire auquel ces données ont été communiquées et de nous communiquer l’identité de ces destinataires (article 19) ;",
    "de nous confirmer par écrit que l’opposition est enregistrée et appliquée, en précisant la date à laquelle elle a pris effet ;",
    "si vous estimez disposer de motifs légitimes et impérieux qui prévalent sur les intérêts, droits et libertés de notre membre, de les exposer et d’en apporter la démonstration (article 21, paragraphe 1), par une réponse motivée indiquant les voies de recours (article 12, paragraphe 4)."
  ],
  "deadline": "Merci de répondre dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de la réception de la présente demande (article 12, paragraphe 3, du RGPD), par courrier électronique à " + a.name + ", à l’adresse " + a.email + " ; toute prolongation doit être notifiée, motifs à l’appui, dans ce même délai. Le traitement de cette demande est gratuit (article 12, paragraphe 5). Sans réponse satisfaisante dans ce délai, " + a.name + " se réserve le droit d’introduire, au nom de notre membre, une réclamation auprès d’une autorité de contrôle (articles 77 et 80, paragraphe 1).",
  "closing": "Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.",
  "forAssociation": "Pour " + a.name,
  "enclosure": "Pièce jointe : copie du mandat donné par " + member + ".",
  "mandateTitle": "Mandat de représentation",
  "mandateGrant": "Je soussigné(e), " + member + ", adresse électronique " + mandate.member.email + ", donne mandat à " + a.name + ", " + a.legalForm + " (n° " + a.registrationNumber + "), dont le siège est établi " + a.addressLines?join(", ") + ", " + a.country + ", d’agir en mon nom et pour mon compte pour ce qui suit, au titre du règlement (UE) 2016/679 (RGPD) et, pour les réclamations et recours du point 3, conformément à son article 80, paragraphe 1 :",
  "mandatePowers": [
    "m’opposer au traitement de mes données à caractère personnel aux fins de développer, d’entraîner ou d’améliorer des modèles d’intelligence artificielle (article 21), et demander la limitation, l’effacement et la notification aux destinataires qui en découlent (articles 17, 18 et 19) ;",
    "recevoir les réponses des responsables du traitement et y donner suite ;",
    "introduire en mon nom une réclamation auprès d’une autorité de contrôle (article 77) et exercer en mon nom les recours prévus aux articles 78 et 79 du RGPD."
  ],
  "mandatePlatforms": "Ce mandat vaut à l’égard des responsables du traitement des services suivants :",
  "mandateBody": a.name + " déclare être un organisme sans but lucratif régulièrement constitué, dont les objectifs statutaires sont d’intérêt public (" + a.statutoryObjectives + ") et qui est actif dans le domaine de la protection des droits et libertés des personnes concernées (" + a.dataProtectionActivity + ").",
  "mandateWithdrawal": "Je peux retirer ce mandat à tout moment, par simple message à " + a.email + " ou par courrier. Le retrait vaut pour l’avenir : il ne remet pas en cause les démarches déjà accomplies, dont les pièces sont conservées pour les droits en cause.",
  "mandateData": a.name + " n’utilise mes données qu’aux fins de ce mandat.",
  "mandatePlaceDate": (mandate.signedOn??)?then("Fait le " + mandate.signedOn!, "Fait à ………………………………, le ………………………………"),
  "mandateSignature": "Signature du membre :",
  "mandateAccepted": "Mandat accepté pour " + a.name + " :"
}>
