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
 */
public record RequestEvent(long id, EventType type, LocalDate on, Instant recordedAt, String note, String reference,
                           List<StoredDocument> documents) {
    public RequestEvent {
        documents = List.copyOf(documents);
    }
}
