package vn.bantin.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent check of a baked folder, as a browser would follow it: every internal
 * {@code href}/{@code src} of every HTML page, resolved against the page's own file, must name a
 * file of the folder (an {@code index.html} for folder URLs), and every fragment an id of its page.
 * Only the 404 page, which a host serves at any depth, may link from the base path instead.
 */
public final class OutputLinks {
    private OutputLinks() {
    }

    /** Every broken reference, as {@code page -> reference}; empty when all resolve. */
    public static List<String> broken(Path output, String basePath) {
        List<String> broken = new ArrayList<>();
        try (var walk = Files.walk(output)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document document = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element element : document.select("a[href], link[href], img[src], script[src], source[src], form[action]")) {
                    String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "action";
                    String value = element.attr(attribute);
                    if (value.startsWith("//") || URI.create(value.replace(" ", "%20")).getScheme() != null) {
                        continue;
                    }
                    boolean notFoundPage = page.getFileName().toString().equals("404.html");
                    if (notFoundPage && value.startsWith(basePath)) {
                        value = "./" + value.substring(basePath.length());
                    }
                    if (!resolves(output, page, value)) {
                        broken.add(output.relativize(page) + " -> " + value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return broken;
    }

    private static boolean resolves(Path output, Path page, String value) throws IOException {
        int hash = value.indexOf('#');
        String path = hash < 0 ? value : value.substring(0, hash);
        String fragment = hash < 0 ? "" : value.substring(hash + 1);
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            return false; // pages must not use root-relative URLs: they break under a sub-path
        } else {
            target = page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            if (path.endsWith("/") || Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
        }
        if (!target.startsWith(output) || !Files.isRegularFile(target)) {
            return false;
        }
        if (fragment.isEmpty() || !target.toString().endsWith(".html")) {
            return true;
        }
        Document document = Jsoup.parse(target.toFile(), "UTF-8");
        return document.getElementById(URLDecoder.decode(fragment, StandardCharsets.UTF_8)) != null;
    }
}
