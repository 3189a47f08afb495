<#include "header.ftl">
<h1>Từ khóa: ${tag?html}</h1>
<ul class="cards">
<#list tag_posts as post>
  <li class="card"><h2 class="card-title"><a href="${root}${post.uri}">${post.title?html}</a></h2>
  <p class="card-meta">${post.date?string("dd/MM/yyyy HH:mm")}</p></li>
</#list>
</ul>
<#include "footer.ftl">
