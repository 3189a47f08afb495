package vn.bantin.render;

import vn.bantin.model.SiteUrls;
import vn.bantin.render.Views.PageLink;
import vn.bantin.render.Views.Pagination;

import java.util.ArrayList;
import java.util.List;

/** Cuts a list into pages of a paged list (section, tag, registry) and gives each its pager. */
final class Paging {
    /** How many page links either side of the current one a pager may show. */
    private static final int PAGER_REACH = 3;

    private Paging() {
    }

    /** Receives one page of a list: its items and its place among the pages. */
    interface PageConsumer<T> {
        void accept(List<T> slice, Pagination pagination);
    }

    /** Hands each page of {@code items}, {@code size} per page, to {@code consumer}, first page at {@code firstUrl}. */
    static <T> void paged(List<T> items, String firstUrl, int size, PageConsumer<T> consumer) {
        int total = Math.max(1, (items.size() + size - 1) / size);
        List<PageLink> links = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            links.add(new PageLink(n, SiteUrls.paged(firstUrl, n)));
        }
        List<PageLink> pages = List.copyOf(links);
        for (int n = 1; n <= total; n++) {
            List<T> slice = items.subList((n - 1) * size, Math.min(items.size(), n * size));
            consumer.accept(slice, new Pagination(n, total, pages.get(n - 1).url(), n > 1 ? pages.get(n - 2).url() : null,
                    n < total ? pages.get(n).url() : null, window(pages, n)));
        }
    }

    /**
     * The page links a pager shows around page {@code n}: the first two, the last two and three
     * either side of {@code n}. Handing every page of a 1,000-page list to each of its pages would
     * make a tag's pages cost the square of their number to render.
     */
    static List<PageLink> window(List<PageLink> pages, int n) {
        int total = pages.size();
        List<PageLink> window = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            if (i <= 2 || i > total - 2 || Math.abs(i - n) <= PAGER_REACH) {
                window.add(pages.get(i - 1));
            } else if (i < n - PAGER_REACH) {
                i = n - PAGER_REACH - 1; // jump to the window around n
            } else {
                i = total - 2; // jump to the last two
            }
        }
        return List.copyOf(window);
    }
}
