package vn.bantin.model;

import vn.bantin.config.SiteConfig;

/**
 * The URL scheme of a bantin site, in one place. Every URL is site-root-relative.
 *
 * @param config the configuration the URLs follow
 */
public record SiteUrls(SiteConfig config) {
    /** The path segment of list pages after the first: {@code /tin-tuc/trang/2/}. */
    public static final String PAGE_SEGMENT = "trang";
    /** The folders of the registry's filter pages ("năm", "loại", "cơ quan"). */
    public static final String YEAR_SEGMENT = "nam";
    public static final String KIND_SEGMENT = "loai";
    public static final String ISSUER_SEGMENT = "co-quan";
    /** The search page's folder ("tìm kiếm"), and its index's folder inside it ("chỉ mục"). */
    public static final String SEARCH_SEGMENT = "tim-kiem";
    public static final String SEARCH_INDEX_SEGMENT = "chi-muc";

    public String home() {
        return "/";
    }

    public String section(String slug) {
        return "/" + slug + "/";
    }

    public String article(Section section, String slug) {
        return section.url() + slug + "/";
    }

    public String tagsIndex() {
        return "/" + config.tagPath() + "/";
    }

    public String tag(String slug) {
        return tagsIndex() + slug + "/";
    }

    public String archive() {
        return "/" + config.archivePath() + "/";
    }

    public String archiveYear(int year) {
        return archive() + year + "/";
    }

    public String archiveMonth(int year, int month) {
        return archiveYear(year) + String.format("%02d", month) + "/";
    }

    /** The registry of documents ("Văn bản – Kế hoạch"): {@code /van-ban/}. */
    public String documents() {
        return "/" + config.documentsPath() + "/";
    }

    /** A document's page: {@code /van-ban/54-kh-ubnd-2025/}. Document slugs start with a digit. */
    public String document(String slug) {
        return documents() + slug + "/";
    }

    /** The registry filtered by issue year: {@code /van-ban/nam/2024/}. */
    public String documentsOfYear(int year) {
        return documents() + YEAR_SEGMENT + "/" + year + "/";
    }

    /** The registry filtered by kind: {@code /van-ban/loai/ke-hoach/}. */
    public String documentsOfKind(String slug) {
        return documents() + KIND_SEGMENT + "/" + slug + "/";
    }

    /** The registry filtered by issuing body: {@code /van-ban/co-quan/ubnd-huyen-an-khanh/}. */
    public String documentsOfIssuer(String slug) {
        return documents() + ISSUER_SEGMENT + "/" + slug + "/";
    }

    /** The procedure catalog ("Thủ tục hành chính"): {@code /thu-tuc/}. */
    public String procedures() {
        return "/" + config.proceduresPath() + "/";
    }

    /** A procedure's page: {@code /thu-tuc/1-001193/}. */
    public String procedure(String slug) {
        return procedures() + slug + "/";
    }

    /** A file of the catalog's folder, e.g. its open-data export {@code /thu-tuc/thu-tuc.json}. */
    public String proceduresFile(String name) {
        return procedures() + name;
    }

    /** Page {@code number} of a paged list whose first page is {@code first}. */
    public static String paged(String first, int number) {
        return number <= 1 ? first : first + PAGE_SEGMENT + "/" + number + "/";
    }

    /** The feed of a list page: {@code /tin-tuc/feed.xml}. */
    public String feed(String listUrl) {
        return listUrl + config.feedFile();
    }

    /** The search page: {@code /tim-kiem/}; a query is {@code /tim-kiem/?q=một+cửa}. */
    public String search() {
        return "/" + SEARCH_SEGMENT + "/";
    }

    /** The folder of the search index the search page reads: {@code /tim-kiem/chi-muc/}. */
    public String searchIndex() {
        return search() + SEARCH_INDEX_SEGMENT + "/";
    }

    public String error404() {
        return "/" + config.error404File();
    }
}
