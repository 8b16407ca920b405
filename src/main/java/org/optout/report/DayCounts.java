package org.optout.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.optout.tracker.RequestStatus;

/**
 * How many of the campaign's requests stood in each status at the end of one day (a point of "status over time").
 *
 * @param day the day
 * @param statuses the count per status; a status left out counts 0
 */
public record DayCounts(LocalDate day, Map<RequestStatus, Integer> statuses) {
    public DayCounts {
        Objects.requireNonNull(day, "day");
        statuses = Counts.everyStatus("statuses on " + day, statuses);
    }

    /** The requests counted that day. */
    public long total() {
        return Counts.sum(statuses);
    }
}
