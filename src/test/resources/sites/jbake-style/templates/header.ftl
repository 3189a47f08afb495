<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8"/>
    <title><#if (content.title)??><#escape x as x?xml>${content.title}</#escape><#else>JBake</#if></title>
    <link href="<#if (content.rootpath)??>${content.rootpath}</#if>css/style.css" rel="stylesheet">
    <link rel="canonical" href="${config.site_host}/${content.uri}">
  </head>
  <body>
