<#include "header.ftl">
<#include "menu.ftl">
    <h1 class="page-title"><#escape x as x?xml>${content.title}</#escape></h1>
    <div class="page-body">${content.body}</div>
    <h2>Các trang</h2>
    <ul class="published-pages">
    <#list published_pages as page>
      <li><a href="${config.site_host}/${page.uri}">${page.title}</a></li>
    </#list>
    </ul>
<#include "footer.ftl">
