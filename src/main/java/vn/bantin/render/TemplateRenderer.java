package vn.bantin.render;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import vn.bantin.config.SiteConfig;
import vn.bantin.problem.Problems;
import vn.bantin.text.VietnameseText;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Renders pages with Freemarker. The configuration is built once per bake; templates ending in
 * {@code .ftlh} auto-escape HTML. Rendering is safe from many threads at once.
 */
public final class TemplateRenderer {
    private final Configuration freemarker;
    private final SiteConfig config;
    /** The variables every page sees, wrapped once for all pages and threads. */
    private final Map<String, TemplateModel> shared = new HashMap<>();
    private final PageWriter.TemplateText templateText = new PageWriter.TemplateText();
    private final ThreadLocal<PageWriter> writers = ThreadLocal.withInitial(() -> new PageWriter(templateText));

    public TemplateRenderer(SiteConfig config, Map<String, Object> shared) {
        this.config = config;
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setObjectWrapper(new BodyReadingWrapper());
        try {
            freemarker.setDirectoryForTemplateLoading(config.templateFolder().toFile());
            for (Map.Entry<String, Object> variable : shared.entrySet()) {
                this.shared.put(variable.getKey(), freemarker.getObjectWrapper().wrap(variable.getValue()));
            }
        } catch (IOException | TemplateModelException e) {
            throw new IllegalStateException("cannot set up templates in " + config.templateFolder(), e);
        }
        freemarker.setSharedVariable(CachedFragment.NAME, new CachedFragment()); // a cache for this bake only
        freemarker.setSharedVariable(BodyDirective.NAME, new BodyDirective());
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setURLEscapingCharset("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setLocale(VietnameseText.LOCALE);
        freemarker.setTimeZone(TimeZone.getTimeZone(config.zone()));
        freemarker.setDateFormat("dd/MM/yyyy");
        freemarker.setDateTimeFormat("dd/MM/yyyy HH:mm");
        freemarker.setNumberFormat("computer");
    }

    /**
     * A page as the templates wrote it.
     *
     * @param html        in UTF-8
     * @param sharedParts where the parts it shares with other pages lie in it, in order
     */
    record Written(byte[] html, List<SharedPart> sharedParts) {
    }

    /**
     * Renders one page from its own {@code variables}; a template error is added to
     * {@code problems} and yields {@code null}.
     *
     * @param reads receives what the templates read: variables and bodies
     */
    Written render(RenderJob job, Map<String, Object> variables, PageReads reads, Problems problems) {
        String templatePath = relative(job.template());
        try {
            Template template = freemarker.getTemplate(job.template());
            PageWriter out = writers.get();
            out.reset();
            Environment environment = template.createProcessingEnvironment(
                    new ReadRecordingModel(variables, shared, freemarker.getObjectWrapper(), reads), out);
            environment.setCustomState(BodyReadingWrapper.READS, reads);
            environment.process();
            return new Written(out.toByteArray(), out.sharedParts());
        } catch (ParseException e) {
            problems.error(relative(Objects.requireNonNullElse(e.getTemplateName(), job.template())),
                    e.getLineNumber(), "template syntax error: " + firstLine(e.getEditorMessage()),
                    "fix the template; see the Freemarker manual for the directive");
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() != null ? relative(e.getTemplateSourceName()) : templatePath;
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            problems.error(where, line, "template error while rendering " + job.url() + ": "
                    + firstLine(e.getMessageWithoutStackTop()), hintFor(e));
        } catch (IOException e) {
            problems.error(templatePath, 0, "cannot read the template: " + e.getMessage(),
                    "check template." + job.kind() + ".file in jbake.properties");
        }
        return null;
    }

    /** Where a page comes from, for messages: its content file, or its template for a generated page. */
    public String sourceOf(RenderJob job) {
        return job.sourcePath() == null ? relative(job.template()) : job.sourcePath();
    }

    /** Site-relative path of a page's template. */
    public String templateOf(RenderJob job) {
        return relative(job.template());
    }

    /** {@code /tin-tuc/} is written to {@code tin-tuc/index.html}; {@code /404.html} to {@code 404.html}. */
    public String outputPath(String url) {
        String path = url.substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + config.indexFile() : path;
    }

    private String relative(String template) {
        return config.siteFolder().relativize(config.templateFolder().resolve(template)).toString().replace('\\', '/');
    }

    private static String hintFor(TemplateException e) {
        String expression = e.getBlamedExpressionString();
        return expression == null ? "check the template against the variables listed in templates/README.md"
                : "'" + expression + "' may be missing on this page: guard it with ?? or ?has_content";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
