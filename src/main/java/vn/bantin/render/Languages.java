package vn.bantin.render;

import vn.bantin.config.SiteConfig;
import vn.bantin.model.Counterpart;
import vn.bantin.model.Site;
import vn.bantin.model.StaticPage;
import vn.bantin.render.Views.Alternate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The languages the site's pages are written in: the interface strings of each, its entry page
 * (the home page for the site's language, {@code /en/} or the first English page for English), and
 * a page's language switch, made of its counterparts. A page in English gets English strings
 * whatever {@code bantin.language} says.
 */
final class Languages {
    private final SiteConfig config;
    private final Site site;
    /** By language, the site's own first. */
    private final Map<String, Messages> messages;
    private final Map<String, String> homes;

    private Languages(Site site, Map<String, Messages> messages, Map<String, String> homes) {
        this.config = site.config();
        this.site = site;
        this.messages = messages;
        this.homes = homes;
    }

    /** Reads the interface strings of every language a page is written in. */
    static Languages load(Site site) throws IOException {
        SiteConfig config = site.config();
        TreeSet<String> others = new TreeSet<>();
        site.pages().forEach(page -> others.add(page.lang()));
        others.remove(config.language());
        Map<String, Messages> messages = new LinkedHashMap<>();
        Map<String, String> homes = new LinkedHashMap<>();
        messages.put(config.language(), Messages.load(config.templateFolder(), config.language()));
        homes.put(config.language(), site.urls().home());
        for (String lang : others) {
            messages.put(lang, Messages.load(config.templateFolder(), lang));
            homes.put(lang, entryPage(site.pages(), lang));
        }
        return new Languages(site, Map.copyOf(messages), homes);
    }

    /** {@code /en/} when there is such an English page, else the first English page by address. */
    private static String entryPage(List<StaticPage> pages, String lang) {
        String folder = "/" + lang + "/";
        List<StaticPage> inLang = pages.stream().filter(page -> page.lang().equals(lang)).toList();
        return inLang.stream().map(StaticPage::url).filter(folder::equals).findFirst().orElse(inLang.get(0).url());
    }

    String siteLanguage() {
        return config.language();
    }

    /** The interface strings of a language the site has pages in. */
    Messages messages(String lang) {
        return messages.get(lang);
    }

    /** Where "Home" leads on a page in {@code lang}. */
    String homeOf(String lang) {
        return homes.get(lang);
    }

    /** The same page in the other languages, for its language switch and its hreflang links. */
    List<Alternate> translationsOf(String url) {
        List<Alternate> alternates = new ArrayList<>();
        for (Counterpart counterpart : site.translations().of(url)) {
            alternates.add(alternate(counterpart.lang(), counterpart.url()));
        }
        return List.copyOf(alternates);
    }

    /** The entry page of each language, the site's own first. */
    List<Alternate> entries() {
        List<Alternate> entries = new ArrayList<>();
        homes.forEach((lang, url) -> entries.add(alternate(lang, url)));
        return List.copyOf(entries);
    }

    private Alternate alternate(String lang, String url) {
        Messages strings = messages.get(lang);
        return new Alternate(lang, strings.format("language.name", lang), strings.format("share.locale", ""), url,
                config.absolute(url));
    }
}
