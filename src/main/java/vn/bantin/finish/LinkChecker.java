package vn.bantin.finish;

import vn.bantin.problem.Problems;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every internal link and asset reference of every page resolves to a file of the
 * output, and every {@code #fragment} to an id of its page. A broken link is reported against the
 * content file that holds it when it is written there (with its line), else against the template,
 * once per link however many pages repeat it.
 */
final class LinkChecker {
    private final Path siteFolder;
    private final String indexFile;

    LinkChecker(Path siteFolder, String indexFile) {
        this.siteFolder = siteFolder;
        this.indexFile = indexFile;
    }

    /** @param outputPaths every file the output will hold */
    void check(List<FinishedPage> pages, Set<String> outputPaths, Problems problems) {
        Map<String, FinishedPage> pageByPath = new HashMap<>();
        for (FinishedPage page : pages) {
            pageByPath.put(page.outputPath(), page);
        }
        Map<String, Integer> broken = new LinkedHashMap<>();
        Map<String, String[]> details = new HashMap<>();
        for (FinishedPage page : pages) {
            for (FinishedPage.InternalLink link : page.links()) {
                String cause = causeIfBroken(link, outputPaths, pageByPath);
                if (cause == null) {
                    continue;
                }
                String[] where = attribute(page, link);
                String key = where[0] + '\u0000' + where[1] + '\u0000' + link.written();
                broken.merge(key, 1, Integer::sum);
                details.putIfAbsent(key, new String[] {where[0], where[1], link.written(), cause});
            }
        }
        broken.forEach((key, count) -> {
            String[] d = details.get(key);
            String pagesNote = count > 1 ? " (on " + count + " pages)" : "";
            problems.error(d[0], Integer.parseInt(d[1]), "broken link '" + d[2] + "': " + d[3] + pagesNote,
                    "link to an existing page or file, e.g. /tin-tuc/ten-bai-viet/, or remove the link");
        });
    }

    private String causeIfBroken(FinishedPage.InternalLink link, Set<String> outputPaths,
                                 Map<String, FinishedPage> pageByPath) {
        String path = decode(link.path());
        if (path == null) {
            return "the address is not valid percent-encoding";
        }
        String file = path.substring(1);
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + indexFile;
        }
        if (!outputPaths.contains(file)) {
            String asFolder = file + "/" + indexFile;
            if (!outputPaths.contains(asFolder)) {
                return "no page or file has this address";
            }
            file = asFolder;
        }
        if (!link.fragment().isEmpty()) {
            FinishedPage target = pageByPath.get(file);
            String fragment = decode(link.fragment());
            if (target != null && !target.ids().contains(fragment)) {
                return "the page has no anchor #" + link.fragment();
            }
        }
        return null;
    }

    /** The file and line to blame: the content file if the link is written there, else the template. */
    private String[] attribute(FinishedPage page, FinishedPage.InternalLink link) {
        if (page.sourcePath().endsWith(".md")) {
            int line = lineOf(page.sourcePath(), link.written());
            if (line > 0) {
                return new String[] {page.sourcePath(), String.valueOf(line)};
            }
        }
        return new String[] {page.template(), "0"};
    }

    /** The line of the content file holding the link's last path segment, or 0 if it is not there. */
    private int lineOf(String sourcePath, String written) {
        String path = written.replaceAll("[?#].*$", "");
        String[] segments = path.split("/");
        String last = segments.length == 0 ? path : segments[segments.length - 1];
        if (last.isEmpty() && segments.length > 1) {
            last = segments[segments.length - 2];
        }
        String decodedLast = decode(last);
        try {
            List<String> lines = Files.readAllLines(siteFolder.resolve(sourcePath), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if ((!last.isEmpty() && line.contains(last)) || (decodedLast != null && !decodedLast.isEmpty()
                        && line.contains(decodedLast)) || (last.isEmpty() && line.contains(written))) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
