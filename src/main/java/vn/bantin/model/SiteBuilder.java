package vn.bantin.model;

import vn.bantin.config.SiteConfig;
import vn.bantin.load.Body;
import vn.bantin.load.LoadedContent;
import vn.bantin.load.ParsedDocument;
import vn.bantin.model.document.DocumentCatalog;
import vn.bantin.model.document.Documents;
import vn.bantin.model.document.MentionMemory;
import vn.bantin.model.procedure.Procedure;
import vn.bantin.model.procedure.ProcedureCatalog;
import vn.bantin.model.procedure.Procedures;
import vn.bantin.problem.ParallelWork;
import vn.bantin.problem.Problems;
import vn.bantin.text.ContentDates;
import vn.bantin.text.ContentDates.ContentDate;
import vn.bantin.text.Slugs;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The model stage: validates every parsed document, gives each its URL, and builds the frozen
 * {@link Site} with all the lists pages need. All problems of all files are reported together.
 */
public final class SiteBuilder {
    private static final String STATUS_PUBLISHED = "published";
    private static final String STATUS_DRAFT = "draft";
    private static final String DOCUMENT = "document";
    private static final String PROCEDURE = "procedure";

    private final SiteConfig config;
    private final SiteUrls urls;
    private final LoadedContent content;
    private final Instant now;
    private final boolean preview;
    private final MentionMemory mentions;
    private final Problems problems = new Problems();
    private final UrlRegistry registry;
    private final PageLanguageReader languages;
    /** The site's documents, read before the other files so that their bodies can link to them. */
    private DocumentCatalog catalog;

    private SiteBuilder(SiteConfig config, LoadedContent content, Instant now, boolean preview,
                        MentionMemory mentions) {
        this.config = config;
        this.urls = new SiteUrls(config);
        this.content = content;
        this.now = now;
        this.preview = preview;
        this.mentions = mentions;
        this.registry = new UrlRegistry(problems);
        this.languages = new PageLanguageReader(config, problems);
    }

    /**
     * Builds the site; articles dated after {@code now} are held back until a bake after their time.
     *
     * @throws vn.bantin.problem.BakeFailure with every problem, load problems included, if any is an error
     */
    public static Site build(SiteConfig config, LoadedContent content, Instant now) {
        return build(config, content, now, false);
    }

    /**
     * Builds the site; with {@code preview} (an author's {@code bantin serve}) drafts and scheduled
     * articles are listed like published ones, each marked {@link Article#draft()}. Expired
     * articles are left out either way.
     */
    public static Site build(SiteConfig config, LoadedContent content, Instant now, boolean preview) {
        return build(config, content, now, preview, new MentionMemory(Map.of()));
    }

    /**
     * The same, linking again only the bodies whose mentions {@code mentions} does not hold as
     * linked by the bake before; what this bake linked is added to it, for the next.
     */
    public static Site build(SiteConfig config, LoadedContent content, Instant now, boolean preview,
                             MentionMemory mentions) {
        return new SiteBuilder(config, content, now, preview, mentions).build();
    }

    private record ArticleDraft(ParsedDocument document, String sectionId, String slug, String title,
                                ContentDate date, String author, String source, String summary, Cover cover,
                                List<String> tags, boolean published, boolean listed) {
    }

    private Site build() {
        problems.addAll(content.problems());
        List<ParsedDocument> readable = content.documents().stream().filter(d -> !d.hasErrors()).toList();

        catalog = readDocuments(readable);
        ProcedureCatalog procedureCatalog = readProcedures(readable);
        Map<String, SectionDraft> sections = readSections(readable);
        List<ArticleDraft> drafts = new ArrayList<>();
        List<StaticPage> pages = new ArrayList<>();
        for (ParsedDocument document : readable) {
            if (document.isSectionIndex()) {
                continue;
            }
            FrontMatterReader header = new FrontMatterReader(document, problems);
            switch (kindOf(document, header)) {
                case "post" -> readArticle(document, header, sections).ifPresent(drafts::add);
                case "page" -> readPage(document, header).ifPresent(pages::add);
                case DOCUMENT, PROCEDURE -> { } // read first, see readDocuments and readProcedures
                default -> header.error("type", "unknown type '" + header.text("type") + "'",
                        "use type: post for an article, type: page for a page outside the sections"
                                + ", type: document for a document or type: procedure for a procedure");
            }
        }

        List<ArticleDraft> published = drafts.stream().filter(ArticleDraft::listed).toList();
        boolean tagPages = config.renders("tags") && config.templateFor("tag").isPresent();
        List<List<String>> tagLists = new ArrayList<>(published.stream().map(ArticleDraft::tags).toList());
        List<String> tagPaths = new ArrayList<>(published.stream().map(d -> d.document().path()).toList());
        tagLists.addAll(procedureCatalog.tagNames());
        tagPaths.addAll(procedureCatalog.paths());
        TagIndex tagIndex = TagIndex.of(tagLists, tagPages ? urls : null, problems, tagPaths);
        Map<String, Long> counts = published.stream()
                .collect(Collectors.groupingBy(ArticleDraft::sectionId, Collectors.counting()));
        Map<String, Section> sectionRecords = new LinkedHashMap<>();
        sections.values().stream()
                .sorted(Comparator.comparingInt(SectionDraft::order).thenComparing(SectionDraft::id))
                .forEach(s -> sectionRecords.put(s.id(), s.toSection(urls, counts.getOrDefault(s.id(), 0L).intValue())));

        List<String> articleUrls = drafts.stream()
                .map(draft -> urls.article(sectionRecords.get(draft.sectionId()), draft.slug())).toList();
        // The mentions of each body linked in parallel: in a full bake, a third of the stage on one core.
        Body[] bodies = new Body[drafts.size()];
        ParallelWork.each(drafts.size(), i -> bodies[i] = catalog.linkArticle(drafts.get(i).document(),
                articleUrls.get(i), drafts.get(i).listed()));
        List<Article> articles = new ArrayList<>();
        List<Article> unpublished = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ArticleDraft draft = drafts.get(i);
            Section section = sectionRecords.get(draft.sectionId());
            Article article = new Article(draft.document().path(), draft.slug(), articleUrls.get(i),
                    section, draft.title(), draft.date(), draft.author(), draft.source(), draft.summary(),
                    draft.cover(), tagIndex.tagsOf(draft.tags()), bodies[i], !draft.published(),
                    draft.document().header().values());
            (draft.listed() ? articles : unpublished).add(article);
        }
        articles.sort(Site.NEWEST_FIRST);
        unpublished.sort(Site.NEWEST_FIRST);
        Documents frozenDocuments = catalog.freeze(tagIndex::tagsOf, articles);
        Procedures procedures = procedureCatalog.freeze(tagIndex::tagsOf);

        registry.claimPages(urls, sectionRecords.values(), articles, pages, tagIndex.tags(),
                config.templateFor("search").isPresent());
        registry.claimDocuments(frozenDocuments);
        registry.claimProcedures(procedures);
        pages.sort(Comparator.comparing(StaticPage::url));
        Translations translations = languages.link(pages, registry::isClaimed);
        problems.throwIfErrors("model");

        return new Site(config, urls, List.copyOf(sectionRecords.values()), List.copyOf(articles),
                List.copyOf(unpublished), List.copyOf(pages), tagIndex.tags(),
                groupBy(articles, a -> List.of(a.section().id())),
                groupBy(articles, a -> a.tags().stream().map(Tag::slug).toList()),
                Archive.years(articles, urls), Archive.byMonth(articles), content.staticFiles(), content.data(),
                frozenDocuments, procedures, byTag(procedures), translations,
                problems.sorted().stream().filter(p -> !p.isError()).toList());
    }

    private record SectionDraft(String id, String slug, String title, String description, int order, String intro,
                                String path) {
        Section toSection(SiteUrls urls, int count) {
            String url = urls.section(slug);
            return new Section(id, title, description, order, url, urls.feed(url), count, intro, path);
        }
    }

    private Map<String, SectionDraft> readSections(List<ParsedDocument> documents) {
        Map<String, SectionDraft> sections = new TreeMap<>();
        for (ParsedDocument document : documents) {
            if (!document.isSectionIndex()) {
                continue;
            }
            if (document.topFolder().isEmpty() || document.contentPath().indexOf('/') != document.contentPath().lastIndexOf('/')) {
                problems.error(document.path(), 1, "a section description must sit directly in a folder of content/",
                        "move it to content/<section>/_index.md, or rename it");
                continue;
            }
            FrontMatterReader header = new FrontMatterReader(document, problems);
            String id = document.topFolder();
            String title = header.required("title", "give the section its name, e.g. title: Tin tức – Sự kiện");
            String slug = slugOf(header, Slugs.isSlug(id) ? id : Slugs.slugify(title.isEmpty() ? id : title));
            sections.put(id, new SectionDraft(id, slug, title, header.text("description"),
                    header.integer("order", Integer.MAX_VALUE), catalog.link(document).html(), document.path()));
        }
        if (sections.isEmpty()) {
            implicitSections(documents, sections);
        }
        return sections;
    }

    /**
     * A site that describes no section at all (a JBake site) gets one section per top-level folder
     * holding content, named after the folder. A site that describes some has every folder checked.
     */
    private void implicitSections(List<ParsedDocument> documents, Map<String, SectionDraft> sections) {
        for (ParsedDocument document : documents) {
            String id = document.topFolder();
            if (!id.isEmpty() && !sections.containsKey(id) && !isDocument(document)
                    && !typeOf(document).equals(PROCEDURE)) {
                String title = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
                String slug = Slugs.isSlug(id) ? id : Slugs.slugify(id);
                sections.put(id, new SectionDraft(id, slug, title, "", Integer.MAX_VALUE, "", document.path()));
            }
        }
    }

    /** Documents come first: every other body may mention them, and is linked to them as it is read. */
    private DocumentCatalog readDocuments(List<ParsedDocument> readable) {
        List<ParsedDocument> files = readable.stream().filter(d -> !d.isSectionIndex() && isDocument(d)).toList();
        DocumentCatalog.Context context = new DocumentCatalog.Context(config, urls, content.staticFiles(), problems,
                LocalDate.ofInstant(now, config.zone()), preview, config.templateFor(DOCUMENT).isPresent(),
                config.templateFor("documents").isPresent(), mentions);
        return DocumentCatalog.read(context, files);
    }

    /** Procedures come from Markdown files ({@code type: procedure}) and from bulk data files alike. */
    private ProcedureCatalog readProcedures(List<ParsedDocument> readable) {
        List<ParsedDocument> files = new ArrayList<>(readable.stream()
                .filter(d -> !d.isSectionIndex() && typeOf(d).equals(PROCEDURE)).toList());
        content.procedureRecords().stream().filter(record -> !record.hasErrors()).forEach(files::add);
        ProcedureCatalog.Context context = new ProcedureCatalog.Context(problems, config.zone(), urls, file -> catalog.link(file).html(),
                catalog::pageOf, config.templateFor(PROCEDURE).isPresent(), config.templateFor("procedures").isPresent());
        return ProcedureCatalog.read(context, files);
    }

    /** Whether a file is a document ({@code type: document}); unlike kindOf, it reports nothing. */
    private boolean isDocument(ParsedDocument document) {
        return typeOf(document).equals(DOCUMENT);
    }

    private String typeOf(ParsedDocument document) {
        String type = document.header().values().get("type") instanceof String written ? written.strip() : "";
        return type.isEmpty() ? config.defaultType() : type;
    }

    private String kindOf(ParsedDocument document, FrontMatterReader header) {
        String type = header.text("type");
        if (type.isEmpty()) {
            type = config.defaultType();
        }
        if (type.isEmpty()) {
            return document.topFolder().isEmpty() ? "page" : "post";
        }
        return type.equals("article") ? "post" : type;
    }

    private Optional<ArticleDraft> readArticle(ParsedDocument document, FrontMatterReader header,
                                               Map<String, SectionDraft> sections) {
        int errorsBefore = problems.errorCount();
        String title = header.required("title", "every article needs a title: title: …");
        String sectionId = header.has("section") ? sectionNamed(header.text("section"), sections) : document.topFolder();
        if (sectionId == null) {
            header.error("section", "unknown section '" + header.text("section") + "'",
                    "use one of: " + String.join(", ", sections.keySet()));
        } else if (sectionId.isEmpty()) {
            problems.error(document.path(), 1, "an article must be inside a section folder",
                    "move it into one of: " + String.join(", ", sections.keySet()) + ", or set type: page");
        } else if (!sections.containsKey(sectionId)) {
            problems.error(document.path(), 1, "'" + sectionId + "' is not a known section",
                    "add content/" + sectionId + "/_index.md with a title, or move the file into one of: "
                            + String.join(", ", sections.keySet()));
        }
        ContentDate date = dateOf(header);
        Instant expires = expiresOf(header, date);
        String status = header.has("status") ? header.text("status") : config.defaultStatus();
        if (!status.equals(STATUS_PUBLISHED) && !status.equals(STATUS_DRAFT)) {
            header.error("status", "unknown status '" + status + "'", "use status: published or status: draft");
        }
        String slug = slugOf(header, Slugs.isSlug(document.baseName()) ? document.baseName() : Slugs.slugify(title));
        if (slug.isEmpty()) {
            problems.error(document.path(), header.line("title"), "cannot make an address from the title",
                    "add slug: a-few-words, in lower-case letters without accents");
        }
        Cover cover = coverOf(document, header, title);
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        String summary = header.text("summary");
        boolean expired = expires != null && !now.isBefore(expires);
        boolean published = status.equals(STATUS_PUBLISHED) && !date.moment().toInstant().isAfter(now) && !expired;
        return Optional.of(new ArticleDraft(document, sectionId, slug, title, date, header.text("author"),
                header.text("source"), summary.isEmpty() ? document.excerpt() : summary, cover,
                header.list("tags"), published, published || preview && !expired));
    }

    private static String sectionNamed(String name, Map<String, SectionDraft> sections) {
        for (SectionDraft section : sections.values()) {
            if (section.id().equals(name) || section.slug().equals(name) || section.title().equalsIgnoreCase(name)) {
                return section.id();
            }
        }
        return null;
    }

    private ContentDate dateOf(FrontMatterReader header) {
        String text = header.required("date", "write the publication date: date: 2024-03-21 15:46");
        if (text.isEmpty()) {
            return new ContentDate(Instant.EPOCH.atZone(config.zone()), false);
        }
        Optional<ContentDate> date = ContentDates.parse(text, config.zone());
        if (date.isEmpty()) {
            header.error("date", ContentDates.unreadable(text, null), "write it as " + ContentDates.ACCEPTED);
            return new ContentDate(Instant.EPOCH.atZone(config.zone()), false);
        }
        return date.get();
    }

    /** The optional moment an article stops being published; it must come after its date. */
    private Instant expiresOf(FrontMatterReader header, ContentDate date) {
        if (!header.has("expires")) {
            return null;
        }
        String text = header.text("expires");
        Optional<ContentDate> expires = ContentDates.parse(text, config.zone());
        if (expires.isEmpty()) {
            header.error("expires", ContentDates.unreadable(text, null), "write it as " + ContentDates.ACCEPTED);
            return null;
        }
        if (!expires.get().moment().isAfter(date.moment())) {
            header.error("expires", "the article expires (" + expires.get().display() + ") before it is published ("
                    + date.display() + ")", "give an expires date after the date, or remove the expires line");
            return null;
        }
        return expires.get().moment().toInstant();
    }

    private String slugOf(FrontMatterReader header, String fallback) {
        if (!header.has("slug")) {
            return fallback;
        }
        String slug = header.text("slug");
        if (!Slugs.isSlug(slug)) {
            header.error("slug", "the slug '" + slug + "' is not an address",
                    "use lower-case letters without accents, digits and hyphens, e.g. slug: " + Slugs.slugify(slug));
            return fallback;
        }
        return slug;
    }

    private Cover coverOf(ParsedDocument document, FrontMatterReader header, String title) {
        String value = header.text("cover");
        if (value.isEmpty()) {
            return null;
        }
        String caption = header.text("cover_caption");
        String alt = header.has("cover_alt") ? header.text("cover_alt") : caption.isEmpty() ? title : caption;
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return new Cover(value, caption, alt);
        }
        String folder = document.contentPath().contains("/")
                ? document.contentPath().substring(0, document.contentPath().lastIndexOf('/') + 1) : "";
        String target = ContentPaths.resolve(folder, value);
        boolean exists = target != null && (content.staticFiles().containsKey(target)
                || Files.isRegularFile(config.assetFolder().resolve(target)));
        if (!exists) {
            header.error("cover", "the cover image '" + value + "' does not exist",
                    "put the image in the content folder and give its path from the article's folder, e.g. anh/"
                            + value.substring(value.lastIndexOf('/') + 1));
            return null;
        }
        return new Cover(ContentPaths.toUrl(target), caption, alt);
    }

    private Optional<StaticPage> readPage(ParsedDocument document, FrontMatterReader header) {
        String title = header.required("title", "every page needs a title: title: …");
        String slug = slugOf(header, Slugs.isSlug(document.baseName()) ? document.baseName() : Slugs.slugify(title));
        String folder = document.contentPath().contains("/")
                ? document.contentPath().substring(0, document.contentPath().lastIndexOf('/') + 1) : "";
        ContentDate date = header.has("date") ? dateOf(header) : null;
        PageLanguageReader.PageLanguage language = languages.read(document, header);
        if (title.isEmpty() || slug.isEmpty()) {
            return Optional.empty();
        }
        String summary = header.text("summary");
        // en/index.md is the page of the folder, /en/, as JBake writes it to en/index.html
        String url = slug.equals("index") && !folder.isEmpty() ? "/" + folder : "/" + folder + slug + "/";
        return Optional.of(new StaticPage(document.path(), slug, url, title, language.lang(), language.translation(),
                date, summary.isEmpty() ? document.excerpt() : summary, catalog.link(document),
                document.header().values()));
    }

    /** Tag slug to its procedures, by code. */
    private static Map<String, List<Procedure>> byTag(Procedures procedures) {
        Map<String, List<Procedure>> byTag = new TreeMap<>();
        for (Procedure procedure : procedures.all()) {
            for (Tag tag : procedure.tags()) {
                byTag.computeIfAbsent(tag.slug(), k -> new ArrayList<>()).add(procedure);
            }
        }
        byTag.replaceAll((slug, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(byTag);
    }

    private static <K> Map<String, List<Article>> groupBy(List<Article> sorted,
                                                         java.util.function.Function<Article, List<String>> keys) {
        Map<String, List<Article>> groups = new TreeMap<>();
        for (Article article : sorted) {
            for (String key : keys.apply(article)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
            }
        }
        groups.replaceAll((key, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(groups);
    }
}
