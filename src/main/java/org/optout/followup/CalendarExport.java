package org.optout.followup;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.optout.catalogue.Language;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

/**
 * {@code optout calendar}: an iCalendar file (RFC 5545, via ical4j) with one all-day event per open deadline, end of
 * a reminder's grace period, setting re-check and complaint left without news (art. 78(2)), each with an alarm
 * three days before, in the user's language. The file depends on the tracker alone, so exporting it again without
 * a change gives the same bytes: an event's UID names its request and kind (never a date, which moves with an
 * extension), its SEQUENCE and DTSTAMP come from the request's events. The platform is written
 * {@linkplain InertText inert}: the calendar is printed on the terminal without {@code --out}.
 */
public final class CalendarExport {
    /** What an event is about; its slug is part of the UID, so it never changes. */
    enum Kind {
        DEADLINE("deadline"), GRACE_END("grace-end"), RECHECK("recheck"), COMPLAINT_NEWS("complaint-news");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        String key() {
            return slug;
        }
    }

    private CalendarExport() {
    }

    /**
     * The calendar of {@code requests} as ICS text.
     *
     * @param commandSuffix options to repeat in every command the events advise (e.g. {@code --db FILE})
     */
    public static String ics(List<TrackedRequest> requests, Language language, String commandSuffix) {
        CalendarTexts texts = CalendarTexts.of(language);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//optout//deadlines//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (TrackedRequest r : requests) {
            for (Due due : dues(r, texts, commandSuffix)) {
                calendar.add(event(r, due, texts));
            }
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

    /** One event to write: its kind, day and the values its texts name. */
    private record Due(Kind kind, LocalDate on, Map<String, String> values) {
    }

    private static List<Due> dues(TrackedRequest r, CalendarTexts texts, String suffix) {
        String id = r.shortId();
        String platform = InertText.of(r.platform());
        List<Due> dues = new ArrayList<>();
        if (r.status().awaitingAnswer()) {
            r.deadline().ifPresent(d -> dues.add(new Due(Kind.DEADLINE, d.date(), Map.of("id", id, "platform",
                    platform, "date", texts.date(d.date()), "command", Todo.remindCommand(id, suffix)))));
            r.graceEnd().ifPresent(end -> dues.add(new Due(Kind.GRACE_END, Todo.complaintDueAfter(end), Map.of("id",
                    id, "platform", platform, "date", texts.date(end), "command", Todo.complaintCommand(id, suffix)))));
        }
        if (r.status() == RequestStatus.SETTING_DONE) {
            r.recheckOn().ifPresent(date -> dues.add(new Due(Kind.RECHECK, date, Map.of("id", id, "platform", platform,
                    "date", texts.date(r.settingDoneOn().orElseThrow()), "guide", Todo.guideCommand(platform),
                    "command", Todo.settingRecheckedCommand(id, suffix)))));
        }
        if (r.kind() == RequestKind.COMPLAINT && r.status() == RequestStatus.COMPLAINED) {
            LocalDate filed = r.latest(EventType.COMPLAINT_FILED).orElseThrow().on();
            String authority = InertText.of(r.latest(EventType.DRAFTED).map(RequestEvent::reference).orElse("?"));
            dues.add(new Due(Kind.COMPLAINT_NEWS, Todo.complaintNewsDue(filed), Map.of("id", id, "platform", platform,
                    "date", texts.date(filed), "authority", authority, "months",
                    Integer.toString(Todo.COMPLAINT_NEWS_MONTHS))));
        }
        return dues;
    }

    private static VEvent event(TrackedRequest r, Due due, CalendarTexts texts) {
        String summary = texts.text(due.kind().key() + ".summary", due.values());
        VEvent event = new VEvent(due.on(), summary);
        Instant revised = r.events().stream().map(RequestEvent::recordedAt).max(Instant::compareTo)
                .orElse(r.createdAt());
        // DTSTAMP is when the event last changed in optout's store (RFC 5545 3.8.7.2, no METHOD): never "now"
        event.replace(new DtStamp(revised));
        event.add(new LastModified(revised));
        event.add(new Uid(r.shortId() + "-" + due.kind().key() + "@optout"));
        // each recorded event may move the date, so their count only grows when the calendar event may change
        event.add(new Sequence(r.events().size()));
        event.add(new Description(texts.text(due.kind().key() + ".description", due.values())));
        VAlarm alarm = new VAlarm(Duration.ofDays(-3));
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(summary));
        event.add(alarm);
        return event;
    }
}
