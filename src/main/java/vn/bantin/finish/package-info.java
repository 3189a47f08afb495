/** Finish stage: one Jsoup pass per page, feeds, sitemap, the search index, and the check of every internal link. */
package vn.bantin.finish;
