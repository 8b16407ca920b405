package org.optout.followup;

import java.time.LocalDate;
import java.util.Set;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.TrackedRequest;
import org.optout.ui.Texts;

/**
 * {@code optout requests show}: a request's timeline, evidence with hashes, and how its deadline was computed, in the
 * interface language. Text recorded from outside is printed {@linkplain InertText inert}.
 */
public final class Timeline {
    /**
     * The roles optout gives the documents it records, each told by the text under "document.role.ROLE"; a role
     * not in this list (from another version of optout) is printed as stored.
     */
    private static final Set<String> KNOWN_ROLES = Set.of("letter", "eml", "mandate", "mandate-signed", "reminder",
            "reminder-text", "reply", "reply-text", "attachment", "complaint", "complaint-unsigned", "index");

    private Timeline() {
    }

    public static String format(TrackedRequest r, LocalDate today, Texts texts) {
        StringBuilder out = new StringBuilder();
        out.append(texts.get("timeline.head", r.shortId(), r.kind(), InertText.of(r.platform()), r.channel(),
                InertText.of(r.language()), r.parentId() == null ? "" : texts.get("timeline.following",
                        "R" + r.parentId()))).append('\n');
        out.append(texts.get("timeline.status", r.status(), r.overdue(today) ? texts.get("timeline.overdue") : ""))
                .append('\n');
        for (RequestEvent e : r.events()) {
            out.append(String.format("%-5s ", e.shortId())).append(e.on()).append("  ").append(texts.word(e.type()));
            if (e.aboutEventId() != null) {
                // evidence added to an event, or an event classifying a reply kept earlier (--reply)
                out.append(texts.get(e.type() == org.optout.tracker.EventType.EVIDENCE_ADDED ? "timeline.event.about"
                        : "timeline.event.reply", "E" + e.aboutEventId()));
            }
            if (e.dueOn() != null) {
                out.append(texts.get("timeline.event.until", e.dueOn()));
            }
            if (e.reference() != null) {
                out.append(texts.get("timeline.event.ref", InertText.of(e.reference())));
            }
            if (e.note() != null) {
                out.append("  — ").append(InertText.of(org.optout.tracker.RecordedNote.shown(e.note(), texts)));
            }
            out.append('\n');
            e.documents().forEach(d -> out.append("            ").append(texts.get("timeline.document",
                    role(texts, d.role()), d.originalName() == null ? "" : InertText.of(d.originalName()) + ", ",
                    Long.toString(d.size()), d.sha256()))
                    .append('\n'));
        }
        r.deadline().ifPresentOrElse(
                d -> {
                    out.append(texts.get("timeline.deadline", d.date())).append('\n');
                    d.steps().forEach(step -> out.append("  ").append(texts.get(step)).append('\n'));
                },
                () -> out.append(texts.get("timeline.no_deadline", texts.get(r.receivedOn().isEmpty()
                        ? "timeline.no_deadline.receipt" : "timeline.no_deadline.identity"))).append('\n'));
        if (r.lateExtension()) {
            out.append(texts.get("timeline.late_extension")).append('\n');
        }
        r.recheckOn().ifPresent(d -> out.append(texts.get("timeline.recheck", d)).append('\n'));
        return out.toString();
    }

    /** The label of a document's {@code role} in the interface language. */
    static String role(Texts texts, String role) {
        return KNOWN_ROLES.contains(role) ? texts.get("document.role." + role) : InertText.of(role);
    }
}
