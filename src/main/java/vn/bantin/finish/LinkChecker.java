package vn.bantin.finish;

import vn.bantin.config.FolderFiles;
import vn.bantin.config.SiteConfig;
import vn.bantin.problem.ParallelWork;
import vn.bantin.problem.Problems;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks that every internal link and asset reference of every page resolves to a file of the
 * output, and every {@code #fragment} to an id of its page. A broken link is reported once, however
 * many pages repeat it, against the content file whose body holds it (with its line), else against
 * the template that holds it.
 */
final class LinkChecker {
    private final Path siteFolder;
    private final Path templateFolder;
    private final String indexFile;
    private final String headerSeparator;
    private List<Path> templates;

    LinkChecker(SiteConfig config) {
        this.siteFolder = config.siteFolder();
        this.templateFolder = config.templateFolder();
        this.indexFile = config.indexFile();
        this.headerSeparator = config.headerSeparator();
    }

    /**
     * Checks every page's links; those of a page unchanged since the bake {@code before} only where
     * they may break now. That bake's links all led somewhere (a bake with a broken link keeps no
     * memory), so when the output holds the same files as then, an unchanged page's link can only
     * break by a fragment pointing into a page whose ids changed.
     *
     * @param outputPaths every file the output will hold
     */
    void check(List<FinishedPage> pages, Set<String> outputPaths, FinishedBefore before, Problems problems) {
        Map<String, FinishedPage> pageByPath = new HashMap<>();
        for (FinishedPage page : pages) {
            pageByPath.put(page.outputPath(), page);
        }
        boolean sameFiles = outputPaths.equals(before.outputPaths());
        Set<String> newIds = new HashSet<>(); // pages whose ids are not those the bake before checked against
        Set<FinishedPage> unchanged = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FinishedPage page : pages) {
            FinishedPage previous = sameFiles ? before.finished(page.url()) : null;
            if (previous == page) {
                unchanged.add(page);
            } else if (previous == null || !previous.ids().equals(page.ids())) {
                newIds.add(page.outputPath());
            }
        }
        // Each page's links checked on every core (a full bake's 1.3 million links took a fifth of a second
        // with a core idle); the broken ones then told in the pages' order, as one thread found them.
        Map<String, Target> targets = new ConcurrentHashMap<>();
        List<List<BrokenLink>> brokenByPage = ParallelWork.map(pages, page -> {
            boolean whole = !unchanged.contains(page);
            return whole || !newIds.isEmpty()
                    ? brokenLinks(page, whole, newIds, targets, outputPaths, pageByPath) : List.of();
        });
        Map<String, Integer> broken = new LinkedHashMap<>();
        Map<String, String[]> details = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (BrokenLink link : brokenByPage.get(i)) {
                String[] where = attribute(pages.get(i), link.link());
                String key = where[0] + '\u0000' + where[1] + '\u0000' + link.link().written();
                broken.merge(key, 1, Integer::sum);
                details.putIfAbsent(key, new String[] {where[0], where[1], link.link().written(), link.cause()});
            }
        }
        broken.forEach((key, count) -> {
            String[] d = details.get(key);
            String pagesNote = count > 1 ? " (on " + count + " pages)" : "";
            problems.error(d[0], Integer.parseInt(d[1]), "broken link '" + d[2] + "': " + d[3] + pagesNote,
                    "link to an existing page or file, e.g. /tin-tuc/ten-bai-viet/, or remove the link");
        });
    }

    /** A link of a page that leads nowhere, and why. */
    private record BrokenLink(FinishedPage.InternalLink link, String cause) {
    }

    /**
     * The broken links of {@code page}: all of them when it is checked {@code whole}, else those
     * whose fragment points into a page whose ids are new. Safe on several threads at once.
     *
     * @param targets where each link path leads, shared by every page and thread
     */
    private List<BrokenLink> brokenLinks(FinishedPage page, boolean whole, Set<String> newIds,
                                         Map<String, Target> targets, Set<String> outputPaths,
                                         Map<String, FinishedPage> pageByPath) {
        List<BrokenLink> broken = List.of();
        for (FinishedPage.InternalLink link : page.links()) {
            if (!whole && link.fragment().isEmpty()) {
                continue;
            }
            Target target = targets.get(link.path()); // no lambda: one that captures is made at every link
            if (target == null) {
                target = target(link.path(), indexFile, outputPaths);
                targets.put(link.path(), target);
            }
            if (!whole && !newIds.contains(target.file())) {
                continue;
            }
            String cause = causeIfBroken(link, target, pageByPath);
            if (cause != null) {
                if (broken.isEmpty()) {
                    broken = new ArrayList<>();
                }
                broken.add(new BrokenLink(link, cause));
            }
        }
        return broken;
    }

    /**
     * Where a link's path leads: a file of the output, or why it leads nowhere. Most links are in
     * the menus and sidebars of every page: each path is resolved once per check.
     */
    private record Target(String file, String cause) {
    }

    /** Whether a link's path leads to a file of the output ({@code outputPaths}), fragments aside. */
    static boolean leadsToFile(String linkPath, String indexFile, Set<String> outputPaths) {
        return target(linkPath, indexFile, outputPaths).cause() == null;
    }

    private static Target target(String linkPath, String indexFile, Set<String> outputPaths) {
        String path = decode(linkPath);
        if (path == null) {
            return new Target(null, "the address is not valid percent-encoding");
        }
        String file = path.substring(1);
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + indexFile;
        }
        if (outputPaths.contains(file)) {
            return new Target(file, null);
        }
        String asFolder = file + "/" + indexFile;
        return outputPaths.contains(asFolder) ? new Target(asFolder, null)
                : new Target(null, "no page or file has this address");
    }

    private String causeIfBroken(FinishedPage.InternalLink link, Target target, Map<String, FinishedPage> pageByPath) {
        if (target.cause() != null) {
            return target.cause();
        }
        if (!link.fragment().isEmpty()) {
            FinishedPage page = pageByPath.get(target.file());
            String fragment = decode(link.fragment());
            if (page != null && !page.ids().contains(fragment)) {
                return "the page has no anchor #" + link.fragment();
            }
        }
        return null;
    }

    /**
     * The file and line to blame: the content file when the link is written in its body, else the
     * template file (the page's own, or one it includes) holding it, else the page's template.
     */
    private String[] attribute(FinishedPage page, FinishedPage.InternalLink link) {
        if (page.sourcePath().endsWith(".md")) {
            int line = lineInBody(siteFolder.resolve(page.sourcePath()), link.written());
            if (line > 0) {
                return new String[] {page.sourcePath(), String.valueOf(line)};
            }
        }
        for (Path template : templates()) {
            int line = lineContaining(template, 0, link.written());
            if (line > 0) {
                return new String[] {relative(template), String.valueOf(line)};
            }
        }
        return new String[] {page.template(), "0"};
    }

    /** Template files, the page's own first in name order; searched only when a link is broken. */
    private List<Path> templates() {
        if (templates == null) {
            try {
                templates = FolderFiles.of(templateFolder).stream()
                        .filter(file -> file.toString().endsWith(".ftl") || file.toString().endsWith(".ftlh"))
                        .sorted().toList();
            } catch (IOException e) {
                templates = List.of();
            }
        }
        return templates;
    }

    /**
     * The line of the content file's body holding the link: as written, or by its last path
     * segment (authors write relative links that bantin resolved); 0 if it is not there.
     */
    private int lineInBody(Path source, String written) {
        List<String> lines;
        try {
            lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return 0;
        }
        int bodyStart = bodyStart(lines);
        int exact = lineContaining(lines, bodyStart, written);
        if (exact > 0) {
            return exact;
        }
        String path = written.replaceAll("[?#].*$", "");
        String[] segments = path.split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        String decoded = decode(last);
        int byName = last.isEmpty() ? 0 : lineContaining(lines, bodyStart, last);
        return byName > 0 || decoded == null || decoded.isEmpty() ? byName : lineContaining(lines, bodyStart, decoded);
    }

    /** The index of the first body line: after a YAML front matter or a JBake header. */
    private int bodyStart(List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    return i + 1;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(headerSeparator)) {
                return i + 1;
            }
        }
        return 0;
    }

    private int lineContaining(Path file, int from, String needle) {
        try {
            return lineContaining(Files.readAllLines(file, StandardCharsets.UTF_8), from, needle);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int lineContaining(List<String> lines, int from, String needle) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private String relative(Path file) {
        return siteFolder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
