package vn.bantin.finish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.bantin.config.SiteConfig;
import vn.bantin.model.Article;
import vn.bantin.model.Tag;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes RSS 2.0 feeds: absolute links from the configured site URL, RFC 822 dates with the
 * +07:00 offset, the article URL as a stable {@code guid}, full content in {@code content:encoded}
 * and one {@code category} per tag.
 */
final class FeedWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final SiteConfig config;
    /** Each article's body with absolute URLs, computed once however many feeds carry it. */
    private final Map<Article, String> absoluteBodies = new ConcurrentHashMap<>();

    FeedWriter(SiteConfig config) {
        this.config = config;
    }

    /**
     * @param feedUrl site-root-relative URL of the feed itself
     * @param pageUrl site-root-relative URL of the page the feed follows
     */
    byte[] write(String title, String description, String feedUrl, String pageUrl, List<Article> newestFirst) {
        List<Article> items = newestFirst.subList(0, Math.min(config.feedSize(), newestFirst.size()));
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
            element(xml, "title", title);
            element(xml, "link", config.absolute(pageUrl));
            element(xml, "description", description.isEmpty() ? title : description);
            element(xml, "language", config.language());
            if (!items.isEmpty()) {
                element(xml, "lastBuildDate", items.get(0).date().rfc822());
            }
            element(xml, "generator", "bantin");
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", config.absolute(feedUrl));
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            for (Article article : items) {
                item(xml, article);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write feed " + feedUrl, e);
        }
        return out.toByteArray();
    }

    private void item(XMLStreamWriter xml, Article article) throws XMLStreamException {
        String url = config.absolute(article.url());
        xml.writeStartElement("item");
        element(xml, "title", article.title());
        element(xml, "link", url);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "true");
        xml.writeCharacters(url);
        xml.writeEndElement();
        element(xml, "pubDate", article.date().rfc822());
        if (!article.author().isEmpty()) {
            xml.writeStartElement("dc", "creator", DC);
            xml.writeCharacters(article.author());
            xml.writeEndElement();
        }
        element(xml, "category", article.section().title());
        for (Tag tag : article.tags()) {
            element(xml, "category", tag.name());
        }
        element(xml, "description", article.summary());
        xml.writeStartElement("content", "encoded", CONTENT);
        xml.writeCharacters(absoluteBodies.computeIfAbsent(article, this::absoluteBody));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Feed readers resolve no relative URL reliably: make every link and image absolute. */
    private String absoluteBody(Article article) {
        Document body = Jsoup.parseBodyFragment(article.body());
        body.outputSettings().prettyPrint(false);
        for (Element element : body.select("a[href], img[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute);
            if (value.startsWith("/") && !value.startsWith("//")) {
                element.attr(attribute, config.absolute(value));
            } else if (value.startsWith("#")) {
                element.attr(attribute, config.absolute(article.url()) + value);
            }
        }
        if (article.cover() != null) {
            String src = article.cover().url().startsWith("/") ? config.absolute(article.cover().url())
                    : article.cover().url();
            Element figure = body.body().prependElement("p");
            figure.appendElement("img").attr("src", src).attr("alt", article.cover().alt());
        }
        return body.body().html();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
