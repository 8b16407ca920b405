package org.optout.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.optout.tracker.StoredDocument;

/**
 * The signed mandate a member returned to the association (a scan or a signed PDF), as recorded by
 * {@code campaign mandates}: its bytes are in the tracker's document store under their SHA-256.
 *
 * @param mediaType "application/pdf", "image/png" or "image/jpeg"
 * @param signedOn the day the member signed it
 */
public record SignedMandate(String memberId, String sha256, long size, String mediaType, LocalDate signedOn) {
    public SignedMandate {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(signedOn, "signedOn");
    }

    /**
     * Its record in the document store, to read it (which checks its hash) or attach it to an event.
     *
     * @param storedAt when it is attached to an event, or null only to read it
     */
    public StoredDocument document(Instant storedAt, String role) {
        return new StoredDocument(sha256, size, mediaType, fileName(), storedAt, role);
    }

    /** The name it is sent and filed under: without personal data, its extension from its media type. */
    public String fileName() {
        return "mandate-signed." + switch (mediaType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            default -> "pdf";
        };
    }
}
