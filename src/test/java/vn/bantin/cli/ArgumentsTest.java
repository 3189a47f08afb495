package vn.bantin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The command line's words and options, and the mistakes an author may type. */
class ArgumentsTest {
    @Test
    void optionsComeInAnyOrderAroundTheWords() throws Arguments.UsageError {
        Arguments arguments = Arguments.parse(new String[] {"new", "--section", "hoi-dap", "article", "Hỏi", "đáp", "--source", "site"});
        assertEquals("new", arguments.command());
        assertEquals(List.of("article", "Hỏi", "đáp"), arguments.words());
        assertEquals("hoi-dap", arguments.section());
        assertEquals(Path.of("site"), arguments.source());

        assertEquals("bake", Arguments.parse(new String[] {}).command(), "bake by default");
        assertEquals("bake", Arguments.parse(new String[] {"--verbose"}).command());
        assertEquals(8821, Arguments.parse(new String[] {"serve", "--port", "8821"}).port());
        assertEquals(-1, Arguments.parse(new String[] {"serve"}).port(), "the configured port");
        assertEquals("help", Arguments.parse(new String[] {"serve", "--help"}).command());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "publish                      | unknown command publish",
        "bake --colour                | unknown option --colour",
        "bake --source                | --source needs a folder",
        "check --port 80              | --port is only for serve",
        "serve --output x             | --output is only for bake",
        "bake --section tin-tuc       | --section is only for new",
        "serve --port 70000           | --port needs a port number",
        "serve --port tám             | --port needs a port number",
        "check --timeout 0            | --timeout needs a number of seconds",
        "check --timeout              | --timeout needs a number of seconds",
        "check site                   | unexpected 'site' after check",
    })
    void mistakesAreToldApart(String line, String message) {
        Arguments.UsageError error = assertThrows(Arguments.UsageError.class, () -> Arguments.parse(line.split(" ")));
        assertEquals(true, error.getMessage().startsWith(message), error.getMessage());
    }
}
