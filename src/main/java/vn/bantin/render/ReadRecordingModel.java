package vn.bantin.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.util.Map;

/**
 * The data model of one page: its own variables first, then the variables every page shares,
 * noting in the page's {@link PageReads} each name the templates look up, found or not. A page's
 * fingerprint covers only those, so that changing, say, JBake's {@code published_posts}
 * re-renders just the pages that list them.
 */
final class ReadRecordingModel implements TemplateHashModel {
    private final Map<String, Object> own;
    private final Map<String, TemplateModel> shared;
    private final ObjectWrapper wrapper;
    private final PageReads reads;

    ReadRecordingModel(Map<String, Object> own, Map<String, TemplateModel> shared, ObjectWrapper wrapper,
                       PageReads reads) {
        this.own = own;
        this.shared = shared;
        this.wrapper = wrapper;
        this.reads = reads;
    }

    @Override
    public TemplateModel get(String name) throws TemplateModelException {
        reads.variable(name);
        if (own.containsKey(name)) {
            return wrapper.wrap(own.get(name));
        }
        return shared.get(name);
    }

    @Override
    public boolean isEmpty() {
        return own.isEmpty() && shared.isEmpty();
    }
}
