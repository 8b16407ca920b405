<#ftl output_format="plainText">
<#--
  Helpers for plain-text letters (email body, web form). No escaping here:
  use these macros only from plain-text templates (*.txt.ftl), never from
  *.ftlx, where their output would bypass XML escaping.

  The template text is wrapped by hand for readability, but interpolated
  values (names, services, the user's "situation" text) have any length,
  so paragraphs are re-flowed here at a fixed width. Only ordinary
  whitespace breaks lines: a no-break space (U+00A0) keeps French
  punctuation attached to the preceding word.
-->

<#-- Maximum line length of the plain-text output. -->
<#assign width = 76>

<#--
  Re-flows one paragraph of text so that no line exceeds `width` (a single
  word longer than that, such as a URL, stays whole on its own line).
  first: prefix of the first line (e.g. a list marker);
  rest:  prefix of the following lines (e.g. a hanging indent).
-->
<#function wrap text first="" rest="">
  <#local lines = []>
  <#local line = first>
  <#local empty = true>
  <#list text?trim?split(r"\s+", "r") as word>
    <#if !word?has_content>
    <#elseif empty>
      <#local line = line + word>
      <#local empty = false>
    <#elseif line?length + 1 + word?length <= width>
      <#local line = line + " " + word>
    <#else>
      <#local lines = lines + [line]>
      <#local line = rest + word>
    </#if>
  </#list>
  <#return (lines + [line])?join("\n")>
</#function>

<#--
  A paragraph: the nested content re-flowed at `width`. Blank lines inside
  the nested content (e.g. in the user's own text) separate paragraphs.
  indent: prefix of every line.
-->
<#macro par indent="">
<#local body><#nested></#local>
<#local paragraphs = []>
<#list body?trim?split(r"\s*\n\s*\n\s*", "r") as paragraph>
  <#local paragraphs = paragraphs + [wrap(paragraph, indent, indent)]>
</#list>
${paragraphs?join("\n\n")}
</#macro>

<#--
  A list item with a hanging indent, e.g. "  1. text..." with the following
  lines aligned on the text.
  marker: "-", "1.", ...
-->
<#macro item marker>
<#local body><#nested></#local>
${wrap(body, "  " + marker + " ", ""?left_pad(marker?length + 3))}
</#macro>
