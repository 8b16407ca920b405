package org.optout.tracker;

import java.util.List;

/**
 * Every request in the tracker, for a listing: those optout can read, oldest first, and those it cannot, which the
 * listing reports instead of failing as a whole.
 */
public record RequestList(List<TrackedRequest> readable, List<UnreadableRequest> unreadable) {

    /** Copies the lists so the record stays immutable. */
    public RequestList {
        readable = List.copyOf(readable);
        unreadable = List.copyOf(unreadable);
    }
}
