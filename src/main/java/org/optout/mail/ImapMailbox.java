package org.optout.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.optout.AppException;

/**
 * Reads a mailbox over IMAP, never changing it: every folder is opened read-only (EXAMINE), and messages are
 * fetched with {@code BODY.PEEK[]}, so not even the \Seen flag is set. Nothing is ever deleted, moved, copied or
 * flagged. TLS is required (implicit or STARTTLS) and the server's certificate and host name are verified, except
 * towards a loopback address configured with {@code tls: none}.
 */
public final class ImapMailbox {
    /** The largest message read; a larger one is reported without its bytes. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;
    /** At most this many bytes of messages are fetched in one command (and held in memory). */
    private static final long BATCH_BYTES = 32L * 1024 * 1024;

    private final ImapSettings settings;
    private final Supplier<char[]> password;

    /** @param password gives the IMAP password when the connection is made; it is never kept */
    public ImapMailbox(ImapSettings settings, Supplier<char[]> password) {
        this.settings = settings;
        this.password = password;
    }

    /** A folder as opened: its name and UIDVALIDITY. */
    public record FolderState(String folder, long uidValidity) {
    }

    /**
     * A message of a folder.
     *
     * @param raw its bytes (the .eml), or null when it is larger than {@link #MAX_BYTES}
     */
    public record RawMessage(FolderState folder, long uid, long size, byte[] raw) {
    }

    /** What the caller does with each folder and message. */
    public interface Reader {
        /** The highest UID already processed in this folder with this UIDVALIDITY, or 0 to read it all. */
        long lastUid(FolderState folder);

        void accept(RawMessage message);
    }

    /**
     * Reads every configured folder: the messages after {@link Reader#lastUid}, or, with {@code since}, every message
     * the server received on or after that day (the caller skips those it has seen).
     *
     * @throws MailException exit 4, one line, when the server cannot be reached, refuses the login or a read fails
     */
    public void read(LocalDate since, ZoneId zone, Reader reader) {
        String where = settings.host() + ":" + settings.port();
        Store store = connect(where);
        try {
            for (String name : settings.folders()) {
                readFolder(store, name, since, zone, reader);
            }
        } catch (MessagingException | IOException e) {
            throw new MailException(org.optout.ui.Message.of("mail.imap.read_failed", settings.account(), where,
                    FailureReason.of(e)), false, e);
        } finally {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // everything was read already; a failed LOGOUT changes nothing
            }
        }
    }

    private Store connect(String where) {
        char[] secret = password.get();
        try {
            Store store = Session.getInstance(properties()).getStore(settings.tls() == Tls.SSL ? "imaps" : "imap");
            store.connect(settings.host(), settings.port(), settings.username(), new String(secret));
            return store;
        } catch (AuthenticationFailedException e) {
            throw new MailException(org.optout.ui.Message.of("mail.imap.login_refused", where, settings.username()),
                    false, e);
        } catch (MessagingException e) {
            throw new MailException(org.optout.ui.Message.of("mail.imap.cannot_connect", where, FailureReason.of(e)),
                    false, e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private void readFolder(Store store, String name, LocalDate since, ZoneId zone, Reader reader)
            throws MessagingException, IOException {
        Folder folder = store.getFolder(name);
        try {
            folder.open(Folder.READ_ONLY);
        } catch (FolderNotFoundException e) {
            throw AppException.invalidData(org.optout.ui.Message.of("mail.imap.no_folder", name, settings.host()),
                    e);
        }
        try {
            UIDFolder uids = (UIDFolder) folder;
            FolderState state = new FolderState(name, uids.getUIDValidity());
            long last = reader.lastUid(state);
            Message[] messages = since != null
                    ? folder.search(new ReceivedDateTerm(ComparisonTerm.GE,
                            Date.from(since.atStartOfDay(zone).toInstant())))
                    : uids.getMessagesByUID(last + 1, UIDFolder.LASTUID);
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.SIZE);
            folder.fetch(messages, profile);
            List<Message> batch = new ArrayList<>();
            long batchBytes = 0;
            for (Message message : messages) {
                // "UID n:*" always returns the folder's last message, even when its UID is below n
                if (since == null && uids.getUID(message) <= last) {
                    continue;
                }
                if (!batch.isEmpty() && batchBytes + message.getSize() > BATCH_BYTES) {
                    deliver(folder, uids, state, batch, reader);
                    batch.clear();
                    batchBytes = 0;
                }
                batch.add(message);
                batchBytes += message.getSize() > MAX_BYTES ? 0 : message.getSize();
            }
            deliver(folder, uids, state, batch, reader);
        } finally {
            folder.close(false);
        }
    }

    /**
     * Fetches the messages of {@code batch} (those not too large) in one command, {@code BODY.PEEK[]}, and gives
     * them to the reader: one round trip per message would make a large mailbox slow.
     */
    private static void deliver(Folder folder, UIDFolder uids, FolderState state, List<Message> batch, Reader reader)
            throws MessagingException, IOException {
        Message[] small = batch.stream().filter(m -> size(m) <= MAX_BYTES).toArray(Message[]::new);
        FetchProfile whole = new FetchProfile();
        whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
        folder.fetch(small, whole);
        for (Message message : batch) {
            long size = message.getSize();
            reader.accept(new RawMessage(state, uids.getUID(message), size, size > MAX_BYTES ? null : raw(message)));
        }
    }

    private static long size(Message message) {
        try {
            return message.getSize();
        } catch (MessagingException e) {
            return Long.MAX_VALUE; // read alone later, where the failure is reported
        }
    }

    private static byte[] raw(Message message) throws MessagingException, IOException {
        if (message instanceof IMAPMessage imap) {
            imap.setPeek(true); // BODY.PEEK[]: reading does not set \Seen
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    Properties properties() {
        String protocol = settings.tls() == Tls.SSL ? "imaps" : "imap";
        String p = "mail." + protocol + ".";
        String timeout = Integer.toString(settings.timeoutSeconds() * 1000);
        Properties props = new Properties();
        props.put(p + "connectiontimeout", timeout);
        props.put(p + "timeout", timeout);
        props.put(p + "writetimeout", timeout);
        props.put(p + "peek", "true");
        switch (settings.tls()) {
            case SSL -> {
                props.put(p + "ssl.enable", "true");
                props.put(p + "ssl.checkserveridentity", "true");
            }
            case STARTTLS -> {
                props.put(p + "starttls.enable", "true");
                props.put(p + "starttls.required", "true");
                props.put(p + "ssl.checkserveridentity", "true");
            }
            case NONE -> props.put(p + "starttls.enable", "false");
        }
        if (settings.trustStore() != null && settings.tls() != Tls.NONE) {
            props.put(p + "ssl.socketFactory", trusting());
        }
        return props;
    }

    /** TLS trusting only the certificates of the configured trust store (X.509 certificates, PEM or DER). */
    private SSLSocketFactory trusting() {
        try (InputStream in = Files.newInputStream(settings.trustStore())) {
            KeyStore keys = KeyStore.getInstance(KeyStore.getDefaultType());
            keys.load(null, null);
            int n = 0;
            for (java.security.cert.Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                keys.setCertificateEntry("trusted-" + n++, c);
            }
            if (n == 0) {
                throw new GeneralSecurityException("no certificate in it");
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keys);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw AppException.invalidData(org.optout.ui.Message.of("mail.imap.trust_store", settings.trustStore(),
                    e.getMessage()), e);
        }
    }
}
