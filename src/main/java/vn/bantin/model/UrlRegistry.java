package vn.bantin.model;

import vn.bantin.problem.Problems;

import java.util.HashMap;
import java.util.Map;

/** Gives each URL to one owner; a second claim is an error naming both files. */
final class UrlRegistry {
    private final Map<String, String> owners = new HashMap<>();
    private final Problems problems;

    UrlRegistry(Problems problems) {
        this.problems = problems;
    }

    /** Whether a page has the address {@code url}. */
    boolean isClaimed(String url) {
        return owners.containsKey(url);
    }

    /** @param owner a site-relative file path, or a description of a generated page */
    void claim(String url, String owner) {
        String first = owners.putIfAbsent(url, owner);
        if (first != null) {
            boolean isFile = owner.contains("/") && owner.endsWith(".md");
            problems.error(isFile ? owner : first, 1,
                    "the address " + url + " is used by both " + first + " and " + owner,
                    "give one of them another slug: slug: another-name");
        }
    }
}
