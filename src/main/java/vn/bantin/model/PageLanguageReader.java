package vn.bantin.model;

import vn.bantin.config.SiteConfig;
import vn.bantin.load.ParsedDocument;
import vn.bantin.model.Translations.Pair;
import vn.bantin.problem.Problems;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a static page's language ({@code lang: en}) and the page it is a translation of
 * ({@code translation: /gioi-thieu/}), then, once every URL of the site is known, checks the links:
 * the other page exists, is in another language, and no page gets two counterparts in one language.
 */
final class PageLanguageReader {
    /** An ISO 639 code, as in {@code <html lang>} and the messages file's name. */
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    private final SiteConfig config;
    private final Problems problems;
    /** The line of each page's {@code translation}, by file, for the checks made after reading. */
    private final Map<String, Integer> translationLines = new HashMap<>();

    PageLanguageReader(SiteConfig config, Problems problems) {
        this.config = config;
        this.problems = problems;
    }

    /** A page's language and the URL of its counterpart (null when none). */
    record PageLanguage(String lang, String translation) {
    }

    PageLanguage read(ParsedDocument document, FrontMatterReader header) {
        String lang = config.language();
        if (header.has("lang")) {
            String written = header.text("lang");
            if (!LANG.matcher(written.toLowerCase(Locale.ROOT)).matches()) {
                header.error("lang", "'" + written + "' is not a language code",
                        "write lang: en for a page in English; pages are in " + config.language() + " without it");
            } else {
                lang = written.toLowerCase(Locale.ROOT);
                String messages = "i18n/messages_" + lang + ".properties";
                if (!lang.equals(config.language()) && !Files.isRegularFile(config.templateFolder().resolve(messages))) {
                    header.error("lang", "there are no interface strings for lang: " + lang,
                            "add templates/" + messages + " (copy messages_en.properties and translate it), or use lang: en");
                }
            }
        }
        String translation = null;
        if (header.has("translation")) {
            String written = header.text("translation");
            if (!written.startsWith("/") || written.startsWith("//") || written.contains("#") || written.contains("?")) {
                header.error("translation", "'" + written + "' is not the address of a page of this site",
                        "write the address of the same page in the other language, e.g. translation: /gioi-thieu/");
            } else {
                translation = written.endsWith("/") || written.substring(written.lastIndexOf('/')).contains(".")
                        ? written : written + "/";
                translationLines.put(document.path(), header.line("translation"));
            }
        }
        return new PageLanguage(lang, translation);
    }

    /**
     * Links the pages both ways; a link that leads nowhere or contradicts another is reported.
     *
     * @param pages  every static page, sorted by URL so that reports do not depend on file order
     * @param exists whether a URL is the address of a page of the site
     */
    Translations link(List<StaticPage> pages, Predicate<String> exists) {
        Map<String, String> langOfPage = new HashMap<>();
        pages.forEach(page -> langOfPage.put(page.url(), page.lang()));
        Map<String, Map<String, String>> counterparts = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (StaticPage page : pages) {
            String target = page.translation();
            if (target == null) {
                continue;
            }
            int line = translationLines.getOrDefault(page.sourcePath(), 1);
            String targetLang = langOfPage.getOrDefault(target, config.language());
            if (!exists.test(target)) {
                problems.error(page.sourcePath(), line, "translation: no page has the address " + target,
                        "write the address of the same page in the other language, as in a link, e.g. translation: /gioi-thieu/");
            } else if (targetLang.equals(page.lang())) {
                problems.error(page.sourcePath(), line, "translation: " + target + " is in the same language (" + targetLang + ")",
                        "link a page to its counterpart in another language; give the English page lang: en");
            } else {
                String taken = claim(counterparts, page.url(), targetLang, target);
                String takenBack = taken == null ? claim(counterparts, target, page.lang(), page.url()) : null;
                if (taken != null || takenBack != null) {
                    String which = taken != null ? page.url() + " already has its " + targetLang + " counterpart " + taken
                            : target + " already has its " + page.lang() + " counterpart " + takenBack;
                    problems.error(page.sourcePath(), line, "translation: " + which,
                            "a page has one counterpart per language: remove one of the translation lines");
                } else {
                    pairs.add(new Pair(new Counterpart(page.lang(), page.url()), new Counterpart(targetLang, target)));
                }
            }
        }
        return Translations.of(pairs);
    }

    /** Records {@code url}'s counterpart in {@code lang}; returns the different one it already had, else null. */
    private static String claim(Map<String, Map<String, String>> counterparts, String url, String lang, String other) {
        String existing = counterparts.computeIfAbsent(url, u -> new HashMap<>()).putIfAbsent(lang, other);
        return existing == null || existing.equals(other) ? null : existing;
    }
}
