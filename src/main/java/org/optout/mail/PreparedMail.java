package org.optout.mail;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A message ready to go: the exact bytes that will be sent (kept as evidence before sending), its Message-ID and
 * its recipients.
 */
public record PreparedMail(MimeMessage message, String subject, byte[] eml, String messageId, List<Address> recipients) {
    public PreparedMail {
        recipients = List.copyOf(recipients);
    }
}
