package org.optout.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.optout.catalogue.Language;
import org.optout.letter.LetterWriter;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

/** Reads what a complaint can rely on from a tracked request: chronology, silence or refusal, infringements. */
final class ComplaintFacts {
    private ComplaintFacts() {
    }

    /** A chronology row with its date, for sorting before formatting. */
    private record Row(LocalDate date, String event, String channel, String reference, Integer annex) {
    }

    static List<ComplaintModel.ChronologyRow> chronology(TrackedRequest request, List<Annexes.Numbered> annexes,
                                                         LocalDate today, Language language) {
        List<Row> rows = new ArrayList<>();
        String channel = request.channel().label();
        for (RequestEvent e : request.events()) {
            String event = eventKey(e.type());
            if (event != null) {
                Integer annex = Annexes.numberFor(request, e, annexes);
                rows.add(new Row(e.on(), event, e.type() == EventType.SENT ? channel : null, e.reference(), annex));
            }
        }
        request.deadline().ifPresent(d -> rows.add(new Row(d.date(), "deadline", null, null, null)));
        request.graceEnd().ifPresent(d -> rows.add(new Row(d, "grace_end", null, null, null)));
        if (silence(request, today)) {
            rows.add(new Row(today, "no_answer", null, null, null));
        }
        rows.sort(Comparator.comparing(Row::date)); // stable: same-day events keep their recorded order
        return rows.stream().map(r -> new ComplaintModel.ChronologyRow(LetterWriter.formatDate(r.date(), language),
                r.event(), r.channel(), r.reference(), r.annex())).toList();
    }

    /** The chronology key of an event type, or null for the events a chronology leaves out. */
    static String eventKey(EventType type) {
        return switch (type) {
            case SENT -> "sent";
            case RECEIVED -> "received";
            case ACKNOWLEDGED -> "acknowledged";
            case EXTENSION_NOTIFIED -> "extension";
            case IDENTITY_REQUESTED -> "identity_requested";
            case IDENTITY_PROVIDED -> "identity_provided";
            case REMINDER_SENT -> "reminder";
            case ANSWERED -> "answered";
            case REFUSED -> "refused";
            default -> null;
        };
    }

    static boolean silence(TrackedRequest request, LocalDate today) {
        return request.overdue(today);
    }

    static boolean refused(TrackedRequest request) {
        return request.status() == RequestStatus.REFUSED;
    }

    /** The articles the recorded facts support. */
    static List<String> infringements(TrackedRequest request, LocalDate today) {
        Set<String> articles = new LinkedHashSet<>();
        if (silence(request, today)) {
            articles.add("12(3)");
            articles.add("12(4)");
            articles.add("21(1)");
            articles.add("18(1)(d)");
        }
        if (refused(request)) {
            articles.add("21(1)");
            LocalDate refusal = request.events().stream().filter(e -> e.type() == EventType.REFUSED)
                    .reduce((a, b) -> b).orElseThrow().on();
            request.deadline().filter(d -> refusal.isAfter(d.date())).ifPresent(d -> articles.add("12(3)"));
        }
        if (!articles.isEmpty()) {
            articles.add("17(1)(c)");
        }
        return List.copyOf(articles);
    }
}
