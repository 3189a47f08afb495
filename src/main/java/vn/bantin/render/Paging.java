package vn.bantin.render;

import vn.bantin.model.SiteUrls;
import vn.bantin.render.Views.PageLink;
import vn.bantin.render.Views.Pagination;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

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
        SortedSet<Integer> shown = new TreeSet<>(List.of(1, 2, total - 1, total));
        for (int i = n - PAGER_REACH; i <= n + PAGER_REACH; i++) {
            shown.add(i);
        }
        return shown.subSet(1, total + 1).stream().map(i -> pages.get(i - 1)).toList();
    }
}
