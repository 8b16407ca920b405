package org.optout.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An event to append to a request, with the documents to keep as its evidence.
 *
 * @param attachments documents already put in the {@link DocumentStore}
 */
public record NewEvent(EventType type, LocalDate on, String note, String reference, List<StoredDocument> attachments) {
    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(on, "on");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static NewEvent of(EventType type, LocalDate on) {
        return new NewEvent(type, on, null, null, List.of());
    }
}
