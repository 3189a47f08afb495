package vn.bantin.render;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import vn.bantin.load.Body;

import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;

/**
 * Freemarker's default object wrapper, but a {@link Body} is a string to templates whose reading is
 * noted in the page's {@link PageReads}: so the render stage knows which pages show which bodies.
 * A record's properties are read without reflection ({@link RecordModel}).
 */
final class BodyReadingWrapper extends DefaultObjectWrapper {
    /**
     * Whether Freemarker's wrapper would take a record of this class as a bean of no kind it knows
     * ({@link #handleUnknownType}): a record that is no template model, collection, map or iterable.
     * Such a record is wrapped at once, without the dozen questions of Freemarker's wrapper, half of
     * them about interfaces, which the quick compiler answers by scanning the class's interfaces.
     */
    private static final ClassValue<Boolean> PLAIN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return !TemplateModel.class.isAssignableFrom(type) && !Iterable.class.isAssignableFrom(type)
                    && !Map.class.isAssignableFrom(type) && !Iterator.class.isAssignableFrom(type)
                    && !Enumeration.class.isAssignableFrom(type);
        }
    };
    /** The key of the page's {@link PageReads} in the state of Freemarker's environment. */
    static final Object READS = new Object();

    BodyReadingWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    /**
     * A string, a body and a plain record ({@link #PLAIN}) are wrapped as Freemarker would wrap them,
     * but told first: Freemarker asks whether a value is a template model, a collection, a map, an
     * iterator… before, interfaces, which the quick compiler checks by scanning the value class's
     * interfaces; and templates read strings and records more than anything else.
     */
    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof String string) {
            return new SimpleScalar(string);
        }
        if (value instanceof Body body) {
            return new BodyModel(body);
        }
        if (value instanceof Record record && PLAIN.get(record.getClass())) {
            return new RecordModel(record, this);
        }
        return super.wrap(value);
    }

    /** A record {@link #wrap} leaves to Freemarker's wrapper (an iterable record) is a record still. */
    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        return value instanceof Record record ? new RecordModel(record, this) : super.handleUnknownType(value);
    }

    /** A body as the templates see it: its HTML, read as a string or written by {@link BodyDirective}. */
    record BodyModel(Body body) implements TemplateScalarModel {
        @Override
        public String getAsString() {
            noteRead();
            return body.html();
        }

        /** The HTML in UTF-8, never to be changed. */
        byte[] utf8() {
            noteRead();
            return body.utf8();
        }

        /**
         * The HTML in UTF-8, never to be changed, written whole by {@code <@body>} with its tables
         * labelled {@code tableLabel} (null for none).
         */
        byte[] utf8Written(String tableLabel) {
            PageReads reads = reads();
            if (reads != null) {
                reads.bodyWritten(body.source(), tableLabel);
            }
            return body.utf8();
        }

        /** Tells the page's reads that it shows this body ({@link PageReads}). */
        private void noteRead() {
            PageReads reads = reads();
            if (reads != null) {
                reads.body(body.source());
            }
        }

        private static PageReads reads() {
            Environment environment = Environment.getCurrentEnvironment();
            return environment != null && environment.getCustomState(READS) instanceof PageReads reads ? reads : null;
        }
    }
}
