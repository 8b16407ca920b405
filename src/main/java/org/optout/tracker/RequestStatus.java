package org.optout.tracker;

import java.util.Locale;

/** Where a request stands, derived from its events. */
public enum RequestStatus {
    DRAFTED, DELIVERY_FAILED, DELIVERY_UNKNOWN, AWAITING_RECEIPT, SENT, ACKNOWLEDGED, EXTENDED, AWAITING_IDENTITY,
    ANSWERED, REFUSED, SETTING_DONE, COMPLAINED, CLOSED;

    /** Whether the controller still owes an answer, so the request can become overdue. */
    public boolean awaitingAnswer() {
        return this == SENT || this == ACKNOWLEDGED || this == EXTENDED;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
