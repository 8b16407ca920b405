package org.optout.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An event to append to a request, with the documents to keep as its evidence.
 *
 * @param attachments documents already put in the {@link DocumentStore}
 * @param aboutEventId the earlier event this one adds evidence to ({@link EventType#EVIDENCE_ADDED}), or null
 * @param dueOn a date the event sets (the end of a reminder's grace period), or null
 */
public record NewEvent(EventType type, LocalDate on, String note, String reference, List<StoredDocument> attachments,
                       Long aboutEventId, LocalDate dueOn) {
    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(on, "on");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public NewEvent(EventType type, LocalDate on, String note, String reference, List<StoredDocument> attachments) {
        this(type, on, note, reference, attachments, null, null);
    }

    public static NewEvent of(EventType type, LocalDate on) {
        return new NewEvent(type, on, null, null, List.of());
    }
}
