package vn.bantin;

import vn.bantin.finish.FinishedPage;
import vn.bantin.finish.search.SearchEntries;
import vn.bantin.finish.search.SearchEntry;
import vn.bantin.load.FileStamp;
import vn.bantin.load.ParsedDocument;
import vn.bantin.model.Article;
import vn.bantin.model.Site;
import vn.bantin.model.document.MentionTargets;
import vn.bantin.render.PageStamp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which articles of a bake a quick rebuild ({@link QuickRebuild}) can take, and what it needs of
 * each ({@link QuickMemory}): those whose body shows in the output only on its own page, where
 * {@code <@body>} wrote it once, in its feed items and in its search entry, and whose mentions of
 * documents each name one document or none. An article whose body another page shows, or that
 * mentions a number several documents share (the text around it decides), is not one: an edit
 * to it is baked the whole way.
 */
final class QuickCandidates {
    private QuickCandidates() {
    }

    /**
     * Writes the quick memory and an empty journal beside {@code memoryFile}, the memory of the bake
     * {@code checked} just written with its bodies in {@code kept}, whose inputs hold {@code token}.
     */
    static void keep(Path memoryFile, Bake.Checked checked, KeptBodies kept, long token) throws IOException {
        Site site = checked.site();
        Map<String, ParsedDocument> parsed = new HashMap<>();
        checked.memory().parsed().values().forEach(file -> parsed.put(file.document().path(), file.document()));
        Map<String, Integer> shownBy = new HashMap<>(); // how many pages show each body
        Map<String, FinishedPage> pageByUrl = new HashMap<>();
        for (FinishedPage page : checked.finished().pages()) {
            pageByUrl.put(page.url(), page);
            page.stamp().bodies().forEach(body -> shownBy.merge(body, 1, Integer::sum));
        }
        boolean searched = checked.config().templateFor("search").isPresent();
        Map<String, Integer> entryIds = searched ? checked.finished().searchIndex().idsByUrl() : Map.of();
        MentionTargets mentionTargets = new MentionTargets(site.documents());
        Map<String, byte[]> articles = new LinkedHashMap<>();
        for (Article article : site.articles()) {
            ParsedDocument file = parsed.get(article.sourcePath());
            FinishedPage page = pageByUrl.get(article.url());
            String source = file == null ? null : file.body().source();
            if (file == null || page == null || shownBy.getOrDefault(source, 0) != 1) {
                continue;
            }
            String slot = page.stamp().slotOf(source);
            Integer entryId = entryIds.get(article.url());
            Map<String, String> mentions = file.marked() ? mentionTargets.of(file.mentionLines().keySet()) : null;
            if (slot == null || searched && entryId == null || file.marked() && mentions == null) {
                continue;
            }
            SearchEntry entry = searched ? SearchEntries.article(article, site.documents().of(article)) : null;
            QuickMemory.QuickArticle quick = new QuickMemory.QuickArticle(file.shape(), article.url(),
                    page.outputPath(), PageStamp.tableLabel(slot, source), kept.of(file.body()),
                    searched ? entryId : -1, entry, checked.finished().feedsOfBody().getOrDefault(source, List.of()),
                    article.cover(), mentions);
            articles.put(source, quick.bytes());
        }
        String searchIndex = searched ? site.urls().searchIndex().substring(1) : "";
        FileStamp memoryStamp = FileStamp.of(memoryFile);
        QuickMemory.write(QuickMemory.fileBeside(memoryFile), memoryStamp, kept.file().getFileName().toString(),
                searchIndex, articles);
        new QuickJournal(token, memoryStamp, checked.finished().searchBasis(), Map.of(), Map.of(), Set.of())
                .write(QuickJournal.fileBeside(memoryFile));
    }
}
