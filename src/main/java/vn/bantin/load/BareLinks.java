package vn.bantin.load;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links the web and e-mail addresses an author wrote as plain text ({@code https://…},
 * {@code www.…}, {@code motcua@ankhanh.gov.vn}), with the same link finder Flexmark's autolink
 * extension uses, as the load stage cleans a body ({@link BodyProcessor}, {@link DirectBodyWriter}).
 *
 * <p>It replaces that extension, which re-reads every run of text and entities glued together once
 * per node in it, and unescapes it again each time: 5 KB of {@code a&amp;a&amp;…} took 3.6 s and
 * grew with the cube of its length. Here each text is read once, word by word (an address holds
 * no space), words longer than any address are skipped, and the entities are already decoded, so
 * {@code ?a=1&amp;b=2} also gives one whole link. It runs before the cleaner, which then checks
 * every link it made like an author's own.
 */
final class BareLinks {
    private static final LinkExtractor FINDER = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
            .build();
    /** Where text is not to be linked: links already, code, and what is not shown as text. */
    private static final Set<String> NOT_INSIDE = Set.of("a", "code", "pre", "kbd", "samp", "script", "style",
            "textarea", "title", "svg", "math", "button", "select", "option");
    /** The schemes a plain-text address is linked with. */
    private static final Pattern WEB = Pattern.compile("(?i)(https?|ftp)://");
    /** Longer than any address a browser accepts (about 2,000 characters). */
    private static final int MAX_WORD = 4096;

    private BareLinks() {
    }

    /** Turns the addresses in the text under {@code root} into links. */
    static void link(Element root) {
        // The texts to look at, by parent: each parent's children are rebuilt once, as inserting
        // links one by one would shift all the following children every time.
        Map<Element, Set<TextNode>> textsByParent = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int blocked;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && NOT_INSIDE.contains(element.normalName())) {
                    blocked++;
                } else if (blocked == 0 && node instanceof TextNode text && text.parent() != null
                        && mayHoldAddress(text.getWholeText())) {
                    textsByParent.computeIfAbsent(text.parent(), p -> Collections.newSetFromMap(new IdentityHashMap<>()))
                            .add(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && NOT_INSIDE.contains(element.normalName())) {
                    blocked--;
                }
            }
        }, root);
        textsByParent.forEach(BareLinks::relink);
    }

    private static void relink(Element parent, Set<TextNode> linkable) {
        List<Node> children = new ArrayList<>(parent.childNodeSize() + 8);
        boolean changed = false;
        for (Node child : parent.childNodes()) {
            List<Node> parts = child instanceof TextNode text && linkable.contains(text) ? split(text.getWholeText()) : null;
            if (parts == null) {
                children.add(child);
            } else {
                children.addAll(parts);
                changed = true;
            }
        }
        if (changed) {
            parent.empty();
            parent.appendChildren(children);
        }
    }

    /** An address found in a text: where it is in the text, and where its link leads. */
    record Address(int begin, int end, String href) {
    }

    /** The addresses in the text, in order; none when it holds none. */
    static List<Address> find(String text) {
        if (!mayHoldAddress(text)) {
            return List.of();
        }
        List<Address> found = new ArrayList<>();
        int wordStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            if (i - wordStart <= MAX_WORD && i > wordStart) {
                for (LinkSpan span : FINDER.extractLinks(text.subSequence(wordStart, i))) {
                    int begin = wordStart + span.getBeginIndex();
                    int end = wordStart + span.getEndIndex();
                    if (span.getType() == LinkType.URL && !WEB.matcher(text).region(begin, end).lookingAt()) {
                        continue; // javascript://… and other schemes stay text
                    }
                    found.add(new Address(begin, end, href(span.getType(), text.substring(begin, end))));
                }
            }
            wordStart = i + 1;
        }
        return found;
    }

    private static boolean mayHoldAddress(String text) {
        return text.indexOf(':') >= 0 || text.indexOf('@') >= 0 || text.contains("www.");
    }

    /** The text as text and links, or null when it holds no address. */
    private static List<Node> split(String whole) {
        List<Address> addresses = find(whole);
        if (addresses.isEmpty()) {
            return null;
        }
        List<Node> parts = new ArrayList<>(2 * addresses.size() + 1);
        int done = 0;
        for (Address address : addresses) {
            if (address.begin() > done) {
                parts.add(new TextNode(whole.substring(done, address.begin())));
            }
            Element link = new Element("a").attr("href", address.href());
            link.appendText(whole.substring(address.begin(), address.end()));
            parts.add(link);
            done = address.end();
        }
        if (done < whole.length()) {
            parts.add(new TextNode(whole.substring(done)));
        }
        return parts;
    }

    private static String href(LinkType type, String address) {
        return switch (type) {
            case EMAIL -> "mailto:" + address;
            case WWW -> "http://" + address;
            default -> address;
        };
    }
}
