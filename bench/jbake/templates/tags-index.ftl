<#include "header.ftl">
<h1>Từ khóa</h1>
<ul class="tags">
<#list tags as tag>
  <li><a href="${root}${tag.uri}">${tag.name?html}</a> (${tag.tagged_posts?size})</li>
</#list>
</ul>
<#include "footer.ftl">
