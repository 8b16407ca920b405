package org.optout.tracker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.optout.AppException;
import org.optout.catalogue.Channel;
import org.optout.deadline.DateRange;
import org.optout.ui.Message;

/**
 * Records what the user reports about a request (sent by hand, received, acknowledged, answered…), refusing
 * what cannot be true: a date in the future or outside {@link DateRange}, a receipt before the sending, an answer to
 * a request never sent.
 */
public final class RequestLog {
    private static final Set<RequestStatus> UNSENT =
            Set.of(RequestStatus.DRAFTED, RequestStatus.DELIVERY_FAILED, RequestStatus.DELIVERY_UNKNOWN);

    /** The role of a reminder's PDF in the document store. */
    public static final String ROLE_REMINDER = "reminder";

    private final RequestStore store;
    private final Clock clock;

    public RequestLog(RequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Appends {@code type} to the request named {@code shortId}.
     *
     * @param on the date it happened, or null for today
     * @param attachments documents already stored, proving the event
     */
    public TrackedRequest record(String shortId, EventType type, LocalDate on, String note, String reference,
                                 List<StoredDocument> attachments) {
        return record(shortId, type, on, note, reference, attachments, null);
    }

    /**
     * Appends {@code type} to the request named {@code shortId}, saying what a reply kept earlier ({@link
     * EventType#REPLY_RECEIVED}, named by {@code replyId}) is: its documents become the event's evidence, its date
     * the event's date unless {@code on} is given, and the event names it ({@link RequestEvent#aboutEventId()}).
     *
     * @param replyId the reply event, as "E7" or "7", or null
     */
    public TrackedRequest record(String shortId, EventType type, LocalDate on, String note, String reference,
                                 List<StoredDocument> attachments, String replyId) {
        TrackedRequest request = store.get(shortId);
        RequestEvent reply = replyId == null ? null : reply(request, replyId);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = on != null ? on : reply != null ? reply.on() : today;
        if (date.isAfter(today)) {
            throw AppException.invalidData(Message.of("event.future", date));
        }
        Optional<Message> outside = DateRange.problem(date);
        if (outside.isPresent()) {
            // --on was checked when the command line was read: this date is an attached e-mail's Date: header
            throw AppException.invalidData(Message.of("error.event_date_outside", outside.get()));
        }
        check(request, type, date);
        List<StoredDocument> documents = new ArrayList<>(attachments);
        if (reply != null) {
            documents.addAll(0, reply.documents());
        }
        LocalDate dueOn = null;
        if (type == EventType.REMINDER_SENT) {
            dueOn = date.plusDays(TrackedRequest.REMINDER_GRACE_DAYS);
            if (documents.isEmpty()) {
                // the reminder optout wrote is the one the user sent
                request.latest(EventType.REMINDER_WRITTEN).ifPresent(written -> documents.addAll(written.documents()
                        .stream().filter(d -> ROLE_REMINDER.equals(d.role())).toList()));
            }
        }
        List<NewEvent> events = new ArrayList<>();
        events.add(new NewEvent(type, date, note, reference, documents, reply == null ? null : reply.id(), dueOn));
        boolean immediateReceipt = request.channel() != Channel.POST;
        if (type == EventType.SENT && immediateReceipt) {
            // email and web form reach the controller's official channel the day they are sent
            events.add(new NewEvent(EventType.RECEIVED, date, RecordedNote.RECEIVED_WHEN_SENT.english(request.channel().label()),
                    null, List.of()));
        }
        // the sending and its receipt together, or neither
        return store.appendAll(request.id(), events);
    }

    /**
     * Adds proof to an event already recorded (a confirmation that arrived later, a screenshot): appended as an
     * {@link EventType#EVIDENCE_ADDED} event naming it, since events are never changed.
     *
     * @param eventId the event, as "E12" or "12"
     */
    public TrackedRequest attach(String shortId, String eventId, List<StoredDocument> attachments, String note) {
        TrackedRequest request = store.get(shortId);
        RequestEvent target = request.event(eventId).orElseThrow(() -> AppException.usage(Message.of(
                "event.unknown", "--to", request.shortId(), eventId, "optout requests show " + request.shortId())));
        if (target.type() == EventType.EVIDENCE_ADDED) {
            throw AppException.usage(Message.of("event.evidence_itself", target.shortId(), "E" + target.aboutEventId()));
        }
        if (attachments.isEmpty()) {
            throw AppException.usage(Message.of("event.attach_nothing"));
        }
        return store.append(request.id(), new NewEvent(EventType.EVIDENCE_ADDED, LocalDate.now(clock), note, null,
                attachments, target.id(), null));
    }

    private static RequestEvent reply(TrackedRequest request, String replyId) {
        RequestEvent reply = request.event(replyId).orElseThrow(() -> AppException.usage(Message.of(
                "event.unknown", "--reply", request.shortId(), replyId, "optout requests show " + request.shortId())));
        if (reply.type() != EventType.REPLY_RECEIVED) {
            throw AppException.usage(Message.of("event.not_reply", reply.shortId(), reply.type()));
        }
        return reply;
    }

    private static void check(TrackedRequest request, EventType type, LocalDate date) {
        String id = request.shortId();
        RequestStatus status = request.status();
        switch (type) {
            case EVIDENCE_ADDED, REMINDER_WRITTEN, DOSSIER_WRITTEN, DRAFTED, SEND_ATTEMPTED, DELIVERY_FAILED,
                 DELIVERY_UNKNOWN, REMINDER_ATTEMPTED, REMINDER_FAILED, REMINDER_UNKNOWN, REPLY_RECEIVED ->
                throw AppException.usage(Message.of("event.by_optout", type));
            case CLOSED -> {
                // a request may be closed whatever its state: optout then stops following it
            }
            case SENT, SETTING_DONE -> {
                // done again after the re-check that 'optout overdue' asks for: a new period starts
                boolean recheck = type == EventType.SETTING_DONE && status == RequestStatus.SETTING_DONE;
                if (!UNSENT.contains(status) && !recheck) {
                    throw AppException.invalidData(Message.of("event.already", id, status));
                }
            }
            case RECEIVED -> {
                LocalDate sent = request.sentOn().orElseThrow(() -> AppException.invalidData(Message.of(
                        "event.not_sent_first", id, "optout requests sent " + id)));
                if (date.isBefore(sent)) {
                    throw AppException.invalidData(Message.of("event.before_sent", date, id, sent));
                }
            }
            default -> {
                if (UNSENT.contains(status)) {
                    throw AppException.invalidData(Message.of("event.not_sent", id, status));
                }
                LocalDate sent = request.sentOn().orElse(date);
                if (date.isBefore(sent)) {
                    throw AppException.invalidData(Message.of("event.before_sent", date, id, sent));
                }
            }
        }
    }
}
