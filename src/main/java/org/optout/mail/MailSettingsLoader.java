package org.optout.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.optout.AppException;
import org.optout.schema.YamlDocuments;
import org.optout.ui.Message;

/**
 * Resolves the SMTP settings: each option given on the command line wins over {@code config.yaml}, which wins
 * over the defaults (port 587 with STARTTLS, 465 with SSL, 25 without TLS; timeout 30 s).
 */
public final class MailSettingsLoader {
    private final YamlDocuments documents;

    public MailSettingsLoader(YamlDocuments documents) {
        this.documents = documents;
    }

    /** Command-line values; each may be null. */
    public record Overrides(String host, Integer port, String username, Tls tls) {
    }

    /** The settings, or a one-line error saying where to put them. */
    public MailSettings load(Path configFile, Overrides options) {
        ConfigFile.Smtp file = null;
        if (Files.exists(configFile)) {
            file = documents.read(configFile, configFile.toString(), "config", ConfigFile.class).smtp();
        }
        String host = options.host() != null ? options.host() : file == null ? null : file.host();
        if (host == null) {
            throw AppException.invalidData(Message.of("mail.no_smtp", configFile));
        }
        Tls tls = options.tls() != null ? options.tls()
                : file != null && file.tls() != null ? Tls.valueOf(file.tls().toUpperCase(java.util.Locale.ROOT))
                : Tls.STARTTLS;
        int port = options.port() != null ? options.port()
                : file != null && file.port() != null ? file.port()
                : switch (tls) {
                    case STARTTLS -> 587;
                    case SSL -> 465;
                    case NONE -> 25;
                };
        String username = options.username() != null ? options.username() : file == null ? null : file.username();
        int timeout = file != null && file.timeoutSeconds() != null ? file.timeoutSeconds() : 30;
        return new MailSettings(host, port, username, tls, timeout);
    }

    /**
     * The IMAP settings of {@code config.yaml} (defaults: SSL on port 993, STARTTLS on 143, folder INBOX; a relative
     * trust store is resolved against the config file's folder), or a one-line error saying where to put them.
     */
    public ImapSettings loadImap(Path configFile) {
        ConfigFile.Imap file = Files.exists(configFile)
                ? documents.read(configFile, configFile.toString(), "config", ConfigFile.class).imap() : null;
        if (file == null) {
            throw AppException.invalidData(Message.of("mail.no_imap", configFile, "optout requests import"));
        }
        Tls tls = file.tls() != null ? Tls.valueOf(file.tls().toUpperCase(java.util.Locale.ROOT)) : Tls.SSL;
        int port = file.port() != null ? file.port() : tls == Tls.SSL ? 993 : 143;
        Path trustStore = file.trustStore() == null ? null
                : configFile.toAbsolutePath().getParent().resolve(file.trustStore());
        return new ImapSettings(file.host(), port, file.username(), tls, file.folders(), trustStore,
                file.timeoutSeconds() != null ? file.timeoutSeconds() : 30);
    }

    /** The config file's shape; the schema has checked it. */
    record ConfigFile(Smtp smtp, Imap imap) {
        record Smtp(String host, Integer port, String username, String tls, Integer timeoutSeconds) {
        }

        record Imap(String host, Integer port, String username, String tls, java.util.List<String> folders,
                    String trustStore, Integer timeoutSeconds) {
        }
    }
}
