package org.optout.mail;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * IMAP settings, from {@code config.yaml} {@code imap:}. Never holds the password.
 *
 * @param folders the folders to read, {@code INBOX} by default
 * @param trustStore a file of X.509 certificates (PEM or DER) to trust instead of the system's (a test server's), or
 *     null
 * @param timeoutSeconds connect and read timeout (1 to 30)
 */
public record ImapSettings(String host, int port, String username, Tls tls, List<String> folders, Path trustStore,
                           int timeoutSeconds) {
    public ImapSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(tls, "tls");
        folders = folders == null || folders.isEmpty() ? List.of("INBOX") : List.copyOf(folders);
        if (port < 1 || port > 65535) {
            throw AppException.invalidData(Message.of("mail.bad_port", "imap", port));
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 30) {
            throw AppException.invalidData(Message.of("mail.bad_timeout", "imap", timeoutSeconds));
        }
        if (tls == Tls.NONE && !MailSettings.isLoopback(host)) {
            throw AppException.invalidData(Message.of("mail.tls_none", "imap", host));
        }
    }

    /** The mailbox, as "user@host", which names it in the tracker. */
    public String account() {
        return username + "@" + host;
    }
}
