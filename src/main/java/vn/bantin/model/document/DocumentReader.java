package vn.bantin.model.document;

import vn.bantin.load.ParsedDocument;
import vn.bantin.model.ContentPaths;
import vn.bantin.model.FrontMatterReader;
import vn.bantin.problem.Problems;
import vn.bantin.text.ContentDates;
import vn.bantin.text.DocumentNumbers;
import vn.bantin.text.Slugs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads one document's header into a {@link DocumentDraft}, reporting each bad value with its line. */
final class DocumentReader {
    /** The files a document may attach, with their media types. */
    private static final Map<String, String> FILE_TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "rtf", "application/rtf",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "zip", "application/zip");
    private static final String NUMBER_HINT =
            "write the number and symbol as printed on the document, e.g. 54/KH-UBND, 45/2020/NĐ-CP or 01-CTr/TU";

    private final DocumentCatalog.Context context;
    private final Problems problems;

    DocumentReader(DocumentCatalog.Context context) {
        this.context = context;
        this.problems = context.problems();
    }

    /** The draft, or empty when the file has errors (all of them reported). */
    Optional<DocumentDraft> read(ParsedDocument file) {
        int errorsBefore = problems.errorCount();
        FrontMatterReader header = new FrontMatterReader(file, problems);
        String written = header.required("number", NUMBER_HINT);
        Optional<String> number = written.isEmpty() ? Optional.empty() : DocumentNumbers.normalize(written);
        if (!written.isEmpty() && number.isEmpty()) {
            header.error("number", "'" + written + "' is not a document number", NUMBER_HINT);
        }
        String kind = header.required("kind", "write the kind of document, e.g. kind: Kế hoạch");
        String issuer = header.required("issuer", "write the issuing body, e.g. issuer: UBND huyện An Khánh");
        for (String key : List.of("kind", "issuer")) {
            if (!header.text(key).isEmpty() && Slugs.slugify(header.text(key)).isEmpty()) {
                header.error(key, "'" + key + "' has no letter or digit", "write it out, e.g. kind: Kế hoạch");
            }
        }
        LocalDate issued = date(header, "issued", true);
        String summary = header.required("summary",
                "write what the document is about (trích yếu), e.g. summary: Thông tin, tuyên truyền cải cách hành chính năm 2025");
        LocalDate effective = date(header, "effective", false);
        LocalDate expires = date(header, "expires", false);
        LocalDate start = effective != null ? effective : issued;
        if (expires != null && start != null && !expires.isAfter(start)) {
            header.error("expires", "the document expires (" + expires + ") before it takes effect (" + start + ")",
                    "give an expires date after the issued and effective dates, or remove the expires line");
        }
        Reference replacedBy = reference(header, "replaced_by", header.text("replaced_by"));
        Validity validity = validity(header, expires, replacedBy);
        Period period = period(header);
        List<Attachment> attachments = attachments(file, header);
        List<Reference> basedOn = references(header, "based_on");
        List<Reference> implementing = references(header, "implements");
        String status = header.has("status") ? header.text("status") : context.config().defaultStatus();
        if (!status.equals("published") && !status.equals("draft")) {
            header.error("status", "unknown status '" + status + "'", "use status: published or status: draft");
        }
        String slug = number.isEmpty() || issued == null ? "" : slug(header, DocumentNumbers.slug(number.get(), issued.getYear()));
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        boolean draft = !status.equals("published");
        return Optional.of(new DocumentDraft(file, slug, context.pages() ? context.urls().document(slug) : null,
                number.get(), DocumentNumbers.key(number.get()), kind, issuer, issued,
                effective != null ? effective : issued, expires, validity, replacedBy, header.text("signer"),
                header.text("signer_title"), summary, period, header.text("theme"), header.list("fields"),
                header.list("tags"), attachments, basedOn, implementing, draft, !draft || context.preview()));
    }

    private LocalDate date(FrontMatterReader header, String key, boolean required) {
        String text = required ? header.required(key, "write the date as " + ContentDates.ACCEPTED + ", e.g. "
                + key + ": 2025-02-24") : header.text(key);
        return header.day(key, text, context.config().zone());
    }

    /**
     * In force unless replaced ({@code replaced_by}) or past its {@code expires} date; an author may
     * also say it outright ({@code validity: hết hiệu lực}) when the date is not known.
     */
    private Validity validity(FrontMatterReader header, LocalDate expires, Reference replacedBy) {
        boolean expired = expires != null && !expires.isAfter(context.today());
        Validity derived = replacedBy != null ? Validity.REPLACED : expired ? Validity.EXPIRED : Validity.IN_FORCE;
        if (!header.has("validity")) {
            return derived;
        }
        String text = header.text("validity");
        Optional<Validity> written = Validity.parse(text);
        if (written.isEmpty()) {
            header.error("validity", "unknown validity '" + text + "'",
                    "write còn hiệu lực, hết hiệu lực or bị thay thế (or in force, expired, replaced)");
            return derived;
        }
        if (written.get() == Validity.REPLACED && replacedBy == null) {
            header.error("validity", "the document is replaced, but by which one?",
                    "name the replacing document: replaced_by: 12/KH-UBND");
        } else if (written.get() == Validity.IN_FORCE && derived != Validity.IN_FORCE) {
            header.error("validity", "the document is said to be in force, but "
                    + (replacedBy != null ? "replaced_by names " + replacedBy.number() : "it expired on " + expires),
                    "remove the validity line: it follows from replaced_by and expires");
        } else if (written.get() == Validity.EXPIRED && replacedBy != null) {
            header.error("validity", "the document is said to be expired, but replaced_by names " + replacedBy.number(),
                    "remove the validity line, or the replaced_by line");
        }
        return written.get() == Validity.EXPIRED ? Validity.EXPIRED : derived;
    }

    private Period period(FrontMatterReader header) {
        String text = header.text("period");
        if (text.isEmpty()) {
            return null;
        }
        Optional<Period> period = Period.parse(text);
        if (period.isEmpty()) {
            header.error("period", "cannot read the period '" + text + "'",
                    "write a year or two years, e.g. period: 2025 or period: 2021-2025");
        }
        return period.orElse(null);
    }

    private List<Reference> references(FrontMatterReader header, String key) {
        List<Reference> references = new ArrayList<>();
        for (String written : header.list(key)) {
            Reference reference = reference(header, key, written);
            if (reference != null) {
                references.add(reference);
            }
        }
        return List.copyOf(references);
    }

    private Reference reference(FrontMatterReader header, String key, String written) {
        if (written.isEmpty()) {
            return null;
        }
        Optional<Reference> reference = Reference.parse(written, context.config().zone());
        if (reference.isEmpty()) {
            header.error(key, "'" + written + "' in '" + key + "' is not a document number", "write " + Reference.FORMS);
        }
        return reference.orElse(null);
    }

    /** Each item a path from the document's folder, or {@code {file: …, title: …}}. */
    private List<Attachment> attachments(ParsedDocument file, FrontMatterReader header) {
        Object value = file.header().values().get("attachments");
        List<Object> items = value instanceof List<?> list ? new ArrayList<>(list)
                : value == null ? List.of() : new ArrayList<>(header.list("attachments"));
        List<Attachment> attachments = new ArrayList<>();
        for (Object item : items) {
            String path = "";
            String title = "";
            if (item instanceof String text) {
                path = text.strip();
            } else if (item instanceof Map<?, ?> map && map.get("file") instanceof String text) {
                path = text.strip();
                title = map.get("title") instanceof String t ? t.strip() : "";
            } else {
                header.error("attachments", "each attachment must be a file path, or file: and title:",
                        "write attachments: [tep/ke-hoach.pdf], or a list of '- file: tep/ke-hoach.pdf' with 'title: …'");
                continue;
            }
            Attachment attachment = attachment(file, header, path, title);
            if (attachment != null) {
                attachments.add(attachment);
            }
        }
        return List.copyOf(attachments);
    }

    private Attachment attachment(ParsedDocument file, FrontMatterReader header, String written, String title) {
        String name = written.substring(written.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!FILE_TYPES.containsKey(extension)) {
            header.error("attachments", "the attachment '" + written + "' is not a document file",
                    "attach PDF, Word (.doc, .docx), OpenDocument (.odt, .ods), Excel (.xls, .xlsx) or .zip files");
            return null;
        }
        String contentPath = file.contentPath();
        String folder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/') + 1) : "";
        String target = ContentPaths.resolve(folder, written);
        Path source = target == null ? null : context.staticFiles().get(target);
        if (source == null) {
            header.error("attachments", "the attachment '" + written + "' does not exist",
                    "put the file in the content folder and give its path from the document's folder, e.g. tep/" + name);
            return null;
        }
        long bytes;
        try {
            bytes = Files.size(source);
        } catch (IOException e) {
            header.error("attachments", "cannot read the attachment '" + written + "': " + e.getMessage(),
                    "check that the file is readable");
            return null;
        }
        return new Attachment(title.isEmpty() ? name : title, name, ContentPaths.toUrl(target),
                extension.toUpperCase(Locale.ROOT), FILE_TYPES.get(extension), bytes);
    }

    private String slug(FrontMatterReader header, String fallback) {
        if (!header.has("slug")) {
            return fallback;
        }
        String slug = header.text("slug");
        if (!Slugs.isSlug(slug)) {
            header.error("slug", "the slug '" + slug + "' is not an address",
                    "use lower-case letters without accents, digits and hyphens, e.g. slug: " + fallback);
            return fallback;
        }
        return slug;
    }
}
