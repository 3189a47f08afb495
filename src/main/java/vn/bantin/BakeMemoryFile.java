package vn.bantin;

import vn.bantin.finish.FinishedPage;
import vn.bantin.finish.FinishedPage.InternalLink;
import vn.bantin.finish.GeneratedFile;
import vn.bantin.finish.search.AnalysedIndexFile;
import vn.bantin.finish.search.IndexedBefore;
import vn.bantin.load.Body;
import vn.bantin.load.BodyStore;
import vn.bantin.load.FileStamp;
import vn.bantin.load.FrontMatter;
import vn.bantin.load.ParsedDocument;
import vn.bantin.load.ProcedureTable;
import vn.bantin.model.document.LinkedBody;
import vn.bantin.problem.Joined;
import vn.bantin.problem.Problem;
import vn.bantin.render.PageStamp;
import vn.bantin.render.RenderBasis;
import vn.bantin.text.FingerprintHash;
import vn.bantin.write.PreviousOutput;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@link BakeMemory} kept on disk between two runs of bantin, for an incremental bake in a new
 * process. Pages, feeds and the sitemap are kept without their bytes: the output folder holds
 * them, and {@link OutputRecord} says which files of it the memory vouches for. The pages (their
 * links, ids and fingerprints, most of the memory) are in a file of their own beside it,
 * {@code pages.bin}, written and read on another thread while the rest is: a token written in
 * both pairs them. The format is bantin's own, versioned; a file that is missing, from another
 * version or damaged, or a pair whose tokens differ, is simply not used.
 */
final class BakeMemoryFile {
    private static final String MAGIC = "bantin-memory";
    private static final int VERSION = 13;

    private BakeMemoryFile() {
    }

    /**
     * The memory and the output it describes, as read back.
     *
     * @param spare  the files of the spare folder beside the output, by path to their digest ({@link PreviousOutput})
     * @param bodies the store the memory's bodies are kept in
     * @param quick  whether quick rebuilds wrote or removed files of the output since
     *               ({@link QuickMemory}): the record is of the output with those, not the memory's own
     */
    record Stored(BakeMemory memory, OutputRecord output, Map<String, String> spare, BodyStore bodies, boolean quick) {

        /** The same memory, with what quick rebuilds wrote and removed since laid over its record of the output. */
        Stored withQuickChanges(Map<String, OutputRecord.Entry> written, Set<String> removed) {
            if (written.isEmpty() && removed.isEmpty()) {
                return this;
            }
            Map<String, OutputRecord.Entry> files = new HashMap<>(output.files());
            files.keySet().removeAll(removed);
            files.putAll(written);
            return new Stored(memory, new OutputRecord(Map.copyOf(files)), spare, bodies, true);
        }
    }

    /**
     * Writes {@code memory} (without page bytes), the record of the output it made and the files
     * of the spare folder, atomically; the bodies into a {@link BodyStore} beside it, first; and the
     * search index as analysed, in a file of its own, written meanwhile on another thread.
     *
     * @param bodies the store the memory was read with, to append to; or null
     * @return where the bodies were kept
     */
    static KeptBodies write(Path file, BakeMemory memory, OutputRecord output, Map<String, String> spare, BodyStore bodies)
            throws IOException {
        Files.createDirectories(file.getParent());
        CompletableFuture<Void> searchIndex = meanwhile(
                () -> AnalysedIndexFile.write(searchIndexFile(file), memory.environment(), memory.analysedIndex()));
        long token = ThreadLocalRandom.current().nextLong();
        CompletableFuture<Void> pages = meanwhile(() -> writePages(pagesFile(file), token, memory.pages().values()));
        KeptBodies kept = KeptBodies.write(file.getParent(), memory, bodies);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = opened(temporary, token)) {
            Strings strings = new Strings(out);
            strings.write(memory.environment());
            strings.write(kept.file().getFileName().toString());
            out.writeLong(kept.size());
            out.writeInt(memory.parsed().size());
            for (BakeMemory.Parsed parsed : memory.parsed().values()) {
                out.writeLong(parsed.stamp().size());
                out.writeLong(parsed.stamp().modified());
                writeDocument(strings, parsed.document(), kept);
            }
            out.writeInt(memory.tables().size());
            for (Map.Entry<String, ProcedureTable> table : memory.tables().entrySet()) {
                strings.write(table.getKey());
                out.writeLong(table.getValue().stamp().size());
                out.writeLong(table.getValue().stamp().modified());
                out.writeInt(table.getValue().records().size());
                for (ParsedDocument record : table.getValue().records()) {
                    writeDocument(strings, record, kept);
                }
                writeProblems(strings, table.getValue().problems());
            }
            out.writeInt(memory.linked().size());
            for (Map.Entry<String, LinkedBody> linked : memory.linked().entrySet()) {
                strings.write(linked.getKey());
                out.write(linked.getValue().key());
                out.write(linked.getValue().digest());
                writeStrings(strings, linked.getValue().found());
            }
            out.writeInt(output.files().size());
            for (Map.Entry<String, OutputRecord.Entry> entry : output.files().entrySet()) {
                strings.write(entry.getKey());
                out.writeLong(entry.getValue().stamp().size());
                out.writeLong(entry.getValue().stamp().modified());
                strings.write(entry.getValue().digest());
            }
            out.writeInt(spare.size());
            for (Map.Entry<String, String> entry : spare.entrySet()) {
                strings.write(entry.getKey());
                strings.write(entry.getValue());
            }
            out.writeInt(memory.generated().size());
            for (GeneratedFile generated : memory.generated().values()) {
                strings.write(generated.outputPath());
                strings.write(generated.fingerprint());
            }
            writeBasis(strings, memory.basis());
        }
        joined(pages); // in place before the memory that names its token
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        kept.removeOthers();
        joined(searchIndex);
        return kept;
    }

    /** Writing that may fail. */
    @FunctionalInterface
    private interface Writing {
        void write() throws IOException;
    }

    /** The writing done on another thread meanwhile; {@link #joined} throws its failure. */
    private static CompletableFuture<Void> meanwhile(Writing writing) {
        return CompletableFuture.runAsync(() -> {
            try {
                writing.write();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Waits for work done on another thread ({@link Joined}); an I/O failure there is thrown here as one. */
    private static <T> T joined(CompletableFuture<T> work) throws IOException {
        try {
            return Joined.result(work);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A file of the memory to write, its header written: the format, its version and the token pairing the two. */
    private static DataOutputStream opened(Path temporary, long token) throws IOException {
        DataOutputStream out = BinaryFiles.writing(temporary);
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(token);
        return out;
    }

    /** Where the pages of the memory {@code memoryFile} are kept. */
    private static Path pagesFile(Path memoryFile) {
        return memoryFile.resolveSibling("pages.bin");
    }

    private static void writePages(Path file, long token, java.util.Collection<FinishedPage> pages) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = opened(temporary, token)) {
            Strings strings = new Strings(out);
            out.writeInt(pages.size());
            Links links = new Links(strings);
            for (FinishedPage page : pages) {
                writePage(strings, links, page);
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The pages kept with the memory whose token is {@code token}, or null when the file is not theirs or cannot be read. */
    private static Map<String, FinishedPage> readPages(Path file, long token) {
        try (DataInputStream in = BinaryFiles.reading(file)) {
            if (!in.readUTF().equals(MAGIC) || in.readInt() != VERSION || in.readLong() != token) {
                return null;
            }
            Strings strings = new Strings(in);
            int pageCount = in.readInt();
            Map<String, FinishedPage> pages = new HashMap<>(pageCount * 2);
            Links links = new Links(strings);
            for (int i = 0; i < pageCount; i++) {
                FinishedPage page = readPage(strings, links);
                pages.put(page.url(), page);
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            return null; // missing, damaged or cut short
        }
    }

    /**
     * Where the search index as analysed is kept: beside the memory, in a file of its own, read only
     * when the finish stage builds the search index. Its entries are checked one by one
     * ({@link vn.bantin.finish.search.AnalysedIndex}), so it is never wrong for a memory of another bake.
     */
    private static Path searchIndexFile(Path memoryFile) {
        return memoryFile.resolveSibling("search.bin");
    }

    /** The stored memory, or null when there is none or it cannot be used. */
    static Stored read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = BinaryFiles.reading(file)) {
            if (!in.readUTF().equals(MAGIC) || in.readInt() != VERSION) {
                return null;
            }
            long token = in.readLong();
            CompletableFuture<Map<String, FinishedPage>> pages =
                    CompletableFuture.supplyAsync(() -> readPages(pagesFile(file), token));
            Strings strings = new Strings(in);
            String environment = strings.read();
            BodyStore bodies = BodyStore.open(file.resolveSibling(strings.read()), in.readLong());
            if (bodies == null) {
                return null; // its bodies are gone
            }
            int parsedCount = in.readInt();
            Map<String, BakeMemory.Parsed> parsed = new HashMap<>(parsedCount * 2);
            for (int i = 0; i < parsedCount; i++) {
                FileStamp stamp = new FileStamp(in.readLong(), in.readLong());
                ParsedDocument document = readDocument(strings, bodies);
                parsed.put(document.contentPath(), new BakeMemory.Parsed(stamp, document));
            }
            int tableCount = in.readInt();
            Map<String, ProcedureTable> tables = new HashMap<>(tableCount * 2);
            for (int i = 0; i < tableCount; i++) {
                String path = strings.read();
                FileStamp stamp = new FileStamp(in.readLong(), in.readLong());
                int recordCount = in.readInt();
                List<ParsedDocument> records = new ArrayList<>(recordCount);
                for (int r = 0; r < recordCount; r++) {
                    records.add(readDocument(strings, bodies));
                }
                tables.put(path, new ProcedureTable(stamp, records, readProblems(strings)));
            }
            int linkedCount = in.readInt();
            Map<String, LinkedBody> linked = new HashMap<>(linkedCount * 2);
            for (int i = 0; i < linkedCount; i++) {
                linked.put(strings.read(), new LinkedBody(in.readNBytes(FingerprintHash.BYTES),
                        in.readNBytes(FingerprintHash.BYTES), readStrings(strings)));
            }
            int fileCount = in.readInt();
            Map<String, OutputRecord.Entry> files = new HashMap<>(fileCount * 2);
            for (int i = 0; i < fileCount; i++) {
                files.put(strings.read(), new OutputRecord.Entry(new FileStamp(in.readLong(), in.readLong()), strings.read()));
            }
            int spareCount = in.readInt();
            Map<String, String> spare = new HashMap<>(spareCount * 2);
            for (int i = 0; i < spareCount; i++) {
                spare.put(strings.read(), strings.read());
            }
            int generatedCount = in.readInt();
            Map<String, GeneratedFile> generated = new HashMap<>(generatedCount * 2);
            for (int i = 0; i < generatedCount; i++) {
                GeneratedFile made = new GeneratedFile(strings.read(), strings.read(), null); // the output holds its bytes
                generated.put(made.outputPath(), made);
            }
            RenderBasis basis = readBasis(strings);
            Map<String, FinishedPage> pagesRead = pages.join();
            if (pagesRead == null) {
                return null; // the pages are not this memory's
            }
            IndexedBefore search = new KeptSearchIndex(searchIndexFile(file), environment);
            return new Stored(new BakeMemory(environment, parsed, Map.copyOf(tables), linked, pagesRead,
                    Map.copyOf(generated), Set.copyOf(files.keySet()), basis, search),
                    new OutputRecord(files), Map.copyOf(spare), bodies, false);
        } catch (EOFException | RuntimeException e) {
            return null; // damaged or cut short: a full bake rewrites it
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeBasis(Strings strings, RenderBasis basis) throws IOException {
        strings.write(basis.site());
        strings.out.writeInt(basis.bodies().size());
        for (Map.Entry<String, byte[]> body : basis.bodies().entrySet()) {
            strings.write(body.getKey());
            strings.out.write(body.getValue());
        }
    }

    private static RenderBasis readBasis(Strings strings) throws IOException {
        String site = strings.read();
        int count = strings.in.readInt();
        Map<String, byte[]> bodies = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            bodies.put(strings.read(), strings.in.readNBytes(FingerprintHash.BYTES));
        }
        return new RenderBasis(site, bodies);
    }

    private static void writeDocument(Strings strings, ParsedDocument document, KeptBodies kept) throws IOException {
        DataOutputStream out = strings.out;
        strings.write(document.path());
        strings.write(document.contentPath());
        FrontMatter.Split header = document.header();
        out.writeByte(header.format().ordinal());
        writeValue(strings, header.values());
        out.writeInt(header.lines().size());
        for (Map.Entry<String, Integer> line : header.lines().entrySet()) {
            strings.write(line.getKey());
            out.writeInt(line.getValue());
        }
        out.writeInt(header.bodyLine());
        writeProblems(strings, header.problems());
        out.writeInt(header.firstLine());
        BodyStore.Kept body = kept.of(document.body());
        out.writeLong(body.offset());
        out.writeInt(body.length());
        out.write(body.digest());
        out.writeBoolean(document.marked());
        strings.write(document.excerpt());
        out.writeInt(document.mentionLines().size());
        for (Map.Entry<String, Integer> mention : document.mentionLines().entrySet()) {
            strings.write(mention.getKey());
            out.writeInt(mention.getValue());
        }
        writeProblems(strings, document.problems());
    }

    private static ParsedDocument readDocument(Strings strings, BodyStore bodies) throws IOException {
        DataInputStream in = strings.in;
        String path = strings.read();
        String contentPath = strings.read();
        FrontMatter.Format format = FrontMatter.Format.values()[in.readByte()];
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) readValue(strings);
        int lineCount = in.readInt();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < lineCount; i++) {
            lines.put(strings.read(), in.readInt());
        }
        int bodyLine = in.readInt();
        List<Problem> headerProblems = readProblems(strings);
        int firstLine = in.readInt();
        FrontMatter.Split header = new FrontMatter.Split(format, values, Collections.unmodifiableMap(lines), "",
                bodyLine, headerProblems, firstLine);
        long offset = in.readLong();
        int length = in.readInt();
        byte[] digest = in.readNBytes(FingerprintHash.BYTES);
        Body body = bodies.body(path, offset, length, digest);
        boolean marked = in.readBoolean();
        String excerpt = strings.read();
        int mentionCount = in.readInt();
        Map<String, Integer> mentionLines = new HashMap<>();
        for (int i = 0; i < mentionCount; i++) {
            mentionLines.put(strings.read(), in.readInt());
        }
        return new ParsedDocument(path, contentPath, header, body, marked, excerpt, Map.copyOf(mentionLines),
                readProblems(strings));
    }

    /** Front-matter values: text, lists and maps of them, or null. */
    private static void writeValue(Strings strings, Object value) throws IOException {
        DataOutputStream out = strings.out;
        if (value == null) {
            out.writeByte(0);
        } else if (value instanceof String text) {
            out.writeByte(1);
            strings.writeLong(text);
        } else if (value instanceof List<?> list) {
            out.writeByte(2);
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(strings, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(3);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                strings.write(String.valueOf(entry.getKey()));
                writeValue(strings, entry.getValue());
            }
        } else {
            out.writeByte(1);
            strings.writeLong(String.valueOf(value));
        }
    }

    private static Object readValue(Strings strings) throws IOException {
        DataInputStream in = strings.in;
        switch (in.readByte()) {
            case 0:
                return null;
            case 1:
                return strings.readLong();
            case 2: {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(readValue(strings));
                }
                return Collections.unmodifiableList(list);
            }
            case 3: {
                int size = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(strings.read(), readValue(strings));
                }
                return Collections.unmodifiableMap(map);
            }
            default:
                throw new IllegalStateException("unknown value tag");
        }
    }

    private static void writeProblems(Strings strings, List<Problem> problems) throws IOException {
        strings.out.writeInt(problems.size());
        for (Problem problem : problems) {
            strings.out.writeByte(problem.severity().ordinal());
            strings.write(problem.path());
            strings.out.writeInt(problem.line());
            strings.write(problem.message());
            strings.write(problem.hint());
        }
    }

    private static List<Problem> readProblems(Strings strings) throws IOException {
        int size = strings.in.readInt();
        List<Problem> problems = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            problems.add(new Problem(Problem.Severity.values()[strings.in.readByte()], strings.read(),
                    strings.in.readInt(), strings.read(), strings.read()));
        }
        return List.copyOf(problems);
    }

    private static void writePage(Strings strings, Links links, FinishedPage page) throws IOException {
        DataOutputStream out = strings.out;
        strings.write(page.url());
        strings.write(page.outputPath());
        strings.write(page.sourcePath());
        strings.write(page.template());
        out.writeInt(page.links().size());
        for (InternalLink link : page.links()) {
            links.write(link);
        }
        writeStrings(strings, page.ids());
        writeStrings(strings, page.repeatedIds());
        writeStrings(strings, page.externalLinks());
        strings.write(page.stamp().fingerprint());
        writeStrings(strings, page.stamp().variables());
        writeStrings(strings, page.stamp().bodies());
        writeStrings(strings, page.stamp().slots());
    }

    private static FinishedPage readPage(Strings strings, Links links) throws IOException {
        String url = strings.read();
        String outputPath = strings.read();
        String sourcePath = strings.read();
        String template = strings.read();
        int linkCount = strings.in.readInt();
        List<InternalLink> pageLinks = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            pageLinks.add(links.read());
        }
        Set<String> ids = Set.copyOf(readStrings(strings));
        List<String> repeated = readStrings(strings);
        List<String> external = readStrings(strings);
        PageStamp stamp = new PageStamp(strings.read(), readStrings(strings), readStrings(strings), readStrings(strings));
        return new FinishedPage(url, outputPath, sourcePath, template, null, List.copyOf(pageLinks), ids, repeated,
                external, stamp);
    }

    private static void writeStrings(Strings strings, java.util.Collection<String> values) throws IOException {
        strings.out.writeInt(values.size());
        for (String value : values) {
            strings.write(value);
        }
    }

    private static List<String> readStrings(Strings strings) throws IOException {
        int size = strings.in.readInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(strings.read());
        }
        return List.copyOf(values);
    }

    /**
     * A page's links, each written once and then by number: most of them (menus, tags, assets)
     * are on every page, and read back as one object.
     */
    private static final class Links {
        private final Strings strings;
        private final Map<InternalLink, Integer> numbers = new HashMap<>();
        /**
         * The same numbers by the link object: the pages of a bake share one object per link written
         * site-root-relative, so most links are found here without hashing their three strings.
         */
        private final Map<InternalLink, Integer> numbersByObject = new IdentityHashMap<>();
        private final List<InternalLink> table = new ArrayList<>();

        Links(Strings strings) {
            this.strings = strings;
        }

        void write(InternalLink link) throws IOException {
            Integer number = numbersByObject.get(link);
            if (number == null) {
                number = numbers.get(link);
                if (number != null) {
                    numbersByObject.put(link, number);
                }
            }
            if (number != null) {
                strings.out.writeInt(number);
                return;
            }
            numbersByObject.put(link, table.size());
            numbers.put(link, table.size());
            table.add(link);
            strings.out.writeInt(-1);
            strings.write(link.path());
            strings.write(link.fragment());
            strings.write(link.written());
        }

        InternalLink read() throws IOException {
            int number = strings.in.readInt();
            if (number >= 0) {
                return table.get(number);
            }
            InternalLink link = new InternalLink(strings.read(), strings.read(), strings.read());
            table.add(link);
            return link;
        }
    }

    /**
     * Short strings written once and then by number: addresses, ids, tags and the names of shared
     * variables recur from page to page and file to file. Long texts (bodies) are written as they are.
     */
    private static final class Strings {
        private final DataOutputStream out;
        private final DataInputStream in;
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> table = new ArrayList<>();

        Strings(DataOutputStream out) {
            this.out = out;
            this.in = null;
        }

        Strings(DataInputStream in) {
            this.out = null;
            this.in = in;
        }

        void write(String text) throws IOException {
            Integer number = numbers.get(text);
            if (number != null) {
                out.writeInt(number);
                return;
            }
            numbers.put(text, table.size());
            table.add(text);
            out.writeInt(-1);
            writeLong(text);
        }

        String read() throws IOException {
            int number = in.readInt();
            if (number >= 0) {
                return table.get(number);
            }
            String text = readLong();
            table.add(text);
            return text;
        }

        void writeLong(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        String readLong() throws IOException {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
