package vn.bantin.load;

import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The limits that keep one content file from stalling the bake. Flexmark and Jsoup are fast on
 * ordinary text, but some shapes of input make them slow: Flexmark's link and code-span
 * scanning turns quadratic on long runs of unclosed brackets ({@code [a]([a](…}), its block parser
 * on many lists or quotes opened on one line ({@code 1. 1. 1. …}), and Jsoup's cleaner on deeply
 * nested elements. A few kilobytes of such text take seconds, the 2 MB a file may hold would take
 * hours. (Flexmark's other quadratic habits are fixed where they are: {@link LinearInlineParser},
 * {@link LinearHeadingParser}, {@link BareLinks}.)
 *
 * <p>Each limit is far above what an article uses and is counted, not timed, so that a file
 * fails or passes the same way on every machine; only the last resort, for shapes no count
 * catches, is a time ({@link #MAX_RENDER_NANOS}).
 */
final class RenderLimits {
    /** Lists and quotes one line may open inside each other; articles use two or three. */
    static final int MAX_MARKERS_PER_LINE = 50;
    /** Columns a line may be indented by: lists nested by indentation, 50 levels of them. */
    static final int MAX_INDENT = 200;
    /**
     * Attribute blocks written back to back ({@code {.a}{.b}}); Flexmark hands each to the one before
     * it, recursively, so that a long run costs its length squared before overflowing the stack.
     */
    static final int MAX_ATTRIBUTE_RUN = 50;
    /** Elements inside each other in a body; articles reach about ten. */
    static final int MAX_HTML_DEPTH = 100;
    /**
     * Reads of the Markdown text Flexmark may make: ordinary articles make about ten per character,
     * tables fifteen, runaway scans thousands. The base lets small files with heavy markup through.
     */
    private static final long BASE_READS = 10_000_000L;
    private static final long READS_PER_CHAR = 100L;
    /**
     * The last resort, for shapes of text no count above catches: processor time one file's
     * Markdown may take. A 2 MB article takes well under a second; unlike the counts, this limit
     * depends on the machine, so it is set far above anything real.
     */
    private static final long MAX_RENDER_NANOS = 10_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RenderLimits() {
    }

    /** A limit was reached; {@code offset} is where in the Markdown text, or -1 when unknown. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String hint;
        private final int offset;

        Exceeded(String message, String hint, int offset) {
            super(message, null, false, false); // an author's error, not a bug: no stack trace to fill
            this.hint = hint;
            this.offset = offset;
        }

        String hint() {
            return hint;
        }

        int offset() {
            return offset;
        }
    }

    /**
     * Refuses Markdown text with a line that opens more than {@link #MAX_MARKERS_PER_LINE} lists or
     * quotes, is indented by more than {@link #MAX_INDENT} columns, or holds more than
     * {@link #MAX_ATTRIBUTE_RUN} attribute blocks back to back: shapes on which Flexmark spends its
     * time building nodes rather than reading text, which no read budget sees.
     */
    static void checkText(String markdown) {
        // Most texts hold neither: then a line ends at the next \n, and no line needs counting blocks.
        boolean carriageReturns = markdown.indexOf('\r') >= 0;
        boolean attributeBlocks = markdown.contains("}{");
        int lineStart = 0;
        while (lineStart < markdown.length()) {
            int newline = carriageReturns ? SourceText.lineEnd(markdown, lineStart) : markdown.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? markdown.length() : newline;
            if (markersAt(markdown, lineStart) > MAX_MARKERS_PER_LINE) {
                throw new Exceeded("the text is nested too deeply: this line opens more than " + MAX_MARKERS_PER_LINE
                        + " lists or quotes inside each other", "flatten the nested lists or quotes", lineStart);
            }
            if (indentOf(markdown, lineStart, lineEnd) > MAX_INDENT) {
                throw new Exceeded("the text is nested too deeply: this line is indented by more than " + MAX_INDENT
                        + " spaces", "flatten the nested lists, or remove the spaces at the start of the line",
                        lineStart);
            }
            if (attributeBlocks && attributeRuns(markdown, lineStart, lineEnd) > MAX_ATTRIBUTE_RUN) {
                throw new Exceeded("this line holds more than " + MAX_ATTRIBUTE_RUN + " attribute blocks {…} in a row",
                        "write one {…} after the text it applies to", lineStart);
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Leading spaces and tabs, in columns (a tab reaches the next multiple of four). */
    private static int indentOf(String text, int start, int end) {
        int columns = 0;
        for (int i = start; i < end && columns <= MAX_INDENT; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }

    /** How often a line's attribute blocks touch: each "}{" in it. */
    private static int attributeRuns(String text, int start, int end) {
        int count = 0;
        for (int i = start + 1; i < end && count <= MAX_ATTRIBUTE_RUN; i++) {
            if (text.charAt(i) == '{' && text.charAt(i - 1) == '}') {
                count++;
            }
        }
        return count;
    }

    /** Counts the quote ({@code >}) and list markers ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) a line starts with. */
    private static int markersAt(String text, int start) {
        int count = 0;
        int i = start;
        int end = text.length();
        while (i < end && count <= MAX_MARKERS_PER_LINE) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '>') {
                count++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && isBlank(text.charAt(i + 1))) {
                count++;
                i += 2;
            } else if (c >= '0' && c <= '9') {
                int digits = i;
                while (digits < end && digits - i < 9 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
                    digits++;
                }
                boolean marker = digits + 1 < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                        && isBlank(text.charAt(digits + 1));
                if (!marker) {
                    break;
                }
                count++;
                i = digits + 2;
            } else {
                break;
            }
        }
        return count;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The Markdown text as Flexmark should read it: every read counts against the file's budget. */
    static CharSequence budgeted(String markdown) {
        return new CountedText(markdown, BASE_READS + READS_PER_CHAR * markdown.length());
    }

    /** Refuses a body whose elements nest deeper than {@link #MAX_HTML_DEPTH}, before anything walks it. */
    static void checkDepth(Node root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth > MAX_HTML_DEPTH) {
                    throw new Exceeded("the text is nested too deeply: more than " + MAX_HTML_DEPTH
                            + " elements inside each other", "flatten deeply nested lists, quotes or HTML", -1);
                }
            }
        }, root);
    }

    /**
     * A string that counts the characters read from it, and every view of it. Flexmark reads its
     * input only through {@link #charAt}, so the count measures the work it does. The characters
     * are read from an array of their own, shared by the views: a read costs an array access and
     * a countdown, the checks run once per batch of reads ({@link Budget}).
     */
    private static final class CountedText implements CharSequence {
        private final char[] chars;
        private final int start;
        private final int length;
        private final Budget budget;

        CountedText(String text, long limit) {
            this(text.toCharArray(), 0, text.length(), new Budget(limit));
        }

        private CountedText(char[] chars, int start, int length, Budget budget) {
            this.chars = chars;
            this.start = start;
            this.length = length;
            this.budget = budget;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (--budget.left < 0) {
                budget.settle(0, start + index);
            }
            return chars[start + index];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            if (from < 0 || to > length || from > to) {
                throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + length);
            }
            return new CountedText(chars, start + from, to - from, budget);
        }

        @Override
        public String toString() {
            budget.settle(length, start);
            return new String(chars, start, length);
        }
    }

    /**
     * One file's reads; each render has its own, on one thread. Reads are granted in batches that
     * never reach past the limit, so the read that crosses it is the one refused, as if each were
     * checked. Every so many reads it also looks at the processor time the thread has spent:
     * Flexmark does some of its work without reading (walking its lists of brackets and emphasis
     * marks), which the count cannot see.
     */
    private static final class Budget {
        private static final int READS_BETWEEN_CLOCK_CHECKS = 1 << 16;
        private static final String HINT = "break very long paragraphs or tables with blank lines, and close "
                + "brackets, backticks and link addresses; text pasted without line breaks often causes this";
        private final long limit;
        private final long startNanos = threadNanos();
        /** Reads counted up to the last settling. */
        private long spent;
        private long spentAtClockCheck;
        private int settlingsUntilClockCheck = READS_BETWEEN_CLOCK_CHECKS;
        /** Reads granted at the last settling, and how many of them are left: one less at each read. */
        private int granted;
        int left;

        Budget(long limit) {
            this.limit = limit;
            grant();
        }

        /**
         * Counts the reads made of the last grant and {@code reads} more (a whole view made a
         * string), checks the limits, and grants the next batch.
         */
        void settle(long reads, int offset) {
            spent += granted - left + reads;
            granted = 0;
            left = 0;
            if (spent > limit) {
                throw new Exceeded("the text is too complex to render", HINT, offset);
            }
            if (spent - spentAtClockCheck >= READS_BETWEEN_CLOCK_CHECKS || --settlingsUntilClockCheck <= 0) {
                spentAtClockCheck = spent;
                settlingsUntilClockCheck = READS_BETWEEN_CLOCK_CHECKS;
                if (threadNanos() - startNanos > MAX_RENDER_NANOS) {
                    throw new Exceeded("the text is too complex to render: it took over "
                            + MAX_RENDER_NANOS / 1_000_000_000L + " seconds", HINT, offset);
                }
            }
            grant();
        }

        private void grant() {
            granted = (int) Math.min(READS_BETWEEN_CLOCK_CHECKS, limit - spent);
            left = granted;
        }

        /** Processor time of this thread, so that a busy machine does not count against the file. */
        private static long threadNanos() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }
    }
}
