package org.optout.tracker;

import java.time.LocalDate;
import java.util.Locale;

/** Where a request stands, derived from its events. */
public enum RequestStatus {
    DRAFTED, DELIVERY_FAILED, DELIVERY_UNKNOWN, AWAITING_RECEIPT, SENT, ACKNOWLEDGED, EXTENDED, AWAITING_IDENTITY,
    ANSWERED, REFUSED, SETTING_DONE, COMPLAINED, CLOSED;

    /** Whether the controller still owes an answer, so the request can become overdue. */
    public boolean awaitingAnswer() {
        return this == SENT || this == ACKNOWLEDGED || this == EXTENDED;
    }

    /**
     * The one rule of "overdue": the controller still owes an answer and {@code today} is after the deadline. A
     * request whose deadline is not known yet (null: receipt not recorded, identity check pending) is not overdue.
     */
    public boolean overdue(LocalDate deadline, LocalDate today) {
        return awaitingAnswer() && deadline != null && today.isAfter(deadline);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
