</main>
</div>
<footer class="site-footer"><p>Ủy ban nhân dân huyện An Khánh. <a href="${root}${config.feed_file}">RSS</a> · <a href="${root}${config.sitemap_file}">Sơ đồ trang</a></p></footer>
</body>
</html>
