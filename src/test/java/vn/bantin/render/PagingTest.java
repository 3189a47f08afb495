package vn.bantin.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bantin.render.Views.PageLink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A pager is handed only the page links it may show, however long the list. */
class PagingTest {

    @ParameterizedTest(name = "page {1} of {0}")
    @CsvSource(delimiter = ';', value = {
        "1; 1; 1",
        "2; 2; 1 2",
        "10; 1; 1 2 3 4 9 10",
        "10; 5; 1 2 3 4 5 6 7 8 9 10",
        "10; 10; 1 2 7 8 9 10",
        "40; 20; 1 2 17 18 19 20 21 22 23 39 40",
        "1000; 500; 1 2 497 498 499 500 501 502 503 999 1000",
    })
    void theWindowHoldsTheEndsAndThreeEitherSide(int total, int current, String expected) {
        List<PageLink> pages = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            pages.add(new PageLink(n, "/tin-tuc/trang/" + n + "/"));
        }
        List<Integer> shown = Paging.window(pages, current).stream().map(PageLink::number).toList();
        assertEquals(Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList(), shown);
    }
}
