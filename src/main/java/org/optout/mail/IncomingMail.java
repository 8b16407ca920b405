package org.optout.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.optout.AppException;

/**
 * A message that arrived in the user's mailbox (or was imported), with what matching needs: its Message-ID, the
 * Message-IDs it answers ({@code In-Reply-To}, {@code References}) and its sender's address.
 *
 * @param messageId its Message-ID without angle brackets, or null
 * @param answers the Message-IDs of {@code In-Reply-To} and {@code References}, without angle brackets
 * @param sender the address of {@code From:} in lower case, or null when it has none that parses
 * @param content its date, subject and text
 * @param raw its bytes, kept as evidence
 */
public record IncomingMail(String messageId, List<String> answers, String sender, ReceivedMessage content,
                           byte[] raw) {
    private static final Pattern ID = Pattern.compile("<([^<>\\s]{1,500})>");

    public IncomingMail {
        answers = List.copyOf(answers);
    }

    /**
     * Parses the bytes of a message.
     *
     * @throws AppException (invalid data) when it is not an e-mail message optout can read
     */
    public static IncomingMail parse(byte[] raw, String label) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            ReceivedMessage content = ReceivedMessage.of(message, label);
            List<String> ids = ids(message.getHeader("Message-ID", " "));
            List<String> answers = new ArrayList<>(ids(message.getHeader("In-Reply-To", " ")));
            answers.addAll(ids(message.getHeader("References", " ")));
            return new IncomingMail(ids.isEmpty() ? null : ids.get(0), answers, sender(message), content, raw);
        } catch (MessagingException e) {
            throw AppException.invalidData(org.optout.ui.Message.of("mail.unreadable", label, e.getMessage()), e);
        }
    }

    /** A Message-ID as optout compares it: without angle brackets or surrounding spaces. */
    public static String bare(String id) {
        String s = id.strip();
        return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1).strip() : s;
    }

    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher m = ID.matcher(header);
            while (m.find() && ids.size() < 100) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    private static String sender(MimeMessage message) throws MessagingException {
        String from = message.getHeader("From", ",");
        if (from == null) {
            return null;
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(from, false);
            return addresses.length == 0 || addresses[0].getAddress() == null ? null
                    : addresses[0].getAddress().toLowerCase(Locale.ROOT);
        } catch (AddressException ignored) {
            return null; // an unreadable From: matches no controller's domain
        }
    }

    /** The domain of the sender's address, or null. */
    public String senderDomain() {
        return sender == null || sender.indexOf('@') < 0 ? null : sender.substring(sender.lastIndexOf('@') + 1);
    }
}
