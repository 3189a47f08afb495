package vn.bantin.load;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser without two quadratic habits, each replaced by code giving the same
 * result in linear time:
 * <ul>
 *   <li>after each regular-expression match it calls {@link Matcher#toMatchResult()}, which copies
 *       the whole paragraph: a paragraph with a link every few words costs its length squared
 *       (68 KB of ordinary prose took 1.4 s, 270 KB 17 s);</li>
 *   <li>after each link it walks back through every emphasis mark ({@code *}, {@code _}) of the
 *       paragraph that found no partner, even when none follows the link's opening bracket
 *       (200 KB of {@code _ [a]} took 4 s).</li>
 * </ul>
 */
final class LinearInlineParser extends InlineParserImpl {
    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    /** With no mark above {@code stackBottom} there is nothing to process, and no need to look for one. */
    @Override
    public void processDelimiters(Delimiter stackBottom) {
        if (stackBottom != null && lastDelimiter == stackBottom) {
            return;
        }
        super.processDelimiters(stackBottom);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matcher(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matcher(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }
}
