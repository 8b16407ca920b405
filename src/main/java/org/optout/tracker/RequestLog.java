package org.optout.tracker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.optout.AppException;

/**
 * Records what the user reports about a request (sent by hand, received, acknowledged, answered…), refusing
 * what cannot be true: a date in the future, a receipt before the sending, an answer to a request never sent.
 */
public final class RequestLog {
    private static final Set<RequestStatus> UNSENT =
            Set.of(RequestStatus.DRAFTED, RequestStatus.DELIVERY_FAILED, RequestStatus.DELIVERY_UNKNOWN);

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
     * @param attachment a document already stored, or null
     */
    public TrackedRequest record(String shortId, EventType type, LocalDate on, String note, String reference,
                                 StoredDocument attachment) {
        TrackedRequest request = store.get(shortId);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = on == null ? today : on;
        if (date.isAfter(today)) {
            throw AppException.invalidData("--on: " + date + " is in the future");
        }
        check(request, type, date);
        List<StoredDocument> documents = attachment == null ? List.of() : List.of(attachment);
        List<NewEvent> events = new ArrayList<>();
        events.add(new NewEvent(type, date, note, reference, documents));
        boolean immediateReceipt = request.channel() != RequestChannel.POST;
        if (type == EventType.SENT && immediateReceipt) {
            // email and web form reach the controller's official channel the day they are sent
            events.add(new NewEvent(EventType.RECEIVED, date, request.channel().label() + ": received when sent",
                    null, List.of()));
        }
        TrackedRequest result = request;
        for (NewEvent event : events) {
            result = store.append(request.id(), event);
        }
        return result;
    }

    private static void check(TrackedRequest request, EventType type, LocalDate date) {
        String id = request.shortId();
        RequestStatus status = request.status();
        switch (type) {
            case SENT, SETTING_DONE -> {
                if (!UNSENT.contains(status)) {
                    throw AppException.invalidData(id + " is already " + status.label());
                }
            }
            case RECEIVED -> {
                LocalDate sent = request.sentOn().orElseThrow(() -> AppException.invalidData(id
                        + " was not sent yet: record the sending first (optout requests sent " + id + ")"));
                if (date.isBefore(sent)) {
                    throw AppException.invalidData("--on: " + date + " is before " + id + " was sent (" + sent + ")");
                }
            }
            default -> {
                if (UNSENT.contains(status)) {
                    throw AppException.invalidData(id + " was not sent yet (" + status.label() + ")");
                }
                LocalDate sent = request.sentOn().orElse(date);
                if (date.isBefore(sent)) {
                    throw AppException.invalidData("--on: " + date + " is before " + id + " was sent (" + sent + ")");
                }
            }
        }
    }
}
