<#include "header.ftl">
<#include "menu.ftl">
    <h1>Bản tin</h1>
    <ul class="posts">
    <#list published_posts as post>
      <#if (post.status == "published")>
      <li class="post"><a href="${content.rootpath}${post.uri}">${post.title}</a>
        <span class="date">${post.date?string("dd/MM/yyyy")}</span></li>
      </#if>
    </#list>
    </ul>
    <p class="content-count">Tổng số nội dung: ${published_content?size}</p>
    <#if config.render_tags == "true">
    <p class="alltags">Chủ đề: <#list alltags?sort as t>${t}<#sep>, </#sep></#list></p>
    </#if>
<#include "footer.ftl">
