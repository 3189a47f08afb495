package vn.bantin;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.problem.Problem;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.bantin.SharingTest.htmlPages;
import static vn.bantin.SharingTest.page;

/**
 * The contact block and the links to related agencies every state portal shows, from
 * {@code bantin.contact.*} and {@code bantin.agencies.*}: on every page, as written (the fixture's
 * values hold markup, which must show as text), and checked when the site is configured.
 */
class SiteFooterTest {
    @TempDir
    static Path folder;
    static FixtureSite site;

    @BeforeAll
    static void bake() {
        site = FixtureSite.withSampleTemplates("readers", folder.resolve("site"));
        site.bake();
    }

    @Test
    void everyPageShowsTheContactsExactlyAsConfigured() {
        for (String path : htmlPages(site)) {
            Element contact = page(site, path).selectFirst("footer address.footer-contact");
            assertNotNull(contact, path);
            assertEquals("Văn phòng <b>HĐND & UBND</b> xã", contact.selectFirst(".footer-contact-name").text(), path);
            assertEquals(List.of("Số 1 đường \"Lê Lợi\", xã Thử Nghiệm", "0203 3 812 345", "vanphong@thunghiem.example.vn",
                    "Ông Nguyễn Văn <i>An</i>, Chủ tịch UBND xã"), contact.select("dd").eachText(), path);
            assertTrue(contact.select("b, i, script").isEmpty(), path + ": markup in a value stays text");
            assertEquals("tel:02033812345", contact.selectFirst("a[href^=tel:]").attr("href"), path);
            assertEquals("mailto:vanphong@thunghiem.example.vn", contact.selectFirst("a[href^=mailto:]").attr("href"), path);
        }
        List<String> vietnameseLabels = page(site, "index.html").select(".footer-contact dt").eachText();
        assertEquals(List.of("Địa chỉ:", "Điện thoại:", "Thư điện tử:", "Chịu trách nhiệm chính:"), vietnameseLabels);
    }

    @Test
    void everyPageLinksTheRelatedAgenciesInTheirNumbersOrder() {
        for (String path : htmlPages(site)) {
            Document page = page(site, path);
            List<Element> links = page.select("footer .footer-agencies a");
            assertEquals(List.of("Cổng Dịch vụ công \"quốc gia\" <script>", "Bộ Nội vụ"),
                    links.stream().map(Element::text).toList(), path);
            assertEquals(List.of("https://dichvucong.gov.vn/p/home?a=1&b=2", "https://moha.gov.vn"),
                    links.stream().map(a -> a.attr("href")).toList(), path);
            assertEquals(1, page.select("script").size() - page.select("script[type=application/ld+json]").size(),
                    path + ": no script but the site's own");
        }
    }

    @Test
    void theBodysNameIsNotRepeatedWhenItIsThePublisher(@TempDir Path other) throws IOException {
        FixtureSite plain = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        String properties = Files.readString(plain.root().resolve("jbake.properties"))
                .replaceAll("(?m)^bantin\\.contact\\.name=.*$", "");
        plain.write("jbake.properties", properties).bake();
        Document home = page(plain, "index.html");
        assertNull(home.selectFirst(".footer-contact-name"), "bantin.publisher is already on the line above");
        assertTrue(home.selectFirst(".footer-publisher").text().contains("UBND xã Thử Nghiệm"));
    }

    @Test
    void withoutTheKeysThereIsNoContactBlockAndNoAgencies(@TempDir Path other) throws IOException {
        FixtureSite plain = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        String properties = Files.readString(plain.root().resolve("jbake.properties"))
                .replaceAll("(?m)^bantin\\.(contact|agencies)\\..*$", "");
        plain.write("jbake.properties", properties).bake();
        Document home = page(plain, "index.html");
        assertNull(home.selectFirst(".footer-contact"));
        assertNull(home.selectFirst(".footer-agencies"));
        assertNotNull(home.selectFirst(".footer-publisher"), "the publisher is still named");
    }

    @Test
    void aPhoneThatIsNoSingleNumberIsShownWithoutALink(@TempDir Path other) throws IOException {
        FixtureSite plain = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        String properties = Files.readString(plain.root().resolve("jbake.properties"))
                .replace("bantin.contact.phone=0203 3 812 345", "bantin.contact.phone=0203 3 812 345 (giờ hành chính)");
        plain.write("jbake.properties", properties).bake();
        Element contact = page(plain, "index.html").selectFirst(".footer-contact");
        assertTrue(contact.select("dd").eachText().contains("0203 3 812 345 (giờ hành chính)"));
        assertNull(contact.selectFirst("a[href^=tel:]"));
    }

    @Test
    void badContactsAndAgenciesAreConfigurationErrors(@TempDir Path other) throws IOException {
        FixtureSite broken = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        String properties = Files.readString(broken.root().resolve("jbake.properties"))
                .replace("bantin.contact.email=vanphong@thunghiem.example.vn", "bantin.contact.email=vanphong tại thunghiem")
                .replace("bantin.agencies.2.url=https://moha.gov.vn", "bantin.agencies.2.url=moha.gov.vn")
                + "bantin.agencies.3.name=Sở Nội vụ\nbantin.contact.fax=0203 3 812 346\nbantin.agencies.x.url=https://x.vn\n";
        broken.write("jbake.properties", properties);
        List<String> messages = broken.bakeFailing().errors().stream().map(Problem::message).sorted().toList();
        assertEquals(List.of("bantin.agencies.2.url: 'moha.gov.vn' is not a web address",
                "bantin.agencies.3.url is missing or empty",
                "bantin.contact.email: 'vanphong tại thunghiem' is not one email address",
                "unknown key bantin.agencies.x.url",
                "unknown key bantin.contact.fax"), messages);
        Problem first = broken.bakeFailing().errors().get(0);
        assertEquals("jbake.properties", first.path());
        assertTrue(!first.hint().isEmpty(), "each error says what to write");
    }
}
