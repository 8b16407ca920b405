package org.optout.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recorded fact about a request.
 *
 * @param on the date it happened (legally relevant: sent, received, answered…)
 * @param recordedAt when optout recorded it
 * @param reference an external reference: Message-ID, web-form case number, postal tracking number
 * @param aboutEventId the earlier event this one adds evidence to, or null
 * @param dueOn a date the event sets (the end of a reminder's grace period), or null
 */
public record RequestEvent(long id, EventType type, LocalDate on, Instant recordedAt, String note, String reference,
                           List<StoredDocument> documents, Long aboutEventId, LocalDate dueOn) {
    public RequestEvent {
        documents = List.copyOf(documents);
    }

    public RequestEvent(long id, EventType type, LocalDate on, Instant recordedAt, String note, String reference,
                        List<StoredDocument> documents) {
        this(id, type, on, recordedAt, note, reference, documents, null, null);
    }

    /** The id users type, e.g. "E12". */
    public String shortId() {
        return "E" + id;
    }
}
