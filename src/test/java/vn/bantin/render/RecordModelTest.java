package vn.bantin.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.beans.StringModel;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import org.junit.jupiter.api.Test;
import vn.bantin.config.Contact;
import vn.bantin.model.Tag;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A record's properties read without reflection, as Freemarker's own model of it reads them. */
class RecordModelTest {
    private static final BodyReadingWrapper WRAPPER = new BodyReadingWrapper();

    private static final Views.Pagination PAGINATION = new Views.Pagination(2, 5, "/tin-tuc/trang-2/", "/tin-tuc/",
            null, List.of(new Views.PageLink(1, "/tin-tuc/"), new Views.PageLink(2, "/tin-tuc/trang-2/")));
    private static final Tag TAG = new Tag("Một cửa", "mot-cua", "/tag/mot-cua/", "/tag/mot-cua/feed.xml", 12);
    private static final Contact CONTACT = new Contact("Văn phòng UBND xã", "Số 1 đường Trần Phú",
            "0236 3822 123", "vanphong@example.gov.vn", "Ông Nguyễn Văn An");

    /** A record the public cannot reach: Freemarker reads it its own way. */
    record Hidden(String title) {
    }

    @Test
    void aRecordIsWrappedInItsOwnModel() throws TemplateModelException {
        assertInstanceOf(RecordModel.class, WRAPPER.wrap(TAG));
        assertInstanceOf(RecordModel.class, WRAPPER.wrap(PAGINATION.pages().get(0)));
        assertTrue(RecordModel.readsDirectly(Tag.class, "name") && RecordModel.readsDirectly(Tag.class, "count"));
        assertTrue(RecordModel.readsDirectly(Contact.class, "phoneUrl"), "a method of its own, read as a property");
        assertFalse(RecordModel.readsDirectly(Tag.class, "toString") || RecordModel.readsDirectly(Tag.class, "hashCode"));
        assertFalse(RecordModel.readsDirectly(Hidden.class, "title"), "a record the public cannot reach");
    }

    /** A record that is a template model already: a text of its own, as a template shows it. */
    record Label(String text) implements TemplateScalarModel {
        @Override
        public String getAsString() {
            return "[" + text + "]";
        }
    }

    @Test
    void aRecordThatIsATemplateModelIsTakenAsItIs() throws Exception {
        Label label = new Label("Một cửa");
        assertSame(label, WRAPPER.wrap(label));
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setObjectWrapper(WRAPPER);
        StringWriter out = new StringWriter();
        new Template("t", new StringReader("${label}"), freemarker).process(Map.of("label", label), out);
        assertEquals("[Một cửa]", out.toString());
    }

    @Test
    void everyPropertyIsWhatFreemarkersOwnModelReads() throws TemplateModelException {
        for (Record record : List.of(PAGINATION, TAG, CONTACT, new Hidden("Tin mới"))) {
            StringModel fast = (StringModel) WRAPPER.wrap(record);
            StringModel own = new GenericObjectModel(record, WRAPPER);
            List<String> keys = new ArrayList<>(Arrays.stream(record.getClass().getRecordComponents())
                    .map(RecordComponent::getName).toList());
            keys.add("khongCo");
            if (record instanceof Contact) {
                keys.add("phoneUrl"); // a method of its own, read as a property
            }
            for (String key : keys) {
                assertEquals(unwrapped(own, key), unwrapped(fast, key), record.getClass().getSimpleName() + "." + key);
            }
        }
    }

    private static Object unwrapped(StringModel model, String key) throws TemplateModelException {
        TemplateModel value = model.get(key);
        if (value == null) {
            return null;
        }
        Object unwrapped = DeepUnwrap.unwrap(value);
        return unwrapped instanceof StringModel string ? string.getAsString() : unwrapped;
    }

    @Test
    void aTemplateReadsPropertiesAndCallsMethodsAsBefore() throws IOException, freemarker.template.TemplateException {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setObjectWrapper(WRAPPER);
        Template template = new Template("t", new StringReader(
                "${p.number}/${p.total} ${p.pages?size} ${p.pages[1].url} ${p.nextUrl!'-'} ${t.name} ${t} "
                        + "${t.count + 1} ${c.phoneUrl} ${c.phoneUrl()} ${t.slug()}"), freemarker);
        StringWriter out = new StringWriter();
        template.process(Map.of("p", PAGINATION, "t", TAG, "c", CONTACT), out);
        assertEquals("2/5 2 /tin-tuc/trang-2/ - Một cửa Một cửa 13 " + CONTACT.phoneUrl() + " " + CONTACT.phoneUrl()
                + " mot-cua", out.toString());
    }

    @Test
    void aKeyTheRecordDoesNotHaveIsFreemarkers() throws TemplateModelException {
        assertNull(((StringModel) WRAPPER.wrap(TAG)).get("khongCo"));
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setObjectWrapper(WRAPPER);
        assertThrows(Exception.class, () -> new Template("t", new StringReader("${t.khongCo}"), freemarker)
                .process(Map.of("t", TAG), new StringWriter()));
    }
}
