package vn.bantin.render;

import vn.bantin.config.ShareImage;
import vn.bantin.config.SiteConfig;
import vn.bantin.model.ArchiveMonth;
import vn.bantin.model.ArchiveYear;
import vn.bantin.model.Article;
import vn.bantin.model.Cover;
import vn.bantin.model.RelatedArticles;
import vn.bantin.model.Section;
import vn.bantin.model.Site;
import vn.bantin.model.SiteUrls;
import vn.bantin.model.StaticPage;
import vn.bantin.model.Tag;
import vn.bantin.model.document.Document;
import vn.bantin.model.document.DocumentRelations;
import vn.bantin.model.document.Documents;
import vn.bantin.model.document.Facet;
import vn.bantin.model.procedure.Procedure;
import vn.bantin.model.procedure.Procedures;
import vn.bantin.render.Views.Link;
import vn.bantin.render.Views.PageInfo;
import vn.bantin.render.Views.Pagination;
import vn.bantin.render.Views.SectionBlock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lists every page of the site with its variables: home, sections, articles, pages, tags,
 * archive, documents with their registry, and 404. Home, section and tag lists are all just pages of different kinds, rendered by
 * one path. A kind whose template is not configured, or whose JBake render switch is off, is skipped.
 * A static page in another language than the site's gets that language's interface strings.
 */
public final class PagePlanner {
    private final Site site;
    private final SiteConfig config;
    private final SiteUrls urls;
    private final Languages languages;
    /** The site language's strings: every page but static pages written in another language. */
    private final Messages messages;
    private final JBakeModel jbake;
    private final RelatedArticles related;
    /** What share previews show for a page without a picture of its own, as configured (may be empty). */
    private final String shareImage;
    private final List<RenderJob> jobs = new ArrayList<>();

    PagePlanner(Site site, Languages languages, JBakeModel jbake) {
        this.site = site;
        this.config = site.config();
        this.urls = site.urls();
        this.languages = languages;
        this.messages = languages.messages(languages.siteLanguage());
        this.jbake = jbake;
        this.related = new RelatedArticles(site);
        this.shareImage = ShareImage.url(config.raw());
    }

    public List<RenderJob> plan() {
        template("masterindex", "index").ifPresent(this::home);
        template("section", null).ifPresent(this::sections);
        template("post", null).ifPresent(this::articles);
        template("page", null).ifPresent(this::pages);
        template("tag", "tags").ifPresent(this::tags);
        template("tagsindex", "tagsindex").ifPresent(this::tagsIndex);
        template("archive", "archive").ifPresent(this::archive);
        template("document", null).ifPresent(this::documents);
        template("documents", null).ifPresent(this::registry);
        template("procedure", null).ifPresent(this::procedures);
        template("procedures", null).ifPresent(this::catalog);
        template("error404", "error404").ifPresent(this::error404);
        template("search", null).ifPresent(this::search);
        return List.copyOf(jobs);
    }

    private Optional<String> template(String kind, String renderSwitch) {
        if (renderSwitch != null && !config.renders(renderSwitch)) {
            return Optional.empty();
        }
        return config.templateFor(kind);
    }

    private void home(String template) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("latest", head(site.articles(), config.homeLatest()));
        List<SectionBlock> blocks = new ArrayList<>();
        for (Section section : site.sections()) {
            blocks.add(new SectionBlock(section,
                    head(site.articlesBySection().getOrDefault(section.id(), List.of()), config.homePerSection())));
        }
        vars.put("sectionBlocks", List.copyOf(blocks));
        add("index", urls.home(), template, null, site.config().title(), config.description(), () -> vars,
                List.of(), List.of());
    }

    private void sections(String template) {
        for (Section section : site.sections()) {
            List<Article> articles = site.articlesBySection().getOrDefault(section.id(), List.of());
            Paging.paged(articles, section.url(), config.pageSize(), (slice, pagination) -> {
                Map<String, Object> vars = new HashMap<>();
                vars.put("section", section);
                vars.put("articles", slice);
                vars.put("pagination", pagination);
                add("section", pagination.url(), template, section.sourcePath(),
                        titled(section.title(), pagination), section.description(), () -> vars,
                        List.of(new Link(section.title(), section.url())),
                        List.of(new Link(section.title(), section.feedUrl())));
            });
        }
    }

    private void articles(String template) {
        for (Article article : site.articles()) {
            Section section = article.section();
            add("post", article.url(), template, article.sourcePath(), article.title(), article.summary(), () -> {
                Map<String, Object> vars = new HashMap<>();
                vars.put("article", article);
                vars.put("section", section);
                vars.put("newer", site.newer(article, config.neighbours()));
                vars.put("older", site.older(article, config.neighbours()));
                vars.put("related", related.of(article, config.related()));
                vars.put("documents", site.documents().of(article));
                vars.put("content", jbake.content(article));
                return vars;
            },
                    List.of(new Link(section.title(), section.url()), new Link(article.title(), article.url())),
                    List.of(new Link(section.title(), section.feedUrl())), languages.siteLanguage(), article.cover());
        }
    }

    private void pages(String template) {
        for (StaticPage page : site.pages()) {
            add("page", page.url(), template, page.sourcePath(), page.title(), page.summary(),
                    () -> Map.of("content", jbake.content(page)),
                    List.of(new Link(page.title(), page.url())), List.of(), page.lang(), null);
        }
    }

    private void tags(String template) {
        String tagsTitle = messages.format("tags.title", "Chủ đề");
        boolean tagsIndex = template("tagsindex", "tagsindex").isPresent();
        for (Tag tag : site.tags()) {
            List<Article> articles = site.articlesByTag().getOrDefault(tag.slug(), List.of());
            Paging.paged(articles, tag.url(), config.pageSize(), (slice, pagination) -> {
                Map<String, Object> vars = new HashMap<>();
                vars.put("tag", tag);
                vars.put("articles", slice);
                vars.put("articleCount", articles.size());
                vars.put("procedures", pagination.number() == 1
                        ? site.proceduresByTag().getOrDefault(tag.slug(), List.of()) : List.of());
                vars.put("pagination", pagination);
                vars.put("tag_posts", jbake.contents(articles));
                vars.put("tagged_posts", jbake.contents(articles));
                vars.put("tagged_documents", jbake.contents(articles));
                add("tag", pagination.url(), template, null,
                        titled(tag.name(), pagination), "", () -> vars,
                        tagsIndex ? List.of(new Link(tagsTitle, urls.tagsIndex()), new Link(tag.name(), tag.url()))
                                : List.of(new Link(tag.name(), tag.url())),
                        List.of(new Link(tag.name(), tag.feedUrl())));
            });
        }
    }

    private void tagsIndex(String template) {
        String title = messages.format("tags.title", "Chủ đề");
        add("tagsindex", urls.tagsIndex(), template, null, title, "", Map::of,
                List.of(new Link(title, urls.tagsIndex())), List.of());
    }

    private void archive(String template) {
        String title = messages.format("archive.title", "Lưu trữ");
        Link archiveLink = new Link(title, urls.archive());
        add("archive", urls.archive(), template, null, title, "", () -> Map.of("years", site.archive()),
                List.of(archiveLink), List.of());
        for (ArchiveYear year : site.archive()) {
            String period = messages.format("archive.year", "Năm {0}", year.year());
            List<Article> articles = new ArrayList<>();
            for (ArchiveMonth month : year.months()) {
                articles.addAll(monthArticles(month));
            }
            List<Article> yearArticles = List.copyOf(articles);
            add("archive-year", year.url(), template, null, period, "",
                    () -> Map.of("period", period, "articles", yearArticles, "years", site.archive()),
                    List.of(archiveLink, new Link(period, year.url())), List.of());
            for (ArchiveMonth month : year.months()) {
                String monthPeriod = messages.format("archive.month", "Tháng {0}", month.label());
                add("archive-month", month.url(), template, null, monthPeriod, "",
                        () -> Map.of("period", monthPeriod, "articles", monthArticles(month), "years", site.archive()),
                        List.of(archiveLink, new Link(period, year.url()), new Link(monthPeriod, month.url())),
                        List.of());
            }
        }
    }

    private List<Article> monthArticles(ArchiveMonth month) {
        return site.articlesByMonth().getOrDefault(String.format("%04d-%02d", month.year(), month.month()), List.of());
    }

    private void error404(String template) {
        String title = messages.format("error404.title", "Không tìm thấy trang");
        add("error404", urls.error404(), template, null, title, "", Map::of, List.of(), List.of());
    }

    /**
     * The search page. It is one page whatever the query ({@code ?q=} is read by its script), so
     * it holds no results: only where the index is, for the script to find it.
     */
    private void search(String template) {
        String title = messages.format("search.title", "Tìm kiếm");
        String manifest = urls.searchIndex() + "manifest.json";
        add("search", urls.search(), template, null, title, messages.format("search.description", ""),
                () -> Map.of("searchIndex", manifest), List.of(new Link(title, urls.search())), List.of());
    }

    /** A document's page: its data, its relations both ways, the articles about it. */
    private void documents(String template) {
        Documents documents = site.documents();
        String registryTitle = messages.format("documents.title", "Văn bản – Kế hoạch");
        List<Link> feeds = documents.feedUrl() == null ? List.of() : List.of(new Link(registryTitle, documents.feedUrl()));
        for (Document document : documents.all()) {
            Link self = new Link(document.title(), document.url());
            add("document", document.url(), template, document.sourcePath(), document.title(), document.summary(), () -> {
                DocumentRelations relations = documents.relationsOf(document);
                Map<String, Object> vars = new HashMap<>();
                vars.put("document", document);
                vars.put("basedOn", relations.basedOn());
                vars.put("implements", relations.implementing());
                vars.put("implementedBy", relations.implementedBy());
                vars.put("replaces", relations.replaces());
                if (relations.replacedBy() != null) {
                    vars.put("replacedBy", relations.replacedBy());
                }
                vars.put("articles", relations.mentionedIn());
                vars.put("content", jbake.content(document));
                return vars;
            }, documents.url() == null ? List.of(self) : List.of(new Link(registryTitle, documents.url()), self), feeds);
        }
    }

    /** The registry, newest first, and its filter pages by year, kind and issuing body: no script needed. */
    private void registry(String template) {
        Documents documents = site.documents();
        if (documents.url() == null) {
            return; // no document published yet
        }
        String title = messages.format("documents.title", "Văn bản – Kế hoạch");
        Link registry = new Link(title, documents.url());
        List<Link> feeds = List.of(new Link(title, documents.feedUrl()));
        registryPages("documents", documents.all(), documents.url(), template, title, null, List.of(registry), feeds);
        String[][] filters = {{"documents-year", "documents.year", "Văn bản ban hành năm {0}"},
            {"documents-kind", "documents.kind", "Loại văn bản: {0}"},
            {"documents-issuer", "documents.issuer", "Văn bản của {0}"}};
        List<List<Facet>> facets = List.of(documents.years(), documents.kinds(), documents.issuers());
        for (int i = 0; i < filters.length; i++) {
            for (Facet facet : facets.get(i)) {
                String facetTitle = messages.format(filters[i][1], filters[i][2], facet.name());
                registryPages(filters[i][0], facet.documents(), facet.url(), template, facetTitle, facet,
                        List.of(registry, new Link(facetTitle, facet.url())), feeds);
            }
        }
    }

    private void registryPages(String kind, List<Document> list, String firstUrl, String template, String title,
                               Facet facet, List<Link> trail, List<Link> feeds) {
        Documents documents = site.documents();
        Paging.paged(list, firstUrl, config.documentsPageSize(), (slice, pagination) -> {
            Map<String, Object> vars = new HashMap<>();
            vars.put("documents", slice);
            vars.put("heading", title);
            vars.put("count", list.size());
            vars.put("feedUrl", documents.feedUrl());
            vars.put("pagination", pagination);
            vars.put("years", documents.years());
            vars.put("kinds", documents.kinds());
            vars.put("issuers", documents.issuers());
            if (facet != null) {
                vars.put("facet", facet);
            }
            add(kind, pagination.url(), template, null, titled(title, pagination),
                    messages.format("documents.intro", ""), () -> vars, trail, feeds);
        });
    }

    /** A procedure's page, laid out for a citizen; a replaced one points to its replacement. */
    private void procedures(String template) {
        Procedures procedures = site.procedures();
        Link catalog = new Link(messages.format("procedures.title", "Thủ tục hành chính"), procedures.url());
        List<Link> feeds = procedures.feedUrl() == null ? List.of() : List.of(new Link(catalog.title(), procedures.feedUrl()));
        for (Procedure procedure : procedures.all()) {
            Link self = new Link(procedure.title(), procedure.url());
            String description = messages.format("procedure.description", "{0} – {1}, {2}", procedure.title(),
                    procedure.field(), procedure.level().label().toLowerCase(java.util.Locale.ROOT));
            add("procedure", procedure.url(), template, procedure.sourcePath(), procedure.title(), description,
                    () -> Map.of("procedure", procedure),
                    procedures.url() == null ? List.of(self) : List.of(catalog, self), feeds);
        }
    }

    /** The catalog: every in-force procedure by field and level, filtered in the browser. */
    private void catalog(String template) {
        Procedures procedures = site.procedures();
        if (procedures.url() == null) {
            return; // no procedure published yet
        }
        String title = messages.format("procedures.title", "Thủ tục hành chính");
        add("procedures", procedures.url(), template, null, title, messages.format("procedures.intro", ""),
                () -> Map.of("procedures", procedures), List.of(new Link(title, procedures.url())),
                List.of(new Link(title, procedures.feedUrl())));
    }

    private String titled(String title, Pagination pagination) {
        return pagination.number() == 1 ? title
                : title + " – " + messages.format("pagination.page", "Trang {0}", pagination.number());
    }

    /** Adds a page in the site's language, without a picture of its own. */
    private void add(String kind, String url, String template, String sourcePath, String title, String description,
                     Supplier<Map<String, Object>> kindVariables, List<Link> trail, List<Link> pageFeeds) {
        add(kind, url, template, sourcePath, title, description, kindVariables, trail, pageFeeds,
                languages.siteLanguage(), null);
    }

    /**
     * Adds a page; its own variables are computed by the render worker, in parallel with other pages.
     *
     * @param lang  the language the page is written in: its strings, its home in the breadcrumbs
     * @param cover the page's own picture for share previews, or null
     */
    private void add(String kind, String url, String template, String sourcePath, String title, String description,
                     Supplier<Map<String, Object>> kindVariables, List<Link> trail, List<Link> pageFeeds,
                     String lang, Cover cover) {
        Messages strings = languages.messages(lang);
        String home = languages.homeOf(lang);
        List<Link> breadcrumbs = new ArrayList<>();
        breadcrumbs.add(new Link(strings.format("nav.home", "Trang chủ"), home));
        if (!url.equals(home)) {
            breadcrumbs.addAll(trail);
            if (!trail.isEmpty() && !trail.get(trail.size() - 1).url().equals(url)) {
                breadcrumbs.add(new Link(title, url));
            }
        }
        List<Link> feeds = new ArrayList<>();
        feeds.add(new Link(config.title(), urls.feed(urls.home())));
        feeds.addAll(pageFeeds);
        boolean ownImage = cover != null && ShareImage.isShareable(cover.url());
        String image = ownImage ? cover.url() : shareImage;
        PageInfo page = new PageInfo(kind, title, url, config.absolute(url),
                description == null || description.isEmpty() ? config.description() : description,
                List.copyOf(breadcrumbs), List.copyOf(feeds), lang, home, languages.translationsOf(url),
                image.isEmpty() || image.startsWith("http") ? image : config.absolute(image),
                ownImage ? cover.alt() : image.isEmpty() ? "" : config.title());
        boolean ownStrings = !lang.equals(languages.siteLanguage());
        jobs.add(new RenderJob(kind, url, template, sourcePath, () -> {
            Map<String, Object> variables = new HashMap<>(kindVariables.get());
            variables.put("page", page);
            variables.putIfAbsent("content", jbake.generatedContent(kind, title, url));
            if (ownStrings) {
                variables.put("msg", strings.all()); // hides the shared msg of the site's language
            }
            return variables;
        }));
    }

    private static <T> List<T> head(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }
}
