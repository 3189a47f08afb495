package vn.bantin.cli;

import vn.bantin.config.ConfigLoader;
import vn.bantin.config.SiteConfig;
import vn.bantin.load.FrontMatter;
import vn.bantin.text.Slugs;
import vn.bantin.text.VietnameseText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code bantin new article|document|procedure "Tiêu đề"}: a new content file named after the
 * title's slug, in the right folder, from a front-matter template with today's date. An existing
 * file is never overwritten.
 *
 * <p>The templates are {@code src/main/resources/vn/bantin/cli/new/<kind>.md}; they may use
 * {@code {{title}}}, {@code {{date}}} (now, {@code 2024-03-21 15:46}), {@code {{day}}}
 * ({@code 2024-03-21}), {@code {{year}}} and {@code {{publisher}}} ({@code bantin.publisher}),
 * all in the site's time zone. Title and publisher are escaped for a double-quoted YAML value.
 */
final class NewContent {

    /**
     * What can be created, and where. Articles go to a section folder; documents and procedures
     * to one folder each under content/ (keep these in step with the engine's document and
     * procedure kinds).
     */
    enum Kind {
        ARTICLE(null),
        DOCUMENT("van-ban"),
        PROCEDURE("thu-tuc");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind named(String word) {
            return Arrays.stream(values()).filter(k -> k.word().equals(word.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
        }
    }

    /**
     * A created file.
     *
     * @param file the file, under the site folder as the author named it
     * @param note what the author may want to know (the section chosen), or empty
     */
    record Created(Path file, String note) {
    }

    /** The file was not created; the message says why and what to do. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        Refused(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    /** A section folder of content/, as the menu orders it. */
    record SectionFolder(String id, String title, int order) {
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Path source;
    private final Clock clock;

    /** @param source the site folder as given on the command line, relative or absolute */
    NewContent(Path source, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates the file.
     *
     * @param section the section folder (or title) of an article, or null for the first one in menu order
     * @throws vn.bantin.problem.BakeFailure when the site's configuration cannot be read
     * @throws Refused      when the file exists already, or the title or section is unusable
     * @throws IOException  when the file cannot be written
     */
    Created create(Kind kind, String rawTitle, String section) throws Refused, IOException {
        String title = VietnameseText.nfc(rawTitle).replaceAll("\\s+", " ").strip();
        String slug = Slugs.slugify(title);
        if (slug.isEmpty()) {
            throw new Refused(Main.USAGE, "cannot make a file name from the title '" + title
                    + "' (give a title with letters or digits, e.g. bantin new " + kind.word() + " \"Hội nghị sơ kết\")");
        }
        SiteConfig config = ConfigLoader.load(source, null).site();
        String note = "";
        String folder;
        if (kind == Kind.ARTICLE) {
            List<SectionFolder> sections = sections(config);
            SectionFolder chosen = chooseSection(sections, section);
            folder = chosen.id();
            if (section == null && sections.size() > 1) {
                note = "section: " + chosen.id() + " (" + chosen.title() + "), the first in the menu; for another one add "
                        + "--section with one of: " + String.join(", ", sections.stream().skip(1).map(SectionFolder::id).toList());
            }
        } else {
            if (section != null) {
                throw new Refused(Main.USAGE, "--section is only for articles: every " + kind.word()
                        + " goes to content/" + kind.folder + "/");
            }
            folder = kind.folder;
        }
        Path file = config.contentFolder().resolve(folder).resolve(slug + ".md");
        Path shown = source.resolve(config.siteFolder().relativize(file)).normalize();
        if (Files.exists(file)) {
            throw new Refused(Main.INPUT_ERRORS, shown + " already exists, nothing was written (open that file, or give "
                    + "the new " + kind.word() + " another title)");
        }
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, fill(template(kind), title, config), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new Refused(Main.INPUT_ERRORS, shown + " already exists, nothing was written");
        }
        return new Created(shown, note);
    }

    /** Section folders of content/ in menu order: by {@code order}, then folder name, as the model orders them. */
    static List<SectionFolder> sections(SiteConfig config) throws IOException {
        Path content = config.contentFolder();
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        List<SectionFolder> described = new ArrayList<>();
        List<SectionFolder> folders = new ArrayList<>();
        try (Stream<Path> children = Files.list(content)) {
            for (Path folder : children.filter(Files::isDirectory).sorted().toList()) {
                String id = folder.getFileName().toString();
                if (id.startsWith(".") || id.equals(Kind.DOCUMENT.folder) || id.equals(Kind.PROCEDURE.folder)) {
                    continue;
                }
                Path index = folder.resolve("_index.md");
                if (Files.isRegularFile(index)) {
                    described.add(describe(config, id, index));
                } else {
                    folders.add(new SectionFolder(id, id, Integer.MAX_VALUE));
                }
            }
        }
        // As the model does: a site that describes no section at all has one per top-level folder.
        List<SectionFolder> sections = described.isEmpty() ? folders : described;
        sections.sort(Comparator.comparingInt(SectionFolder::order).thenComparing(SectionFolder::id));
        return sections;
    }

    private static SectionFolder describe(SiteConfig config, String id, Path index) {
        Map<String, Object> values;
        try {
            String text = Files.readString(index, StandardCharsets.UTF_8);
            values = FrontMatter.split(id + "/_index.md", text, config.headerSeparator()).values();
        } catch (IOException | UncheckedIOException e) {
            values = Map.of(); // a broken _index.md is for check to report; the folder is still a section
        }
        String title = values.get("title") instanceof String text && !text.isBlank() ? text.strip() : id;
        int order = Integer.MAX_VALUE;
        if (values.get("order") instanceof String text && text.strip().matches("-?\\d{1,9}")) {
            order = Integer.parseInt(text.strip());
        }
        return new SectionFolder(id, title, order);
    }

    private static SectionFolder chooseSection(List<SectionFolder> sections, String wanted) throws Refused {
        if (sections.isEmpty()) {
            throw new Refused(Main.INPUT_ERRORS, "the site has no section yet (create a folder in content/ with an "
                    + "_index.md giving its title, e.g. content/tin-tuc/_index.md)");
        }
        if (wanted == null) {
            return sections.get(0);
        }
        String key = VietnameseText.nfc(wanted).strip();
        for (SectionFolder section : sections) {
            if (section.id().equals(key) || section.title().equalsIgnoreCase(key) || section.id().equals(Slugs.slugify(key))) {
                return section;
            }
        }
        throw new Refused(Main.USAGE, "there is no section '" + wanted + "' (use one of: "
                + String.join(", ", sections.stream().map(s -> s.id() + " (" + s.title() + ")").toList()) + ")");
    }

    private String fill(String template, String title, SiteConfig config) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.zone()));
        return template
                .replace("{{title}}", yamlQuoted(title))
                .replace("{{publisher}}", yamlQuoted(config.publisher()))
                .replace("{{date}}", now.format(DATE_TIME))
                .replace("{{day}}", now.format(DAY))
                .replace("{{year}}", String.valueOf(now.getYear()));
    }

    /** The inside of a double-quoted YAML scalar. */
    static String yamlQuoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String template(Kind kind) {
        String name = "new/" + kind.word() + ".md";
        try (InputStream in = NewContent.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bantin is missing its template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
