<#ftl output_format="plainText">
<#--
  Plain-text twin of the campaign objection (see /common/mandated.ftlx), for
  an email body: same wording (from <lang>/campaign-words.ftl), no address
  blocks. The first line is the subject.
-->
<#import "/common/text.ftl" as t>
<#macro objection w>
${w.subjectLabel}${w.subject}

<@t.par>${w.dateLine}</@t.par>

${w.salutation}

<@t.par>${w.intro}</@t.par>

<@t.par>${w.article80}</@t.par>

<@t.par>${w.identify}</@t.par>

<@t.item "-">${w.nameLabel}${mandate.member.name}</@t.item>
<#list letter.accountIds as id>
<@t.item "-">${w.idLabels[id.kind]!id.kind}${w.colon}${id.value}</@t.item>
</#list>

<@t.par>${w.objection}</@t.par>

<@t.par>${w.situationIntro}</@t.par>

<@t.par indent="    "><#if letter.situation??>${letter.situation}<#else>${w.defaultSituation}</#if></@t.par>

<@t.par>${w.requestsIntro}</@t.par>

<#list w.requests as request>
<@t.item "${request?counter}.">${request}</@t.item>
</#list>

<@t.par>${w.deadline}</@t.par>

<@t.par>${w.closing}</@t.par>

${w.forAssociation}
${mandate.association.representativeName}, ${mandate.association.representativeRole}

<@t.par>${w.enclosure}</@t.par>
</#macro>
