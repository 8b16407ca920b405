package org.optout.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.optout.AppException;

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
            throw AppException.invalidData("smtp port " + port + " is not between 1 and 65535");
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 30) {
            throw AppException.invalidData("smtp timeout " + timeoutSeconds + " s is not between 1 and 30");
        }
        if (tls == Tls.NONE && !isLoopback(host)) {
            throw AppException.invalidData("smtp tls: none is only allowed towards a loopback address, not " + host
                    + " (use starttls or ssl)");
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
