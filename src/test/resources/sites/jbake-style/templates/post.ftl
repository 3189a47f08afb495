<#include "header.ftl">
<#include "menu.ftl">
    <article>
      <h1 class="post-title"><#escape x as x?xml>${content.title}</#escape></h1>
      <p class="post-date"><em>${content.date?string("dd/MM/yyyy")}</em></p>
      <div class="post-body">${content.body}</div>
      <p class="post-tags">Thẻ: <#list content.tags as t><span class="tag">${t}</span><#sep> </#sep></#list></p>
    </article>
<#include "footer.ftl">
