package vn.bantin;

import vn.bantin.finish.search.EntryKind;
import vn.bantin.finish.search.SearchEntry;
import vn.bantin.load.Body;
import vn.bantin.load.BodyStore;
import vn.bantin.load.FileStamp;
import vn.bantin.model.Cover;
import vn.bantin.model.document.MentionTargets;
import vn.bantin.text.FingerprintHash;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a quick rebuild ({@link QuickRebuild}) needs of the last whole bake, kept beside its memory
 * ({@code quick.bin}): for each article whose body can change the output in few places only, the
 * shape of its file, where its body is kept, its page, feeds and search entry. Every bake that
 * writes a memory writes it anew; quick rebuilds only read it, and keep what they change in
 * {@link QuickJournal}.
 *
 * <p>The articles are a table of contents, then one run of bytes each: only the table is read,
 * and the run of the article that changed.
 *
 * @param file        where it is kept
 * @param memoryStamp the stamp of the memory file it was written beside ({@link QuickJournal#memoryStamp})
 * @param bodyStore   the file of the memory's bodies, in its folder
 * @param searchIndex the search index's folder in the output, or empty when the site has none
 * @param articles    where each article quick rebuilds can take is in the file, by its file's path
 *                    from the site folder: its offset and its length
 */
record QuickMemory(Path file, FileStamp memoryStamp, String bodyStore, String searchIndex,
                   Map<String, long[]> articles) {
    private static final String MAGIC = "bantin-quick";
    private static final int VERSION = 1;

    /** The file beside a memory. */
    static Path fileBeside(Path memoryFile) {
        return memoryFile.resolveSibling("quick.bin");
    }

    /**
     * One article as a quick rebuild takes it.
     *
     * @param shape      {@link vn.bantin.load.ParsedDocument#shape} of its file as parsed
     * @param url        its page's address
     * @param outputPath its page's file in the output
     * @param tableLabel the label {@code <@body>} gave its tables' scrolling regions, or null
     * @param kept       where its body is in the memory's body store
     * @param entryId    its search entry's number in the index, or -1 when the index has none
     * @param entry      its search entry, or null without one; read back, its body's part is empty
     *                   until {@link #entryWith} gives it the body
     * @param feeds      the feeds that carry it, by output path
     * @param cover      the image its feed items show before the body, or null
     * @param mentions   where the document numbers its body mentions lead ({@link MentionTargets#of}),
     *                   or null when it mentions none
     */
    record QuickArticle(byte[] shape, String url, String outputPath, String tableLabel, BodyStore.Kept kept,
                        int entryId, SearchEntry entry, List<String> feeds, Cover cover, Map<String, String> mentions) {

        /**
         * Its body as the whole bake parsed it, read from the memory's store in {@code folder}; null
         * when the store is not as the memory left it (the bake then goes the whole way, and finds that).
         */
        byte[] body(String source, Path folder, String bodyStore) {
            BodyStore store = BodyStore.open(folder.resolve(bodyStore), kept.offset() + kept.length());
            try {
                return store == null ? null : store.body(source, kept.offset(), kept.length(), kept.digest()).utf8();
            } catch (RuntimeException e) {
                return null;
            }
        }

        /**
         * Its body as the model shows it, from {@code marked}, the body as the load stage made it:
         * the mentions linked where the model links them.
         */
        Body shown(String source, byte[] marked) {
            String html = new String(marked, StandardCharsets.UTF_8);
            return Body.of(source, mentions == null ? html : MentionTargets.linked(html, mentions));
        }

        /** Its search entry with {@code body} as its HTML part. */
        SearchEntry entryWith(Body body) {
            List<SearchEntry.Part> parts = new ArrayList<>();
            for (SearchEntry.Part part : entry.parts()) {
                parts.add(part.isHtml() ? SearchEntry.Part.html(body) : part);
            }
            return new SearchEntry(entry.url(), entry.kind(), entry.title(), entry.date(), entry.dateIso(),
                    entry.section(), entry.snippet(), parts, entry.keywords());
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(shape);
            text(out, url);
            text(out, outputPath);
            nullable(out, tableLabel);
            out.writeLong(kept.offset());
            out.writeInt(kept.length());
            out.write(kept.digest());
            out.writeInt(entryId);
            if (entryId >= 0) {
                text(out, entry.url());
                text(out, entry.kind().name());
                text(out, entry.title());
                text(out, entry.date());
                text(out, entry.dateIso());
                text(out, entry.section());
                text(out, entry.snippet());
                out.writeInt(entry.parts().size());
                for (SearchEntry.Part part : entry.parts()) {
                    nullable(out, part.isHtml() ? null : part.text());
                }
                out.writeInt(entry.keywords().size());
                for (String keyword : entry.keywords()) {
                    text(out, keyword);
                }
            }
            out.writeInt(feeds.size());
            for (String feed : feeds) {
                text(out, feed);
            }
            out.writeBoolean(cover != null);
            if (cover != null) {
                nullable(out, cover.url());
                nullable(out, cover.caption());
                nullable(out, cover.alt());
            }
            out.writeBoolean(mentions != null);
            if (mentions != null) {
                out.writeInt(mentions.size());
                for (Map.Entry<String, String> mention : mentions.entrySet()) {
                    text(out, mention.getKey());
                    text(out, mention.getValue());
                }
            }
            out.flush();
            return bytes.toByteArray();
        }

        static QuickArticle read(byte[] bytes, int offset, int length) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
            byte[] shape = in.readNBytes(FingerprintHash.BYTES);
            String url = text(in);
            String outputPath = text(in);
            String tableLabel = nullable(in);
            BodyStore.Kept kept = new BodyStore.Kept(in.readLong(), in.readInt(), in.readNBytes(FingerprintHash.BYTES));
            int entryId = in.readInt();
            SearchEntry entry = null;
            if (entryId >= 0) {
                String entryUrl = text(in);
                EntryKind kind = EntryKind.valueOf(text(in));
                String title = text(in);
                String date = text(in);
                String dateIso = text(in);
                String section = text(in);
                String snippet = text(in);
                int partCount = in.readInt();
                List<SearchEntry.Part> parts = new ArrayList<>(partCount);
                for (int i = 0; i < partCount; i++) {
                    String text = nullable(in);
                    parts.add(text == null ? SearchEntry.Part.html(Body.of(url, "")) : SearchEntry.Part.plain(text));
                }
                int keywordCount = in.readInt();
                List<String> keywords = new ArrayList<>(keywordCount);
                for (int i = 0; i < keywordCount; i++) {
                    keywords.add(text(in));
                }
                entry = new SearchEntry(entryUrl, kind, title, date, dateIso, section, snippet, List.copyOf(parts),
                        List.copyOf(keywords));
            }
            int feedCount = in.readInt();
            List<String> feeds = new ArrayList<>(feedCount);
            for (int i = 0; i < feedCount; i++) {
                feeds.add(text(in));
            }
            Cover cover = in.readBoolean() ? new Cover(nullable(in), nullable(in), nullable(in)) : null;
            Map<String, String> mentions = null;
            if (in.readBoolean()) {
                int count = in.readInt();
                mentions = new HashMap<>(count * 2);
                for (int i = 0; i < count; i++) {
                    mentions.put(text(in), text(in));
                }
            }
            return new QuickArticle(shape, url, outputPath, tableLabel, kept, entryId, entry, List.copyOf(feeds),
                    cover, mentions == null ? null : Map.copyOf(mentions));
        }
    }

    /** The article of {@code source}, or null when quick rebuilds cannot take it. */
    QuickArticle article(String source) throws IOException {
        long[] where = articles.get(source);
        if (where == null) {
            return null;
        }
        ByteBuffer run = ByteBuffer.allocate((int) where[1]);
        try (FileChannel channel = FileChannel.open(file)) {
            while (run.hasRemaining()) {
                if (channel.read(run, where[0] + run.position()) < 0) {
                    return null; // cut short
                }
            }
        }
        return QuickArticle.read(run.array(), 0, run.capacity());
    }

    /** Writes a quick memory of {@code articles}, each as {@link QuickArticle#bytes} made it, by source. */
    static void write(Path file, FileStamp memoryStamp, String bodyStore, String searchIndex,
                      Map<String, byte[]> articles) throws IOException {
        ByteArrayOutputStream table = new ByteArrayOutputStream(articles.size() * 80);
        DataOutputStream contents = new DataOutputStream(table);
        contents.writeInt(articles.size());
        for (Map.Entry<String, byte[]> article : articles.entrySet()) {
            text(contents, article.getKey());
            contents.writeInt(article.getValue().length);
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = BinaryFiles.writing(temporary)) {
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(memoryStamp.size());
            out.writeLong(memoryStamp.modified());
            text(out, bodyStore);
            text(out, searchIndex);
            out.writeInt(table.size());
            table.writeTo(out);
            for (byte[] article : articles.values()) {
                out.write(article);
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The quick memory kept in {@code file}, its table of contents read; null when there is none usable. */
    static QuickMemory read(Path file) {
        try (FileChannel channel = FileChannel.open(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16))) {
            if (!in.readUTF().equals(MAGIC) || in.readInt() != VERSION) {
                return null;
            }
            FileStamp memoryStamp = new FileStamp(in.readLong(), in.readLong());
            String bodyStore = text(in);
            String searchIndex = text(in);
            int tableLength = in.readInt();
            long offset = 2 + MAGIC.length() + Integer.BYTES + 2 * Long.BYTES // where the runs start: after the table
                    + 2 * Integer.BYTES + utf8Length(bodyStore) + utf8Length(searchIndex) + Integer.BYTES + tableLength;
            int count = in.readInt();
            Map<String, long[]> articles = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String source = text(in);
                int length = in.readInt();
                articles.put(source, new long[] {offset, length});
                offset += length;
            }
            if (offset != channel.size()) {
                return null; // cut short or damaged
            }
            return new QuickMemory(file, memoryStamp, bodyStore, searchIndex, articles);
        } catch (IOException | RuntimeException e) {
            return null; // missing or damaged: no quick rebuild
        }
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A text of any length, as UTF-8 after its length. */
    static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void nullable(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            text(out, text);
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? text(in) : null;
    }
}
