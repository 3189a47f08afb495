package vn.bantin.finish;

import vn.bantin.load.Body;
import vn.bantin.model.Article;
import vn.bantin.model.Cover;
import vn.bantin.model.Tag;
import org.jsoup.nodes.Entities;
import vn.bantin.model.document.Attachment;
import vn.bantin.model.document.Document;
import vn.bantin.model.procedure.Procedure;
import vn.bantin.model.procedure.RequiredDocument;
import vn.bantin.text.ContentDates.ContentDate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One item of an RSS feed: an article, a document or a procedure.
 *
 * @param url        site-root-relative, also the item's guid
 * @param author     for {@code dc:creator}, or empty
 * @param categories section and tags of an article; kind, issuer, fields and tags of a document
 * @param body       HTML with site-root-relative links, for {@code content:encoded}; an article's is
 *                   read only when its first feed is written
 * @param cover      an image shown before the body, or null
 */
record FeedItem(String url, String title, ContentDate date, String author, List<String> categories, String summary,
                Body body, Cover cover) {

    /** Newest first, then by URL: the order of every feed. */
    static final Comparator<FeedItem> NEWEST_FIRST = Comparator
            .comparing((FeedItem item) -> item.date().moment()).reversed()
            .thenComparing(FeedItem::url);

    static FeedItem of(Article article) {
        List<String> categories = new ArrayList<>();
        categories.add(article.section().title());
        article.tags().stream().map(Tag::name).forEach(categories::add);
        return new FeedItem(article.url(), article.title(), article.date(), article.author(), categories,
                article.summary(), article.body(), article.cover());
    }

    /**
     * A procedure is dated by its last update, so a changed one comes back to the top of its feed;
     * its body is what a citizen needs first: the papers, the time, the fees and the result.
     */
    static FeedItem of(Procedure procedure, ZoneId zone) {
        List<String> categories = new ArrayList<>();
        categories.add(procedure.field());
        categories.add(procedure.level().label());
        procedure.tags().stream().map(Tag::name).forEach(categories::add);
        StringBuilder body = new StringBuilder("<ul>");
        for (RequiredDocument document : procedure.documents()) {
            body.append("<li>").append(Entities.escape(document.name())).append("</li>");
        }
        body.append("</ul>");
        for (String line : List.of(procedure.processingTime(), procedure.fees(), procedure.result())) {
            if (!line.isEmpty()) {
                body.append("<p>").append(Entities.escape(line)).append("</p>");
            }
        }
        String summary = procedure.field() + ", " + procedure.level().label().toLowerCase(java.util.Locale.ROOT)
                + ". " + procedure.agency() + ".";
        return new FeedItem(procedure.url(), procedure.title() + " (" + procedure.code() + ")",
                new ContentDate(procedure.updated().atStartOfDay(zone), false), procedure.agency(),
                categories.stream().distinct().toList(), summary, Body.of(procedure.sourcePath(), body.toString()), null);
    }

    /** A document is dated by its issue date; its title tells what it is about. */
    static FeedItem of(Document document, ZoneId zone) {
        List<String> categories = new ArrayList<>();
        categories.add(document.kind());
        categories.add(document.issuer());
        categories.addAll(document.fields());
        document.tags().stream().map(Tag::name).forEach(categories::add);
        StringBuilder body = new StringBuilder(document.body().html());
        if (!document.attachments().isEmpty()) {
            body.append("<ul>");
            for (Attachment attachment : document.attachments()) {
                body.append("<li><a href=\"").append(Entities.escape(attachment.url())).append("\">")
                        .append(Entities.escape(attachment.title())).append("</a> (").append(attachment.type())
                        .append(", ").append(Math.max(1, (attachment.bytes() + 512) / 1024)).append(" KB)</li>");
            }
            body.append("</ul>");
        }
        return new FeedItem(document.url(), document.title() + ": " + document.summary(),
                new ContentDate(document.issued().atStartOfDay(zone), false), document.issuer(),
                categories.stream().distinct().toList(), document.summary(), Body.of(document.sourcePath(), body.toString()),
                null);
    }
}
