package org.optout.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Supplier;
import javax.net.SocketFactory;
import org.optout.ui.Message;

/**
 * Jakarta Mail over SMTP: STARTTLS required or implicit TLS, server certificates and host names verified,
 * timeouts of at most 30 s for each step and twice that for the whole exchange (a {@link Watchdog} cuts the
 * connection then). A message whose data had started when the exchange ended without the server's final answer
 * is reported as of unknown outcome, never as refused. The password is asked for only when a connection needs it,
 * before the time starts, and is never kept.
 */
public final class SmtpMailer implements Mailer {
    private final MailSettings settings;
    private final Supplier<char[]> password;

    /** @param password gives the SMTP password when a username is set; never called otherwise */
    public SmtpMailer(MailSettings settings, Supplier<char[]> password) {
        this.settings = settings;
        this.password = password;
    }

    static Properties properties(MailSettings s, SocketFactory sockets) {
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
        // the plain sockets, so that the watchdog can close them; TLS is still layered on them by Jakarta Mail
        props.put(p + "socketFactory", sockets);
        props.put(p + "socketFactory.fallback", "false");
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
        char[] secret = settings.username() == null ? null : password.get();
        WatchedTransport.Sockets sockets = new WatchedTransport.Sockets();
        WatchedTransport transport = WatchedTransport.of(Session.getInstance(properties(settings, sockets)),
                settings.tls() == Tls.SSL);
        Watchdog watchdog = Watchdog.start(Duration.ofSeconds(2L * settings.timeoutSeconds()), sockets::closeAll);
        try {
            if (secret == null) {
                transport.connect();
            } else {
                transport.connect(settings.host(), settings.port(), settings.username(), new String(secret));
            }
        } catch (AuthenticationFailedException e) {
            watchdog.close();
            throw new MailException(Message.of("mail.smtp.login_refused", where, settings.username()), false, e);
        } catch (MessagingException e) {
            watchdog.close();
            throw new MailException(Message.of("mail.smtp.cannot_connect", where,
                    watchdog.fired() ? watchdog.reason() : FailureReason.of(e)), false, e);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        return new SmtpConnection(transport, where, watchdog);
    }

    /** One SMTP connection, cut by its watchdog when the whole exchange takes too long. */
    private record SmtpConnection(WatchedTransport transport, String where, Watchdog watchdog) implements Connection {
        @Override
        public String send(PreparedMail mail) {
            try {
                transport.sendMessage(mail.message(), mail.recipients().toArray(new Address[0]));
                return transport.getLastServerResponse().strip();
            } catch (MessagingException e) {
                // the server's reply is quoted as it wrote it; the sentence around it is the user's language
                Object why = watchdog.fired() ? watchdog.reason() : FailureReason.of(e);
                if (transport.maybeAccepted()) {
                    throw new MailException(Message.of("mail.smtp.outcome_unknown", where, why), true, e);
                }
                if (e instanceof SendFailedException && !watchdog.fired()) {
                    throw new MailException(Message.of("mail.smtp.refused", where, why), false, e);
                }
                throw new MailException(Message.of("mail.smtp.failed_before_data", where, why), false, e);
            }
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the outcome is already known from send(); a failed QUIT changes nothing
            } finally {
                watchdog.close();
            }
        }
    }
}
