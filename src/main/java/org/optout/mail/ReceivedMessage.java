package org.optout.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * An e-mail the user received and saved as an {@code .eml} file (a controller's reply): its date and the text of
 * its body, the plain part when it has one, else its HTML part reduced to text.
 *
 * @param sent the instant of its {@code Date:} header, or null when it has none that parses
 * @param text its body as text, or null when it has no text part
 */
public record ReceivedMessage(Instant sent, String from, String subject, String text) {

    /**
     * Parses the {@code .eml} file at {@code file}, read as a stream.
     *
     * @throws AppException (invalid data) when it is not an e-mail message: no header optout can read
     */
    public static ReceivedMessage parse(java.nio.file.Path file, String label) {
        try (java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
            return parse(in, label);
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("doc.cannot_read", label, e.getMessage()), e);
        }
    }

    private static ReceivedMessage parse(java.io.InputStream eml, String label) {
        try {
            return of(new MimeMessage(Session.getInstance(new Properties()), eml), label);
        } catch (MessagingException e) {
            throw AppException.invalidData(Message.of("mail.unreadable", label, e.getMessage()), e);
        }
    }

    /** The date, sender, subject and text of a parsed message. */
    static ReceivedMessage of(MimeMessage message, String label) {
        try {
            String from = message.getHeader("From", ", ");
            String date = message.getHeader("Date", null);
            if (from == null && date == null) {
                throw AppException.invalidData(Message.of("mail.no_headers", label));
            }
            Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            return new ReceivedMessage(sent, from, message.getSubject(), text(message).map(String::strip).orElse(null));
        } catch (MessagingException | IOException e) {
            throw AppException.invalidData(Message.of("mail.unreadable", label, e.getMessage()), e);
        }
    }

    private static Optional<String> text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("text/html")) {
            return Optional.of(Jsoup.parse(String.valueOf(part.getContent())).wholeText()
                    .replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n{3,}", "\n\n"));
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            Optional<String> html = Optional.empty();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    continue;
                }
                Optional<String> found = text(child);
                if (found.isPresent() && child.isMimeType("text/plain")) {
                    return found;
                }
                if (html.isEmpty()) {
                    html = found;
                }
            }
            return html;
        }
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part inner) {
            return text(inner);
        }
        return Optional.empty();
    }
}
