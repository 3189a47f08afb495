package vn.bantin.finish;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeUrlsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/,                    /tin-tuc/,            tin-tuc/",
        "/,                    /,                    ./",
        "/tin-tuc/a/,          /,                    ../../",
        "/tin-tuc/a/,          /tag/x/,              ../../tag/x/",
        "/tin-tuc/a/,          /tin-tuc/b/,          ../b/",
        "/tin-tuc/a/,          /tin-tuc/a/,          ./",
        "/tin-tuc/a/,          /tin-tuc/anh/x.svg,   ../anh/x.svg",
        "/tin-tuc/,            /css/bantin.css,      ../css/bantin.css",
        "/tin-tuc/a/,          /tin-tuc/a/#muc-1,    ./#muc-1",
        "/tag/x/trang/2/,      /tag/x/,              ../../",
        "/404.html,            /tin-tuc/,            tin-tuc/",
        "/tin-tuc/a/,          /tin-tuc/ab/,         ../ab/",
        "/tin-tuc/a/,          /tin-tuc/a,           ../a",
        "/tin-tuc/a/,          /tin-tuc,             ../../tin-tuc",
        "/tin-tuc/a/,          /tim-kiem/?q=a/b#c,   ../../tim-kiem/?q=a/b#c",
        "/tin-tuc/,            /tin-tuc/a/b.pdf,     a/b.pdf",
        "/tin-tuc/a/,          /tin-tuc/a/b/c.pdf,   b/c.pdf",
        "/tin-tuc/a/,          /tin-tuc/a/?trang=2,  ./?trang=2",
        "/a/b/c/,              /a/x?y=/a/b/c/,       ../../x?y=/a/b/c/",
        "/a/b/c/,              /a/b#/a/b/c/,         ../../b#/a/b/c/",
    })
    void relativizes(String page, String target, String expected) {
        assertEquals(expected, RelativeUrls.relativize(page, target));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
        "/tin-tuc/a/,   ../../tag/x/,        /tag/x/",
        "/tin-tuc/a/,   ../b/,               /tin-tuc/b/",
        "/tin-tuc/a/,   ./,                  /tin-tuc/a/",
        "/tin-tuc/a/,   anh/x.svg,           /tin-tuc/a/anh/x.svg",
        "/tin-tuc/a/,   /hoi-dap/,           /hoi-dap/",
        "/,             tin-tuc/#top,        /tin-tuc/#top",
        "/a/b/,         ../../../x/,         /x/",
        "/tin-tuc/a/,   ..,                  /tin-tuc/",
    })
    void resolves(String page, String reference, String expected) {
        assertEquals(expected, RelativeUrls.resolve(page, reference));
    }
}
