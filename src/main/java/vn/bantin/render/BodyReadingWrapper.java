package vn.bantin.render;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import vn.bantin.load.Body;

/**
 * Freemarker's default object wrapper, but a {@link Body} is a string to templates whose reading is
 * noted in the page's {@link PageReads}: so the render stage knows which pages show which bodies.
 * A record's properties are read without reflection ({@link RecordModel}).
 */
final class BodyReadingWrapper extends DefaultObjectWrapper {
    /** The key of the page's {@link PageReads} in the state of Freemarker's environment. */
    static final Object READS = new Object();

    BodyReadingWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    /**
     * A string is wrapped as Freemarker wraps it, but told first: Freemarker asks whether it is a
     * template model before, an interface, which the quick compiler checks by scanning the string
     * class's interfaces, and templates read strings more than anything else.
     */
    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        return value instanceof String string ? new SimpleScalar(string) : super.wrap(value);
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        if (value instanceof Body body) {
            return new BodyModel(body);
        }
        return value instanceof Record record ? new RecordModel(record, this) : super.handleUnknownType(value);
    }

    private record BodyModel(Body body) implements TemplateScalarModel {
        @Override
        public String getAsString() {
            Environment environment = Environment.getCurrentEnvironment();
            if (environment != null && environment.getCustomState(READS) instanceof PageReads reads) {
                reads.body(body.source());
            }
            return body.html();
        }
    }
}
