package vn.bantin.load;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.internal.StringUtil;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a paragraph or heading as Jsoup's {@code Element.text()} gives it for the element
 * {@link DirectBodyWriter} writes: whitespace collapsed and trimmed, a space where a line break is
 * and around struck-through text (Jsoup counts {@code <br>} and {@code <del>} as blocks). The
 * heading's id and the excerpt are made from it, as {@link BodyProcessor} makes them from Jsoup's.
 */
final class ShownText {
    /** A node of the element's content as Jsoup holds it: a text, or an element and its content. */
    private record Item(String text, boolean block, List<Item> children) {
        static Item text(String text) {
            return new Item(text, false, List.of());
        }
    }

    private final StringBuilder accum = new StringBuilder();

    private ShownText() {
    }

    /** The shown text of a paragraph's or heading's content (inline nodes only). */
    static String of(Node container) {
        ShownText shown = new ShownText();
        shown.children(items(container));
        return shown.accum.toString().trim();
    }

    /** The content as Jsoup's nodes: adjacent texts joined, as its parser joins them. */
    private static List<Item> items(Node parent) {
        List<Item> items = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        addItems(parent, items, text);
        flush(items, text);
        return items;
    }

    private static void addItems(Node parent, List<Item> items, StringBuilder text) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                text.append(DirectBodyWriter.textOf(node.getChars()));
            } else if (node instanceof SoftLineBreak) {
                text.append('\n');
            } else if (node instanceof TextBase) {
                addItems(node, items, text);
            } else if (node instanceof HardLineBreak) {
                flush(items, text);
                items.add(new Item(null, true, List.of()));
                text.append('\n');
            } else if (node instanceof Code code) {
                flush(items, text);
                items.add(new Item(null, false, List.of(Item.text(Escaping.collapseWhitespace(code.getText(), true)))));
            } else if (node instanceof Image) {
                flush(items, text);
                items.add(new Item(null, false, List.of()));
            } else {
                flush(items, text); // emphasis, links, struck-through text
                items.add(new Item(null, node instanceof Strikethrough, items(node)));
            }
        }
    }

    private static void flush(List<Item> items, StringBuilder text) {
        if (!text.isEmpty()) {
            items.add(Item.text(text.toString()));
            text.setLength(0);
        }
    }

    /** Jsoup's walk: a block element gets a space before it, and after it when a text or inline element follows. */
    private void children(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.text() != null) {
                StringUtil.appendNormalisedWhitespace(accum, item.text(), endsWithSpace());
                continue;
            }
            if (item.block() && !accum.isEmpty() && !endsWithSpace()) {
                accum.append(' ');
            }
            children(item.children());
            if (item.block() && i + 1 < items.size() && !items.get(i + 1).block() && !endsWithSpace()) {
                accum.append(' ');
            }
        }
    }

    private boolean endsWithSpace() {
        return !accum.isEmpty() && accum.charAt(accum.length() - 1) == ' ';
    }
}
