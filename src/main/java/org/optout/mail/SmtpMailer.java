package org.optout.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Supplier;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Jakarta Mail over SMTP: STARTTLS required or implicit TLS, server certificates and host names verified,
 * timeouts of at most 30 s. The password is asked for only when a connection needs it and is never kept.
 */
public final class SmtpMailer implements Mailer {
    private final MailSettings settings;
    private final Supplier<char[]> password;
    private final Session session;

    /** @param password gives the SMTP password when a username is set; never called otherwise */
    public SmtpMailer(MailSettings settings, Supplier<char[]> password) {
        this.settings = settings;
        this.password = password;
        this.session = Session.getInstance(properties(settings));
    }

    static Properties properties(MailSettings s) {
        String protocol = s.tls() == Tls.SSL ? "smtps" : "smtp";
        String p = "mail." + protocol + ".";
        String timeout = Integer.toString(s.timeoutSeconds() * 1000);
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        props.put(p + "host", s.host());
        props.put(p + "port", Integer.toString(s.port()));
        props.put(p + "connectiontimeout", timeout);
        props.put(p + "timeout", timeout);
        props.put(p + "writetimeout", timeout);
        props.put(p + "auth", Boolean.toString(s.username() != null));
        switch (s.tls()) {
            case STARTTLS -> {
                props.put(p + "starttls.enable", "true");
                props.put(p + "starttls.required", "true");
                props.put(p + "ssl.checkserveridentity", "true");
            }
            case SSL -> {
                props.put(p + "ssl.enable", "true");
                props.put(p + "ssl.checkserveridentity", "true");
            }
            case NONE -> props.put(p + "starttls.enable", "false");
        }
        return props;
    }

    @Override
    public Connection connect() {
        String where = settings.host() + ":" + settings.port();
        Transport transport;
        try {
            transport = session.getTransport();
        } catch (MessagingException e) {
            throw new MailException("no SMTP transport available: " + reply(e), false, e);
        }
        try {
            if (settings.username() == null) {
                transport.connect();
            } else {
                char[] secret = password.get();
                try {
                    transport.connect(settings.host(), settings.port(), settings.username(), new String(secret));
                } finally {
                    Arrays.fill(secret, '\0');
                }
            }
        } catch (AuthenticationFailedException e) {
            throw new MailException("the SMTP server " + where + " refused the login of " + settings.username(),
                    false, e);
        } catch (MessagingException e) {
            throw new MailException("cannot connect to the SMTP server " + where + " (" + reply(e) + ")", false, e);
        }
        return new SmtpConnection(transport, where);
    }

    /** One SMTP connection. */
    private record SmtpConnection(Transport transport, String where) implements Connection {
        @Override
        public String send(PreparedMail mail) {
            try {
                transport.sendMessage(mail.message(), mail.recipients().toArray(new Address[0]));
                return transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse().strip() : "accepted";
            } catch (SendFailedException e) {
                throw new MailException("the SMTP server " + where + " refused the message: " + reply(e), false, e);
            } catch (MessagingException e) {
                throw new MailException("the connection to " + where + " failed while sending (" + reply(e)
                        + "): the server may or may not have accepted the message; check your sent mail", true, e);
            }
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the outcome is already known from send(); a failed QUIT changes nothing
            }
        }
    }

    private static String reply(MessagingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : root.toString();
        if (root != e && root.getMessage() != null) {
            message = message + ": " + root.getMessage();
        }
        return message.strip().replaceAll("\\s+", " ");
    }
}
