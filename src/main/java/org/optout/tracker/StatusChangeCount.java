package org.optout.tracker;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many of the requests a query selects changed from one status to another on one day: a row of
 * {@link RequestStore#countStatusChanges}.
 *
 * @param day the day
 * @param from the status they left, or null for requests whose first event is dated that day
 * @param to the status they entered
 * @param count how many requests, at least 1
 */
public record StatusChangeCount(LocalDate day, RequestStatus from, RequestStatus to, long count) {
    public StatusChangeCount {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(to, "to");
    }
}
