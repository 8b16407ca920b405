package org.optout.mail;

import jakarta.mail.internet.InternetAddress;
import java.util.List;

/**
 * A letter to send by email: the text as body, the PDF attached.
 *
 * @param replyTo where answers go when not to {@code from} (an association's campaign mail), or null
 * @param more further attachments after the letter (e.g. the mandate an association acts under)
 */
public record OutgoingMail(InternetAddress from, InternetAddress to, List<InternetAddress> cc, String subject,
                           String body, byte[] attachment, String attachmentName, InternetAddress replyTo,
                           List<Attachment> more) {
    public OutgoingMail {
        cc = List.copyOf(cc);
        more = List.copyOf(more);
    }

    /** A person's letter: answers go to the sender, the letter is the only attachment. */
    public OutgoingMail(InternetAddress from, InternetAddress to, List<InternetAddress> cc, String subject,
                        String body, byte[] attachment, String attachmentName) {
        this(from, to, cc, subject, body, attachment, attachmentName, null, List.of());
    }

    /** The subject and body of a letter's email, from its plain-text twin. */
    public record Text(String subject, String body) {
        /** The first line is the subject (without its label, e.g. "Subject: "), the rest the body. */
        public static Text of(String letterText) {
            String[] parts = letterText.split("\\R", 2);
            String subject = parts[0].replaceFirst("^[^:]{1,20}?\\s*:\\s*", "").strip();
            return new Text(subject, parts.length > 1 ? parts[1].stripLeading() : "");
        }
    }

    /** A further file attached to the message. */
    public record Attachment(byte[] content, String mediaType, String name) {
    }
}
