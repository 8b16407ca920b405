<#ftl output_format="plainText">
<#--
  Plain-text twin of objection.ftlx (English), for an email body or a web
  form: same content, no address blocks. The first line is the subject.
  Paragraphs are re-flowed at 76 columns by /common/text.ftl.
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#assign idLabels = {
  "email": "Account email address",
  "profile_url": "Profile URL",
  "username": "Username",
  "phone": "Phone number"
}>
Subject: Objection under Article 21 GDPR to the use of my personal data to train AI models

<@t.par>
<#if letter.place??>${letter.place}, ${letter.date}<#else>${letter.date}</#if>
</@t.par>

<#if letter.representative??>
<#assign rep = letter.representative>
<@t.par>
Copy: EU representative (GDPR Art. 27): ${rep.name}<#list rep.lines as line>, ${line}</#list><#if rep.email??>, ${rep.email}</#if><#if rep.toVerify> (to be verified)</#if>
</@t.par>

</#if>
Dear Sir or Madam,

<@t.par>
I hold a ${platform.name} account and I am writing to
${platform.controllerName}<#if platform.registrationNumber??> (registration number ${platform.registrationNumber})</#if>
as the controller of my personal data. My account can be identified from
the following details:
</@t.par>

<@t.item "-">
Name: ${sender.name}
</@t.item>
<#list letter.accountIds as id>
<@t.item "-">
${idLabels[id.kind]!id.kind}: ${id.value}
</@t.item>
</#list>

<@t.par>
These details are enough to locate my data, so I am not enclosing a copy
of an identity document. Article 12(6) GDPR only allows you to request
additional information where you have reasonable doubts about the identity
of the person making the request.
</@t.par>

<@t.par>
Under Article 21(1) of Regulation (EU) 2016/679 (GDPR), I object to the
processing of my personal data on the basis of your legitimate interests
(Article 6(1)(f)) for the purpose of developing, training, fine-tuning or
improving artificial intelligence models, whether generative or
not<#if platform.services?has_content>, including in connection with the
following services: ${platform.services?join(", ")}</#if>. This objection
covers in particular:
</@t.par>

<@t.item "-">
my account and profile data;
</@t.item>
<@t.item "-">
my public posts, comments, photos and their captions;
</@t.item>
<@t.item "-">
my interactions with your AI features (prompts, conversations, voice
input);
</@t.item>
<@t.item "-">
data about me published by other people, where you are able to link it to
me;
</@t.item>
<@t.item "-">
all services for which ${platform.controllerName} is the controller.
</@t.item>

<@t.par>
To the extent that any of this processing relies on my consent, I
withdraw that consent (Article 7(3)). If my data is used for direct
marketing, including profiling related to it, I also object to that use
under Article 21(2), which requires no justification.
</@t.par>

<@t.par>
My objection is based on the following grounds relating to my particular
situation:
</@t.par>

<#if letter.situation??>
<@t.par indent="  ">
${letter.situation}
</@t.par>
<#else>
<@t.par indent="  ">
When I created my profile, posted content and used your services, I could
not reasonably expect that this data would be used to train
general-purpose artificial intelligence models. I have no control over
how such models may reproduce information about me or infer new
information from it, and the effects of training cannot be undone
afterwards. These risks to my rights and freedoms outweigh the interest
you rely on.
</@t.par>
</#if>

<@t.par>
I therefore ask you to:
</@t.par>

<@t.item "1.">
stop processing my data for these purposes and, while any compelling
legitimate grounds are being assessed, restrict the processing of that
data (Article 18(1)(d));
</@t.item>
<@t.item "2.">
erase the data about me already collected for these purposes or included
in training datasets, and exclude my data from any future training
(Article 17(1)(c));
</@t.item>
<@t.item "3.">
notify this erasure and restriction to each recipient to whom the data
has been disclosed, and tell me who those recipients are (Article 19);
</@t.item>
<@t.item "4.">
confirm in writing that my objection has been recorded and applied,
stating the date from which it took effect and whether my data had
already been used to train models before that date;
</@t.item>
<@t.item "5.">
if you consider that you have compelling legitimate grounds which
override my interests, rights and freedoms, state them and demonstrate
them (Article 21(1)), giving the reasons for your decision and informing
me of the remedies available to me (Article 12(4)).
</@t.item>

<@t.par>
Please reply without undue delay and in any event within one month of
receipt of this request (Article 12(3)); any extension must be notified to
me, with reasons, within that same month. Dealing with this request must
be free of charge (Article 12(5)).
</@t.par>

<@t.par>
I also use any setting you offer for objecting to this use. This letter
goes further and covers what such a setting does not: data already
collected or used, its erasure, notification of recipients and the written
confirmation requested above.
</@t.par>

<@t.par>
If I do not receive a satisfactory reply within that period, I reserve
the right to lodge a complaint with a supervisory authority (Article 77)
and to seek a judicial remedy (Article 79). Please send your reply by
email to ${sender.email}.
</@t.par>

Yours faithfully,

${sender.name}
<#list sender.addressLines as line>
${line}
</#list>
${sender.country}
${sender.email}
<#if sender.phone??>
${sender.phone}
</#if>
