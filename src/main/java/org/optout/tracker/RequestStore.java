package org.optout.tracker;

import java.util.List;
import java.util.Optional;

/** Where requests and their events are kept. Every change is one transaction; events are never changed. */
public interface RequestStore {
    /** Records a new request with its first event. */
    TrackedRequest create(NewRequest request, NewEvent first);

    /** Appends an event to request {@code id}. */
    TrackedRequest append(long id, NewEvent event);

    Optional<TrackedRequest> find(long id);

    /** All requests, oldest first. */
    List<TrackedRequest> all();

    /**
     * The request a user named, as "R7" or "7".
     *
     * @throws org.optout.AppException a usage error when there is no such request
     */
    default TrackedRequest get(String shortId) {
        String digits = shortId.matches("(?i)r?\\d{1,12}") ? shortId.replaceFirst("(?i)^r", "") : null;
        return (digits == null ? Optional.<TrackedRequest>empty() : find(Long.parseLong(digits)))
                .orElseThrow(() -> org.optout.AppException.usage("unknown request '" + shortId
                        + "'; 'optout requests' lists them"));
    }
}
