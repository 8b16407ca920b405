<#ftl output_format="plainText">
<#--
  Plain-text twin of objection.ftlx (English), for an email body or a web
  form: same content, no address blocks. The first line is the subject.
  Paragraphs are re-flowed at 76 columns by /common/text.ftl.
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#assign controller = platform.controllerName>
<#function andList items><#if items?size < 2><#return items?join("")></#if><#return items[0..<items?size - 1]?join(", ") + " and " + items?last></#function>
<#assign subject = letter.access?then(
    "Objection (Article 21 GDPR) and access request (Article 15 GDPR): use of my personal data to train AI models",
    "Objection under Article 21 GDPR to the use of my personal data to train AI models")>
<#if letter.subjectPrefix??><#assign subject = letter.subjectPrefix + " – " + subject></#if>
<#assign idLabels = {
  "email": "Account email address",
  "profile_url": "Profile URL",
  "username": "Username",
  "phone": "Phone number"
}>
Subject: ${subject}

<@t.par>
<#if letter.place??>${letter.place}, </#if>${letter.date}
</@t.par>

<#if letter.representative??>
<#assign rep = letter.representative>
<@t.par>
Copy to: ${rep.name}, EU representative (Article 27 GDPR)<#list rep.lines as line>, ${line}</#list><#if rep.country??>, ${rep.country}</#if><#if rep.email??>, ${rep.email}</#if>
</@t.par>

</#if>
Dear Sir or Madam,

<#if letter.nonUser>
<@t.par>
I do not have a ${platform.name} account. I am writing to
${controller}<#if platform.registrationNumber??> (registration number ${platform.registrationNumber})</#if>
as the controller, because data about me appears in its services without my
having put it there: in content posted by other people, or in answers from
its artificial intelligence tools that name me. I identify myself by my
name, ${sender.name}, and my email address,
${sender.email}.<#if letter.examples?has_content>
This data appears, for example, here:</#if>
</@t.par>

<#list letter.examples as example>
<@t.item "-">
${example}
</@t.item>
</#list>
<#else>
<@t.par>
I hold a ${platform.name} account and I am writing to
${controller}<#if platform.registrationNumber??> (registration number ${platform.registrationNumber})</#if>
as the controller. My account can be identified from the following
details:
</@t.par>

<@t.item "-">
Name: ${sender.name}
</@t.item>
<#list letter.accountIds as id>
<@t.item "-">
${idLabels[id.kind]!id.kind}: ${id.value}
</@t.item>
</#list>
</#if>

<@t.par>
These details are enough to locate the data concerned, so I am not
enclosing a copy of an identity document (Article 12(6) GDPR).
</@t.par>

<@t.par>
Under Article 21(1) of Regulation (EU) 2016/679 (GDPR), I object to the
processing of my personal data based on Article 6(1)(f) GDPR (legitimate
interests) for the purpose of developing, training, fine-tuning or
improving the artificial intelligence models, including generative models,
that ${controller} develops or uses in <#if platform.services?has_content>${andList(platform.services)}<#else>its services</#if>.
This objection covers all data about me processed for these purposes, in
particular <#if letter.nonUser>other people’s posts, comments, photos and
captions that concern me, and your tools’ answers that name me<#else>my
account and profile data, my posts, comments, photos and their captions, my
interactions with your artificial intelligence features and data about me
posted by other people</#if>, in all services for which ${controller} is
the controller. To the extent that any of this processing relies on my
consent, I withdraw it (Article 7(3)). If my data is used for direct
marketing, including related profiling, I also object to that use
(Article 21(2)).
</@t.par>

<@t.par>
My objection is based on the following grounds relating to my
particular situation:
</@t.par>

<#if letter.situation??>
<@t.par indent="  ">
${letter.situation}
</@t.par>
<#else>
<@t.par indent="  ">
This data is about me: <#if letter.nonUser>what others
have published about me, although I never entrusted anything to your
services. I could not reasonably expect it to be used to train your
models.<#else>what I wrote, posted or asked, and what others have published
about me. I shared it to interact with other people and to use your
services, not to train artificial intelligence models, which I could not
reasonably expect.</#if> Once built into a model, it is beyond my control:
the model may reproduce it to others, sometimes word for word, or draw
inferences about me from it, accurate or not. These risks to my rights and
freedoms override the interest you rely on. My request therefore also
covers models already trained on this data, unless you demonstrate that
they are anonymous (European Data Protection Board Opinion 28/2024).
</@t.par>
</#if>

<#if letter.specialCategories>
<@t.par>
This data also reveals special categories of personal data (Article 9(1)
GDPR), whose processing is prohibited unless an exception in Article 9(2)
applies; I see none that covers training artificial intelligence models.
That some of it is accessible online does not mean that I have manifestly
made it public (Article 9(2)(e) GDPR), let alone for that purpose. This
reinforces my objection.
</@t.par>

</#if>
<@t.par>
I therefore ask you to:
</@t.par>

<@t.item "1.">
stop all processing of my data for these purposes and, pending the
verification of any compelling legitimate grounds, restrict its processing
(Article 18(1)(d) GDPR);
</@t.item>
<@t.item "2.">
erase the data about me collected or used for these purposes, including in
training datasets, and exclude it from any future training, including for
models that you do not demonstrate to be anonymous (Article 17(1)(c));
</@t.item>
<@t.item "3.">
notify these measures to each recipient to whom the data has been
disclosed, and tell me who those recipients are (Article 19);
</@t.item>
<@t.item "4.">
confirm in writing that my objection has been recorded and applied, stating
the date from which it took effect;
</@t.item>
<@t.item "5.">
if you consider that you have compelling legitimate grounds which override
my interests, rights and freedoms, set them out and demonstrate them
(Article 21(1)), in a reasoned reply that informs me of the remedies
available to me (Article 12(4)).
</@t.item>

<#if letter.access>
<@t.par>
Under Article 15 GDPR, I also request access to the data about me
processed for these purposes, and to that data only, with the following
information: whether it has been used to develop or train artificial
intelligence models and, if so, which ones; the categories of data
concerned; its source, for data not collected from me (Article 15(1)(g));
its recipients (Article 15(1)(c)); how long it will be stored
(Article 15(1)(d)); and whether and how you assessed these models as
anonymous. I also request a copy of the data used (Article 15(3)). The same
one-month period applies to this access request (Article 12(3)).
</@t.par>

</#if>
<#if letter.settingRecorded>
<@t.par>
I have also switched off the setting you offer to refuse this use. This
letter covers what the setting does not: data already collected or used,
its erasure, notification of recipients and the written confirmation
requested above.
</@t.par>

</#if>
<@t.par>
Please reply without undue delay and in any event within one month of
receipt of this request (Article 12(3) GDPR); any extension must be notified
to me, with reasons, within that month. Dealing with this request is free of
charge (Article 12(5)). Please send your reply by email to ${sender.email}.
If I do not receive a satisfactory reply within that period, I reserve the
right to lodge a complaint with a supervisory authority (Article 77) and to
seek a judicial remedy (Article 79).
</@t.par>

<@t.par>
Yours faithfully,
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
