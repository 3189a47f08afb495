package vn.bantin.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** UI strings of one language, from {@code templates/i18n/messages_<language>.properties} (UTF-8). */
public final class Messages {
    private final Map<String, String> strings;

    private Messages(Map<String, String> strings) {
        this.strings = strings;
    }

    /** Reads the messages of {@code language}; a site without the file gets none. */
    public static Messages load(Path templateFolder, String language) throws IOException {
        Path file = templateFolder.resolve("i18n").resolve("messages_" + language + ".properties");
        Map<String, String> strings = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(key -> strings.put(key, properties.getProperty(key)));
        }
        return new Messages(Map.copyOf(strings));
    }

    /** No strings: every {@link #format} gives its fallback. */
    public static Messages none() {
        return new Messages(Map.of());
    }

    /** All strings, for templates' {@code msg}. */
    public Map<String, String> all() {
        return strings;
    }

    /** The string of {@code key} with {@code {0}}, {@code {1}}… replaced, or {@code fallback} formatted likewise. */
    public String format(String key, String fallback, Object... arguments) {
        String pattern = strings.getOrDefault(key, fallback);
        for (int i = 0; i < arguments.length; i++) {
            pattern = pattern.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return pattern;
    }
}
