package org.optout.sending;

import org.optout.catalogue.Channel;
import jakarta.mail.internet.InternetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.optout.files.PrivateFiles;
import org.optout.mail.OutgoingMail;
import org.optout.ui.Message;

/**
 * {@code send --manual}: the email for the user's own mail program, as an {@code .eml} (RFC 5322, PDF attached)
 * and a {@code mailto:} link; optout sends nothing, and the request is recorded as sent only when the user says so.
 */
final class ManualEmail {
    private ManualEmail() {
    }

    /** Writes the two files beside the letter; returns the lines telling the user what to do. */
    static SendOutcome write(SendPlan.Step step, String id, String suffix) {
        Path dir = step.pdf().getParent();
        String base = step.letter().baseName();
        Path eml = dir.resolve(base + ".to-send.eml");
        // X-Unsent: mail programs that know it (Outlook, Apple Mail) open the message as a draft to send
        byte[] unsent = "X-Unsent: 1\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] message = step.mail().eml();
        byte[] bytes = new byte[unsent.length + message.length];
        System.arraycopy(unsent, 0, bytes, 0, unsent.length);
        System.arraycopy(message, 0, bytes, unsent.length, message.length);
        PrivateFiles.write(eml, bytes);
        Path link = dir.resolve(base + ".mailto.txt");
        PrivateFiles.write(link, (mailto(step.outgoing()) + "\n").getBytes(StandardCharsets.UTF_8));
        String next = command(id, suffix);
        List<Message> lines = List.of(Message.of("send.manual.open", id, step.platform(), eml, link, step.pdf(),
                        step.outgoing().to().getAddress(), step.outgoing().from().getAddress()),
                Message.of("send.manual.record", next));
        return new SendOutcome(id, step.platform(), Channel.EMAIL, SendOutcome.Result.TO_DO, lines, next, null);
    }

    /** The command that records the email as sent, with the copy from the user's Sent folder as proof. */
    static String command(String id, String suffix) {
        return org.optout.followup.Todo.sentByHandCommand(id, suffix);
    }

    /** The {@code mailto:} link (RFC 6068) of {@code mail}: recipients, subject and body; no attachment. */
    static String mailto(OutgoingMail mail) {
        StringBuilder link = new StringBuilder("mailto:").append(encode(mail.to().getAddress()).replace("%40", "@"));
        link.append('?');
        if (!mail.cc().isEmpty()) {
            link.append("cc=").append(mail.cc().stream().map(InternetAddress::getAddress).map(ManualEmail::encode)
                    .collect(Collectors.joining(","))).append('&');
        }
        link.append("subject=").append(encode(mail.subject()));
        link.append("&body=").append(encode(mail.body().replaceAll("\\R", "\r\n")));
        return link.toString();
    }

    private static String encode(String value) {
        // URLEncoder writes a space as "+", which a mailto: link reads literally
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
