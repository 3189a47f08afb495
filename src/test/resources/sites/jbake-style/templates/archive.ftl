<#include "header.ftl">
<#include "menu.ftl">
    <h1>Lưu trữ</h1>
    <#list published_posts as post>
      <#if (last_month)??>
        <#if post.date?string("MM/yyyy") != last_month>
    </ul>
    <h4>Tháng ${post.date?string("MM/yyyy")}</h4>
    <ul>
        </#if>
      <#else>
    <h4>Tháng ${post.date?string("MM/yyyy")}</h4>
    <ul>
      </#if>
      <li>${post.date?string("dd")} - <a href="${content.rootpath}${post.uri}">${post.title}</a></li>
      <#assign last_month = post.date?string("MM/yyyy")>
    </#list>
    </ul>
<#include "footer.ftl">
