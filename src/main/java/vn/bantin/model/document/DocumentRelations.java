package vn.bantin.model.document;

import vn.bantin.model.Article;

import java.util.List;

/**
 * How one document is tied to the others and to the articles, both ways.
 *
 * @param basedOn       the documents it is based on ("Căn cứ"), as written
 * @param implementing  the documents it implements ("Thực hiện"), as written
 * @param replacedBy    the document that replaces it, or null
 * @param implementedBy documents that implement it ("Văn bản thực hiện"), newest first
 * @param replaces      documents it replaces, newest first
 * @param mentionedIn   published articles that mention it in their text or list it in their
 *                      {@code documents}, newest first
 */
public record DocumentRelations(List<DocumentRef> basedOn, List<DocumentRef> implementing, DocumentRef replacedBy,
                                List<Document> implementedBy, List<Document> replaces, List<Article> mentionedIn) {

    static final DocumentRelations NONE = new DocumentRelations(List.of(), List.of(), null, List.of(), List.of(),
            List.of());
}
