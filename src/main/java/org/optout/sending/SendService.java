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
import java.util.Set;
import java.util.function.Supplier;
import org.optout.AppException;
import org.optout.ExitCode;
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
 * post or the in-app setting. An email attempt is claimed in the tracker, under its write lock, before the SMTP
 * transaction, and its result recorded after, so that a message a server may have accepted is never sent twice,
 * even by two optout processes at once (see {@link Attempt}).
 */
public final class SendService {
    private static final Set<RequestStatus> UNSENT =
            Set.of(RequestStatus.DRAFTED, RequestStatus.DELIVERY_FAILED, RequestStatus.DELIVERY_UNKNOWN);

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
     * @param commandSuffix options to repeat in the commands printed as advice (e.g. {@code --db FILE})
     */
    public record Plan(LetterWriter.Request letters, Via via, boolean resend, boolean copyToSelf,
                       boolean acceptUnconfirmed, String commandSuffix) {
    }

    /**
     * What happened for one platform.
     *
     * @param requestId the tracker id, e.g. "R3"
     * @param lines what the user should read or do next
     * @param error the one-line error when sending failed or was refused, else null
     */
    public record Outcome(String requestId, String platform, RequestChannel channel, List<String> lines,
                          AppException error) {
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
        Claim claim = store.exclusively((current, writes) -> draft(current, writes, plan, letter, channel, today));
        if (claim.refusal() != null) {
            return claim.refusal();
        }
        TrackedRequest request = store.find(claim.requestId()).orElseThrow();
        if (channel != RequestChannel.EMAIL) {
            return new Outcome(request.shortId(), platform.id(), channel,
                    channels.instructions(letter, channel, pdfFile, request.shortId()), null);
        }
        return email(plan, request, letter, channels, today);
    }

    /** What to send, or why not: the request the letter continues, or a new one. */
    private record Claim(long requestId, Outcome refusal) {
    }

    /**
     * Under the tracker's lock: the platform's open objection, reused when it was never sent, else a new request
     * (one open objection per platform, whatever other optout processes do at the same time).
     */
    private Claim draft(List<TrackedRequest> current, RequestStore.Writes writes, Plan plan, RenderedLetter letter,
                        RequestChannel channel, LocalDate today) {
        Platform platform = letter.platform();
        Optional<TrackedRequest> existing = openObjection(current, platform.id());
        if (existing.isPresent()) {
            TrackedRequest previous = existing.get();
            Optional<Outcome> refusal = refusal(previous, plan);
            if (refusal.isPresent()) {
                return new Claim(previous.id(), refusal.get());
            }
            if (previous.channel() == channel) {
                return new Claim(previous.id(), null);
            }
            writes.append(previous.id(), List.of(new NewEvent(EventType.CLOSED, today, "replaced: sent by "
                    + channel.label() + " instead", null, List.of())));
        }
        StoredDocument pdf = documents.store(letter.pdf(), "application/pdf", letter.baseName() + ".pdf", "letter");
        long id = writes.create(new NewRequest(platform.id(), RequestKind.OBJECTION, letter.language().code(), channel,
                platform.controller().country(), plan.letters().profile().country(), null),
                List.of(new NewEvent(EventType.DRAFTED, today, null, null, List.of(pdf))));
        return new Claim(id, null);
    }

    /** Why {@code request} must not be sent now, if it must not: being sent, maybe delivered, or sent. */
    private Optional<Outcome> refusal(TrackedRequest request, Plan plan) {
        String id = request.shortId();
        String platform = request.platform();
        Optional<AppException> pending = Attempt.LETTER.refusal(request, platform, clock.instant(), plan.resend(),
                "optout requests sent " + id + " --on DATE", "optout send " + platform + " --resend",
                plan.commandSuffix());
        if (pending.isPresent()) {
            return Optional.of(new Outcome(id, platform, request.channel(), List.of(), pending.get()));
        }
        RequestStatus status = request.status();
        if (!UNSENT.contains(status)) {
            return Optional.of(new Outcome(id, platform, request.channel(), List.of(id + " " + platform + ": already "
                    + status.label() + request.sentOn().map(d -> " (sent " + d + ")").orElse("") + "; nothing sent. "
                    + "'optout requests show " + id + plan.commandSuffix() + "' shows its timeline"), null));
        }
        return Optional.empty();
    }

    private Outcome email(Plan plan, TrackedRequest request, RenderedLetter letter, Channels channels,
                          LocalDate today) {
        String id = request.shortId();
        String platform = letter.platform().id();
        PreparedMail mail = channels.prepare(letter);
        StoredDocument eml = documents.store(mail.eml(), "message/rfc822", letter.baseName() + ".eml", "eml");
        StoredDocument pdf = documents.store(letter.pdf(), "application/pdf", letter.baseName() + ".pdf", "letter");
        boolean attempted = false;
        try (Mailer.Connection connection = channels.connect()) {
            Optional<Outcome> refused = store.exclusively((current, writes) -> {
                Optional<Outcome> refusal = attemptRefusal(current, request, plan);
                if (refusal.isEmpty()) {
                    writes.append(request.id(), List.of(new NewEvent(Attempt.LETTER.attempted(), today, "to "
                            + mail.recipients(), mail.messageId(), List.of(eml))));
                }
                return refusal;
            });
            if (refused.isPresent()) {
                return refused.get();
            }
            attempted = true;
            String reply = connection.send(mail);
            TrackedRequest sent = store.appendAll(request.id(), List.of(
                    new NewEvent(EventType.SENT, today, "to " + mail.recipients() + "; server: " + reply
                            + "; PDF sha256 " + pdf.sha256(), mail.messageId(), List.of(eml, pdf)),
                    new NewEvent(EventType.RECEIVED, today, "email: received on the day it was sent", null,
                            List.of())));
            // the message exactly as sent, beside the letter; a dry run's is named *.dry-run.eml
            Path copy = plan.letters().outDirectory().resolve(letter.baseName() + ".sent-" + id + ".eml");
            PrivateFiles.write(copy, mail.eml());
            return new Outcome(id, platform, RequestChannel.EMAIL, List.of(id + " " + platform + ": sent to "
                    + mail.recipients() + " (Message-ID " + mail.messageId() + "); answer due by "
                    + sent.deadline().map(d -> d.date().toString()).orElse("?") + "; message as sent: " + copy), null);
        } catch (MailException e) {
            return failed(plan, request, platform, mail, e, attempted, today);
        }
    }

    /** Under the tracker's lock again, once connected: the request may have been sent or claimed meanwhile. */
    private Optional<Outcome> attemptRefusal(List<TrackedRequest> current, TrackedRequest request, Plan plan) {
        Optional<TrackedRequest> open = openObjection(current, request.platform());
        if (open.isEmpty() || open.get().id() != request.id()) {
            return Optional.of(new Outcome(request.shortId(), request.platform(), RequestChannel.EMAIL, List.of(),
                    new AppException(request.shortId() + " " + request.platform() + ": another optout replaced it "
                            + "meanwhile; nothing sent. 'optout requests" + plan.commandSuffix() + "' lists them",
                            ExitCode.DELIVERY)));
        }
        return refusal(open.get(), plan);
    }

    /**
     * Records a failure: after this process's own attempt, its outcome; before it (no connection), a failure only
     * when no other optout is sending the request meanwhile.
     */
    private Outcome failed(Plan plan, TrackedRequest request, String platform, PreparedMail mail, MailException e,
                           boolean attempted, LocalDate today) {
        String id = request.shortId();
        NewEvent event = new NewEvent(Attempt.LETTER.outcome(e), today, e.getMessage(), mail.messageId(), List.of());
        if (attempted) {
            store.append(request.id(), event);
        } else {
            store.exclusively((current, writes) -> {
                current.stream().filter(r -> r.id() == request.id()).findFirst()
                        .filter(r -> UNSENT.contains(r.status()) && Attempt.LETTER.inProgress(r, clock.instant())
                                .isEmpty() && !Attempt.LETTER.unknown(r))
                        .ifPresent(r -> writes.append(r.id(), List.of(event)));
                return null;
            });
        }
        String next = e.outcomeUnknown()
                ? "check your sent mail or the DPO's reply: if it arrived, optout requests sent " + id + " --on DATE"
                        + plan.commandSuffix() + "; if not, optout send " + platform + " --resend"
                        + plan.commandSuffix()
                : "fix the problem and run optout send " + platform + " again";
        return new Outcome(id, platform, RequestChannel.EMAIL, List.of(id + " " + platform + ": not sent; " + next),
                new MailException(id + " " + platform + ": " + e.getMessage(), e.outcomeUnknown(), e));
    }

    private static Optional<TrackedRequest> openObjection(List<TrackedRequest> requests, String platform) {
        return requests.stream()
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
