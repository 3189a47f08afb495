package vn.bantin.model;

import vn.bantin.model.document.Document;
import vn.bantin.text.ContentDates;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When the clock alone changes a site: a scheduled article comes due, an article expires, a
 * document passes its expiry date. Until then a bake of unchanged files makes the same output.
 */
final class ClockChanges {
    private ClockChanges() {
    }

    /** The first such moment after {@code now}, or null when there is none. */
    static Instant next(Site site, Instant now) {
        ZoneId zone = site.config().zone();
        Instant next = null;
        for (Article article : site.drafts()) {
            next = earliest(next, article.date().moment().toInstant(), now); // a draft's date is harmless here
        }
        for (Article article : site.articles()) {
            if (article.frontMatter().get("expires") instanceof String written) {
                Optional<ContentDates.ContentDate> expires = ContentDates.parse(written, zone);
                if (expires.isPresent()) {
                    next = earliest(next, expires.get().moment().toInstant(), now);
                }
            }
        }
        for (Document document : site.documents().all()) {
            if (document.expires() != null) {
                next = earliest(next, document.expires().atStartOfDay(zone).toInstant(), now);
            }
        }
        return next;
    }

    private static Instant earliest(Instant next, Instant moment, Instant now) {
        if (!moment.isAfter(now)) {
            return next;
        }
        return next == null || moment.isBefore(next) ? moment : next;
    }
}
