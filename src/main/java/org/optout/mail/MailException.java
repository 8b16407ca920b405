package org.optout.mail;

import org.optout.AppException;
import org.optout.ExitCode;

/** A message could not be delivered, or it is unknown whether the server accepted it. */
public final class MailException extends AppException {
    private final boolean outcomeUnknown;

    public MailException(String message, boolean outcomeUnknown, Throwable cause) {
        super(message, ExitCode.DELIVERY, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** True when the connection failed after the message data was sent: the server may have accepted it. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
