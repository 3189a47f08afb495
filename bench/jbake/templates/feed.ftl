<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Bản tin Cải cách hành chính</title>
<link>${config.site_host}</link>
<atom:link href="${config.site_host}/${config.feed_file}" rel="self" type="application/rss+xml"/>
<description>Tin tức, kế hoạch và kết quả cải cách hành chính của huyện An Khánh.</description>
<language>vi</language>
<#list published_posts as post>
<#if post?index == 20><#break></#if>
<item>
<title>${post.title?xml}</title>
<link>${config.site_host}/${post.uri}</link>
<guid isPermaLink="true">${config.site_host}/${post.uri}</guid>
<pubDate>${post.date?string("EEE, dd MMM yyyy HH:mm:ss Z")}</pubDate>
<description>${post.body?xml}</description>
</item>
</#list>
</channel>
</rss>
