package vn.bantin.load;

import vn.bantin.problem.Problem;
import vn.bantin.text.VietnameseText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads a content file as strict UTF-8 text in NFC, refusing what an author could not have meant. */
final class SourceText {
    /** The message of a file that is not UTF-8, for readers that know why their files are not. */
    static final String NOT_UTF8 = "the file is not valid UTF-8";

    private SourceText() {
    }

    /** The text, or the problem that stops this file from being read. */
    record Result(String text, Problem problem) {
        Optional<String> value() {
            return Optional.ofNullable(text);
        }
    }

    static Result read(Path file, String path, long maxBytes) {
        byte[] bytes;
        // Read at most one byte over the limit: the size is checked on what was read, not on what
        // the folder listing said, so a file that grows meanwhile cannot slip past the limit.
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                long size = Math.max(bytes.length, sizeOf(file));
                return failure(path, 0, "the file is " + kilobytes(size) + " KB, over the limit of "
                                + kilobytes(maxBytes) + " KB",
                        "split it, move large data out of the text, or raise bantin.max_file_kb");
            }
        } catch (IOException e) {
            return failure(path, 0, "cannot read the file: " + describe(e), "check that it exists and is readable");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return failure(path, lineAt(bytes, in.position()), NOT_UTF8,
                    "save it as UTF-8 in your editor (Vietnamese text in another encoding shows this)");
        }
        char[] chars = out.array();
        int length = out.position();
        // Editors that add a byte order mark once, or twice when a file is re-saved, mean nothing by it.
        int start = 0;
        while (start < length && chars[start] == '\uFEFF') {
            start++;
        }
        String text = new String(chars, start, length - start);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return failure(path, lineOf(text, nul), "the file contains a NUL character",
                    "it may be a binary file saved with a .md name; remove it or save it as text");
        }
        int control = firstControl(chars, start, length);
        if (control >= 0) {
            return failure(path, lineOf(text, control), "the file contains an invisible control character "
                            + String.format(Locale.ROOT, "U+%04X", (int) text.charAt(control)),
                    "it usually comes from text copied out of another program: delete it (editors may show it as a box)");
        }
        return new Result(VietnameseText.plainlyNfc(chars, start, length) ? text : VietnameseText.nfc(text), null);
    }

    /**
     * Characters no page or feed may carry: C0 and C1 controls other than tab and line ends, DEL,
     * and the non-characters U+FFFE and U+FFFF. XML 1.0 forbids most of them (a feed holding one
     * is rejected by every reader) and HTML treats them as errors. Returns where the first is,
     * counted from {@code start}, or -1.
     */
    private static int firstControl(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII, most of any text: one test
            }
            boolean control = c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c <= 0x9F || c >= '\uFFFE';
            if (control) {
                return i - start;
            }
        }
        return -1;
    }

    /** An I/O failure in words, without Java's exception names. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist (it may have been moved or deleted while bantin was reading)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return "the system refused to read it";
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Rounded up, so that a file just over the limit never reads as "2048 KB, over the limit of 2048 KB". */
    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static Result failure(String path, int line, String message, String hint) {
        return new Result(null, Problem.error(path, line, message, hint));
    }

    /** Counts line ends as {@link String#lines()} does (LF, CR LF or a lone CR), so lines match the header's. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** Where the line starting at {@code start} ends: at its line break ({@code \n}, {@code \r}) or the text's end. */
    static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The 1-based line of {@code index} in {@code text}. */
    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
