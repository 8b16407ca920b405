package org.optout.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * SMTP settings, from the options or {@code config.yaml}. Never holds the password.
 *
 * @param username null for a server without authentication
 * @param timeoutSeconds connect, read and write timeout (1 to 30)
 */
public record MailSettings(String host, int port, String username, Tls tls, int timeoutSeconds) {
    public MailSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tls, "tls");
        if (port < 1 || port > 65535) {
            throw AppException.invalidData(Message.of("mail.bad_port", "smtp", port));
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 30) {
            throw AppException.invalidData(Message.of("mail.bad_timeout", "smtp", timeoutSeconds));
        }
        if (tls == Tls.NONE && !isLoopback(host)) {
            throw AppException.invalidData(Message.of("mail.tls_none", "smtp", host));
        }
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
