<#include "header.ftl">
<h1>Lưu trữ</h1>
<#assign lastMonth = "">
<#list published_posts as post>
  <#assign month = post.date?string("MM/yyyy")>
  <#if month != lastMonth>
    <#if lastMonth != ""></ul></#if>
    <h2>Tháng ${month}</h2>
    <ul class="link-list">
    <#assign lastMonth = month>
  </#if>
  <li>${post.date?string("dd/MM")} <a href="${root}${post.uri}">${post.title?html}</a></li>
</#list>
<#if lastMonth != ""></ul></#if>
<#include "footer.ftl">
