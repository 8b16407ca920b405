<#ftl output_format="plainText">
<#--
  Plain-text twin of remind.ftlx (English), for an email body or a web
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
<#assign channels = {
  "email": "by email to your Data Protection Officer",
  "form": "through your online form",
  "post": "by registered post",
  "setting": "through the setting provided in your service"
}>
<#assign referenceLabels = {
  "email": "Message-ID",
  "form": "case number",
  "post": "tracking number"
}>
<#assign how = channels[reminder.channel]!"">
<#assign referenceLabel = referenceLabels[reminder.channel]!"reference">
Subject: Reminder of my objection under Article 21 GDPR to the use of my personal data to train AI models

<@t.par>
<#if letter.place??>${letter.place}, ${letter.date}<#else>${letter.date}</#if>
</@t.par>

<@t.par>
Our reference: ${reminder.requestId}
</@t.par>

<#if letter.representative??>
<#assign rep = letter.representative>
<@t.par>
Copy to: ${rep.name}, EU representative (Article 27 GDPR)<#list rep.lines as line>, ${line}</#list><#if rep.country??>, ${rep.country}</#if><#if rep.email??>, ${rep.email}</#if>
</@t.par>

</#if>
Dear Sir or Madam,

<@t.par>
On ${reminder.sentDate} I objected, under Article 21(1) GDPR, to the use by
${platform.controllerName}, the controller, of <#if letter.nonUser>personal data about me
in the ${platform.name} services<#else>the personal data linked to my ${platform.name}
account</#if> to train artificial intelligence models.<#if how?has_content || reminder.reference?has_content>
I sent my objection<#if how?has_content> ${how}</#if><#if reminder.reference?has_content>
(${referenceLabel}: ${reminder.reference})</#if>.</#if><#if reminder.receivedDate?has_content>
You received it on ${reminder.receivedDate}.</#if>
<#if letter.nonUser>For reference, I do not have a ${platform.name} account; I identify
myself by my name, ${sender.name}, and my email address, ${sender.email}.<#else>For reference, my account details are:</#if>
</@t.par>
<#if !letter.nonUser>

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
<#if reminder.extended>The extended deadline you notified me of under<#else>The one-month period laid down in</#if>
Article 12(3) GDPR expired on ${reminder.deadline} with neither a reply on
the substance nor confirmation that the action I requested has been
taken. If you decided not to act on my request, Article 12(4) required
you to inform me without delay, giving your reasons and telling me of my
right to lodge a complaint with a supervisory authority and to seek a
judicial remedy: I have received nothing of the kind.
</@t.par>

<@t.par>
I therefore ask you once again to stop this processing and restrict it
in the meantime (Article 18), to erase the data already collected or used
for these purposes (Article 17), to inform the recipients accordingly
(Article 19), to confirm in writing the date from which my objection
took effect, and to answer each of the other requests in my letter. This
reminder is not a new request and does not start a new
period.
</@t.par>

<@t.par>
Please reply by email to ${sender.email} by
${reminder.graceDate} at the latest; this courtesy period does not extend
the legal deadline, which has already passed. Failing a satisfactory
reply, I will lodge a complaint with the competent supervisory authority
(Article 77 GDPR) without further notice, without prejudice to my right
to a judicial remedy (Article 79).
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
