package vn.bantin.model.document;

import java.util.List;

/**
 * What linking the mentions of one body gave ({@link MentionLinker}), kept for the next bake: when
 * the body and all the linking read are as they were ({@code key}), the linked body is known by its
 * digest, and its documents by their files, without the body being read or linked again.
 *
 * @param key    a hash of all the linking read: the body's digest, the site's documents as mentions
 *               name them, the document the body is and the documents its file lists
 * @param digest the linked body's digest ({@link vn.bantin.load.Body#digest})
 * @param found  the documents linked, by file path, in the order first met
 */
public record LinkedBody(byte[] key, byte[] digest, List<String> found) {
    public LinkedBody {
        key = key.clone();
        digest = digest.clone();
        found = List.copyOf(found);
    }
}
