package vn.bantin.load;

import vn.bantin.problem.Problem;
import vn.bantin.text.VietnameseText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a content file as strict UTF-8 text in NFC, refusing what an author could not have meant. */
final class SourceText {
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
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return failure(path, 0, "the file is " + size / 1024 + " KB, over the limit of " + maxBytes / 1024 + " KB",
                        "split it, move large data out of the text, or raise bantin.max_file_kb");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failure(path, 0, "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            return failure(path, lineAt(bytes, in.position()), "the file is not valid UTF-8",
                    "save it as UTF-8 in your editor (Vietnamese text in another encoding shows this)");
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            return failure(path, 0, "the file is not valid UTF-8", "save it as UTF-8 in your editor");
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return failure(path, lineOf(text, nul), "the file contains a NUL character",
                    "it may be a binary file saved with a .md name; remove it or save it as text");
        }
        return new Result(VietnameseText.nfc(text), null);
    }

    private static Result failure(String path, int line, String message, String hint) {
        return new Result(null, Problem.error(path, line, message, hint));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
