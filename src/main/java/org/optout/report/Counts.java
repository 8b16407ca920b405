package org.optout.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.optout.tracker.RequestStatus;

/** The checks the report's input records share: counts are never negative, status maps are complete copies. */
final class Counts {
    private Counts() {
    }

    static void requireNotNegative(String what, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(what + " is negative: " + count);
        }
    }

    /** The longest name the page shows (a campaign, an association, a platform): a heading, not a text. */
    static final int MAX_NAME = 300;

    static void requireText(String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        if (text.length() > MAX_NAME) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_NAME + " characters: "
                    + text.substring(0, 40) + "…");
        }
    }

    /**
     * An unmodifiable copy of {@code counts} holding every status in declaration order, a status left out
     * counting 0.
     */
    static Map<RequestStatus, Integer> everyStatus(String what, Map<RequestStatus, Integer> counts) {
        Objects.requireNonNull(counts, what);
        Map<RequestStatus, Integer> all = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            Integer count = counts.getOrDefault(status, 0);
            Objects.requireNonNull(count, () -> what + " " + status);
            requireNotNegative(what + " " + status.label(), count);
            all.put(status, count);
        }
        return Collections.unmodifiableMap(all);
    }

    /** The sum of the counts. */
    static long sum(Map<RequestStatus, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}
