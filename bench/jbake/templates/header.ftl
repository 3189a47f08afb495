<#-- bench/jbake/templates: minimal Freemarker templates for JBake 2.7.0, written for bantin's benchmark. -->
<#assign root = (content.rootpath)!"">
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if (content.title)??>${content.title?html} — </#if>Bản tin Cải cách hành chính</title>
<link rel="stylesheet" href="${root}css/bantin.css">
<link rel="alternate" type="application/rss+xml" href="${root}${config.feed_file}">
</head>
<body>
<header class="site-header">
  <p class="brand-title"><a href="${root}">Bản tin Cải cách hành chính</a></p>
  <nav class="site-nav"><ul>
    <li><a href="${root}">Trang chủ</a></li>
    <li><a href="${root}${config.archive_file}">Lưu trữ</a></li>
    <li><a href="${root}${config.tag_path}/">Từ khóa</a></li>
  </ul></nav>
</header>
<div class="wrap layout">
<main id="noi-dung" class="main">
