package org.optout.tracker;

import java.util.Locale;
import java.util.Objects;

/**
 * A message {@code optout inbox} or {@code requests import} has looked at, kept so that it is processed once.
 *
 * @param account the mailbox, as "user@host", or "import" for files
 * @param folder the IMAP folder, or the imported file's name
 * @param uidValidity the folder's UIDVALIDITY when the message was read, or null for a file
 * @param uid the message's UID in the folder, or null for a file
 * @param messageId its Message-ID header without the angle brackets, or null when it has none
 * @param sha256 the SHA-256 of its raw bytes
 * @param requestId the request it was recorded on, or null when it was not attached to one
 */
public record SeenMessage(String account, String folder, Long uidValidity, Long uid, String messageId,
                          String sha256, Long requestId, Outcome outcome) {
    public SeenMessage {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** What was done with a message. */
    public enum Outcome {
        /** Matched to a request and recorded on it as a reply. */
        MATCHED,
        /** Not matched to any request: listed, never attached. */
        UNMATCHED,
        /** A message optout sent itself (a copy in the mailbox). */
        OWN,
        /** Seen before under another UID or in another folder (same Message-ID, or same bytes). */
        DUPLICATE,
        /** Larger than optout reads; left alone. */
        TOO_LARGE,
        /** Not an e-mail optout can read. */
        UNREADABLE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
