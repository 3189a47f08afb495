package vn.bantin.render;

import vn.bantin.config.EmbedHosts;
import vn.bantin.config.SiteConfig;
import vn.bantin.model.Site;
import vn.bantin.model.Tag;
import vn.bantin.problem.Problems;
import vn.bantin.render.Views.SiteView;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * Renders every page, in plan order whatever the threads did.
     *
     * @throws vn.bantin.problem.BakeFailure with every template error
     */
    public List<RenderedPage> render() throws IOException {
        Messages messages = Messages.load(site.config().templateFolder(), site.config().language());
        JBakeModel jbake = new JBakeModel(site);
        Map<String, Object> shared = new LinkedHashMap<>(jbake.shared());
        shared.put("site", siteView());
        shared.put("msg", messages.all());
        TemplateRenderer renderer = new TemplateRenderer(site.config(), shared);
        List<RenderJob> jobs = new PagePlanner(site, messages, jbake).plan();
        Problems problems = new Problems();
        List<RenderedPage> pages = jobs.parallelStream().map(job -> renderer.render(job, problems)).toList();
        problems.throwIfErrors("render");
        return pages;
    }

    private SiteView siteView() {
        SiteConfig config = site.config();
        List<Tag> topTags = site.tags().stream()
                .filter(tag -> tag.url() != null)
                .sorted(Comparator.comparingInt(Tag::count).reversed())
                .limit(TOP_TAGS)
                .toList();
        boolean archive = config.renders("archive") && config.templateFor("archive").isPresent();
        boolean tagsIndex = config.renders("tagsindex") && config.templateFor("tagsindex").isPresent();
        return new SiteView(config.title(), config.description(), config.siteUrl(), config.language(),
                config.publisher(), site.sections(), site.pages(), site.urls().feed(site.urls().home()),
                site.articles().subList(0, Math.min(LATEST, site.articles().size())), topTags,
                archive ? site.urls().archive() : null, tagsIndex ? site.urls().tagsIndex() : null,
                config.renders("sitemap") ? "/" + config.sitemapFile() : null, site.documents().url(),
                EmbedHosts.parse(config.raw().get(EmbedHosts.KEY)),
                config.templateFor("search").isPresent() ? site.urls().search() : null);
    }
}
