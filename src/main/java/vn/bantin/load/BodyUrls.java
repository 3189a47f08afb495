package vn.bantin.load;

import org.jsoup.internal.StringUtil;

import java.util.List;
import java.util.Locale;

/**
 * The addresses a body may link to and show, and how its relative ones are written; the same rules
 * for the Jsoup pass of {@link BodyProcessor} and for {@link DirectBodyWriter}. Each address is
 * judged as the cleaner judges it: resolved against the source file's folder on a host of no site
 * (or, when it cannot be resolved, taken as it is), it must start with one of the protocols.
 */
final class BodyUrls {
    /** The host a body's relative addresses are resolved on: none of any site. */
    static final String BASE_HOST = "http://bantin.invalid";
    /** What a link may lead to: {@code javascript:} and {@code data:} never. */
    static final List<String> LINK_PROTOCOLS = List.of("ftp", "http", "https", "mailto", "tel");
    /** Where an image may come from. */
    static final List<String> IMAGE_PROTOCOLS = List.of("http", "https");

    private BodyUrls() {
    }

    /** The address relative ones are resolved against, for a file in {@code folderPath} ({@code /tin-tuc/}). */
    static String base(String folderPath) {
        return BASE_HOST + folderPath;
    }

    /** Whether an address may stay in the body. */
    static boolean allowed(String address, String base, List<String> protocols) {
        if (plain(address)) {
            // Resolved, an address from the site's root or within the page stays on the base's
            // host, and one with a protocol keeps it (lower-cased): the answer without the work.
            if (address.startsWith("#") || address.startsWith("/") && !address.startsWith("//")) {
                return protocols.contains("http");
            }
            for (String protocol : protocols) {
                if (address.regionMatches(true, 0, protocol, 0, protocol.length())
                        && address.length() > protocol.length() && address.charAt(protocol.length()) == ':') {
                    return true;
                }
            }
        }
        String resolved = StringUtil.resolve(base, address);
        String judged = (resolved.isEmpty() ? address : resolved).toLowerCase(Locale.ENGLISH);
        for (String protocol : protocols) {
            if (judged.startsWith(protocol + ":")) {
                return true;
            }
        }
        return false;
    }

    /** Without spaces or control characters, which resolving would strip or trip over. */
    private static boolean plain(String address) {
        for (int i = 0; i < address.length(); i++) {
            if (address.charAt(i) <= ' ') {
                return false;
            }
        }
        return !address.isEmpty();
    }

    /**
     * The address as the page gets it: one relative to the source file's folder ({@code anh/a.jpg},
     * {@code ../van-ban/}) made relative to the site root ({@code /tin-tuc/anh/a.jpg}); any other as it is.
     */
    static String siteRelative(String address, String base) {
        String value = address.strip();
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("/") || hasScheme(value)) {
            return address;
        }
        String absolute = StringUtil.resolve(base, address);
        return absolute.startsWith(BASE_HOST + "/") ? absolute.substring(BASE_HOST.length()) : address;
    }

    private static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
