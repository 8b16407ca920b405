package org.optout.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.optout.tracker.TrackedRequest;

/**
 * One line of {@code optout requests}, also its JSON form.
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

    /** Rows as an aligned table, the platform printed {@linkplain InertText inert}. */
    public static String table(List<RequestRow> rows) {
        if (rows.isEmpty()) {
            return "no requests yet: 'optout send PLATFORM' sends one\n";
        }
        String format = "%-6s %-10s %-10s %-15s %-17s %-11s %s%n";
        StringBuilder out = new StringBuilder(String.format(format, "ID", "PLATFORM", "KIND", "CHANNEL", "STATUS",
                "DEADLINE", "LEFT"));
        for (RequestRow r : rows) {
            String left = r.daysLeft() == null ? (r.recheckOn() == null ? "" : "re-check " + r.recheckOn())
                    : r.overdue() ? "OVERDUE by " + -r.daysLeft() + " d"
                    : r.status().equals("sent") || r.status().equals("acknowledged") || r.status().equals("extended")
                            ? r.daysLeft() + " d" : "";
            out.append(String.format(format, r.id(), InertText.of(r.platform()), r.kind(), r.channel(), r.status(),
                    r.deadline() == null ? "-" : r.deadline().toString(), left));
        }
        return out.toString();
    }
}
