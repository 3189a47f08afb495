package vn.bantin.finish;

import vn.bantin.config.SiteConfig;
import vn.bantin.model.Tag;
import vn.bantin.model.procedure.LegalBasis;
import vn.bantin.model.procedure.Procedure;
import vn.bantin.model.procedure.Procedures;
import vn.bantin.model.procedure.RequiredDocument;
import vn.bantin.model.procedure.Submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The procedure catalog as open data: {@code thu-tuc.json}, {@code thu-tuc.csv} and the JSON Schema
 * of the JSON ({@code thu-tuc.schema.json}). Every procedure, in force or not, by code; keys are
 * those an author writes, so an exported record reads back as a bulk data record. The output
 * depends only on the content: no generation time, a stable order.
 */
final class ProcedureExport {
    /** The CSV's columns: the keys of the bulk CSV format, then what the engine adds. */
    static final List<String> CSV_COLUMNS = List.of("code", "title", "field", "level", "agency", "applicants",
            "submission", "documents", "processing_time", "fees", "result", "conditions", "legal_basis", "online",
            "online_url", "status", "replaced_by", "decision", "updated", "tags", "url", "steps_html");
    private static final String SCHEMA_RESOURCE = "thu-tuc.schema.json";
    /** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
    private static final String BOM = "\uFEFF";

    private final SiteConfig config;
    private final Procedures procedures;

    ProcedureExport(SiteConfig config, Procedures procedures) {
        this.config = config;
        this.procedures = procedures;
    }

    /** The three files, or none when the catalog is not made. */
    List<OutputFile> files() {
        if (procedures.jsonUrl() == null) {
            return List.of();
        }
        return List.of(new OutputFile(procedures.jsonUrl().substring(1), json()),
                new OutputFile(procedures.csvUrl().substring(1), csv()),
                new OutputFile(procedures.schemaUrl().substring(1), schema()));
    }

    byte[] json() {
        StringBuilder out = new StringBuilder(4096 + procedures.all().size() * 2048);
        out.append("{\n  \"schema\": ").append(string(config.absolute(procedures.schemaUrl())))
                .append(",\n  \"publisher\": ").append(string(config.publisher()))
                .append(",\n  \"site\": ").append(string(config.siteUrl()))
                .append(",\n  \"catalog\": ").append(string(config.absolute(procedures.url())))
                .append(",\n  \"count\": ").append(procedures.all().size())
                .append(",\n  \"procedures\": [");
        for (int i = 0; i < procedures.all().size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            procedure(out, procedures.all().get(i));
        }
        out.append(procedures.all().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void procedure(StringBuilder out, Procedure p) {
        out.append("    {");
        field(out, "code", string(p.code()), true);
        field(out, "url", p.url() == null ? "null" : string(config.absolute(p.url())), false);
        field(out, "title", string(p.title()), false);
        field(out, "field", string(p.field()), false);
        field(out, "level", string(p.level().key()), false);
        field(out, "agency", string(p.agency()), false);
        field(out, "applicants", string(p.applicants()), false);
        List<String> ways = new ArrayList<>();
        for (Submission s : p.submissions()) {
            ways.add("{\"way\": " + string(s.way().key()) + ", \"processing_time\": " + string(s.processingTime())
                    + ", \"fee\": " + string(s.fee()) + "}");
        }
        field(out, "submission", array(ways), false);
        List<String> documents = new ArrayList<>();
        for (RequiredDocument d : p.documents()) {
            documents.add("{\"name\": " + string(d.name()) + ", \"originals\": " + d.originals()
                    + ", \"copies\": " + d.copies() + "}");
        }
        field(out, "documents", array(documents), false);
        field(out, "processing_time", string(p.processingTime()), false);
        field(out, "fees", string(p.fees()), false);
        field(out, "result", string(p.result()), false);
        field(out, "conditions", string(p.conditions()), false);
        List<String> basis = new ArrayList<>();
        for (LegalBasis b : p.legalBasis()) {
            basis.add("{\"number\": " + string(b.number()) + ", \"title\": " + string(b.title()) + ", \"date\": "
                    + (b.date() == null ? "null" : string(b.dateIso())) + "}");
        }
        field(out, "legal_basis", array(basis), false);
        field(out, "online", string(p.online().key()), false);
        field(out, "online_url", string(p.onlineUrl()), false);
        field(out, "status", string(p.status().key()), false);
        field(out, "replaced_by", p.replacedBy() == null ? "null" : string(p.replacedBy().code()), false);
        field(out, "replaces", array(p.replaces().stream().map(r -> string(r.code())).toList()), false);
        field(out, "decision", string(p.decision()), false);
        field(out, "updated", string(p.updatedIso()), false);
        field(out, "tags", array(p.tags().stream().map(t -> string(t.name())).toList()), false);
        field(out, "steps_html", string(p.steps()), false);
        out.append("}");
    }

    private static void field(StringBuilder out, String key, String json, boolean first) {
        out.append(first ? "" : ", ").append('"').append(key).append("\": ").append(json);
    }

    private static String array(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String string(String text) {
        return Json.quote(text);
    }

    /**
     * The catalog as a spreadsheet reads it (RFC 4180, CRLF, UTF-8 with a byte-order mark). Lists are
     * one entry per line inside their cell, parts separated by " | ", as in the bulk CSV format.
     */
    byte[] csv() {
        StringBuilder out = new StringBuilder(BOM);
        row(out, CSV_COLUMNS);
        for (Procedure p : procedures.all()) {
            row(out, List.of(p.code(), p.title(), p.field(), p.level().key(), p.agency(), p.applicants(),
                    lines(p.submissions().stream().map(s -> parts(s.way().key(), s.processingTime(), s.fee())).toList()),
                    lines(p.documents().stream().map(d -> parts(d.name(), String.valueOf(d.originals()),
                            String.valueOf(d.copies()))).toList()),
                    p.processingTime(), p.fees(), p.result(), p.conditions(),
                    lines(p.legalBasis().stream().map(b -> parts(b.number(), b.title(), b.dateIso())).toList()),
                    p.online().key(), p.onlineUrl(), p.status().key(),
                    p.replacedBy() == null ? "" : p.replacedBy().code(), p.decision(), p.updatedIso(),
                    String.join(", ", p.tags().stream().map(Tag::name).toList()),
                    p.url() == null ? "" : config.absolute(p.url()), p.steps()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String parts(String... parts) {
        return String.join(" | ", parts).replaceAll("( \\| )+$", "");
    }

    private static String lines(List<String> entries) {
        return String.join("\n", entries);
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                out.append(',');
            }
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }

    private static byte[] schema() {
        try (InputStream in = ProcedureExport.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the engine's " + SCHEMA_RESOURCE + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
