package org.optout.tracker;

import java.time.Instant;

/**
 * A piece of evidence kept in the document store, named by its SHA-256.
 *
 * @param role what the document is to its event, e.g. "letter", "eml", "reply"
 */
public record StoredDocument(String sha256, long size, String mediaType, String originalName, Instant storedAt,
                             String role) {
}
