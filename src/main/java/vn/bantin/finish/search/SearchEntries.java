package vn.bantin.finish.search;

import vn.bantin.finish.search.SearchEntry.Part;
import vn.bantin.load.Body;
import vn.bantin.model.Article;
import vn.bantin.model.Site;
import vn.bantin.model.StaticPage;
import vn.bantin.model.Tag;
import vn.bantin.model.document.Document;
import vn.bantin.model.document.DocumentRef;
import vn.bantin.model.procedure.Procedure;

import java.util.ArrayList;
import java.util.List;

/**
 * The producers of search entries: one method per kind of content of the model, each deciding
 * what of it is shown in a result and what is searched. {@link #of(Site)} gathers them all.
 */
public final class SearchEntries {
    private SearchEntries() {
    }

    /** Every published article, document (with a page), static page and in-force procedure of the site. */
    public static List<SearchEntry> of(Site site) {
        List<SearchEntry> entries = new ArrayList<>();
        for (Article article : site.articles()) {
            entries.add(article(article, site.documents().of(article)));
        }
        for (Document document : site.documents().all()) {
            if (document.url() != null) {
                entries.add(document(document));
            }
        }
        for (StaticPage page : site.pages()) {
            entries.add(page(page));
        }
        for (Procedure procedure : site.procedures().all()) {
            if (procedure.url() != null && procedure.inForce()) {
                entries.add(procedure(procedure));
            }
        }
        return entries;
    }

    /**
     * An article under its section, its summary as the snippet. The numbers of the documents it
     * lists find it even when its text does not cite them.
     */
    public static SearchEntry article(Article article, List<DocumentRef> documents) {
        List<String> keywords = new ArrayList<>(names(article.tags()));
        documents.forEach(ref -> keywords.add(ref.written()));
        return new SearchEntry(article.url(), EntryKind.ARTICLE, article.title(), dayOf(article.dateDisplay()),
                article.dateIso(), article.section().title(), article.summary(),
                List.of(Part.plain(article.summary()), Part.html(article.body())), keywords);
    }

    /**
     * A document as it is cited ("Kế hoạch số 54/KH-UBND"), under its issuing body, its trích yếu
     * as the snippet; its number is a keyword, found as typed.
     */
    public static SearchEntry document(Document document) {
        List<String> keywords = new ArrayList<>();
        keywords.add(document.number());
        keywords.addAll(names(document.tags()));
        List<Part> text = List.of(Part.plain(document.summary()), Part.plain(document.theme()),
                Part.plain(String.join(", ", document.fields())), Part.plain(document.issuer()),
                Part.plain(document.signer()), Part.html(document.body()));
        return new SearchEntry(document.url(), EntryKind.DOCUMENT, document.title(), document.issuedDisplay(),
                document.issuedIso(), document.issuer(), document.summary(), text, keywords);
    }

    /**
     * An in-force procedure under its field, dated by its last update; its code, tags and the
     * decision that published it are keywords, found as typed ({@code 1.001193}). What a citizen
     * searches by is all searched: the papers, where, how long, how much, what for.
     */
    public static SearchEntry procedure(Procedure procedure) {
        List<String> keywords = new ArrayList<>();
        keywords.add(procedure.code());
        keywords.addAll(names(procedure.tags()));
        if (!procedure.decision().isEmpty()) {
            keywords.add(procedure.decision());
        }
        String snippet = procedure.level().label() + ". " + procedure.agency() + ". " + procedure.result();
        List<Part> parts = new ArrayList<>();
        for (String plain : List.of(procedure.field(), procedure.level().label(), procedure.agency(),
                procedure.applicants(), procedure.processingTime(), procedure.fees(), procedure.result(),
                procedure.conditions())) {
            parts.add(Part.plain(plain));
        }
        parts.add(Part.html(Body.of(procedure.sourcePath(), procedure.steps())));
        procedure.documents().forEach(document -> parts.add(Part.plain(document.name())));
        return new SearchEntry(procedure.url(), EntryKind.PROCEDURE, procedure.title(), procedure.updatedDisplay(),
                procedure.updatedIso(), procedure.field(), snippet, parts, keywords);
    }

    /** A static page ("Giới thiệu", "Liên hệ"), dated only when its header gives a date. */
    public static SearchEntry page(StaticPage page) {
        String date = page.date() == null ? "" : dayOf(page.date().display());
        String iso = page.date() == null ? "" : page.date().iso();
        return new SearchEntry(page.url(), EntryKind.PAGE, page.title(), date, iso, "", page.summary(),
                List.of(Part.plain(page.summary()), Part.html(page.body())), List.of());
    }

    /** {@code 21/03/2024} of {@code 21/03/2024 15:46}: a list of results needs the day only. */
    private static String dayOf(String display) {
        int space = display.indexOf(' ');
        return space < 0 ? display : display.substring(0, space);
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::name).toList();
    }
}
