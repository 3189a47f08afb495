package vn.bantin.load;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.List;
import java.util.Set;

/**
 * Flexmark's heading parser without its quadratic habit: on every line of a paragraph it joins all
 * the paragraph's lines so far ({@code getParagraphContent()}), in case the line underlines them as
 * a setext heading ({@code ===} or {@code ---}). A paragraph of many short lines, or a long table,
 * then costs its line count squared: text pasted with single line breaks, 2 MB of it, would take
 * hours. This factory wraps Flexmark's own, so headings parse exactly as before, but hands it the
 * paragraph's text only on lines that can be such an underline; on the others Flexmark reads it
 * only to test whether there is a paragraph at all.
 *
 * <p>Installed in place of the core factory ({@code Parser.HEADING_PARSER} off), with the core
 * factory's ordering among the other block parsers.
 */
final class LinearHeadingParser implements CustomBlockParserFactory {
    private final HeadingParser.Factory core = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = core.apply(options);
        return (state, matched) -> headings.tryStart(state, mayUnderline(state) ? matched : new ParagraphKnown(matched));
    }

    /**
     * Whether the line can be a setext underline: after its indent, one run of '=' or of '-', then
     * nothing but spaces (Flexmark's own test is stricter; this only has to let all of those through).
     */
    private static boolean mayUnderline(ParserState state) {
        BasedSequence line = state.getLine();
        int i = state.getNextNonSpaceIndex();
        if (i >= line.length() || (line.charAt(i) != '=' && line.charAt(i) != '-')) {
            return false;
        }
        char marker = line.charAt(i);
        while (i < line.length() && line.charAt(i) == marker) {
            i++;
        }
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\r'
                || line.charAt(i) == '\n')) {
            i++;
        }
        return i == line.length();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return core.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return core.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    /**
     * The matched parser, telling whether it is a paragraph without joining the paragraph's lines:
     * {@link #getParagraphContent()} is non-null exactly when Flexmark's would be, and empty.
     */
    private record ParagraphKnown(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.NULL : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
