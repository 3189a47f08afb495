package vn.bantin.model.document;

import vn.bantin.text.DocumentNumbers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the document numbers a body mentions lead when nothing but the number decides: each names
 * one document of the site or none. A quick rebuild links a body again with them, as the model
 * would, without the model ({@code QuickRebuild}); a number several documents share is settled
 * by the text around it, and its body is left to a whole bake.
 */
public final class MentionTargets {
    /** The site's documents by the identity of their numbers ({@link DocumentNumbers#key}), as the linker finds them. */
    private final Map<String, List<Document>> byKey = new HashMap<>();

    public MentionTargets(Documents documents) {
        for (Document document : documents.all()) {
            byKey.computeIfAbsent(DocumentNumbers.key(document.number()), k -> new ArrayList<>()).add(document);
        }
    }

    /**
     * For each number {@code written}, the URL of the page of the one document it names, or an
     * empty string when the site has none with a page (it stays text); null when some number names
     * several documents.
     */
    public Map<String, String> of(Collection<String> written) {
        Map<String, String> targets = new TreeMap<>();
        for (String number : written) {
            List<Document> candidates = byKey.getOrDefault(DocumentNumbers.key(number), List.of());
            if (candidates.size() > 1) {
                return null;
            }
            String url = candidates.isEmpty() ? null : candidates.get(0).url();
            targets.put(number, url == null ? "" : url);
        }
        return targets;
    }

    /** {@code markedHtml}, a body as the load stage marked its mentions, linked to {@code targets} ({@link #of}). */
    public static String linked(String markedHtml, Map<String, String> targets) {
        return MentionLinker.linked(markedHtml, (written, after) -> {
            String url = targets.get(written);
            return url == null || url.isEmpty() ? null : url;
        });
    }
}
