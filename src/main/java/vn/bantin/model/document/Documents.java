package vn.bantin.model.document;

import vn.bantin.model.Article;

import java.util.List;
import java.util.Map;

/**
 * Every published document of the site, frozen, with the registry's filters and the links between
 * documents and articles, computed once.
 *
 * @param all         newest first (by issue date, then by number)
 * @param url         the registry page, or null when it is not rendered
 * @param feedUrl     the feed of new documents, or null with the registry
 * @param years       issue years with their documents, newest first
 * @param kinds       kinds with their documents, in Vietnamese order
 * @param issuers     issuing bodies with their documents, in Vietnamese order
 * @param relations   each document's relations, by its source path
 * @param ofArticle   the documents an article lists in its {@code documents}, by the article's URL
 */
public record Documents(List<Document> all, String url, String feedUrl, List<Facet> years, List<Facet> kinds,
                        List<Facet> issuers, Map<String, DocumentRelations> relations,
                        Map<String, List<DocumentRef>> ofArticle) {

    /** What {@code document} is based on, implements, and what implements, replaces and mentions it. */
    public DocumentRelations relationsOf(Document document) {
        return relations.getOrDefault(document.sourcePath(), DocumentRelations.NONE);
    }

    /** The documents an article lists in its front matter ("Văn bản liên quan"), as written. */
    public List<DocumentRef> of(Article article) {
        return ofArticle.getOrDefault(article.url(), List.of());
    }
}
