package vn.bantin.model.procedure;

import vn.bantin.load.ParsedDocument;
import vn.bantin.model.SiteUrls;
import vn.bantin.model.Tag;
import vn.bantin.problem.Problems;
import vn.bantin.text.Slugs;
import vn.bantin.text.VietnameseText;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The site's procedures while the model is built: {@link #read} reads every Markdown file and data
 * record and checks them against each other (duplicate codes, replacements); {@link #freeze} makes
 * the records once the site's tags are known, with the catalog grouped by field and level.
 */
public final class ProcedureCatalog {
    /** The file name of the open-data export, beside the catalog: {@code thu-tuc.json}, {@code thu-tuc.csv}. */
    public static final String EXPORT_NAME = "thu-tuc";

    /** Finds the page of a document the site hosts, by its number and, when known, its issue date. */
    @FunctionalInterface
    public interface DocumentPages {
        Optional<String> find(String number, LocalDate issued);
    }

    /**
     * What reading procedures needs from the model stage.
     *
     * @param bodies        a file's body with its document mentions linked
     * @param documentPages links a legal basis or decision to its page when the site hosts it
     * @param pages         whether procedures get pages (a procedure template exists)
     * @param catalog       whether the catalog, its feed and its exports are made
     */
    public record Context(Problems problems, ZoneId zone, SiteUrls urls, Function<ParsedDocument, String> bodies,
                          DocumentPages documentPage, boolean pages, boolean catalog) {
    }

    private final Context context;
    private final List<ProcedureDraft> drafts;

    private ProcedureCatalog(Context context, List<ProcedureDraft> drafts) {
        this.context = context;
        this.drafts = drafts;
    }

    /**
     * Reads every procedure, reporting every problem.
     *
     * @param files Markdown files ({@code type: procedure}) and records of bulk data files alike
     */
    public static ProcedureCatalog read(Context context, List<ParsedDocument> files) {
        ProcedureReader reader = new ProcedureReader(context);
        Map<String, ProcedureDraft> byCode = new TreeMap<>();
        for (ParsedDocument file : files) {
            reader.read(file).ifPresent(draft -> {
                ProcedureDraft earlier = byCode.putIfAbsent(draft.key(), draft);
                if (earlier != null) {
                    context.problems().error(draft.file().path(), draft.file().header().lineOf("code"),
                            "the code " + draft.code() + " is given to two procedures: " + earlier.place() + " ("
                                    + earlier.title() + ") and here (" + draft.title() + ")",
                            "each procedure has its own code in the national database: correct one, or remove the copy");
                }
            });
        }
        for (ProcedureDraft draft : byCode.values()) {
            checkReplacement(context.problems(), draft, byCode);
        }
        return new ProcedureCatalog(context, List.copyOf(byCode.values()));
    }

    private static void checkReplacement(Problems problems, ProcedureDraft draft, Map<String, ProcedureDraft> byCode) {
        if (draft.replacedBy().isEmpty()) {
            return;
        }
        ProcedureDraft replacement = byCode.get(draft.replacementKey());
        int line = draft.file().header().lineOf("replaced_by");
        if (replacement == null) {
            problems.error(draft.file().path(), line, "replaced_by names " + draft.replacedBy()
                            + ", which is not a procedure of this site",
                    "add the new procedure to the catalog, or correct the code");
        } else if (replacement == draft) {
            problems.error(draft.file().path(), line, "the procedure names itself in replaced_by",
                    "write the code of the procedure that replaces it");
        }
    }

    /** The tags written on each procedure, for the site's tag index; {@link #paths} gives their files. */
    public List<List<String>> tagNames() {
        return drafts.stream().map(ProcedureDraft::tags).toList();
    }

    /** Where each procedure of {@link #tagNames} was written, same order. */
    public List<String> paths() {
        return drafts.stream().map(d -> d.file().path()).toList();
    }

    /**
     * The frozen procedures.
     *
     * @param tags the site's tags for a list of written tag names
     */
    public Procedures freeze(Function<List<String>, List<Tag>> tags) {
        if (drafts.isEmpty()) {
            return Procedures.NONE;
        }
        SiteUrls urls = context.urls();
        Map<String, ProcedureDraft> byKey = new HashMap<>();
        drafts.forEach(d -> byKey.put(d.key(), d));
        Map<String, List<ProcedureRef>> replaces = new HashMap<>();
        for (ProcedureDraft draft : drafts) {
            if (!draft.replacedBy().isEmpty()) {
                replaces.computeIfAbsent(draft.replacementKey(), k -> new ArrayList<>())
                        .add(ref(draft, urls));
            }
        }
        List<Procedure> all = new ArrayList<>();
        for (ProcedureDraft d : drafts) {
            ProcedureDraft replacement = d.replacedBy().isEmpty() ? null : byKey.get(d.replacementKey());
            all.add(new Procedure(d.file().path(), d.file().header().lineOf("code"), d.code(), url(d, urls), d.title(),
                    d.field(), d.level(), d.agency(), d.applicants(), d.steps(), d.submissions(), d.documents(),
                    d.processingTime(), d.fees(), d.result(), d.conditions(), d.legalBasis(), d.online(), d.onlineUrl(),
                    d.status(), replacement == null ? null : ref(replacement, urls),
                    List.copyOf(replaces.getOrDefault(d.key(), List.of())), d.decision(), d.decisionUrl(), d.updated(),
                    tags.apply(d.tags())));
        }
        boolean catalog = context.catalog();
        return new Procedures(List.copyOf(all), fields(all), all.stream().filter(p -> !p.inForce()).toList(),
                catalog ? urls.procedures() : null,
                catalog ? urls.feed(urls.procedures()) : null,
                catalog ? urls.proceduresFile(EXPORT_NAME + ".json") : null,
                catalog ? urls.proceduresFile(EXPORT_NAME + ".csv") : null,
                catalog ? urls.proceduresFile(EXPORT_NAME + ".schema.json") : null);
    }

    private String url(ProcedureDraft draft, SiteUrls urls) {
        return context.pages() ? urls.procedure(Procedure.slugOf(draft.code())) : null;
    }

    private ProcedureRef ref(ProcedureDraft draft, SiteUrls urls) {
        return new ProcedureRef(draft.code(), draft.title(), url(draft, urls));
    }

    /**
     * In-force procedures by field, then level. Fields whose names differ only in case or Unicode
     * form are one, shown with the most used spelling (capitalised first when tied).
     */
    private static List<FieldGroup> fields(List<Procedure> all) {
        Comparator<String> collation = VietnameseText.collation();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Map<Level, List<Procedure>>> byField = new HashMap<>();
        for (Procedure procedure : all) {
            if (!procedure.inForce()) {
                continue;
            }
            String key = VietnameseText.tagKey(procedure.field());
            spellings.computeIfAbsent(key, k -> new TreeMap<>())
                    .merge(VietnameseText.nfc(procedure.field().strip()), 1, Integer::sum);
            byField.computeIfAbsent(key, k -> new EnumMap<>(Level.class))
                    .computeIfAbsent(procedure.level(), k -> new ArrayList<>()).add(procedure);
        }
        Comparator<Procedure> byName = Comparator.comparing(Procedure::title, collation).thenComparing(Procedure::code);
        List<FieldGroup> fields = new ArrayList<>();
        for (Map.Entry<String, Map<Level, List<Procedure>>> field : byField.entrySet()) {
            List<LevelGroup> levels = new ArrayList<>();
            int count = 0;
            for (Map.Entry<Level, List<Procedure>> level : field.getValue().entrySet()) {
                List<Procedure> procedures = new ArrayList<>(level.getValue());
                procedures.sort(byName);
                levels.add(new LevelGroup(level.getKey(), List.copyOf(procedures)));
                count += procedures.size();
            }
            String name = spellings.get(field.getKey()).entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> Character.isUpperCase(e.getKey().codePointAt(0)))
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            fields.add(new FieldGroup(name, Slugs.slugify(name), List.copyOf(levels), count));
        }
        fields.sort(Comparator.comparing(FieldGroup::name, collation));
        return List.copyOf(fields);
    }
}
