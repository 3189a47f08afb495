package vn.bantin.render;

import vn.bantin.load.Body;
import vn.bantin.model.Article;
import vn.bantin.model.Section;
import vn.bantin.model.Site;
import vn.bantin.model.StaticPage;
import vn.bantin.model.Tag;
import vn.bantin.model.document.Document;
import vn.bantin.model.procedure.Procedure;
import vn.bantin.text.FingerprintHash;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fingerprint of what a page shows: a hash ({@link FingerprintHash}) of its kind, URL and
 * template, and of the values of what its last rendering read ({@link PageReads}): its variables,
 * own or shared, and the bodies it showed. Two bakes give a page the same fingerprint exactly when
 * they would render it from the same values, so an incremental bake renders only pages whose
 * fingerprint changed. Values are walked deeply (records component by component, lists in order,
 * maps by key); an article, document or other record met on many pages is digested once per bake.
 * A {@link Body} met on the way counts only as being there: a page that shows it read it, and its
 * fingerprint has the body's digest; a list of titles does not change when a body does. The
 * whole model is fingerprinted the same way ({@link #site}), for {@link RenderBasis}.
 *
 * <p>Templates, messages and the engine are not in the fingerprint: a change to any of them makes
 * a whole new bake (see {@code vn.bantin.BakeEnvironment}).
 */
final class PageFingerprints {
    /** Records digested once per bake however many pages show them: the site's content. */
    private static final Set<Class<?>> ENTITIES = Set.of(Article.class, StaticPage.class, Section.class, Tag.class,
            Document.class, Procedure.class);
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();
    /** Whether a class's toString is its own (or a superclass's other than Object's). */
    private static final ClassValue<Boolean> HAS_OWN_TEXT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("toString").getDeclaringClass() != Object.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    private final Map<String, Object> shared;
    private final Map<String, Body> bodies;
    private final Map<Object, byte[]> entities = new ConcurrentHashMap<>();
    private final Map<String, String> sharedDigests = new ConcurrentHashMap<>();
    /** What stands for an object known by its identity alone: another at every bake. */
    private final String thisBake = Long.toHexString(ThreadLocalRandom.current().nextLong());

    /**
     * @param shared the variables every page may read, by name
     * @param bodies every body of the site, by the file it was written in
     */
    PageFingerprints(Map<String, Object> shared, Map<String, Body> bodies) {
        this.shared = shared;
        this.bodies = bodies;
    }

    /**
     * The fingerprint of a page with these own {@code variables}, reading these variables (own or
     * shared) and showing these bodies, each list sorted.
     */
    String of(RenderJob job, Map<String, Object> variables, List<String> read, List<String> bodiesShown) {
        FingerprintHash digest = new FingerprintHash();
        digest.text(job.kind()).text(job.url()).text(job.template()).count(read.size());
        for (String name : read) {
            digest.text(name);
            if (variables.containsKey(name)) {
                digest.tag('V');
                value(digest, variables.get(name));
            } else {
                String shared = sharedDigests.get(name); // no this::sharedDigest: an object made at every call
                if (shared == null) {
                    shared = sharedDigest(name);
                    sharedDigests.putIfAbsent(name, shared);
                }
                digest.tag('S').text(shared);
            }
        }
        digest.count(bodiesShown.size());
        for (String source : bodiesShown) {
            Body body = bodies.get(source);
            digest.text(source);
            if (body == null) {
                digest.tag('n');
            } else {
                digest.tag('b').bytes(body.digest()); // known, or made once by the body itself
            }
        }
        return digest.hex();
    }

    /**
     * The fingerprint of the whole model, walked as a page's variables are, so that a body counts
     * only as being there ({@link RenderBasis}). Its articles are digested first, in parallel: the
     * walk then meets each as one known digest, on a page or in a list.
     */
    String site(Site site) {
        site.articles().parallelStream().forEach(this::remembered);
        FingerprintHash digest = new FingerprintHash();
        value(digest, site);
        return digest.hex();
    }

    private String sharedDigest(String name) {
        FingerprintHash digest = new FingerprintHash();
        value(digest, shared.get(name));
        return digest.hex();
    }

    private void value(FingerprintHash digest, Object value) {
        if (value == null) {
            digest.tag('n');
        } else if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal
                || value instanceof java.util.Date) {
            digest.tag('s').text(value.getClass().getSimpleName()).text(value.toString());
        } else if (value instanceof Body) {
            digest.tag('b'); // what it says counts on the pages that show it
        } else if (value instanceof DerivedValue derived) {
            // The same source (a tag's articles) is shown on each page of its list: digested once.
            digest.tag('d').bytes(remembered(derived.source()));
        } else if (value instanceof Map<?, ?> map) {
            digest.tag('m').count(map.size());
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            sorted.forEach((k, v) -> {
                digest.text(k);
                value(digest, v);
            });
        } else if (value instanceof Collection<?> collection) {
            digest.tag('l').count(collection.size());
            for (Object item : collection) {
                value(digest, item);
            }
        } else if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            digest.tag('a').count(length);
            for (int i = 0; i < length; i++) {
                value(digest, Array.get(value, i));
            }
        } else if (value.getClass().isRecord()) {
            if (ENTITIES.contains(value.getClass())) {
                digest.tag('e').bytes(remembered(value));
            } else {
                digest.tag('r').text(value.getClass().getName());
                components(digest, value);
            }
        } else {
            // Anything else (a path, a time zone) is told apart by its text. An object with no text
            // of its own but its identity (Object's toString) has no value to compare: it counts as
            // changed at every bake, as identities can come out the same in two runs of one program.
            digest.tag('o').text(value.getClass().getName())
                    .text(HAS_OWN_TEXT.get(value.getClass()) ? value.toString() : thisBake);
        }
    }

    /**
     * The digest of a value met on many pages (an article, a tag's list of articles), made once
     * per bake. Not computeIfAbsent: an entity holds others (an article its section), digested on
     * the way, and a concurrent map may not be updated from inside its own update.
     */
    private byte[] remembered(Object value) {
        Identity key = new Identity(value);
        byte[] known = entities.get(key);
        if (known == null) {
            FingerprintHash digest = new FingerprintHash();
            if (value.getClass().isRecord()) {
                digest.text(value.getClass().getName());
                components(digest, value);
            } else {
                value(digest, value);
            }
            known = digest.bytes();
            entities.put(key, known);
        }
        return known;
    }

    private void components(FingerprintHash digest, Object record) {
        for (Method accessor : ACCESSORS.computeIfAbsent(record.getClass(), PageFingerprints::accessors)) {
            try {
                value(digest, accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor + " for a page's fingerprint", e);
            }
        }
    }

    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] methods = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            methods[i] = components[i].getAccessor();
            methods[i].setAccessible(true);
        }
        return methods;
    }

    /** A value computed from another (a JBake map from an article): its fingerprint is its source's. */
    interface DerivedValue {
        Object source();
    }

    /** Records are compared by value elsewhere; here the same object is the same entity of this bake. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
