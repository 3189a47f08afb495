<#include "header.ftl">
<article class="article">
  <h1>${content.title?html}</h1>
  <p class="article-meta">Ngày đăng: ${content.date?string("dd/MM/yyyy HH:mm")}<#if content.author??> · Tác giả: ${content.author?html}</#if></p>
  <div class="prose">
${content.body}
  </div>
  <#if content.tags??>
  <ul class="tags"><#list content.tags as tag><li><a href="${root}${config.tag_path}/${tag?replace(" ", "-")}${config.output_extension}">${tag?html}</a></li></#list></ul>
  </#if>
</article>
<#include "footer.ftl">
