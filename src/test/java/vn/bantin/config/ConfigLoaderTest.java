package vn.bantin.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.FixtureSite;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The configuration templates read as {@code config}: the site's settings, not the JVM's. */
class ConfigLoaderTest {
    private static final String JVM_ONLY = "bantin.test.started-with";

    @TempDir
    Path folder;

    @AfterEach
    void clearProperties() {
        System.clearProperty(JVM_ONLY);
        System.clearProperty("site.host");
    }

    @Test
    void theRawSettingsAreTheFilesAndJBakesDefaultsNotTheJvmsProperties() {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        System.setProperty(JVM_ONLY, "bake --verbose");
        System.setProperty("site.host", "https://elsewhere.example");
        Map<String, Object> raw = ConfigLoader.load(site.root(), site.output()).site().raw();

        assertEquals("Bản tin thử nghiệm", raw.get("bantin.title"), "a key of jbake.properties");
        assertEquals("https://bantin.example.vn", raw.get("site.host"), "the file's value, which comes first in JBake");
        assertTrue(raw.containsKey("template.folder"), "a key of JBake's defaults");
        for (String jvm : new String[] {JVM_ONLY, "java.version", "sun.java.command", "user.dir", "os.name"}) {
            assertFalse(raw.containsKey(jvm), jvm + " is the JVM's, not the site's: " + raw.get(jvm));
        }
    }
}
