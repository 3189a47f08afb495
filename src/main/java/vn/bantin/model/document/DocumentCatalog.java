package vn.bantin.model.document;

import vn.bantin.config.SiteConfig;
import vn.bantin.load.Body;
import vn.bantin.load.ParsedDocument;
import vn.bantin.model.Article;
import vn.bantin.model.FrontMatterReader;
import vn.bantin.model.SiteUrls;
import vn.bantin.model.Tag;
import vn.bantin.problem.Problems;
import vn.bantin.text.DocumentNumbers;
import vn.bantin.text.VietnameseText;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Builds the documents of a site in two steps, around the articles:
 * {@link #read} reads every document file, checks numbers and references, and can then link the
 * mentions in any body ({@link #link}, {@link #linkArticle}); {@link #freeze} makes the records
 * once the tags and the published articles are known, with every relation computed both ways.
 *
 * <p>What counts as a duplicate: numbers restart on 1 January, so one issuer may give the same
 * number to one document each year. Two documents with the same number (compared by
 * {@link vn.bantin.text.DocumentNumbers#key}), the same issuer (case and Unicode form aside) and
 * the same issue year are an error.
 */
public final class DocumentCatalog {
    /**
     * What reading documents needs from the model stage.
     *
     * @param staticFiles content files published as they are, by content path: attachments must be among them
     * @param today       decides which documents have expired
     * @param preview     an author's preview, which lists draft documents too
     * @param pages       whether documents get pages (a document template exists)
     * @param registry    whether the registry and its filter pages are rendered
     * @param mentions    the linking of mentions the bake before made, and this bake's
     */
    public record Context(SiteConfig config, SiteUrls urls, Map<String, Path> staticFiles, Problems problems,
                          LocalDate today, boolean preview, boolean pages, boolean registry,
                          MentionMemory mentions) {
    }

    /** Newest first: by issue date, then by number (the higher was issued later), then by file. */
    private static final Comparator<DocumentDraft> NEWEST_FIRST = Comparator
            .comparing(DocumentDraft::issued).reversed()
            .thenComparing(Comparator.comparingInt(DocumentDraft::serial).reversed())
            .thenComparing(DocumentDraft::path);

    private final Context context;
    private final List<DocumentDraft> listed;
    private final Map<String, List<DocumentDraft>> listedByKey;
    private final Map<String, Resolved> resolved = new HashMap<>();
    private final MentionLinker linker;
    /** What each listed article mentions or lists, by its URL, in the order found; filled by {@link #linkArticle}. */
    private final Map<String, Set<DocumentDraft>> articleDocuments = new ConcurrentHashMap<>();
    private final Map<String, List<Ref>> articleRefs = new ConcurrentHashMap<>();

    /** A reference and the document it names, if the site hosts it. */
    private record Ref(Reference reference, DocumentDraft target) {
    }

    private record Resolved(List<Ref> basedOn, List<Ref> implementing, Ref replacedBy) {
    }

    private DocumentCatalog(Context context, List<DocumentDraft> listed) {
        this.context = context;
        this.listed = listed;
        Map<String, List<DocumentDraft>> byKey = new HashMap<>();
        for (DocumentDraft draft : listed) {
            byKey.computeIfAbsent(draft.key(), k -> new ArrayList<>()).add(draft);
        }
        this.listedByKey = byKey;
        this.linker = new MentionLinker(byKey, context.problems(), context.mentions());
    }

    /** Reads the document files, reporting every problem; references are checked against each other. */
    public static DocumentCatalog read(Context context, List<ParsedDocument> files) {
        DocumentReader reader = new DocumentReader(context);
        List<DocumentDraft> drafts = new ArrayList<>();
        for (ParsedDocument file : files) {
            reader.read(file).ifPresent(drafts::add);
        }
        List<DocumentDraft> unique = withoutDuplicates(drafts, context.problems());
        List<DocumentDraft> listed = new ArrayList<>(unique.stream().filter(DocumentDraft::listed).toList());
        listed.sort(NEWEST_FIRST);
        DocumentCatalog catalog = new DocumentCatalog(context, List.copyOf(listed));
        for (DocumentDraft draft : catalog.listed) {
            FrontMatterReader header = new FrontMatterReader(draft.file(), context.problems());
            catalog.resolved.put(draft.path(), new Resolved(
                    catalog.resolve(header, "based_on", draft.basedOn(), draft),
                    catalog.resolve(header, "implements", draft.implementing(), draft),
                    draft.replacedBy() == null ? null
                            : catalog.resolve(header, "replaced_by", List.of(draft.replacedBy()), draft).get(0)));
        }
        return catalog;
    }

    /** The drafts less the second of each duplicate pair, which is reported (and would only add more errors). */
    private static List<DocumentDraft> withoutDuplicates(List<DocumentDraft> drafts, Problems problems) {
        Map<String, DocumentDraft> first = new HashMap<>();
        List<DocumentDraft> unique = new ArrayList<>();
        for (DocumentDraft draft : drafts) {
            String identity = VietnameseText.tagKey(draft.issuer()) + '\u0000' + draft.key() + '\u0000' + draft.issued().getYear();
            DocumentDraft earlier = first.putIfAbsent(identity, draft);
            if (earlier != null) {
                problems.error(draft.path(), draft.file().header().lineOf("number"), "the number " + draft.number()
                                + " of " + draft.issuer() + " is given to two documents issued in " + draft.issued().getYear()
                                + ": " + earlier.path() + " and " + draft.path(),
                        "numbers restart every year, but an issuer gives each number once a year: correct the number, "
                                + "the issuer or the issue date");
            } else {
                unique.add(draft);
            }
        }
        return unique;
    }

    /** Each reference with the hosted document it names; numbers the site does not host are warned about. */
    private List<Ref> resolve(FrontMatterReader header, String key, List<Reference> references, DocumentDraft self) {
        List<Ref> refs = new ArrayList<>();
        for (Reference reference : references) {
            List<DocumentDraft> candidates = listedByKey.getOrDefault(reference.key(), List.of()).stream()
                    .filter(d -> reference.matches(d.issued())).toList();
            DocumentDraft target = null;
            if (candidates.isEmpty()) {
                header.warning(key, "'" + reference.written() + "' in '" + key + "' is not a document of this site,"
                                + " so it is shown as plain text",
                        "add it as a document (type: document) to link it; leave it as it is for a document the site "
                                + "does not publish");
            } else if (candidates.size() > 1) {
                header.error(key, "'" + reference.written() + "' in '" + key + "' could be " + candidates.size()
                                + " documents of this site: " + String.join(", ", candidates.stream()
                                .map(d -> d.issuer() + " " + d.issuedDisplay()).toList()),
                        "add the issue date: " + reference.number() + " ngày " + candidates.get(0).issuedDisplay());
            } else if (candidates.get(0) == self) {
                header.error(key, "the document names itself in '" + key + "'", "remove " + reference.written());
            } else {
                target = candidates.get(0);
            }
            refs.add(new Ref(reference, target));
        }
        return List.copyOf(refs);
    }

    /**
     * The page of the hosted document a number names, e.g. a procedure's legal basis; empty when
     * the site hosts none, or several that {@code issued} (may be null) does not tell apart.
     */
    public Optional<String> pageOf(String number, LocalDate issued) {
        Optional<String> normalized = DocumentNumbers.normalize(number);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        List<DocumentDraft> candidates = listedByKey.getOrDefault(DocumentNumbers.key(normalized.get()), List.of())
                .stream().filter(d -> d.url() != null && (issued == null || issued.equals(d.issued()))).toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0).url()) : Optional.empty();
    }

    /** The body of a page or a section's description, its mentions linked. */
    public Body link(ParsedDocument file) {
        return linker.link(file, null, Set.of(), d -> { });
    }

    /**
     * An article's body, its mentions linked; reads the article's {@code documents} (related
     * documents). For an article on the site ({@code listed}), both are remembered, so that each
     * document's page lists the articles about it. Articles may be linked on several threads at once.
     */
    public Body linkArticle(ParsedDocument file, String articleUrl, boolean listed) {
        FrontMatterReader header = new FrontMatterReader(file, context.problems());
        List<Reference> references = new ArrayList<>();
        for (String written : header.list("documents")) {
            Optional<Reference> reference = Reference.parse(written, context.config().zone());
            if (reference.isEmpty()) {
                header.error("documents", "'" + written + "' in 'documents' is not a document number",
                        "write " + Reference.FORMS);
            } else {
                references.add(reference.get());
            }
        }
        List<Ref> refs = resolve(header, "documents", references, null);
        Set<DocumentDraft> preferred = new LinkedHashSet<>();
        refs.stream().filter(r -> r.target() != null).forEach(r -> preferred.add(r.target()));
        Set<DocumentDraft> found = new LinkedHashSet<>();
        Body body = linker.link(file, null, preferred, found::add);
        if (listed) {
            found.addAll(preferred);
            articleDocuments.put(articleUrl, found);
            articleRefs.put(articleUrl, refs);
        }
        return body;
    }

    /**
     * The frozen documents.
     *
     * @param tags     the site's tags for a list of written tag names
     * @param articles the published articles, newest first
     */
    public Documents freeze(Function<List<String>, List<Tag>> tags, List<Article> articles) {
        if (listed.isEmpty()) {
            return new Documents(List.of(), null, null, List.of(), List.of(), List.of(), Map.of(), articleRefs(Map.of()));
        }
        FacetNames kinds = new FacetNames(listed, DocumentDraft::kind);
        FacetNames issuers = new FacetNames(listed, DocumentDraft::issuer);
        SiteUrls urls = context.urls();
        boolean registry = context.registry();
        Map<DocumentDraft, Document> documents = new LinkedHashMap<>();
        for (DocumentDraft d : listed) {
            Body body = linker.link(d.file(), d, Set.of(), found -> { });
            documents.put(d, new Document(d.path(), d.slug(), d.url(), d.number(), d.kind(), d.issuer(), d.issued(),
                    d.effective(), d.expires(), d.validity(), d.replacedBy() == null ? "" : d.replacedBy().written(),
                    d.signer(), d.signerTitle(), d.summary(), d.period(), d.theme(), d.fields(), tags.apply(d.tags()),
                    d.attachments(), body, d.draft(),
                    registry ? urls.documentsOfKind(kinds.slugOf(d.kind())) : null,
                    registry ? urls.documentsOfIssuer(issuers.slugOf(d.issuer())) : null,
                    registry ? urls.documentsOfYear(d.issued().getYear()) : null,
                    d.file().header().values()));
        }
        List<Document> all = List.copyOf(documents.values());
        Map<String, DocumentRelations> relations = relations(documents, articles);

        Map<Integer, List<Document>> byYear = new LinkedHashMap<>();
        all.forEach(d -> byYear.computeIfAbsent(d.year(), y -> new ArrayList<>()).add(d));
        List<Facet> years = new ArrayList<>();
        byYear.entrySet().stream().sorted(Map.Entry.<Integer, List<Document>>comparingByKey().reversed())
                .forEach(e -> years.add(new Facet(String.valueOf(e.getKey()), String.valueOf(e.getKey()),
                        registry ? urls.documentsOfYear(e.getKey()) : null, List.copyOf(e.getValue()))));
        return new Documents(all, registry ? urls.documents() : null, registry ? urls.feed(urls.documents()) : null,
                List.copyOf(years), kinds.facets(all, Document::kind, registry ? urls::documentsOfKind : null),
                issuers.facets(all, Document::issuer, registry ? urls::documentsOfIssuer : null),
                relations, articleRefs(documents));
    }

    /** Both ways: what each document names, what names it, and the articles about it. */
    private Map<String, DocumentRelations> relations(Map<DocumentDraft, Document> documents, List<Article> articles) {
        Map<DocumentDraft, List<Document>> implementedBy = new HashMap<>();
        Map<DocumentDraft, List<Document>> replaces = new HashMap<>();
        for (Map.Entry<DocumentDraft, Document> entry : documents.entrySet()) {
            Resolved refs = resolved.get(entry.getKey().path());
            for (Ref ref : refs.implementing()) {
                if (ref.target() != null) {
                    implementedBy.computeIfAbsent(ref.target(), k -> new ArrayList<>()).add(entry.getValue());
                }
            }
            if (refs.replacedBy() != null && refs.replacedBy().target() != null) {
                replaces.computeIfAbsent(refs.replacedBy().target(), k -> new ArrayList<>()).add(entry.getValue());
            }
        }
        Map<DocumentDraft, List<Article>> mentionedIn = new HashMap<>();
        for (Article article : articles) {
            for (DocumentDraft draft : articleDocuments.getOrDefault(article.url(), Set.of())) {
                mentionedIn.computeIfAbsent(draft, k -> new ArrayList<>()).add(article);
            }
        }
        Map<String, DocumentRelations> relations = new HashMap<>();
        documents.forEach((draft, document) -> {
            Resolved refs = resolved.get(draft.path());
            relations.put(draft.path(), new DocumentRelations(refs(refs.basedOn(), documents),
                    refs(refs.implementing(), documents),
                    refs.replacedBy() == null ? null : refs(List.of(refs.replacedBy()), documents).get(0),
                    List.copyOf(implementedBy.getOrDefault(draft, List.of())),
                    List.copyOf(replaces.getOrDefault(draft, List.of())),
                    List.copyOf(mentionedIn.getOrDefault(draft, List.of()))));
        });
        return Collections.unmodifiableMap(relations);
    }

    private Map<String, List<DocumentRef>> articleRefs(Map<DocumentDraft, Document> documents) {
        Map<String, List<DocumentRef>> refs = new HashMap<>();
        articleRefs.forEach((url, list) -> {
            if (!list.isEmpty()) {
                refs.put(url, refs(list, documents));
            }
        });
        return Collections.unmodifiableMap(refs);
    }

    private static List<DocumentRef> refs(List<Ref> refs, Map<DocumentDraft, Document> documents) {
        return refs.stream().map(r -> new DocumentRef(r.reference().written(),
                r.target() == null ? null : documents.get(r.target()))).toList();
    }
}
