package org.optout.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.optout.tracker.TrackedRequest;

/**
 * One line of {@code optout requests}, also its JSON form (the cli puts it in words); kind, channel and status
 * are codes.
 *
 * @param deadline the legal deadline, or null while it cannot be computed (not sent, receipt unknown,
 *     identity check pending)
 * @param daysLeft days until the deadline (negative when overdue), or null
 */
public record RequestRow(String id, String platform, String kind, String channel, String status, LocalDate sentOn,
                         LocalDate receivedOn, LocalDate deadline, Long daysLeft, boolean overdue,
                         LocalDate recheckOn) {

    public static RequestRow of(TrackedRequest r, LocalDate today) {
        LocalDate deadline = r.deadline().map(d -> d.date()).orElse(null);
        return new RequestRow(r.shortId(), r.platform(), r.kind().name().toLowerCase(), r.channel().label(),
                r.status().label(), r.sentOn().orElse(null), r.receivedOn().orElse(null), deadline,
                deadline == null ? null : ChronoUnit.DAYS.between(today, deadline), r.overdue(today),
                r.recheckOn().orElse(null));
    }
}
