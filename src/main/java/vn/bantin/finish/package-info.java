/** Finish stage: one Jsoup pass per page, feeds, sitemap, and the check of every internal link. */
package vn.bantin.finish;
