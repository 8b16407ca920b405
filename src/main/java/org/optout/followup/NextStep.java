package org.optout.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

/**
 * {@code optout overdue}: requests whose deadline passed, and settings due for a re-check, with what to do next.
 * The platform, which a tracker edited by hand could hold anything in, is printed {@linkplain InertText inert}.
 */
public final class NextStep {
    private NextStep() {
    }

    /** One line per request needing action on {@code today}; empty when nothing is due. */
    public static List<String> due(List<TrackedRequest> requests, LocalDate today) {
        List<String> lines = new ArrayList<>();
        for (TrackedRequest r : requests) {
            String platform = InertText.of(r.platform());
            if (r.overdue(today)) {
                LocalDate deadline = r.deadline().orElseThrow().date();
                lines.add(r.shortId() + " " + platform + ": deadline " + deadline + " passed "
                        + (today.toEpochDay() - deadline.toEpochDay()) + " day(s) ago; " + step(r, today));
            } else if (r.status() == RequestStatus.SETTING_DONE && !r.recheckOn().orElseThrow().isAfter(today)) {
                lines.add(r.shortId() + " " + platform + ": setting switched off on " + r.settingDoneOn().orElseThrow()
                        + "; check it is still off (optout guide " + platform + "), then: optout requests done "
                        + r.shortId());
            } else if (r.status() == RequestStatus.DELIVERY_UNKNOWN) {
                lines.add(r.shortId() + " " + platform + ": delivery unknown; check your sent mail, then "
                        + "optout requests sent " + r.shortId() + " or optout send " + platform + " --resend");
            }
        }
        return lines;
    }

    private static String step(TrackedRequest r, LocalDate today) {
        RequestEvent reminder = r.latest(EventType.REMINDER_SENT).orElse(null);
        if (reminder == null) {
            return "next: send a reminder (optout remind " + r.shortId() + ")";
        }
        LocalDate grace = r.graceEnd().orElseThrow();
        if (today.isAfter(grace)) {
            return "reminder of " + reminder.on() + " unanswered since " + grace
                    + "; next: complain to the supervisory authority";
        }
        return "reminder sent on " + reminder.on() + "; wait until " + grace + ", then complain";
    }
}
