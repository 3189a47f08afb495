package vn.bantin.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.util.Map;
import java.util.Set;

/**
 * The data model of one page: its own variables first, then the variables every page shares,
 * noting which shared ones the templates read. A page's fingerprint covers only those, so that
 * changing, say, JBake's {@code published_posts} re-renders just the pages that list them.
 */
final class ReadRecordingModel implements TemplateHashModel {
    private final Map<String, Object> own;
    private final Map<String, TemplateModel> shared;
    private final ObjectWrapper wrapper;
    private final Set<String> sharedRead;

    ReadRecordingModel(Map<String, Object> own, Map<String, TemplateModel> shared, ObjectWrapper wrapper,
                       Set<String> sharedRead) {
        this.own = own;
        this.shared = shared;
        this.wrapper = wrapper;
        this.sharedRead = sharedRead;
    }

    @Override
    public TemplateModel get(String name) throws TemplateModelException {
        if (own.containsKey(name)) {
            return wrapper.wrap(own.get(name));
        }
        TemplateModel model = shared.get(name);
        if (model != null) {
            sharedRead.add(name);
        }
        return model;
    }

    @Override
    public boolean isEmpty() {
        return own.isEmpty() && shared.isEmpty();
    }
}
