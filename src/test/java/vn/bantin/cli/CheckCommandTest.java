package vn.bantin.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.BantinProcess;
import vn.bantin.testing.BantinProcess.Run;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bantin check}: everything a bake checks, nothing written; {@code --external} visits outside links. */
class CheckCommandTest {
    @TempDir
    Path folder;
    FixtureSite site;
    HttpServer otherSite;

    @BeforeEach
    void setUp() throws IOException {
        site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        otherSite.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int status = path.equals("/con-hoat-dong") ? 200 : path.equals("/chuyen-cho-khac") ? 301 : 404;
            if (path.equals("/cham")) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 200;
            }
            if (status == 301) {
                exchange.getResponseHeaders().add("Location", "/con-hoat-dong");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        otherSite.setExecutor(Executors.newFixedThreadPool(4)); // the slow page must not hold up the others
        otherSite.start();
    }

    @AfterEach
    void tearDown() {
        otherSite.stop(0);
    }

    @Test
    void aGoodSitePassesAndNothingIsWritten() throws InterruptedException {
        Run run = BantinProcess.run("check", "--source", site.root().toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("bantin: check passed: "), run.out());
        assertFalse(Files.exists(site.output()), "check writes no output");
    }

    @Test
    void errorsAreReportedWithTheirLineAndExitCodeOne() throws InterruptedException {
        site.write("content/tin-tuc/loi.md", "---\ntitle: Lỗi\ndate: 2024-01-01\n---\n\n[hỏng](/khong-co/)\n");
        Run run = BantinProcess.run("check", "--source", site.root().toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/tin-tuc/loi.md:6: broken link '/khong-co/'"), run.err());
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void everySeededErrorIsReportedWithItsFileAndLineAndExitCodeOne() throws InterruptedException {
        site.write("content/tin-tuc/ngay-sai.md", "---\ntitle: Ngày sai\ndate: 31/02/2024\n---\n");
        site.write("content/tin-tuc/thieu-tieu-de.md", "---\ndate: 2024-01-01\n---\nKhông có tiêu đề.\n");
        site.write("content/tin-tuc/trang-thai.md", "---\ntitle: Trạng thái\ndate: 2024-01-01\nstatus: xuat-ban\n---\n");
        site.write("content/tin-tuc/yaml-hong.md", "---\ndate: 2024-01-01\ntitle: Kế hoạch 106/KH-UBND: đẩy mạnh\n---\n");
        site.write("content/tin-tuc/het-han.md",
                "---\ntitle: Hết hạn\ndate: 2024-05-01 08:00\nexpires: 2024-04-30\n---\n");
        site.write("content/thong-bao/lac.md", "---\ntitle: Lạc chỗ\ndate: 2024-01-01\n---\n");
        Run run = BantinProcess.run("check", "--source", site.root().toString());
        assertEquals(1, run.exit(), run.err());
        List<String> expected = List.of(
                "content/thong-bao/lac.md:1: 'thong-bao' is not a known section (",
                "content/tin-tuc/het-han.md:4: the article expires (30/04/2024) before it is published (01/05/2024 08:00)",
                "content/tin-tuc/ngay-sai.md:3: cannot read the date '31/02/2024': 02/2024 has 29 days, not 31 (write it as ",
                "content/tin-tuc/thieu-tieu-de.md:1: 'title' is missing (every article needs a title",
                "content/tin-tuc/trang-thai.md:4: unknown status 'xuat-ban' (use status: published or status: draft)",
                "content/tin-tuc/yaml-hong.md:3: the front matter is not valid YAML: mapping values are not allowed here");
        List<String> lines = run.err().lines().toList();
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(lines.get(i).startsWith(expected.get(i)), "line " + (i + 1) + ": " + run.err());
        }
        assertEquals("bantin: check failed: 6 errors (stopped at: model)", lines.get(expected.size()), run.err());
        assertEquals(expected.size() + 1, lines.size(), "one line per error, then the count: " + run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void externalLinksAreVisitedOnlyWhenAskedWithATimeout() throws InterruptedException {
        String base = "http://127.0.0.1:" + otherSite.getAddress().getPort();
        site.write("content/tin-tuc/lien-ket.md", "---\ntitle: Liên kết\ndate: 2024-01-01\n---\n\n"
                + "- [Cổng dịch vụ công](" + base + "/con-hoat-dong)\n"
                + "- [Trang đã chuyển](" + base + "/chuyen-cho-khac)\n"
                + "- [Trang đã xóa](" + base + "/da-xoa)\n"
                + "- [Trang chậm](" + base + "/cham)\n");
        Run plain = BantinProcess.run("check", "--source", site.root().toString());
        assertEquals(0, plain.exit(), plain.err());
        assertFalse(plain.out().contains("external"), "outside links are not visited by default: " + plain.out());

        Run run = BantinProcess.run("check", "--external", "--timeout", "1", "--source", site.root().toString());
        assertEquals(0, run.exit(), "dead outside links are warnings, not errors: " + run.err());
        assertTrue(run.out().contains("4 external links checked, 2 dead; 2 warnings"), run.out());
        assertTrue(run.err().lines().allMatch(line -> line.contains(": warning: external link ")),
                "warnings only, each labelled, apart from the summary: " + run.err());
        assertTrue(run.err().contains("content/tin-tuc/lien-ket.md: warning: external link " + base + "/da-xoa answers HTTP 404"),
                run.err());
        assertTrue(run.err().contains(base + "/cham did not answer within 1 s"), run.err());
        assertFalse(run.err().contains("/con-hoat-dong ") || run.err().contains("/chuyen-cho-khac "), run.err());
    }
}
