package org.optout.tracker;

import org.optout.catalogue.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.optout.deadline.Deadline;
import org.optout.deadline.DeadlineCalculator;
import org.optout.deadline.Pause;

/**
 * A request as recorded, with everything derived from its events: status, date of receipt and legal deadline
 * (art. 12(3): one month from receipt, up to three with an extension notified in time, paused while an identity
 * check is pending). Nothing here is typed in by the user.
 *
 * @param controllerCountry the controller's country, whose public holidays count
 * @param userCountry the user's country; the later of the two deadlines applies
 * @param parentId the request a reminder or complaint follows up, or null
 * @param campaign the campaign it was made in for a member of an association (GDPR art. 80), or null
 * @param memberId the member it was made for, or null
 */
public record TrackedRequest(long id, String platform, RequestKind kind, String language, Channel channel,
                             String controllerCountry, String userCountry, Long parentId, Instant createdAt,
                             List<RequestEvent> events, String campaign, String memberId) {
    /**
     * The further period a reminder gives the controller before the complaint, counted from the day it is sent: a
     * courtesy, not a legal deadline (which has already passed).
     */
    public static final int REMINDER_GRACE_DAYS = 14;

    /** How long after the user switched an in-app setting off optout asks them to check it is still off. */
    public static final int RECHECK_MONTHS = 6;

    public TrackedRequest {
        events = List.copyOf(events);
    }

    /** A person's own request, made in no campaign. */
    public TrackedRequest(long id, String platform, RequestKind kind, String language, Channel channel,
                          String controllerCountry, String userCountry, Long parentId, Instant createdAt,
                          List<RequestEvent> events) {
        this(id, platform, kind, language, channel, controllerCountry, userCountry, parentId, createdAt, events, null,
                null);
    }

    /** The id users type, e.g. "R7". */
    public String shortId() {
        return "R" + id;
    }

    /** The current status, from the latest events. */
    public RequestStatus status() {
        if (has(EventType.CLOSED)) {
            return RequestStatus.CLOSED;
        }
        if (has(EventType.COMPLAINT_FILED)) {
            return RequestStatus.COMPLAINED;
        }
        Optional<RequestEvent> outcome = last(EventType.ANSWERED, EventType.REFUSED);
        if (outcome.isPresent()) {
            return outcome.get().type() == EventType.REFUSED ? RequestStatus.REFUSED : RequestStatus.ANSWERED;
        }
        if (has(EventType.SETTING_DONE)) {
            return RequestStatus.SETTING_DONE;
        }
        Optional<RequestEvent> delivery = last(EventType.SEND_ATTEMPTED, EventType.SENT, EventType.DELIVERY_FAILED,
                EventType.DELIVERY_UNKNOWN);
        if (delivery.isEmpty()) {
            return RequestStatus.DRAFTED;
        }
        switch (delivery.get().type()) {
            case SEND_ATTEMPTED, DELIVERY_UNKNOWN -> {
                return RequestStatus.DELIVERY_UNKNOWN;
            }
            case DELIVERY_FAILED -> {
                return RequestStatus.DELIVERY_FAILED;
            }
            default -> {
                // sent: see below
            }
        }
        if (identityPending()) {
            return RequestStatus.AWAITING_IDENTITY;
        }
        if (receivedOn().isEmpty()) {
            return RequestStatus.AWAITING_RECEIPT;
        }
        if (has(EventType.EXTENSION_NOTIFIED) && extensionInTime()) {
            return RequestStatus.EXTENDED;
        }
        return has(EventType.ACKNOWLEDGED) ? RequestStatus.ACKNOWLEDGED : RequestStatus.SENT;
    }

    /** When the request was sent, if it was. */
    public Optional<LocalDate> sentOn() {
        return first(EventType.SENT).map(RequestEvent::on);
    }

    /**
     * The days from sending to the controller's first answer (the earliest {@link EventType#ANSWERED} or
     * {@link EventType#REFUSED} date), if it was sent and answered, and not answered before it was sent.
     */
    public Optional<Integer> daysToAnswer() {
        Optional<LocalDate> answered = events.stream().filter(e -> e.type() == EventType.ANSWERED
                || e.type() == EventType.REFUSED).map(RequestEvent::on).min(LocalDate::compareTo);
        return sentOn().filter(sent -> answered.isPresent() && !answered.get().isBefore(sent))
                .map(sent -> Math.toIntExact(ChronoUnit.DAYS.between(sent, answered.get())));
    }

    /**
     * The days its status changed, oldest first: the status at the end of each day its events are dated is
     * {@link #status()} of the events dated up to that day, and a day is listed when it differs from the day before.
     */
    public List<StatusChange> history() {
        List<StatusChange> changes = new ArrayList<>();
        RequestStatus before = null;
        for (LocalDate day : new TreeSet<>(events.stream().map(RequestEvent::on).toList())) {
            RequestStatus now = new TrackedRequest(id, platform, kind, language, channel, controllerCountry,
                    userCountry, parentId, createdAt, events.stream().filter(e -> !e.on().isAfter(day)).toList(),
                    campaign, memberId).status();
            if (now != before) {
                changes.add(new StatusChange(day, before, now));
                before = now;
            }
        }
        return changes;
    }

    /** When the controller received it, if known. */
    public Optional<LocalDate> receivedOn() {
        return last(EventType.RECEIVED).map(RequestEvent::on);
    }

    /** Whether an extension was notified, but after the one-month deadline (it does not count). */
    public boolean lateExtension() {
        return has(EventType.EXTENSION_NOTIFIED) && !extensionInTime();
    }

    /** The legal deadline, once the date of receipt is known and while no identity check is pending. */
    public Optional<Deadline> deadline() {
        if (receivedOn().isEmpty() || identityPending()) {
            return Optional.empty();
        }
        int months = has(EventType.EXTENSION_NOTIFIED) && extensionInTime() ? 3 : 1;
        return Optional.of(DeadlineCalculator.compute(receivedOn().get(), months, countries(), pauses()));
    }

    /** The end of the period the latest reminder sent gave the controller, if a reminder was sent. */
    public Optional<LocalDate> graceEnd() {
        return last(EventType.REMINDER_SENT).map(e -> e.dueOn() != null ? e.dueOn() : e.on().plusDays(REMINDER_GRACE_DAYS));
    }

    /** The event with this id, e.g. from "E12" or "12". */
    public Optional<RequestEvent> event(String shortId) {
        String digits = shortId.matches("(?i)e?\\d{1,12}") ? shortId.replaceFirst("(?i)^e", "") : null;
        return digits == null ? Optional.empty()
                : events.stream().filter(e -> e.id() == Long.parseLong(digits)).findFirst();
    }

    /**
     * The documents that prove {@code event}: its own and those added to it later ({@link EventType#EVIDENCE_ADDED}).
     */
    public List<StoredDocument> proofOf(RequestEvent event) {
        List<StoredDocument> proof = new ArrayList<>(event.documents());
        for (RequestEvent e : events) {
            if (e.type() == EventType.EVIDENCE_ADDED && Long.valueOf(event.id()).equals(e.aboutEventId())) {
                proof.addAll(e.documents());
            }
        }
        return proof;
    }

    /** The latest event of this type, if any. */
    public Optional<RequestEvent> latest(EventType type) {
        return last(type);
    }

    /** Settings change: the day the user last recorded the in-app setting as switched off. */
    public Optional<LocalDate> settingDoneOn() {
        return last(EventType.SETTING_DONE).map(RequestEvent::on);
    }

    /**
     * Settings change: when to check again that the in-app setting is still off, {@link #RECHECK_MONTHS} after it
     * was switched off (or the month's last day: 31 August gives 28 February).
     */
    public Optional<LocalDate> recheckOn() {
        return settingDoneOn().map(done -> done.plusMonths(RECHECK_MONTHS));
    }

    /** Whether the controller owes an answer and the deadline has passed on {@code today}. */
    public boolean overdue(LocalDate today) {
        return status().overdue(deadline().map(Deadline::date).orElse(null), today);
    }

    private boolean extensionInTime() {
        LocalDate notice = first(EventType.EXTENSION_NOTIFIED).map(RequestEvent::on).orElseThrow();
        return receivedOn().map(received -> DeadlineCalculator.extensionNoticeInTime(received, notice, countries()))
                .orElse(false);
    }

    private boolean identityPending() {
        Optional<RequestEvent> identity = last(EventType.IDENTITY_REQUESTED, EventType.IDENTITY_PROVIDED);
        return identity.isPresent() && identity.get().type() == EventType.IDENTITY_REQUESTED;
    }

    /** Identity-check pauses, each clipped so it neither starts before receipt nor overlaps the previous one. */
    private List<Pause> pauses() {
        List<Pause> pauses = new ArrayList<>();
        LocalDate floor = receivedOn().orElseThrow();
        LocalDate from = null;
        for (RequestEvent event : events) {
            if (event.type() == EventType.IDENTITY_REQUESTED && from == null) {
                from = event.on().isBefore(floor) ? floor : event.on();
            } else if (event.type() == EventType.IDENTITY_PROVIDED && from != null) {
                LocalDate to = event.on().isBefore(from) ? from : event.on();
                pauses.add(new Pause(from, to));
                floor = to;
                from = null;
            }
        }
        return pauses;
    }

    private List<String> countries() {
        return controllerCountry.equals(userCountry) ? List.of(controllerCountry) : List.of(controllerCountry, userCountry);
    }

    private boolean has(EventType type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }

    private Optional<RequestEvent> first(EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst();
    }

    /** The latest event of any of {@code types} (events are in the order they were recorded). */
    private Optional<RequestEvent> last(EventType... types) {
        RequestEvent found = null;
        for (RequestEvent event : events) {
            for (EventType type : types) {
                if (event.type() == type) {
                    found = event;
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
