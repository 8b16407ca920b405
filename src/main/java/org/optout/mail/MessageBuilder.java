package org.optout.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Builds the MIME message of a letter — text body, PDF attached (and any further attachment) — and the exact bytes that will be sent. Needs no
 * server settings, so a dry run can show it. The Message-ID is made from the sender's own address, never from
 * this computer's user or host name.
 */
public final class MessageBuilder {
    private MessageBuilder() {
    }

    public static PreparedMail build(OutgoingMail mail, Clock clock) {
        Properties props = new Properties();
        props.put("mail.from", mail.from().getAddress());
        Session session = Session.getInstance(props);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(mail.from());
            message.setRecipient(Message.RecipientType.TO, mail.to());
            if (!mail.cc().isEmpty()) {
                message.setRecipients(Message.RecipientType.CC, mail.cc().toArray(new InternetAddress[0]));
            }
            if (mail.replyTo() != null) {
                message.setReplyTo(new Address[] {mail.replyTo()});
            }
            message.setSubject(mail.subject(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            MimeBodyPart body = new MimeBodyPart();
            body.setText(mail.body(), "UTF-8");
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment(), "application/pdf")));
            pdf.setFileName(mail.attachmentName());
            MimeMultipart parts = new MimeMultipart(body, pdf);
            for (OutgoingMail.Attachment more : mail.more()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(more.content(), more.mediaType())));
                part.setFileName(more.name());
                parts.addBodyPart(part);
            }
            message.setContent(parts);
            message.saveChanges();
            ByteArrayOutputStream eml = new ByteArrayOutputStream();
            message.writeTo(eml);
            return new PreparedMail(message, mail.subject(), eml.toByteArray(), message.getMessageID(),
                    List.<Address>of(message.getAllRecipients()));
        } catch (MessagingException | IOException e) {
            throw new MailException(org.optout.ui.Message.of("mail.build_failed", e.getMessage()), false, e);
        }
    }
}
