package org.optout.mail;

import jakarta.mail.MessagingException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.optout.ui.Message;

/**
 * Why an exchange with a mail server failed, for a message: the server's own reply when it gave one, quoted as it
 * wrote it; the usual network failures in the user's language; anything else in the library's words.
 */
final class FailureReason {
    private FailureReason() {
    }

    /** A {@link Message} or the quoted text, as a fact of another message. */
    static Object of(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return Message.of("mail.net.refused");
        }
        if (root instanceof UnknownHostException) {
            return Message.of("mail.net.unknown_host");
        }
        if (root instanceof SocketTimeoutException) {
            return Message.of("mail.net.timeout");
        }
        if (root instanceof EOFException || "[EOF]".equals(root.getMessage())) {
            // Jakarta Mail's word for a connection the server closed
            return Message.of("mail.net.closed");
        }
        if (root != e && root instanceof MessagingException && root.getMessage() != null) {
            // the server's reply to a recipient or to the data ("550 5.1.1 mailbox unavailable")
            return oneLine(root.getMessage());
        }
        String message = e.getMessage() != null ? e.getMessage() : root.toString();
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + ": " + root.getMessage();
        }
        return oneLine(message);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
