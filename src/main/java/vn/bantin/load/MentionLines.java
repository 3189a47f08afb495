package vn.bantin.load;

import vn.bantin.text.DocumentNumbers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where in its Markdown a body mentions each document number the load stage marked
 * ({@link DocumentMentions}): the model warns of a mention it cannot link at that line, and the
 * Markdown itself need not be kept past the load stage.
 */
final class MentionLines {
    private MentionLines() {
    }

    /**
     * For each number marked in {@code html}, the line of {@code markdown} (counted in the file, the
     * body starting at {@code bodyLine}) where it is first written without an issue date after it,
     * else where it is first written; the body's first line for a number the Markdown does not
     * spell as marked (escaped, or written as an entity). Every number marked is there: the set of
     * them is part of the file's shape ({@link ParsedDocument#shape}).
     */
    static Map<String, Integer> of(String markdown, int bodyLine, String html) {
        int start = html.indexOf(DocumentMentions.START);
        if (start < 0) {
            return Map.of();
        }
        List<String> lines = markdown.lines().toList();
        Map<String, Integer> found = new HashMap<>();
        while (start >= 0) {
            int end = html.indexOf(DocumentMentions.END, start + 1);
            if (end < 0) {
                break;
            }
            String written = html.substring(start + 1, end);
            if (!found.containsKey(written)) {
                int line = lineOf(lines, written);
                found.put(written, bodyLine + Math.max(0, line));
            }
            start = html.indexOf(DocumentMentions.START, end + 1);
        }
        return Map.copyOf(found);
    }

    private static int lineOf(List<String> lines, String written) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int at = line.indexOf(written); at >= 0; at = line.indexOf(written, at + 1)) {
                first = first < 0 ? i : first;
                if (DocumentNumbers.dateAfter(line, at + written.length()) == null) {
                    return i;
                }
            }
        }
        return first;
    }
}
