package org.optout.followup;

import java.util.stream.Collectors;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.TrackedRequest;

/**
 * {@code optout requests show}: a request's timeline, evidence with hashes, and how its deadline was computed. Text
 * recorded from outside is printed {@linkplain InertText inert}.
 */
public final class Timeline {
    private Timeline() {
    }

    public static String format(TrackedRequest r, java.time.LocalDate today) {
        StringBuilder out = new StringBuilder();
        out.append(r.shortId()).append("  ").append(r.kind().name().toLowerCase()).append(" to ")
                .append(InertText.of(r.platform())).append(" by ").append(r.channel().label()).append(", in ")
                .append(InertText.of(r.language()))
                .append(r.parentId() == null ? "" : ", following R" + r.parentId()).append('\n');
        out.append("status: ").append(r.status().label()).append(r.overdue(today) ? " (OVERDUE)" : "").append('\n');
        for (RequestEvent e : r.events()) {
            out.append(String.format("%-5s ", e.shortId())).append(e.on()).append("  ").append(e.type().label());
            if (e.aboutEventId() != null) {
                // evidence added to an event, or an event classifying a reply kept earlier (--reply)
                out.append(e.type() == org.optout.tracker.EventType.EVIDENCE_ADDED ? " to E" : " (reply E")
                        .append(e.aboutEventId()).append(e.type() == org.optout.tracker.EventType.EVIDENCE_ADDED ? "" : ")");
            }
            if (e.dueOn() != null) {
                out.append("  until ").append(e.dueOn());
            }
            if (e.reference() != null) {
                out.append("  ref ").append(InertText.of(e.reference()));
            }
            if (e.note() != null) {
                out.append("  — ").append(InertText.of(e.note()));
            }
            out.append('\n');
            e.documents().forEach(d -> out.append("            ").append(InertText.of(d.role())).append(": ")
                    .append(d.originalName() == null ? "" : InertText.of(d.originalName()) + ", ").append(d.size())
                    .append(" bytes, sha256 ").append(d.sha256()).append('\n'));
        }
        r.deadline().ifPresentOrElse(
                d -> out.append("deadline: ").append(d.date()).append("\n  ")
                        .append(d.explanation().stream().collect(Collectors.joining("\n  "))).append('\n'),
                () -> out.append("deadline: none yet (").append(r.receivedOn().isEmpty()
                        ? "the date of receipt is not known" : "identity check pending: the clock is paused")
                        .append(")\n"));
        if (r.lateExtension()) {
            out.append("note: the extension was notified after the one-month deadline, so it does not count "
                    + "(art. 12(3))\n");
        }
        r.recheckOn().ifPresent(d -> out.append("re-check the setting on ").append(d).append('\n'));
        return out.toString();
    }
}
