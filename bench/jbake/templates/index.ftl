<#include "header.ftl">
<h1>Tin mới nhất</h1>
<ul class="cards">
<#list published_posts as post>
  <li class="card"><h2 class="card-title"><a href="${root}${post.uri}">${post.title?html}</a></h2>
  <p class="card-meta">${post.date?string("dd/MM/yyyy HH:mm")}</p></li>
</#list>
</ul>
<#if (numberOfPages!1) gt 1>
<nav class="pager"><ul>
  <#if previousFileName??><li><a href="${root}${previousFileName}">Trang trước</a></li></#if>
  <li>Trang ${currentPageNumber}/${numberOfPages}</li>
  <#if nextFileName??><li><a href="${root}${nextFileName}">Trang sau</a></li></#if>
</ul></nav>
</#if>
<#include "footer.ftl">
