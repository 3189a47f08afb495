package vn.bantin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;
import vn.bantin.testing.FixtureSite;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The usual cross-site-scripting vectors (OWASP cheat-sheet style), fed through every field an
 * author writes (title, author, source, tags, summary, cover caption and text, section title and
 * description, static page title, and the Markdown body as raw HTML and as Markdown syntax), do
 * not survive as executable markup anywhere in the baked site: pages, feeds (with the HTML inside
 * them), sitemap. Every page carries a Content-Security-Policy that forbids inline script. The one
 * script element without a file, an article's JSON-LD data, must stay data: it parses as JSON,
 * holding each text exactly as written.
 */
class ContentSafetyTest {
    /** Hosts whose frames the fixture allows, as bantin.embed.hosts. */
    private static final String ALLOWED_HOST = "www.youtube-nocookie.com";

    /** Raw text and HTML, each written into every field. */
    static final List<String> VECTORS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\" &#14;  javascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"https://evil.example/x.swf\">",
            "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "</title><script>alert(1)</script>",
            "</textarea></style><script>alert(1)</script>",
            "<style>@import 'javascript:alert(1)';</style>",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<details open ontoggle=alert(1)>",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<body onload=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<video><source onerror=alert(1)></video>",
            "<link rel=\"import\" href=\"https://evil.example/x.html\">",
            "<abbr title=\"<table onmouseover=alert(1) x\">y</abbr>",
            "javascript:alert(1)",
            "${7*7} <#assign x=1> {{7*7}}");

    /** Markdown syntax that must not produce executable markup either; one per article body. */
    static final List<String> MARKDOWN_VECTORS = List.of(
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "![x](javascript:alert(1))",
            "<javascript:alert(1)>",
            "[x](https://a.example/){onclick=alert(1)}",
            "Đoạn văn {onmouseover=alert(1) style=\"color:red\"}",
            "## Tiêu đề {onclick=alert(1) #noi-dung}",
            "[ref]: javascript:alert(1)\n\n[văn bản][ref]",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](vbscript:msgbox(1))",
            "[x](&#106;avascript:alert(1))",
            "<span>[x](javascript:alert(1))</span>",
            "`<script>alert(1)</script>`",
            "```\n<script>alert(1)</script>\n```",
            "javascript://%0aalert(1) và www.example.vn",
            "Chú thích[^1].\n\n[^1]: <script>alert(1)</script> <img src=x onerror=alert(1)>",
            "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
            "> <script>alert(1)</script>\n> [x](javascript:alert(1))",
            "<iframe src=\"https://" + ALLOWED_HOST + "/embed/abc\" onload=alert(1) srcdoc=x></iframe>",
            "<iframe src=\"http://" + ALLOWED_HOST + "/embed/abc\" title=\"http\"></iframe>",
            "<iframe src=\"https://" + ALLOWED_HOST + ".evil.example/embed/abc\" title=\"giả\"></iframe>");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
            "xlink:href", "poster", "background", "cite", "longdesc", "ping", "dynsrc", "lowsrc", "codebase",
            "manifest", "icon");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("object", "embed", "applet", "base", "frame",
            "frameset", "portal");
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

    @TempDir
    Path folder;
    FixtureSite site;
    byte[] image;

    @BeforeEach
    void createSite() throws IOException {
        site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        Path properties = site.root().resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties) + "\nbantin.embed.hosts=" + ALLOWED_HOST + "\n");
        image = Files.readAllBytes(site.root().resolve("content/tin-tuc/anh/hoi-nghi.svg"));
        // Vectors link to "x", as OWASP writes them: give that address a file, so that the only
        // thing the bake can object to is what it must remove.
        site.write("content/x", image);
    }

    @Test
    void noVectorSurvivesAsExecutableMarkupInAnyOutputFile() throws Exception {
        assertTrue(VECTORS.size() >= 25 && MARKDOWN_VECTORS.size() >= 15);
        for (int i = 0; i < VECTORS.size(); i++) {
            writeVectorContent(i, VECTORS.get(i), MARKDOWN_VECTORS.get(i % MARKDOWN_VECTORS.size()));
        }
        Bake.Result result = site.bake();

        List<String> findings = new ArrayList<>();
        int pages = 0;
        int feeds = 0;
        for (String path : site.outputFiles()) {
            if (path.endsWith(".html")) {
                pages++;
                Document page = Jsoup.parse(site.read(path));
                checkPage(path, page, findings);
                checkMarkup(path, page, findings);
            } else if (path.endsWith(".xml")) {
                feeds += checkXml(path, findings);
            }
        }
        assertEquals(List.of(), findings);
        assertTrue(pages > VECTORS.size() * 2, "every article and page was baked: " + pages);
        assertTrue(feeds > VECTORS.size(), "the feeds' items were checked: " + feeds);
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("evil.example")),
                "a removed frame is reported to the author: " + result.warnings());
    }

    @Test
    void everyFieldKeepsItsTextExactlyAsWritten() {
        for (int i = 0; i < VECTORS.size(); i++) {
            writeVectorContent(i, VECTORS.get(i), "Nội dung.");
        }
        site.bake();
        for (int i = 0; i < VECTORS.size(); i++) {
            String vector = VECTORS.get(i);
            Document section = Jsoup.parse(site.read("an-toan-" + i + "/index.html"));
            assertEquals(vector + " mục " + i, section.selectFirst("main h1").wholeText(), "section title " + i);
            assertTrue(section.selectFirst("title").wholeText().startsWith(vector + " mục " + i), section.title());
            Element link = section.selectFirst("main .cards a");
            String articlePath = Path.of("an-toan-" + i).resolve(link.attr("href")).normalize() + "/index.html";
            Document article = Jsoup.parse(site.read(articlePath));
            assertEquals(vector + " bài " + i, article.selectFirst("main h1").wholeText(), "article title " + i);
            JsonNode data = jsonLd(article);
            assertEquals(vector + " bài " + i, data.get("headline").asText(), "JSON-LD headline " + i);
            assertEquals(vector, data.get("description").asText(), "JSON-LD description " + i);
            assertEquals(vector, data.get("author").get(0).get("name").asText(), "JSON-LD author " + i);
            assertTrue(article.selectFirst("main .lead").wholeText().equals(vector), "the summary as written: " + i);
            assertTrue(article.selectFirst("main figcaption").wholeText().equals(vector), "the caption as written: " + i);
        }
    }

    @Test
    void framesAreKeptOnlyFromAllowedHostsSandboxedAndTitled() {
        site.write("content/tin-tuc/video.md", "---\ntitle: Video hội nghị\ndate: 2024-05-02\n---\n"
                + "Mở đầu.\n\n"
                + "<iframe src=\"https://" + ALLOWED_HOST + "/embed/abc\" title=\"Phát biểu khai mạc\" width=\"560\""
                + " height=\"315\" allow=\"autoplay\" allowfullscreen style=\"border:0\"></iframe>\n\n"
                + "<iframe src=\"https://" + ALLOWED_HOST.toUpperCase(Locale.ROOT) + "/embed/def\"></iframe>\n\n"
                + "<iframe src=\"https://evil.example/embed/abc\" title=\"khác\"></iframe>\n\n"
                + "<iframe src=\"http://" + ALLOWED_HOST + "/embed/abc\" title=\"không mã hóa\"></iframe>\n\n"
                + "<iframe src=\"//" + ALLOWED_HOST + "/embed/abc\" title=\"không giao thức\"></iframe>\n\n"
                + "<iframe src=\"https://" + ALLOWED_HOST + ":8443/embed/abc\" title=\"cổng khác\"></iframe>\n\n"
                + "<iframe src=\"https://user@" + ALLOWED_HOST + "/embed/abc\" title=\"người dùng\"></iframe>\n");
        Bake.Result result = site.bake();

        Document page = Jsoup.parse(site.read("tin-tuc/video/index.html"));
        List<Element> frames = page.select("main iframe");
        assertEquals(2, frames.size(), frames.toString());
        Element kept = frames.get(0);
        assertEquals("https://" + ALLOWED_HOST + "/embed/abc", kept.attr("src"));
        assertEquals("Phát biểu khai mạc", kept.attr("title"));
        assertEquals("allow-scripts allow-same-origin allow-presentation", kept.attr("sandbox"));
        assertEquals("strict-origin-when-cross-origin", kept.attr("referrerpolicy"));
        assertEquals(Set.of("src", "title", "width", "height", "allowfullscreen", "sandbox", "referrerpolicy"),
                attributeNames(kept));
        assertEquals("Video hội nghị", frames.get(1).attr("title"), "a frame without a title gets the article's");
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(policy.contains("; frame-src https://" + ALLOWED_HOST), "browsers may load the kept frame: " + policy);

        List<Problem> removed = result.warnings().stream()
                .filter(w -> w.path().equals("content/tin-tuc/video.md")).toList();
        assertEquals(5, removed.size(), removed.toString());
        assertEquals(11, removed.get(0).line(), removed.toString());
        assertTrue(removed.get(0).message().contains("evil.example"), removed.toString());
        assertTrue(removed.get(0).hint().contains(ALLOWED_HOST), removed.get(0).hint());
    }

    @Test
    void withoutAllowedHostsEveryFrameIsRemoved() throws IOException {
        Path properties = site.root().resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replace("bantin.embed.hosts=" + ALLOWED_HOST, ""));
        site.write("content/tin-tuc/video.md", "---\ntitle: Video\ndate: 2024-05-02\n---\nMở đầu.\n\n"
                + "<iframe src=\"https://" + ALLOWED_HOST + "/embed/abc\" title=\"Video\"></iframe>\n");
        Bake.Result result = site.bake();
        assertTrue(Jsoup.parse(site.read("tin-tuc/video/index.html")).select("iframe").isEmpty());
        Problem warning = result.warnings().stream().filter(w -> w.path().equals("content/tin-tuc/video.md"))
                .findFirst().orElseThrow();
        assertTrue(warning.hint().contains("bantin.embed.hosts"), warning.hint());
    }

    @Test
    void anEmbedHostThatIsNoHostNameIsAConfigurationError() throws IOException {
        Path properties = site.root().resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties)
                .replace("bantin.embed.hosts=" + ALLOWED_HOST, "bantin.embed.hosts=https://www.youtube.com/embed"));
        BakeFailure failure = site.bakeFailing();
        Problem problem = failure.errors().get(0);
        assertEquals("jbake.properties", problem.path());
        assertTrue(problem.message().contains("'https://www.youtube.com/embed' is not a host name"), problem.message());
    }

    /** Article, section and static page number {@code i}, every field holding {@code vector}. */
    private void writeVectorContent(int i, String vector, String markdownVector) {
        String section = "content/an-toan-" + i + "/";
        site.write(section + "_index.md", "---\ntitle: " + yaml(vector + " mục " + i) + "\ndescription: " + yaml(vector)
                + "\norder: " + (10 + i) + "\n---\n" + vector + "\n");
        site.write(section + "x", image);
        site.write(section + "anh.svg", image);
        site.write(section + "Bài thử " + i + ".md", "---\n"
                + "title: " + yaml(vector + " bài " + i) + "\n"
                + "date: 2024-01-01 08:" + String.format(Locale.ROOT, "%02d", i % 60) + "\n"
                + "author: " + yaml(vector) + "\n"
                + "source: " + yaml(vector) + "\n"
                + "tags: [" + yaml(vector + " thẻ " + i) + ", " + yaml("chung") + "]\n"
                + "summary: " + yaml(vector) + "\n"
                + "cover: anh.svg\n"
                + "cover_caption: " + yaml(vector) + "\n"
                + "cover_alt: " + yaml(vector) + "\n"
                + "---\n"
                + "Mở đầu bài " + i + ".\n\n" + vector + "\n\n" + markdownVector + "\n\nKết thúc.\n");
        site.write("content/Trang thử " + i + ".md", "---\ntype: page\ntitle: " + yaml(vector + " trang " + i)
                + "\nsummary: " + yaml(vector) + "\n---\n" + vector + "\n\n" + markdownVector + "\n");
    }

    /** A YAML double-quoted scalar holding {@code text} exactly. */
    private static String yaml(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** What a whole page must have: the Content-Security-Policy, and no style element in its content. */
    private static void checkPage(String path, Document page, List<String> findings) {
        List<Element> policies = page.select("meta[http-equiv]").stream()
                .filter(meta -> meta.attr("http-equiv").equalsIgnoreCase("content-security-policy")).toList();
        if (policies.size() != 1 || policies.get(0).parent() != page.head()) {
            findings.add(path + ": no single Content-Security-Policy meta in the head");
            return;
        }
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policies.get(0).attr("content").split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                directives.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
            }
        }
        String scripts = directives.getOrDefault("script-src", directives.get("default-src"));
        if (scripts == null || scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'")
                || scripts.contains("*") || scripts.contains("data:")) {
            findings.add(path + ": the Content-Security-Policy allows inline or foreign script: " + scripts);
        }
        String frames = directives.get("frame-src");
        if (frames != null && !frames.equals("https://" + ALLOWED_HOST) && !frames.equals("'self' https://" + ALLOWED_HOST)) {
            findings.add(path + ": frame-src allows more than the embed hosts: " + frames);
        }
        if (!page.body().select("style").isEmpty()) {
            findings.add(path + ": a style element in the page's body");
        }
    }

    /** What no markup anywhere may hold, whether a whole page or the HTML inside a feed item. */
    private void checkMarkup(String where, Document document, List<String> findings) {
        for (Element element : document.getAllElements()) {
            String name = element.normalName();
            if (FORBIDDEN_ELEMENTS.contains(name)) {
                findings.add(where + ": <" + name + ">");
            }
            if (name.equals("script") && !isSiteFile(element.attr("src")) && !isJsonData(element)) {
                findings.add(where + ": " + element.outerHtml());
            }
            if (name.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                findings.add(where + ": " + element.outerHtml());
            }
            if (name.equals("iframe") && !isAllowedFrame(element)) {
                findings.add(where + ": " + element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("srcdoc")) {
                    findings.add(where + ": attribute " + key + " on <" + name + ">");
                } else if (URL_ATTRIBUTES.contains(key) || (key.equals("to") || key.equals("values") || key.equals("from"))
                        && (name.equals("animate") || name.equals("set"))) {
                    String scheme = scheme(attribute.getValue());
                    boolean image = key.equals("src") && name.equals("img") && scheme.equals("data:")
                            && normalised(attribute.getValue()).startsWith("data:image/");
                    if (Set.of("javascript:", "vbscript:", "data:").contains(scheme) && !image) {
                        findings.add(where + ": " + key + "=\"" + attribute.getValue() + "\" on <" + name + ">");
                    }
                }
            }
        }
    }

    /** Checks a feed or the sitemap, and the HTML each feed item carries; returns how many items. */
    private int checkXml(String path, List<String> findings) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        org.w3c.dom.Document xml = builder.parse(new ByteArrayInputStream(site.read(path).getBytes(StandardCharsets.UTF_8)));
        NodeList all = xml.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String name = all.item(i).getLocalName().toLowerCase(Locale.ROOT);
            if (name.equals("script") || name.equals("iframe") || FORBIDDEN_ELEMENTS.contains(name)) {
                findings.add(path + ": XML element <" + name + ">");
            }
        }
        List<String> html = new ArrayList<>();
        NodeList descriptions = xml.getElementsByTagName("description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            html.add(descriptions.item(i).getTextContent());
        }
        NodeList encoded = xml.getElementsByTagNameNS(CONTENT_NS, "encoded");
        for (int i = 0; i < encoded.getLength(); i++) {
            html.add(encoded.item(i).getTextContent());
        }
        for (int i = 0; i < html.size(); i++) {
            checkMarkup(path + " item HTML " + i, Jsoup.parseBodyFragment(html.get(i)), findings);
        }
        NodeList locations = xml.getElementsByTagName("loc");
        for (int i = 0; i < locations.getLength(); i++) {
            if (!locations.item(i).getTextContent().startsWith("https://bantin.example.vn/")) {
                findings.add(path + ": sitemap location " + locations.item(i).getTextContent());
            }
        }
        return encoded.getLength();
    }

    /** A JSON-LD block of the page's head whose whole text is one JSON object: data, never run. */
    private static boolean isJsonData(Element script) {
        if (!script.attr("type").equals("application/ld+json") || script.hasAttr("src")
                || script.parent() == null || !script.parent().normalName().equals("head")) {
            return false;
        }
        try {
            return new ObjectMapper().readTree(script.data()).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The page's JSON-LD data. */
    private static JsonNode jsonLd(Document page) {
        Element script = page.selectFirst("head script[type=application/ld+json]");
        assertTrue(script != null && isJsonData(script), "the article has JSON-LD data");
        try {
            return new ObjectMapper().readTree(script.data());
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** A script loaded from a file of the site itself. */
    private boolean isSiteFile(String src) {
        String value = src.strip();
        return !value.isEmpty() && !value.startsWith("//") && URI.create(value).getScheme() == null;
    }

    private static boolean isAllowedFrame(Element frame) {
        try {
            URI src = URI.create(frame.attr("src"));
            return "https".equals(src.getScheme()) && ALLOWED_HOST.equals(src.getHost()) && src.getPort() == -1
                    && frame.hasAttr("sandbox") && !frame.attr("sandbox").contains("allow-top-navigation")
                    && !frame.attr("title").isBlank();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The scheme a browser would see: entities are already decoded by the parser; browsers also
     * drop ASCII whitespace and control characters anywhere in a URL's scheme, and ignore case.
     */
    private static String scheme(String url) {
        String cleaned = normalised(url);
        int colon = cleaned.indexOf(':');
        return colon < 0 ? "" : cleaned.substring(0, colon + 1);
    }

    private static String normalised(String url) {
        StringBuilder out = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ' && !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static Set<String> attributeNames(Element element) {
        Set<String> names = new java.util.HashSet<>();
        element.attributes().forEach(attribute -> names.add(attribute.getKey()));
        return names;
    }
}
