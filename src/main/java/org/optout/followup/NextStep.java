package org.optout.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

/** {@code optout overdue}: requests whose deadline passed, and settings due for a re-check, with what to do next. */
public final class NextStep {
    private NextStep() {
    }

    /** One line per request needing action on {@code today}; empty when nothing is due. */
    public static List<String> due(List<TrackedRequest> requests, LocalDate today) {
        List<String> lines = new ArrayList<>();
        for (TrackedRequest r : requests) {
            if (r.overdue(today)) {
                LocalDate deadline = r.deadline().orElseThrow().date();
                lines.add(r.shortId() + " " + r.platform() + ": deadline " + deadline + " passed "
                        + (today.toEpochDay() - deadline.toEpochDay()) + " day(s) ago; " + step(r, today));
            } else if (r.status() == RequestStatus.SETTING_DONE && !r.recheckOn().orElseThrow().isAfter(today)) {
                lines.add(r.shortId() + " " + r.platform() + ": setting switched off on " + r.recheckOn().orElseThrow()
                        .minusMonths(6) + "; check it is still off (optout guide " + r.platform()
                        + "), then: optout requests done " + r.shortId());
            } else if (r.status() == RequestStatus.DELIVERY_UNKNOWN) {
                lines.add(r.shortId() + " " + r.platform() + ": delivery unknown; check your sent mail, then "
                        + "optout requests sent " + r.shortId() + " or optout send " + r.platform() + " --resend");
            }
        }
        return lines;
    }

    private static String step(TrackedRequest r, LocalDate today) {
        Optional<RequestEvent> reminder = r.events().stream().filter(e -> e.type() == EventType.REMINDER_SENT)
                .reduce((first, second) -> second);
        if (reminder.isEmpty()) {
            return "next: send a reminder (optout remind " + r.shortId() + ")";
        }
        LocalDate grace = r.graceEnd().orElseThrow();
        if (today.isAfter(grace)) {
            return "reminder of " + reminder.get().on() + " unanswered since " + grace
                    + "; next: complain to the supervisory authority";
        }
        return "reminder sent on " + reminder.get().on() + "; wait until " + grace + ", then complain";
    }
}
