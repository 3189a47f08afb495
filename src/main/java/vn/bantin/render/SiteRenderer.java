package vn.bantin.render;

import vn.bantin.config.Contact;
import vn.bantin.config.EmbedHosts;
import vn.bantin.config.RelatedAgencies;
import vn.bantin.config.SiteConfig;
import vn.bantin.load.Body;
import vn.bantin.model.Site;
import vn.bantin.model.Tag;
import vn.bantin.problem.ParallelWork;
import vn.bantin.problem.Problems;
import vn.bantin.render.Views.SiteView;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The render stage's entry: plans every page of the frozen site and renders them in parallel. */
public final class SiteRenderer {
    /** Newest articles and most used tags shown in every page's sidebar. */
    private static final int LATEST = 5;
    private static final int TOP_TAGS = 15;

    private final Site site;

    public SiteRenderer(Site site) {
        this.site = site;
    }

    /**
     * The pages as {@code then} made them, in plan order, and what they were rendered from, for the
     * next incremental bake.
     */
    public record Rendered<T>(List<T> pages, RenderBasis basis) {
    }

    /**
     * Renders every page whose fingerprint changed since the bake {@code before} describes; the
     * others are listed as {@linkplain RenderedPage#unchanged() unchanged}. When the model is the one
     * that bake rendered from ({@link RenderBasis}), a page is fingerprinted again only if a body it
     * showed changed. Each page is handed to {@code then} as soon as it is rendered, in the same
     * worker, so that its text need not wait for the other pages (the bake finishes and writes it
     * there); what {@code then} returns is listed, in plan order.
     *
     * @throws vn.bantin.problem.BakeFailure with every template error
     */
    public <T> Rendered<T> render(PagesBefore before, Function<RenderedPage, T> then) throws IOException {
        Languages languages = Languages.load(site);
        JBakeModel jbake = new JBakeModel(site);
        Map<String, Object> shared = new LinkedHashMap<>(jbake.shared());
        shared.put("site", siteView(languages));
        shared.put("msg", languages.messages(languages.siteLanguage()).all());
        TemplateRenderer renderer = new TemplateRenderer(site.config(), shared);
        List<RenderJob> jobs = new PagePlanner(site, languages, jbake).plan();
        Problems problems = new Problems();
        Map<String, Body> bodies = bodies();
        PageFingerprints fingerprints = new PageFingerprints(shared, bodies);
        RenderBasis basis = new RenderBasis(fingerprints.site(site), bodyDigests(bodies));
        RenderBasis previousBasis = before.basis();
        boolean sameSite = basis.sameSite(previousBasis);
        List<T> pages = ParallelWork.map(jobs, job -> {
            PageStamp previous = before.lookup(job.url());
            RenderedPage page = sameSite && previous != null && basis.sameBodies(previous.bodies(), previousBasis)
                    ? unchanged(job, renderer, previous)
                    : render(job, renderer, fingerprints, previous, problems);
            return page == null ? null : then.apply(page); // a page with a template error is reported
        });
        problems.throwIfErrors("render");
        return new Rendered<>(pages, basis);
    }

    private static RenderedPage render(RenderJob job, TemplateRenderer renderer, PageFingerprints fingerprints,
                                       PageStamp previous, Problems problems) {
        Map<String, Object> variables = job.variables().get();
        if (previous != null && previous.fingerprint().equals(
                fingerprints.of(job, variables, previous.variables(), previous.bodies()))) {
            return unchanged(job, renderer, previous);
        }
        PageReads reads = new PageReads();
        TemplateRenderer.Written page = renderer.render(job, variables, reads, problems);
        if (page == null) {
            return null; // reported
        }
        List<String> read = reads.variables();
        List<String> bodies = reads.bodies();
        PageStamp stamp = new PageStamp(fingerprints.of(job, variables, read, bodies), read, bodies, reads.slots());
        return page(job, renderer, page.html(), page.sharedParts(), stamp);
    }

    /** The page as the previous bake rendered it, its stamp kept. */
    private static RenderedPage unchanged(RenderJob job, TemplateRenderer renderer, PageStamp previous) {
        return page(job, renderer, null, List.of(), previous);
    }

    private static RenderedPage page(RenderJob job, TemplateRenderer renderer, byte[] html,
                                     List<SharedPart> sharedParts, PageStamp stamp) {
        return new RenderedPage(job.kind(), job.url(), renderer.outputPath(job.url()), renderer.sourceOf(job),
                renderer.templateOf(job), html, sharedParts, stamp);
    }

    /** Each body's digest, made in parallel: in a full bake, every body's UTF-8 is hashed here. */
    private static Map<String, byte[]> bodyDigests(Map<String, Body> bodies) {
        return bodies.entrySet().parallelStream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> entry.getValue().digest()));
    }

    /** Every body a page may show, by the file it was written in. */
    private Map<String, Body> bodies() {
        Map<String, Body> bodies = new HashMap<>();
        Stream.of(site.articles(), site.drafts()).flatMap(List::stream)
                .forEach(article -> bodies.put(article.sourcePath(), article.body()));
        site.pages().forEach(page -> bodies.put(page.sourcePath(), page.body()));
        site.documents().all().forEach(document -> bodies.put(document.sourcePath(), document.body()));
        return bodies;
    }

    private SiteView siteView(Languages languages) {
        SiteConfig config = site.config();
        List<Tag> topTags = site.tags().stream()
                .filter(tag -> tag.url() != null)
                .sorted(Comparator.comparingInt(Tag::count).reversed())
                .limit(TOP_TAGS)
                .toList();
        boolean archive = config.renders("archive") && config.templateFor("archive").isPresent();
        boolean tagsIndex = config.renders("tagsindex") && config.templateFor("tagsindex").isPresent();
        return new SiteView(config.title(), config.description(), config.siteUrl(), config.language(),
                config.publisher(), site.sections(),
                site.pages().stream().map(page -> new Views.StaticPageLink(page.title(), page.url(), page.lang())).toList(),
                site.urls().feed(site.urls().home()),
                site.articles().stream().limit(LATEST).map(Views.ArticleLink::of).toList(), topTags,
                archive ? site.urls().archive() : null, tagsIndex ? site.urls().tagsIndex() : null,
                config.renders("sitemap") ? "/" + config.sitemapFile() : null, site.documents().url(),
                site.procedures().url(), EmbedHosts.parse(config.raw().get(EmbedHosts.KEY)),
                Contact.read(config.raw(), config.publisher()), RelatedAgencies.parse(config.raw()), languages.entries(),
                config.templateFor("search").isPresent() ? site.urls().search() : null);
    }
}
