<#include "header.ftl">
<#include "menu.ftl">
    <h1 class="tag-name">Chủ đề: ${tag}</h1>
    <ul class="tag-posts">
    <#list tag_posts as post>
      <li>${post.date?string("dd/MM/yyyy")} - <a href="${content.rootpath}${post.uri}">${post.title}</a></li>
    </#list>
    </ul>
<#include "footer.ftl">
