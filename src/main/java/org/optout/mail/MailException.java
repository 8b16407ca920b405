package org.optout.mail;

import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.ui.Message;

/** A message could not be delivered, or it is unknown whether the server accepted it. */
public final class MailException extends AppException {
    private final boolean outcomeUnknown;

    public MailException(String message, boolean outcomeUnknown, Throwable cause) {
        super(message, ExitCode.DELIVERY, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** A failure told in the user's language (a server's reply in it is quoted as the server wrote it). */
    public MailException(Message message, boolean outcomeUnknown, Throwable cause) {
        super(message, ExitCode.DELIVERY, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** True when the connection failed after the message data was sent: the server may have accepted it. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
