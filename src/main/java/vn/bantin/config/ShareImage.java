package vn.bantin.config;

import vn.bantin.problem.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code bantin.share.image}: the picture Zalo and Facebook show when a page is shared and has no
 * picture of its own (or only an SVG cover, which neither shows). A site-root-relative path of a
 * file in {@code assets/} or {@code content/}, or an {@code https://} address; empty by default.
 */
public final class ShareImage {
    public static final String KEY = "bantin.share.image";
    /** The formats share previews show (Facebook, Zalo, X): not SVG. */
    private static final Pattern RASTER = Pattern.compile("(?i).+\\.(png|jpe?g|gif|webp)");

    private ShareImage() {
    }

    /** The configured image as written (a root-relative or absolute URL), or empty. */
    public static String url(Map<String, Object> raw) {
        String value = ConfigText.of(raw, KEY);
        if (value.isEmpty() || isAbsolute(value)) {
            return value;
        }
        return value.startsWith("/") ? value : "/" + value;
    }

    /** Whether share previews can show the image at {@code url}: PNG, JPEG, GIF or WebP, judged by its name. */
    public static boolean isShareable(String url) {
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return RASTER.matcher(url.substring(0, end)).matches();
    }

    /** A format previews cannot show, or a file that is in neither folder. */
    static List<Problem> problems(Map<String, Object> raw, Path assetFolder, Path contentFolder) {
        String url = url(raw);
        if (url.isEmpty()) {
            return List.of();
        }
        if (!isShareable(url)) {
            return List.of(Problem.error(ConfigLoader.FILE, 0, KEY + ": '" + url + "' is not a PNG, JPEG, GIF or WebP image",
                    "Zalo and Facebook do not show SVG or other formats: give a PNG or JPEG, best 1200×630 pixels"));
        }
        if (isAbsolute(url)) {
            return List.of();
        }
        String path = url.substring(1);
        boolean climbs = List.of(path.split("/")).contains("..");
        if (climbs || !Files.isRegularFile(assetFolder.resolve(path)) && !Files.isRegularFile(contentFolder.resolve(path))) {
            return List.of(Problem.error(ConfigLoader.FILE, 0, KEY + ": no file " + path + " in assets/ or content/",
                    "put the image in assets/, e.g. assets/anh/chia-se.png, and write " + KEY + "=/anh/chia-se.png"));
        }
        return List.of();
    }

    private static boolean isAbsolute(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
