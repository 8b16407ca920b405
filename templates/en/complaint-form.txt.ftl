<#ftl output_format="plainText">
<#--
  The complaint of complaint.ftlx, laid out to be pasted field by field into
  the authority's online complaint form (English). Same variables as
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
-->
<#import "/common/text.ftl" as t>
<#assign platform = letter.platform>
<#assign sender = letter.sender>
<#assign controller = complaint.controller>
<#assign idLabels = {
  "email": "account email address",
  "profile_url": "profile URL",
  "username": "username",
  "phone": "phone number"
}>
<#assign events = {
  "sent": "objection sent",
  "received": "received by the controller",
  "acknowledged": "acknowledgement of receipt",
  "extension": "extension notified",
  "identity_requested": "proof of identity requested",
  "identity_provided": "proof of identity provided",
  "reminder": "reminder sent",
  "answered": "reply from the controller",
  "refused": "refusal from the controller",
  "deadline": "deadline for a reply",
  "grace_end": "end of the period given in the reminder",
  "no_answer": "no reply received"
}>
<#assign channels = {
  "email": "email",
  "form": "online form",
  "post": "post",
  "setting": "in-app setting"
}>
<#-- One short phrase per infringement key, for the facts. -->
<#assign infringementPhrases = {
  "12(3)": "no reply within the time limit (Article 12(3))",
  "12(4)": "no reasons and no information on remedies (Article 12(4))",
  "21(1)": "processing continued without compelling legitimate grounds being demonstrated (Article 21(1))",
  "18(1)(d)": "processing not restricted pending the verification (Article 18(1)(d))",
  "17(1)(c)": "no erasure of the data collected or used for training (Article 17(1)(c))",
  "19": "recipients not informed (Article 19)"
}>
<#-- Labels used only if the template is called without complaint.form. -->
<#assign fallbackLabels = {
  "complainant": "Your details",
  "contact": "How to contact you",
  "account": "Your account",
  "controller": "Organisation complained about",
  "controller_address": "Its address",
  "right_exercised": "Right exercised",
  "dates": "Dates",
  "previous_steps": "Steps already taken",
  "facts": "Description of the facts",
  "grounds": "Grounds given for the refusal",
  "remedy": "What you are asking for",
  "uploads": "Attachments",
  "confidential": "Confidentiality"
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
Email: ${sender.email}
<#if sender.phone??>
Phone: ${sender.phone}
</#if>
<#break>
<#case "account">
<#list letter.accountIds as id>
<@t.par>
${platform.name} account, ${idLabels[id.kind]!id.kind}: ${id.value}
</@t.par>
</#list>
<#break>
<#case "controller">
<@t.par>
${controller.legalName} (${platform.name})
</@t.par>
<#if controller.registrationNumber??>
Registration number: ${controller.registrationNumber}
</#if>
<#if controller.leadAuthority??>
<@t.par>
Lead supervisory authority: ${controller.leadAuthority}<#if controller.leadToVerify> (to be verified)</#if>
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
Right to object (Article 21(1) GDPR) to the use of my data to develop and
train artificial intelligence models, with requests for erasure
(Article 17(1)(c)), for restriction of the processing pending the
verification of any compelling legitimate grounds (Article 18(1)(d)) and
for the recipients to be informed (Article 19).
</@t.par>
<#break>
<#case "dates">
<#list complaint.chronology?filter(row -> dateEvents?seq_contains(row.event)) as row>
${events[row.event]?cap_first}: ${row.date}
</#list>
<#break>
<#case "previous_steps">
<#list complaint.chronology as row>
<@t.item "-">
${row.date} – ${events[row.event]!row.event}<#if row.channel??> – ${channels[row.channel]!row.channel}</#if><#if row.reference??> – ${row.reference}</#if><#if row.annex??> – Annex ${row.annex}</#if>
</@t.item>
</#list>
<#if complaint.missingProof?has_content>

<@t.par>
Steps without evidence: I do not at present hold any document proving the
following steps; I will provide on request any evidence I am able to
obtain.
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
<#if sentRows?has_content>On ${sentRows?first.date}, I sent<#else>I sent</#if> ${controller.legalName},
the controller of the data of my ${platform.name} account, an objection
under Article 21(1) GDPR to the use of this data to develop and train
artificial intelligence models.<#if receivedRows?has_content> It was received on ${receivedRows?first.date}.</#if>
A reply <#if complaint.forced>is<#else>was</#if> due by ${complaint.deadline} at the latest
(Article 12(3)).<#if reminderRows?has_content> I sent the controller a reminder
<#list reminderRows as row>on ${row.date}<#sep>, then </#sep></#list>.</#if>
<#if complaint.refused><#if complaint.refusedDate??>On ${complaint.refusedDate}, the<#else>The</#if> controller refused to act on my
objection.<#elseif complaint.silence>I have received no reply on the substance<#if !extended>, no
notice of an extension</#if> and no confirmation that my objection has been
applied.<#elseif !complaint.forced>The reply received does not act on my
objection.</#if>
</@t.par>
<#if complaint.forced>

<@t.par>
This complaint was drafted before the legal deadline for a reply had
passed, and no refusal has been received.
</@t.par>
</#if>
<#if complaint.graceEnd??>

<@t.par>
It was drafted before the end of the period my reminder gave the controller
to reply (${complaint.graceEnd}).
</@t.par>
</#if>
<#if complaint.infringements?has_content>

<@t.par>
Infringements: <#list complaint.infringements as key>${infringementPhrases[key]!("Article " + key)}<#sep>; </#sep></#list>.
</@t.par>
</#if>
<#if complaint.association??>

<@t.par>
This complaint is lodged on my behalf by ${complaint.association}, a
not-for-profit body mandated under Article 80(1) GDPR; the signed mandate
is enclosed.
</@t.par>
</#if>

<@t.par>
The correspondence and the evidence of each step are attached.
</@t.par>
<#break>
<#case "grounds">
<#if complaint.refused>
<#if complaint.grounds??>
<#assign grounds = complaint.grounds>
<@t.par>
<#if grounds.fromReply>The controller’s reply<#if complaint.refusedDate??> of ${complaint.refusedDate}</#if><#if replyAnnex??> (Annex ${replyAnnex})</#if>
states<#if grounds.shortened>, in part</#if>:<#else>According to my summary of the controller’s reply<#if replyAnnex??>
(Annex ${replyAnnex})</#if>, its grounds are as follows:</#if>
</@t.par>

<@t.par indent="  ">
“${grounds.text?trim}”
</@t.par>
<#if grounds.fromReply && grounds.shortened>

<@t.par>
This is an excerpt<#if replyAnnex??>; the full reply is Annex ${replyAnnex}</#if>.
</@t.par>
</#if>

<@t.par>
After my objection, the controller could only continue the processing if
it demonstrated compelling legitimate grounds for the processing which
override my interests, rights and freedoms (Article 21(1) GDPR). The burden
of that demonstration is on the controller: invoking a general “legitimate
interest”, or saying that a “balancing test” was carried out, is not that
demonstration. In my view, the grounds quoted above do not demonstrate
compelling legitimate grounds.
</@t.par>
<#else>
<@t.par>
<#if replyAnnex??>The controller’s reply is Annex ${replyAnnex}. </#if>After my objection, the controller
could only continue the processing if it demonstrated compelling legitimate
grounds which override my interests, rights and freedoms (Article 21(1)
GDPR); the burden of that demonstration is on the controller.
</@t.par>
</#if>
<#if complaint.rebuttal??>

My own observations:

<@t.par>
${complaint.rebuttal}
</@t.par>
</#if>
<#else>
<@t.par>
No grounds for a refusal have been given to me.
</@t.par>
</#if>
<#break>
<#case "remedy">
<@t.item "-">
examine my complaint;
</@t.item>
<@t.item "-">
order ${controller.legalName} to comply with my requests to exercise my
rights (Article 58(2)(c) GDPR): to stop using my data to develop and train
its artificial intelligence models, to erase the data already collected or
used for that purpose, to inform the recipients and to confirm this to me
in writing;
</@t.item>
<@t.item "-">
order it to bring this processing into compliance with the GDPR
(Article 58(2)(d));
</@t.item>
<#if !controller.leadIsThisAuthority && controller.leadAuthority??>
<@t.item "-">
handle this complaint in cooperation with the lead supervisory authority
(Articles 56 and 60 GDPR)<#if controller.leadToVerify>, which would be, subject to
verification, ${controller.leadAuthority}<#else>, ${controller.leadAuthority}</#if>;
</@t.item>
</#if>
<@t.item "-">
inform me of the progress and outcome of my complaint (Article 77(2) GDPR).
</@t.item>
<#break>
<#case "uploads">
<#list complaint.uploads as file>
<@t.item (file?counter + ".")>
${file}
</@t.item>
</#list>
<#if !complaint.uploads?has_content>
(none)
</#if>
<#if complaint.association??>
<@t.par>
Also attach the signed mandate given to ${complaint.association}
(Article 80(1) GDPR).
</@t.par>
</#if>
<#break>
<#case "confidential">
<#if complaint.confidential>
<@t.par>
Yes: I ask you not to disclose my identity to ${controller.legalName} beyond
what the handling of this complaint requires.
</@t.par>
<#else>
No.
</#if>
<#break>
<#default>
(to be completed)
</#switch>
</#macro>
<@t.par>
Complaint under Article 77 GDPR – ${complaint.authority.name}
(${complaint.authority.shortName}) – text to paste into the online
complaint form
</@t.par>
<#if complaint.form??>
Form: ${complaint.form.url}
</#if>
Request reference: ${complaint.requestId}

<#if !complaint.form?? || complaint.form.toVerify>
<@t.par>
The exact fields of this form are to be verified on the authority's website
(${complaint.authority.shortName}): the blocks below follow the expected
content of a complaint. Paste each block into the matching field.
</@t.par>

</#if>
<#if complaint.form?? && complaint.form.note??>
<@t.par>
${complaint.form.note}
</@t.par>

</#if>
<#if complaint.forced>
<@t.par>
WARNING: this complaint was drafted before the legal deadline for a reply
(${complaint.deadline}) had passed, and no refusal has been
received.<#if complaint.possibleFrom??> A complaint is normally possible from ${complaint.possibleFrom}.</#if>
</@t.par>

</#if>
<#list fields as f>
== ${f.label} ==
<#-- Blank lines around the field dropped, the first line's indent kept. -->
<#assign content><@field f.key/></#assign>
<#assign content = content?replace(r"^(\s*\n)+|\s+$", "", "r")>
${content}
<#if f.maxChars?? && content?length gt f.maxChars>
[Note: this text is ${content?length} characters long; the field takes at
most ${f.maxChars}: please shorten it.]
</#if>
<#sep>

</#sep>
</#list>
