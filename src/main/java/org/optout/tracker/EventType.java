package org.optout.tracker;

import java.util.Locale;

/** What happened to a request. Events are append-only; status and deadline are derived from them. */
public enum EventType {
    DRAFTED,
    /** Written just before an SMTP transaction starts, so a crash mid-send is visible afterwards. */
    SEND_ATTEMPTED,
    SENT,
    DELIVERY_FAILED,
    /** The connection dropped after the message data: the server may have accepted it. */
    DELIVERY_UNKNOWN,
    RECEIVED,
    ACKNOWLEDGED,
    EXTENSION_NOTIFIED,
    IDENTITY_REQUESTED,
    IDENTITY_PROVIDED,
    ANSWERED,
    REFUSED,
    REMINDER_SENT,
    /** Written just before a reminder's SMTP transaction starts, on the request it reminds of. */
    REMINDER_ATTEMPTED,
    /** A reminder's SMTP transaction failed before the message could have been accepted. */
    REMINDER_FAILED,
    /** A reminder's connection dropped (or its time ran out) after the message data: it may have been accepted. */
    REMINDER_UNKNOWN,
    /** The user switched the platform's in-app setting off; re-check it after six months. */
    SETTING_DONE,
    COMPLAINT_FILED,
    /** Proof added afterwards to an earlier event (named by {@link RequestEvent#aboutEventId()}). */
    EVIDENCE_ADDED,
    /** A reminder was written and kept as evidence; sent or not, its grace period is {@link RequestEvent#dueOn()}. */
    REMINDER_WRITTEN,
    /** A complaint's dossier was written: the files optout made for it (annex index, embedded complaint). */
    DOSSIER_WRITTEN,
    CLOSED,
    /**
     * A message from the controller, found in the user's mailbox or imported, kept as evidence (the raw .eml) and not
     * yet classified: its {@link RequestEvent#reference()} is the message's Message-ID, and it changes neither the
     * status nor the deadline until the user records what it says (e.g. {@code refused R1 --reply E7}).
     */
    REPLY_RECEIVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
