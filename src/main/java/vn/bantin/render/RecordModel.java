package vn.bantin.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.beans.StringModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * A record as templates see it: Freemarker's own model of it ({@link GenericObjectModel}), but a value
 * read as a property ({@code article.title}, {@code article.dateDisplay}) is got through a method
 * handle, not reflection. Freemarker calls a record's accessor with {@link Method#invoke}, which
 * looks up its caller on the stack at every call: a tenth of the render stage of a full bake,
 * whose listing pages read a dozen properties of each of twenty articles. The value, and how it
 * is wrapped, are the same; anything else (a method called, {@code ?api}, a key the record does
 * not have) is Freemarker's.
 */
final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {
    /**
     * For each record class, its properties as templates read them: each component, and each
     * other public method the record declares that takes nothing and returns something
     * (Freemarker shows those as properties too).
     */
    private static final ClassValue<Map<String, MethodHandle>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return properties(type);
        }
    };
    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    RecordModel(Record record, BeansWrapper wrapper) {
        super(record, wrapper);
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        MethodHandle property = PROPERTIES.get(object.getClass()).get(key);
        if (property == null) {
            return super.get(key);
        }
        Object value;
        try {
            value = (Object) property.invokeExact(object);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new TemplateModelException("reading " + key + " of " + object.getClass().getSimpleName()
                    + " failed: " + e, e instanceof Exception exception ? exception : null);
        }
        return wrapper.getOuterIdentity().wrap(value);
    }

    /** What {@code record.key(…)} calls: Freemarker's. */
    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return super.getBeforeMethodCall(key);
    }

    /** Whether {@code key} of a {@code type} is read here, not by Freemarker. */
    static boolean readsDirectly(Class<?> type, String key) {
        return PROPERTIES.get(type).containsKey(key);
    }

    private static Map<String, MethodHandle> properties(Class<?> type) {
        Map<String, MethodHandle> properties = new HashMap<>();
        if (!Modifier.isPublic(type.getModifiers())) {
            return properties; // Freemarker's introspection decides what it shows of it
        }
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent component : type.getRecordComponents()) {
            add(properties, lookup, component.getAccessor());
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && !method.isSynthetic() && !isObjectMethod(method)) {
                add(properties, lookup, method);
            }
        }
        return Map.copyOf(properties);
    }

    private static void add(Map<String, MethodHandle> properties, MethodHandles.Lookup lookup, Method method) {
        try {
            properties.put(method.getName(), lookup.unreflect(method).asType(READ));
        } catch (IllegalAccessException e) {
            // not public to everyone (a record inside a class that is not): read the way Freemarker reads it
        }
    }

    /** {@code hashCode()}, {@code toString()}: methods of every object, which a record may declare again. */
    private static boolean isObjectMethod(Method method) {
        try {
            Object.class.getMethod(method.getName());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
