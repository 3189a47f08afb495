package vn.bantin.finish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import vn.bantin.config.SiteConfig;
import vn.bantin.load.Body;
import vn.bantin.model.Cover;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes RSS 2.0 feeds of articles and documents: absolute links from the configured site URL,
 * RFC 822 dates with the +07:00 offset, the page URL as a stable {@code guid}, full content in
 * {@code content:encoded} and one {@code category} per section, tag, kind or issuer.
 */
final class FeedWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final Evaluator LINKS_AND_IMAGES = QueryParser.parse("a[href], img[src]"); // parsed once
    /** What closes a feed after its items. */
    private static final byte[] END = "</channel></rss>".getBytes(StandardCharsets.UTF_8);

    private final SiteConfig config;
    /**
     * Each item as written, by its URL, made once however many feeds carry it (an article is in
     * its section's, its tags' and the site's): an item is the same in every feed.
     */
    private final Map<String, byte[]> writtenItems = new ConcurrentHashMap<>();

    FeedWriter(SiteConfig config) {
        this.config = config;
    }

    /** The feed's bytes: its channel, then its items, each written once per bake. */
    byte[] write(Feed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM);
            xml.writeNamespace("content", CONTENT);
            xml.writeNamespace("dc", DC);
            xml.writeStartElement("channel");
            element(xml, "title", feed.title());
            element(xml, "link", config.absolute(feed.pageUrl()));
            element(xml, "description", asHtml(feed.description().isEmpty() ? feed.title() : feed.description()));
            element(xml, "language", config.language());
            if (!feed.items().isEmpty()) {
                element(xml, "lastBuildDate", feed.items().get(0).date().rfc822());
            }
            element(xml, "generator", "bantin");
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", config.absolute(feed.feedUrl()));
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            xml.writeCharacters(""); // ends the empty element, so that the items follow it
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write feed " + feed.feedUrl(), e);
        }
        for (FeedItem item : feed.items()) {
            out.writeBytes(writtenItems.computeIfAbsent(item.url(), url -> item(item)));
        }
        out.writeBytes(END);
        return out.toByteArray();
    }

    /** One {@code <item>} as the feed carries it, written on its own. */
    private byte[] item(FeedItem item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            item(xml, item);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed item " + item.url(), e);
        }
        return out.toByteArray();
    }

    private void item(XMLStreamWriter xml, FeedItem item) throws XMLStreamException {
        String url = config.absolute(item.url());
        xml.writeStartElement("item");
        element(xml, "title", item.title());
        element(xml, "link", url);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "true");
        xml.writeCharacters(url);
        xml.writeEndElement();
        element(xml, "pubDate", item.date().rfc822());
        if (!item.author().isEmpty()) {
            xml.writeStartElement("dc", "creator", DC);
            xml.writeCharacters(item.author());
            xml.writeEndElement();
        }
        for (String category : item.categories()) {
            element(xml, "category", category);
        }
        element(xml, "description", asHtml(item.summary()));
        xml.writeStartElement("content", "encoded", CONTENT);
        xml.writeCharacters(absoluteBody(item));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * The text of the {@code content:encoded} of the item of {@code url} showing {@code body} after
     * {@code cover} (or null), as {@link #write} writes it into every feed that carries the item:
     * made absolute, escaped for XML, in UTF-8. Nothing else of an item depends on its body.
     */
    byte[] encodedBody(String url, Body body, Cover cover) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartElement("x");
            xml.writeCharacters(absoluteBody(new FeedItem(url, "", null, "", List.of(), "", body, cover)));
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed item " + url, e);
        }
        byte[] element = out.toByteArray(); // <x>…</x>
        return Arrays.copyOfRange(element, "<x>".length(), element.length - "</x>".length());
    }

    /** Feed readers resolve no relative URL reliably: make every link and image absolute. */
    private String absoluteBody(FeedItem item) {
        Document body = Jsoup.parseBodyFragment(item.body().html());
        body.outputSettings().prettyPrint(false);
        for (Element element : body.select(LINKS_AND_IMAGES)) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute);
            if (value.startsWith("/") && !value.startsWith("//")) {
                element.attr(attribute, config.absolute(value));
            } else if (value.startsWith("#")) {
                element.attr(attribute, config.absolute(item.url()) + value);
            }
        }
        if (item.cover() != null) {
            String src = item.cover().url().startsWith("/") ? config.absolute(item.cover().url())
                    : item.cover().url();
            Element figure = body.body().prependElement("p");
            figure.appendElement("img").attr("src", src).attr("alt", item.cover().alt());
        }
        return body.body().html();
    }

    /**
     * RSS readers take a {@code description} as HTML: plain text goes in escaped, or a summary
     * written as {@code <img src=x onerror=…>} would run in the reader.
     */
    private static String asHtml(String plainText) {
        return Entities.escape(plainText);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
