<#ftl output_format="plainText">
<#-- Plain-text twin of objection-mandated.ftlx. Wording: campaign-words.ftl. -->
<#include "campaign-words.ftl">
<#import "/common/mandated.txt.ftl" as m>
<@m.objection w=words/>
