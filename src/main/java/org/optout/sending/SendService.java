package org.optout.sending;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.optout.AppException;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Platform;
import org.optout.files.PrivateFiles;
import org.optout.letter.LetterWriter;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.mail.MailException;
import org.optout.mail.Mailer;
import org.optout.mail.PreparedMail;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.NewEvent;
import org.optout.tracker.NewRequest;
import org.optout.tracker.RequestChannel;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.RequestStore;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * Sends objection letters and keeps proof: renders the letter (or reuses the request already drafted for the
 * platform), records it in the tracker, then emails it, or tells the user how to file it by web form, registered
 * post or the in-app setting. An email attempt is recorded before the SMTP transaction and its result after, so
 * a message a server accepted is never sent twice.
 */
public final class SendService {
    private final RequestStore store;
    private final DocumentStore documents;
    private final Clock clock;

    public SendService(RequestStore store, DocumentStore documents, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * What to send.
     *
     * @param via the channel the user chose, or null for each platform's preferred one
     * @param resend send again a request whose delivery is unknown
     */
    public record Plan(LetterWriter.Request letters, Via via, boolean resend, boolean copyToSelf,
                       boolean acceptUnconfirmed) {
    }

    /**
     * What happened for one platform.
     *
     * @param requestId the tracker id, e.g. "R3"
     * @param lines what the user should read or do next
     * @param error the one-line error when sending failed, else null
     */
    public record Outcome(String requestId, String platform, RequestChannel channel, List<String> lines,
                          MailException error) {
        public Outcome {
            lines = List.copyOf(lines);
        }
    }

    /** Sends, platform by platform; a failure on one platform does not stop the others. */
    public List<Outcome> send(Plan plan, LetterWriter writer, Catalogue catalogue, Supplier<Mailer> mailer) {
        List<RenderedLetter> letters = writer.render(plan.letters());
        List<Path> files = LetterWriter.save(letters, plan.letters().outDirectory(), true);
        Channels channels = new Channels(catalogue, mailer, plan.letters().profile(), plan.copyToSelf(),
                plan.acceptUnconfirmed(), clock);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            RenderedLetter letter = letters.get(i);
            Path pdf = files.get(2 * i);
            outcomes.add(sendOne(plan, letter, pdf, channels));
        }
        return outcomes;
    }

    /** Dry run: writes the files (and the .eml for email) and says what would happen; no network, no tracker. */
    public List<Outcome> dryRun(Plan plan, LetterWriter writer, Catalogue catalogue, Supplier<Mailer> mailer) {
        List<RenderedLetter> letters = writer.render(plan.letters());
        List<Path> files = LetterWriter.save(letters, plan.letters().outDirectory(), true);
        Channels channels = new Channels(catalogue, mailer, plan.letters().profile(), plan.copyToSelf(),
                plan.acceptUnconfirmed(), clock);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            RenderedLetter letter = letters.get(i);
            RequestChannel channel = Via.resolve(plan.via(), letter.platform());
            channels.requireConfirmed(letter, channel);
            List<String> lines = new ArrayList<>();
            lines.add("dry run: " + letter.platform().id() + " by " + channel.label() + ": " + files.get(2 * i));
            if (channel == RequestChannel.EMAIL) {
                PreparedMail mail = channels.prepare(letter);
                Path eml = plan.letters().outDirectory().resolve(letter.baseName() + ".dry-run.eml");
                PrivateFiles.write(eml, mail.eml());
                lines.add("would email " + mail.recipients() + " from " + plan.letters().profile().email()
                        + ", subject \"" + mail.subject() + "\", " + letter.pdf().length
                        + "-byte PDF attached; message saved as " + eml);
            } else {
                lines.addAll(channels.instructions(letter, channel, files.get(2 * i), "R?"));
            }
            outcomes.add(new Outcome(null, letter.platform().id(), channel, lines, null));
        }
        return outcomes;
    }

    private Outcome sendOne(Plan plan, RenderedLetter letter, Path pdfFile, Channels channels) {
        Platform platform = letter.platform();
        RequestChannel channel = Via.resolve(plan.via(), platform);
        channels.requireConfirmed(letter, channel);
        LocalDate today = LocalDate.now(clock);
        Optional<TrackedRequest> existing = openObjection(platform.id());
        if (existing.isPresent()) {
            TrackedRequest previous = existing.get();
            RequestStatus status = previous.status();
            if (status == RequestStatus.DELIVERY_UNKNOWN && !plan.resend()) {
                return new Outcome(previous.shortId(), platform.id(), previous.channel(), List.of(previous.shortId()
                        + " " + platform.id() + ": the last sending attempt may have reached the server. Check your "
                        + "sent mail or the DPO's reply; if it arrived: optout requests sent " + previous.shortId()
                        + " --on DATE; if not: optout send " + platform.id() + " --resend"), null);
            }
            boolean unsent = status == RequestStatus.DRAFTED || status == RequestStatus.DELIVERY_FAILED
                    || status == RequestStatus.DELIVERY_UNKNOWN;
            if (!unsent) {
                return new Outcome(previous.shortId(), platform.id(), previous.channel(), List.of(previous.shortId()
                        + " " + platform.id() + ": already " + status.label() + previous.sentOn().map(d -> " (sent "
                        + d + ")").orElse("") + "; nothing sent. 'optout requests show " + previous.shortId()
                        + "' shows its timeline"), null);
            }
            if (previous.channel() != channel) {
                store.append(previous.id(), new NewEvent(EventType.CLOSED, today, "replaced: sent by "
                        + channel.label() + " instead", null, List.of()));
                existing = Optional.empty();
            }
        }
        StoredDocument pdf = documents.store(letter.pdf(), "application/pdf", letter.baseName() + ".pdf", "letter");
        TrackedRequest request = existing.orElseGet(() -> store.create(
                new NewRequest(platform.id(), RequestKind.OBJECTION, letter.language().code(), channel,
                        platform.controller().country(), plan.letters().profile().country(), null),
                new NewEvent(EventType.DRAFTED, today, null, null, List.of(pdf))));
        if (channel != RequestChannel.EMAIL) {
            return new Outcome(request.shortId(), platform.id(), channel,
                    channels.instructions(letter, channel, pdfFile, request.shortId()), null);
        }
        return email(request, letter, pdf, channels, today, plan.letters().outDirectory());
    }

    private Outcome email(TrackedRequest request, RenderedLetter letter, StoredDocument pdf, Channels channels,
                          LocalDate today, Path outDirectory) {
        String id = request.shortId();
        PreparedMail mail = channels.prepare(letter);
        StoredDocument eml = documents.store(mail.eml(), "message/rfc822", letter.baseName() + ".eml", "eml");
        try (Mailer.Connection connection = channels.connect()) {
            store.append(request.id(), new NewEvent(EventType.SEND_ATTEMPTED, today, "to " + mail.recipients(),
                    mail.messageId(), List.of(eml)));
            String reply = connection.send(mail);
            store.append(request.id(), new NewEvent(EventType.SENT, today, "to " + mail.recipients() + "; server: "
                    + reply + "; PDF sha256 " + pdf.sha256(), mail.messageId(), List.of(eml, pdf)));
            store.append(request.id(), new NewEvent(EventType.RECEIVED, today, "email: received on the day it was "
                    + "sent", null, List.of()));
            TrackedRequest sent = store.find(request.id()).orElseThrow();
            // the message exactly as sent, beside the letter; a dry run's is named *.dry-run.eml
            Path copy = outDirectory.resolve(letter.baseName() + ".sent-" + id + ".eml");
            PrivateFiles.write(copy, mail.eml());
            return new Outcome(id, letter.platform().id(), RequestChannel.EMAIL, List.of(id + " "
                    + letter.platform().id() + ": sent to " + mail.recipients() + " (Message-ID " + mail.messageId()
                    + "); answer due by " + sent.deadline().map(d -> d.date().toString()).orElse("?")
                    + "; message as sent: " + copy), null);
        } catch (MailException e) {
            EventType type = e.outcomeUnknown() ? EventType.DELIVERY_UNKNOWN : EventType.DELIVERY_FAILED;
            store.append(request.id(), new NewEvent(type, today, e.getMessage(), mail.messageId(), List.of()));
            String next = e.outcomeUnknown()
                    ? "check your sent mail; if it arrived: optout requests sent " + id + "; if not: optout send "
                            + letter.platform().id() + " --resend"
                    : "fix the problem and run optout send " + letter.platform().id() + " again";
            return new Outcome(id, letter.platform().id(), RequestChannel.EMAIL,
                    List.of(id + " " + letter.platform().id() + ": not sent; " + next),
                    new MailException(id + " " + letter.platform().id() + ": " + e.getMessage(), e.outcomeUnknown(), e));
        }
    }

    private Optional<TrackedRequest> openObjection(String platform) {
        return store.all().stream()
                .filter(r -> r.platform().equals(platform) && r.kind() == RequestKind.OBJECTION)
                .filter(r -> r.status() != RequestStatus.CLOSED)
                .max(Comparator.comparingLong(TrackedRequest::id));
    }

    /** Parses an email address from the catalogue or profile, naming where it came from when it is invalid. */
    static InternetAddress address(String value, String where) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw AppException.invalidData(where + ": '" + value + "' is not a valid email address");
        }
    }
}
