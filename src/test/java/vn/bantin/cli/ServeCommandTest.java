package vn.bantin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.BantinProcess;
import vn.bantin.testing.BantinProcess.Run;
import vn.bantin.testing.FixtureSite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bantin serve} as an author starts it: a fresh JVM, its address printed, Ctrl+C (SIGTERM) stops it. */
class ServeCommandTest {
    private static final Pattern ADDRESS = Pattern.compile("bantin: previewing (http://127\\.0\\.0\\.1:(\\d+)/) ");

    @TempDir
    Path folder;

    @Test
    void servesOnTheAddressItPrintsAndAPortInUseIsExitCodeFour() throws Exception {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        Process serve = BantinProcess.start("serve", "--port", "0", "--source", site.root().toString());
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                    out.lines().forEach(lines::add);
                } catch (IOException e) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            Matcher address = null;
            for (String line = lines.poll(60, TimeUnit.SECONDS); line != null; line = lines.poll(60, TimeUnit.SECONDS)) {
                Matcher matcher = ADDRESS.matcher(line);
                if (matcher.find()) {
                    address = matcher;
                    break;
                }
            }
            assertNotNull(address, "serve printed its address");
            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Bài đang soạn"), "drafts shown");

            Run second = BantinProcess.run("serve", "--port", address.group(2), "--source", site.root().toString());
            assertEquals(4, second.exit(), second.err());
            assertTrue(second.err().contains("bantin: cannot serve: port " + address.group(2) + " is in use or not allowed (")
                    && second.err().contains("--port 8821"), second.err());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }
}
