package vn.bantin.render;

import java.util.Map;

/**
 * JBake's {@code data} variable: the parsed files of the data folder, read with
 * {@code data.get('links.yaml')} (or {@code data['links.yaml']}). As in JBake, a file whose root
 * is a list is returned as {@code {data: [...]}}.
 */
public final class DataFiles implements PageFingerprints.DerivedValue {
    private final Map<String, Object> files;

    DataFiles(Map<String, Object> files) {
        this.files = files;
    }

    /** The content of the data file {@code name}, or null when there is no such file. */
    public Object get(String name) {
        Object value = files.get(name);
        return value instanceof java.util.List<?> list ? Map.of("data", list) : value;
    }

    /** A page reading data files is as new as their content. */
    @Override
    public Object source() {
        return files;
    }
}
