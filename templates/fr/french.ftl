<#ftl>
<#--
  French grammar the French templates share. Elision before a name: "d’" and "qu’" before a vowel sound
  (d’Élodie, qu’Anthropic, d’Yves), "de" and "que" otherwise (de Jan, de Yasmine, de Hugo: an initial h is left
  as it is, since French elides before some and not others).
-->
<#function elides name><#return name?matches("([AEIOUÀÂÄÆÉÈÊËÎÏÔÖŒÙÛÜaeiouàâäæéèêëîïôöœùûü]|[Yy][^AEIOUaeiouyY]).*", "s")></#function>
<#-- "de Jan", "d’Élodie" -->
<#function de name><#return elides(name)?then("d’", "de ") + name></#function>
<#-- "que Meta", "qu’Anthropic" -->
<#function que name><#return elides(name)?then("qu’", "que ") + name></#function>
