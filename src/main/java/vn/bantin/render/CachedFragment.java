package vn.bantin.render;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <@cached key="…">…</@cached>} directive of the templates: its content is rendered
 * once per bake for each key, and the same text is written wherever the same place of the same
 * template comes with that key again. It is for the parts of a page that most pages share, the
 * header, the sidebar and the footer: rendering them was a third of the template engine's time
 * in a bake. The page's writer notes where such a part lies ({@link PageWriter#writeShared}), so
 * that the finishing can take it as it finished it for another page.
 *
 * <p>The key must name everything the content shows that can differ between the pages that share
 * it (which entry is the current page, the language). What the content reads is noted for every
 * page that shows it ({@link PageReads}), so an incremental bake renders each of them again when
 * any of it changes, as if each had rendered the content itself.
 */
final class CachedFragment implements TemplateDirectiveModel {
    /** The name the templates call it by. */
    static final String NAME = "cached";

    /** One rendering of the content, written on every page with the same key: compared by identity. */
    private static final class Fragment {
        private final String text;
        private final byte[] utf8;
        private final PageReads reads;

        Fragment(String text, PageReads reads) {
            this.text = text;
            this.utf8 = text.getBytes(StandardCharsets.UTF_8);
            this.reads = reads;
        }
    }

    private final Map<String, Fragment> fragments = new ConcurrentHashMap<>();

    @Override
    public void execute(Environment environment, @SuppressWarnings("rawtypes") Map parameters, TemplateModel[] loopVariables,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        if (parameters.size() != 1 || !(parameters.get("key") instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("<@" + NAME + "> takes one parameter, key, a string: "
                    + "<@" + NAME + " key=\"sidebar-\" + page.url>…</@" + NAME + ">");
        }
        if (body == null) {
            return;
        }
        DirectiveCallPlace place = environment.getCurrentDirectiveCallPlace();
        String id = place.getTemplate().getSourceName() + ":" + place.getBeginLine() + ":" + place.getBeginColumn()
                + "\u0000" + key.getAsString();
        PageReads reads = (PageReads) environment.getCustomState(BodyReadingWrapper.READS);
        Fragment fragment = fragments.get(id);
        if (fragment == null) {
            PageReads read = reads.startNoting();
            StringWriter text = new StringWriter();
            try {
                body.render(text);
            } finally {
                reads.stopNoting(read);
            }
            Fragment rendered = new Fragment(text.toString(), read);
            Fragment first = fragments.putIfAbsent(id, rendered); // another page may have rendered it meanwhile
            fragment = first != null ? first : rendered;
        } else {
            reads.addAll(fragment.reads);
        }
        Writer out = environment.getOut();
        if (out instanceof PageWriter page) {
            page.writeShared(fragment, fragment.text, fragment.utf8);
        } else {
            out.write(fragment.text);
        }
    }
}
