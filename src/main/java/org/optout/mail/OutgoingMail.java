package org.optout.mail;

import jakarta.mail.internet.InternetAddress;
import java.util.List;

/** A letter to send by email: the text as body, the PDF attached. */
public record OutgoingMail(InternetAddress from, InternetAddress to, List<InternetAddress> cc, String subject,
                           String body, byte[] attachment, String attachmentName) {
    public OutgoingMail {
        cc = List.copyOf(cc);
    }
}
