package vn.bantin.model;

import vn.bantin.model.document.Document;
import vn.bantin.model.document.Documents;
import vn.bantin.model.document.Facet;
import vn.bantin.model.procedure.Procedure;
import vn.bantin.model.procedure.Procedures;
import vn.bantin.problem.Problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gives each URL to one owner; a second claim is an error naming both files. */
final class UrlRegistry {
    private final Map<String, String> owners = new HashMap<>();
    private final Problems problems;

    UrlRegistry(Problems problems) {
        this.problems = problems;
    }

    /** Whether a page has the address {@code url}. */
    boolean isClaimed(String url) {
        return owners.containsKey(url);
    }

    /** @param owner a site-relative file path, or a description of a generated page */
    void claim(String url, String owner) {
        String first = owners.putIfAbsent(url, owner);
        if (first != null) {
            boolean isFile = owner.contains("/") && owner.endsWith(".md");
            problems.error(isFile ? owner : first, 1,
                    "the address " + url + " is used by both " + first + " and " + owner,
                    "give one of them another slug: slug: another-name");
        }
    }

    /**
     * The pages every site has, and those of its sections, tags, articles and static pages.
     *
     * @param search whether the search page is made
     */
    void claimPages(SiteUrls urls, Iterable<Section> sections, List<Article> articles, List<StaticPage> pages,
                    List<Tag> tags, boolean search) {
        claim(urls.home(), "the home page");
        claim(urls.tagsIndex(), "the tags index");
        claim(urls.archive(), "the archive");
        claim(urls.error404(), "the 404 page");
        if (search) {
            claim(urls.search(), "the search page");
        }
        for (Section section : sections) {
            claim(section.url(), section.sourcePath());
        }
        for (Tag tag : tags) {
            if (tag.url() != null) {
                claim(tag.url(), "the page of tag '" + tag.name() + "'");
            }
        }
        for (Article article : articles) {
            claim(article.url(), article.sourcePath());
        }
        for (StaticPage page : pages) {
            claim(page.url(), page.sourcePath());
        }
    }

    /** The registry of documents, its filter pages and each document's page. */
    void claimDocuments(Documents documents) {
        if (documents.url() != null) {
            claim(documents.url(), "the registry of documents");
        }
        for (Document document : documents.all()) {
            if (document.url() != null) {
                claim(document.url(), document.sourcePath());
            }
        }
        for (List<Facet> facets : List.of(documents.years(), documents.kinds(), documents.issuers())) {
            for (Facet facet : facets) {
                if (facet.url() != null) {
                    claim(facet.url(), "the registry's filter '" + facet.name() + "'");
                }
            }
        }
    }

    /** The procedure catalog and each procedure's page. */
    void claimProcedures(Procedures procedures) {
        if (procedures.url() != null) {
            claim(procedures.url(), "the procedure catalog");
        }
        for (Procedure procedure : procedures.all()) {
            if (procedure.url() != null) {
                claim(procedure.url(), procedure.sourcePath() + ":" + procedure.line());
            }
        }
    }
}
