package vn.bantin.render;

import vn.bantin.model.Article;
import vn.bantin.model.Site;
import vn.bantin.model.StaticPage;
import vn.bantin.model.Tag;
import vn.bantin.model.document.Document;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The variables JBake's Freemarker templates expect ({@code content}, {@code config},
 * {@code published_posts}, {@code tags}, {@code data}, …), built from the frozen site. An
 * article's JBake map is built the first time a template reads it and then kept, so that sites
 * whose templates never use them pay nothing. Each entry of {@code tags} also carries bantin's
 * tag fields ({@code url}, {@code count}, {@code slug}), so one variable serves both kinds of template.
 */
public final class JBakeModel {
    private final Site site;
    private final Map<Article, Map<String, Object>> contentOfArticle = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> contentOfDocument = new ConcurrentHashMap<>();

    public JBakeModel(Site site) {
        this.site = site;
    }

    /** Variables every page sees, under JBake's names. Only published documents are listed. */
    public Map<String, Object> shared() {
        Map<String, Object> shared = new HashMap<>();
        Map<String, Object> config = new TreeMap<>();
        site.config().raw().forEach((key, value) -> config.put(key.replace('.', '_'), value));
        // JBake templates link the archive by this key; bantin's archive is a folder of pages.
        config.put("archive_file", site.urls().archive().substring(1));
        shared.put("config", config);
        ArticleMaps posts = new ArticleMaps(site.articles());
        List<Map<String, Object>> pages = site.pages().stream().map(this::content).toList();
        List<Map<String, Object>> documents = site.documents().all().stream().map(this::content).toList();
        List<Map<String, Object>> all = new AllContent(posts, pages, documents);
        for (String prefix : List.of("", "published_")) {
            shared.put(prefix + "posts", posts);
            shared.put(prefix + "pages", pages);
            shared.put(prefix + "documents", documents); // JBake's published_<type>s for type: document
        }
        shared.put("published_content", all);
        shared.put("all_content", all);
        shared.put("published_date", site.articles().isEmpty() ? new Date(0)
                : Date.from(site.articles().get(0).date().moment().toInstant()));
        List<Map<String, Object>> tags = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Tag tag : site.tags()) {
            List<Map<String, Object>> tagged = contents(site.articlesByTag().getOrDefault(tag.slug(), List.of()));
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", tag.name());
            map.put("slug", tag.slug());
            map.put("url", tag.url());
            map.put("feedUrl", tag.feedUrl());
            map.put("count", tag.count());
            map.put("uri", tag.url() == null ? null : tag.url().substring(1));
            map.put("tagged_posts", tagged);
            map.put("tagged_documents", tagged);
            tags.add(map);
            names.add(tag.name());
        }
        shared.put("tags", List.copyOf(tags));
        shared.put("alltags", names);
        shared.put("data", new DataFiles(site.data()));
        return shared;
    }

    /** An article as JBake's {@code content} map. */
    public Map<String, Object> content(Article article) {
        return contentOfArticle.computeIfAbsent(article, this::articleMap);
    }

    /** The JBake maps of a list of articles, each built when first read. */
    public List<Map<String, Object>> contents(List<Article> articles) {
        return new ArticleMaps(articles);
    }

    /** JBake maps of articles, built when read; a page's fingerprint takes the articles themselves. */
    private final class ArticleMaps extends AbstractList<Map<String, Object>> implements PageFingerprints.DerivedValue {
        private final List<Article> articles;

        ArticleMaps(List<Article> articles) {
            this.articles = articles;
        }

        @Override
        public Map<String, Object> get(int index) {
            return content(articles.get(index));
        }

        @Override
        public int size() {
            return articles.size();
        }

        @Override
        public Object source() {
            return articles;
        }
    }

    /**
     * The articles, static pages and documents in one list, JBake's {@code published_content}:
     * a view, so that the articles' maps are still built only when read.
     */
    private static final class AllContent extends AbstractList<Map<String, Object>>
            implements PageFingerprints.DerivedValue {
        private final ArticleMaps articles;
        private final List<Map<String, Object>> pages;
        private final List<Map<String, Object>> documents;

        AllContent(ArticleMaps articles, List<Map<String, Object>> pages, List<Map<String, Object>> documents) {
            this.articles = articles;
            this.pages = pages;
            this.documents = documents;
        }

        @Override
        public Map<String, Object> get(int index) {
            if (index < articles.size()) {
                return articles.get(index);
            }
            int page = index - articles.size();
            return page < pages.size() ? pages.get(page) : documents.get(page - pages.size());
        }

        @Override
        public int size() {
            return articles.size() + pages.size() + documents.size();
        }

        @Override
        public Object source() {
            return List.of(articles.source(), pages, documents);
        }
    }

    /** A static page as {@code content}: JBake's keys, and bantin's {@code url} and {@code summary}. */
    public Map<String, Object> content(StaticPage page) {
        Map<String, Object> map = base(page.frontMatter(), page.title(), page.url(), "page");
        map.put("body", page.body());
        map.put("summary", page.summary());
        map.put("sourceuri", page.sourcePath());
        if (page.date() != null) {
            map.put("date", Date.from(page.date().moment().toInstant()));
        } else {
            map.remove("date");
        }
        return map;
    }

    /**
     * A document as {@code content}: JBake's keys ({@code date} is the issue date), and bantin's
     * typed values under the front-matter names ({@code number}, {@code kind}, {@code issuer}…).
     */
    public Map<String, Object> content(Document document) {
        return contentOfDocument.computeIfAbsent(document.sourcePath(), path -> documentMap(document));
    }

    private Map<String, Object> documentMap(Document document) {
        Map<String, Object> map = base(document.frontMatter(), document.title(),
                document.url() == null ? "/" : document.url(), "document");
        if (document.url() == null) {
            map.remove("uri");
            map.remove("url");
        }
        map.put("body", document.body());
        map.put("date", Date.from(document.issued().atStartOfDay(site.config().zone()).toInstant()));
        map.put("tags", document.tags().stream().map(Tag::name).toArray(String[]::new));
        map.put("status", "published");
        map.put("summary", document.summary());
        map.put("sourceuri", document.sourcePath());
        map.put("number", document.number());
        map.put("kind", document.kind());
        map.put("issuer", document.issuer());
        return map;
    }

    /** {@code content} for a generated page (home, tag, archive…). */
    public Map<String, Object> generatedContent(String kind, String title, String url) {
        return base(Map.of(), title, url, kind);
    }

    private Map<String, Object> articleMap(Article article) {
        Map<String, Object> map = base(article.frontMatter(), article.title(), article.url(), "post");
        map.put("body", article.body());
        map.put("date", Date.from(article.date().moment().toInstant()));
        map.put("tags", article.tags().stream().map(Tag::name).toArray(String[]::new));
        map.put("status", "published");
        map.put("summary", article.summary());
        map.put("sourceuri", article.sourcePath());
        return new ArticleContent(article, map);
    }

    /** An article's JBake map: made from the article alone, so a page's fingerprint takes the article's. */
    private static final class ArticleContent extends HashMap<String, Object> implements PageFingerprints.DerivedValue {
        private static final long serialVersionUID = 1L;
        private final transient Article article;

        ArticleContent(Article article, Map<String, Object> values) {
            super(values);
            this.article = article;
        }

        @Override
        public Object source() {
            return article;
        }
    }

    private static Map<String, Object> base(Map<String, Object> frontMatter, String title, String url, String type) {
        Map<String, Object> map = new HashMap<>();
        frontMatter.forEach((key, value) -> {
            if (value != null) {
                map.put(key, value);
            }
        });
        map.put("title", title);
        map.put("uri", url.substring(1));
        map.put("url", url);
        map.put("type", type);
        map.put("rootpath", rootPath(url));
        return map;
    }

    /** {@code ../} once per folder level of the page: what JBake templates prefix to {@code uri}. */
    static String rootPath(String url) {
        int depth = 0;
        for (int i = 1; i < url.length(); i++) {
            if (url.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
