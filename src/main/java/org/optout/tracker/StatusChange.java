package org.optout.tracker;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day on which a request's status changed: its status at the end of {@code day}, from its events dated up to that
 * day, differs from the day before. A row of {@link TrackedRequest#history()}.
 *
 * @param day the day
 * @param from its status at the end of the day before, or null on the day of its first event
 * @param to its status at the end of {@code day}
 */
public record StatusChange(LocalDate day, RequestStatus from, RequestStatus to) {
    public StatusChange {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(to, "to");
    }
}
