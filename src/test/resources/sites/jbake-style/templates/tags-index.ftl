<#include "header.ftl">
<#include "menu.ftl">
    <h1>Chủ đề</h1>
    <ul class="tags">
    <#list tags as tag>
      <li><a href="${content.rootpath}${tag.uri}">${tag.name}</a> <span class="tag-count">[${tag.tagged_posts?size}]</span></li>
    </#list>
    </ul>
    <p class="alltags-count">${alltags?size} chủ đề</p>
<#include "footer.ftl">
