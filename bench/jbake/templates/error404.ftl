<#include "header.ftl">
<h1>Không tìm thấy trang</h1>
<p>Trang bạn tìm không có hoặc đã được chuyển đi.</p>
<#include "footer.ftl">
