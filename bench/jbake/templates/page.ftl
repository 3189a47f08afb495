<#include "header.ftl">
<article class="article">
  <h1>${content.title?html}</h1>
  <div class="prose">
${content.body}
  </div>
</article>
<#include "footer.ftl">
