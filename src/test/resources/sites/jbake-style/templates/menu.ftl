    <nav class="menu">
      <a href="${content.rootpath}index.html">Trang chủ</a>
      <#list published_pages as page>
      <a class="page-link" href="${content.rootpath}${page.uri}">${page.title}</a>
      </#list>
      <#if config.render_tagsindex?? && config.render_tagsindex == "true">
      <a href="${content.rootpath}${config.tag_path}/">Chủ đề</a>
      </#if>
      <a href="${config.site_host}/${config.feed_file}">RSS</a>
    </nav>
    <main>
