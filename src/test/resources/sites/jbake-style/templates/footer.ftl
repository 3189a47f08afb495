    </main>
    <footer>
      <p class="hotline">Đường dây nóng: ${data['links.yaml'].hotline}</p>
      <p class="host">Trang gốc: ${config.site_host}</p>
      <p class="last-published">Cập nhật: ${published_date?string("dd/MM/yyyy")}</p>
    </footer>
  </body>
</html>
