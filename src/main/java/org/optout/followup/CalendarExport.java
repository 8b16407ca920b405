package org.optout.followup;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.optout.tracker.TrackedRequest;

/**
 * {@code optout calendar}: an iCalendar file (RFC 5545, via ical4j) with one all-day event per open deadline and
 * per setting re-check, each with an alarm three days before. The platform is written {@linkplain InertText inert}:
 * the calendar is printed on the terminal without {@code --out}.
 */
public final class CalendarExport {
    private CalendarExport() {
    }

    /** The calendar of {@code requests} as ICS text, stamped {@code now}. */
    public static String ics(List<TrackedRequest> requests, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//optout//deadlines//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (TrackedRequest r : requests) {
            String platform = InertText.of(r.platform());
            if (r.status().awaitingAnswer()) {
                r.deadline().ifPresent(d -> calendar.add(event(r, now, "deadline", d.date(),
                        "optout " + r.shortId() + ": " + platform + " must answer by today (GDPR art. 12(3))",
                        "Deadline of your " + r.kind().name().toLowerCase() + " " + r.shortId() + " to " + platform
                                + ". If no answer: optout remind " + r.shortId())));
            }
            r.recheckOn().ifPresent(date -> calendar.add(event(r, now, "recheck", date,
                    "optout " + r.shortId() + ": check the " + platform + " AI-training setting is still off",
                    "optout guide " + platform)));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar built is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static VEvent event(TrackedRequest r, Instant now, String what, LocalDate date, String summary,
                                String description) {
        VEvent event = new VEvent(date, summary);
        event.replace(new DtStamp(now));
        event.add(new Uid("optout-" + r.shortId() + "-" + what + "-" + date + "@optout.local"));
        event.add(new Description(description));
        VAlarm alarm = new VAlarm(Duration.ofDays(-3));
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(summary));
        event.add(alarm);
        return event;
    }
}
