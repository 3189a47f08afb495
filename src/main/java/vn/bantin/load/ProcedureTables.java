package vn.bantin.load;

import vn.bantin.config.SiteConfig;
import vn.bantin.problem.Problem;
import vn.bantin.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the procedures written in bulk, for bodies that keep their catalog in a spreadsheet:
 * every {@code *.yaml}, {@code *.yml} and {@code *.csv} file of {@code data/<procedures path>/},
 * in name order, gives one {@link ParsedDocument} per procedure. Each is shaped like the front
 * matter of a procedure file ({@link FrontMatter.Format#RECORD}), so that the model reads both the
 * same way: its path is the data file's, each key carries its line in that file, a key not given
 * points at the record's first line, and its body is its {@code steps}, rendered and cleaned as a
 * file's body is. Values are read, not judged: the model checks codes, levels and dates.
 */
final class ProcedureTables {
    private static final List<String> SPREADSHEETS = List.of("xlsx", "xls", "ods");

    private final SiteConfig site;
    private final MarkdownBody bodies;
    private final List<String> embedHosts;

    /**
     * @param bodies     renders the steps, as file bodies are rendered
     * @param embedHosts the hosts whose frames the steps may embed ({@code bantin.embed.hosts})
     */
    ProcedureTables(SiteConfig site, MarkdownBody bodies, List<String> embedHosts) {
        this.site = site;
        this.bodies = bodies;
        this.embedHosts = embedHosts;
    }

    /**
     * Every bulk file, by its path under {@code data/}, in name order, each with its records in line
     * order; every problem, of files and records, also goes to {@code problems}. A file whose stamp
     * is the one it had when {@code before} read it is not read again.
     */
    Map<String, ProcedureTable> load(Problems problems, ParsedBefore before) {
        Path folder = site.dataFolder().resolve(site.proceduresPath());
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        Map<String, ProcedureTable> tables = new LinkedHashMap<>();
        long settled = FileStamp.settledBefore();
        for (Path file : files(folder, problems)) {
            String contentPath = site.dataFolder().relativize(file).toString().replace('\\', '/');
            FileStamp stamp = FileStamp.of(file);
            ProcedureTable table = stamp == null || stamp.modified() > settled ? null : before.table(contentPath, stamp);
            if (table == null) {
                table = read(file, contentPath, stamp);
            }
            if (table != null) {
                problems.addAll(table.problems());
                tables.put(contentPath, table);
            }
        }
        return Collections.unmodifiableMap(tables);
    }

    /** One file as read, or null when it is not a table of procedures. */
    private ProcedureTable read(Path file, String contentPath, FileStamp stamp) {
        String extension = extension(file);
        String path = relative(file);
        Problems problems = new Problems();
        if (SPREADSHEETS.contains(extension)) {
            problems.warning(path, 0, "a spreadsheet file is not read",
                    "save the sheet as 'CSV UTF-8 (comma delimited)' (.csv) in this folder");
            return new ProcedureTable(stamp, List.of(), problems.sorted());
        }
        boolean csv = extension.equals("csv");
        if (!csv && !extension.equals("yaml") && !extension.equals("yml")) {
            return null;
        }
        SourceText.Result read = SourceText.read(file, path, site.maxFileBytes());
        if (read.problem() != null) {
            problems.add(csv ? forSpreadsheets(read.problem()) : read.problem());
            return new ProcedureTable(stamp, List.of(), problems.sorted());
        }
        List<ProcedureRecord> found = csv ? ProcedureCsv.read(path, read.text(), problems)
                : ProcedureYaml.read(path, read.text(), (int) Math.min(Integer.MAX_VALUE, site.maxFileBytes()),
                        problems);
        List<ParsedDocument> records = new ArrayList<>();
        for (ProcedureRecord record : found) {
            ParsedDocument document = document(path, contentPath, record);
            problems.addAll(document.problems());
            records.add(document);
        }
        return new ProcedureTable(stamp, records, problems.sorted());
    }

    private ParsedDocument document(String path, String contentPath, ProcedureRecord record) {
        Map<String, Object> values = new LinkedHashMap<>(record.values());
        Map<String, Integer> lines = new LinkedHashMap<>(record.lines());
        Object steps = values.remove("steps");
        Integer stepsKeyLine = lines.remove("steps");
        List<Problem> problems = new ArrayList<>(record.problems());
        String text = "";
        String html = "";
        if (steps instanceof String markdown) {
            text = markdown;
            String title = values.get("title") instanceof String written ? written : "";
            MarkdownBody.Rendered body = bodies.render(path, contentPath, markdown, record.stepsLine(), embedHosts,
                    title);
            html = body.html();
            problems.addAll(body.problems());
        } else if (steps != null) {
            problems.add(Problem.error(path, stepsKeyLine, "'steps' must be Markdown text, not a list or keys",
                    "write 'steps: |' and the steps on the lines below it, indented"));
        }
        FrontMatter.Split header = new FrontMatter.Split(FrontMatter.Format.RECORD,
                Collections.unmodifiableMap(values), Collections.unmodifiableMap(lines), text, record.stepsLine(),
                record.problems(), record.firstLine());
        return ParsedDocument.rendered(path, contentPath, header, html, "", List.copyOf(problems));
    }

    /** The regular files of the folder, hidden ones (an editor's lock or backup files) left out, by name. */
    private List<Path> files(Path folder, Problems problems) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.error(relative(folder), 0, "cannot list the folder: " + SourceText.describe(e),
                    "check that it is readable");
            return List.of();
        }
    }

    /** Excel saves "CSV (comma delimited)" in the computer's old code page, not in UTF-8. */
    private static Problem forSpreadsheets(Problem problem) {
        if (!problem.message().equals(SourceText.NOT_UTF8)) {
            return problem;
        }
        return Problem.error(problem.path(), problem.line(), problem.message(),
                "save the sheet as 'CSV UTF-8 (comma delimited)'; other CSV types garble Vietnamese text");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String relative(Path path) {
        return site.siteFolder().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
