package org.optout.cli;

import org.optout.AppException;
import org.optout.mail.MailSettings;
import org.optout.mail.MailSettingsLoader;
import org.optout.mail.Mailer;
import org.optout.mail.SmtpMailer;
import org.optout.mail.Tls;
import org.optout.schema.YamlDocuments;
import org.optout.ui.Message;
import picocli.CommandLine.Option;

/** The SMTP options; they override {@code config.yaml}. The password comes only from the environment or a prompt. */
final class SmtpOptions {
    static final String PASSWORD_VARIABLE = "OPTOUT_SMTP_PASSWORD";

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "SMTP server (default: config.yaml smtp.host).")
    String host;

    @Option(names = "--smtp-port", paramLabel = "PORT", description = "SMTP port (default: 587, 465 with ssl).")
    Integer port;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "SMTP login; none: no authentication.")
    String user;

    @Option(names = "--smtp-tls", paramLabel = "starttls|ssl|none", converter = TlsConverter.class,
            completionCandidates = TlsConverter.class,
            description = "starttls (default), ssl, or none (loopback servers only).")
    Tls tls;

    /** The mailer, built only when an email is about to be prepared. */
    Mailer mailer(AppContext context) {
        MailSettings settings = new MailSettingsLoader(new YamlDocuments()).load(
                context.paths().configHome().resolve("config.yaml"),
                new MailSettingsLoader.Overrides(host, port, user, tls));
        return new SmtpMailer(settings, () -> password(context, settings));
    }

    private static char[] password(AppContext context, MailSettings settings) {
        String fromEnv = context.env().get(PASSWORD_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        char[] typed = context.passwords().ask(context.texts().get("ask.smtp_password",
                settings.username() + "@" + settings.host()));
        if (typed == null) {
            throw AppException.invalidData(Message.of("error.no_terminal", "SMTP", PASSWORD_VARIABLE));
        }
        return typed;
    }

    /** Reads --smtp-tls. */
    static final class TlsConverter implements picocli.CommandLine.ITypeConverter<Tls>, Iterable<String> {
        @Override
        public Tls convert(String value) {
            try {
                return Tls.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageError.Conversion(org.optout.ui.Message.of("usage.not_tls", value));
            }
        }

        /** The completion candidates, as typed. */
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Tls.values()).map(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                    .iterator();
        }
    }
}
