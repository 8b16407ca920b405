package org.optout.sending;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.catalogue.Channel;
import org.optout.files.PrivateFiles;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.mail.MailException;
import org.optout.mail.Mailer;
import org.optout.mail.PreparedMail;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.NewEvent;
import org.optout.tracker.RecordedNote;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStore;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;
import org.optout.ui.Message;

/**
 * Carries out a {@link SendPlan} and keeps proof: records each letter in the tracker (or reuses the request already
 * drafted for the platform), then emails it, or tells the user how to file it by web form, registered post, the
 * in-app setting or their own mail program. An email attempt is claimed in the tracker, under its write lock, before the SMTP
 * transaction, and its result recorded after, so that a message a server may have accepted is never sent twice,
 * even by two optout processes at once (see {@link Attempt}).
 */
public final class SendService {
    private final RequestStore store;
    private final DocumentStore documents;
    private final Clock clock;
    private final Drafts drafts;

    public SendService(RequestStore store, DocumentStore documents, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
        this.drafts = new Drafts(documents, clock);
    }

    /** Carries out {@code plan}, platform by platform; a failure on one platform does not stop the others. */
    public SendSummary send(SendPlan plan, Supplier<Mailer> mailer) {
        Supplier<Mailer> once = new Supplier<>() {
            private Mailer built;

            @Override
            public Mailer get() {
                if (built == null) {
                    built = mailer.get();
                }
                return built;
            }
        };
        return new SendSummary(plan.steps().stream().map(step -> sendOne(plan.options(), step, once)).toList());
    }

    private SendOutcome sendOne(SendOptions plan, SendPlan.Step step, Supplier<Mailer> mailer) {
        Channel channel = step.channel();
        LocalDate today = LocalDate.now(clock);
        Drafts.Claim claim = store.exclusively(Drafts.scope(step.platform()), (current, writes) -> drafts.claim(
                current, writes, plan, step.letter(), channel, today));
        if (claim.refusal() != null) {
            return claim.refusal();
        }
        TrackedRequest request = store.find(claim.requestId()).orElseThrow();
        String id = request.shortId();
        if (channel != Channel.EMAIL) {
            return new SendOutcome(id, step.platform(), step.channel(), SendOutcome.Result.TO_DO,
                    Instructions.of(step, id, plan.commandSuffix()),
                    Instructions.recordCommand(step, id, plan.commandSuffix()), null);
        }
        if (plan.manual()) {
            return ManualEmail.write(step, id, plan.commandSuffix());
        }
        return email(plan, request, step, mailer, today);
    }

    private SendOutcome email(SendOptions plan, TrackedRequest request, SendPlan.Step step, Supplier<Mailer> mailer,
                              LocalDate today) {
        String id = request.shortId();
        RenderedLetter letter = step.letter();
        String platform = letter.platform().id();
        PreparedMail mail = step.mail();
        StoredDocument eml = documents.store(mail.eml(), "message/rfc822", letter.baseName() + ".eml", "eml");
        StoredDocument pdf = documents.store(letter.pdf(), "application/pdf", letter.baseName() + ".pdf", "letter");
        boolean attempted = false;
        try (Mailer.Connection connection = mailer.get().connect()) {
            Optional<SendOutcome> refused = store.exclusively(Drafts.scope(request.platform()), (current, writes) -> {
                Optional<SendOutcome> refusal = attemptRefusal(current, request, plan);
                if (refusal.isEmpty()) {
                    writes.append(request.id(), List.of(new NewEvent(Attempt.LETTER.attempted(), today,
                            RecordedNote.TO.english(String.valueOf(mail.recipients())), mail.messageId(), List.of(eml))));
                }
                return refusal;
            });
            if (refused.isPresent()) {
                return refused.get();
            }
            attempted = true;
            String reply = connection.send(mail);
            TrackedRequest sent = store.appendAll(request.id(), List.of(
                    new NewEvent(EventType.SENT, today, RecordedNote.SENT.english(String.valueOf(mail.recipients()),
                            String.valueOf(reply), pdf.sha256()), mail.messageId(), List.of(eml, pdf)),
                    new NewEvent(EventType.RECEIVED, today, RecordedNote.RECEIVED_SAME_DAY.english(), null,
                            List.of())));
            // the message exactly as sent, beside the letter; a dry run's is named *.dry-run.eml
            Path copy = step.pdf().resolveSibling(letter.baseName() + ".sent-" + id + ".eml");
            PrivateFiles.write(copy, mail.eml());
            return new SendOutcome(id, platform, Channel.EMAIL, SendOutcome.Result.SENT, List.of(Message.of("send.sent",
                    id, platform, mail.recipients().toString(), mail.messageId(),
                    sent.deadline().map(d -> d.date().toString()).orElse("?"), copy)),
                    "optout requests show " + id + plan.commandSuffix(), null);
        } catch (MailException e) {
            return failed(plan, request, platform, mail, e, attempted, today);
        }
    }

    /** Under the tracker's lock again, once connected: the request may have been sent or claimed meanwhile. */
    private Optional<SendOutcome> attemptRefusal(List<TrackedRequest> current, TrackedRequest request,
                                                 SendOptions plan) {
        Optional<TrackedRequest> open = Drafts.openObjection(current, request.platform());
        if (open.isEmpty() || open.get().id() != request.id()) {
            return Optional.of(new SendOutcome(request.shortId(), request.platform(), Channel.EMAIL,
                    SendOutcome.Result.FAILED, List.of(), "optout requests" + plan.commandSuffix(),
                    new AppException(Message.of("error.send.replaced", request.shortId(), request.platform(),
                            "optout requests" + plan.commandSuffix()), ExitCode.DELIVERY)));
        }
        return drafts.refusal(open.get(), plan);
    }

    /**
     * Records a failure: after this process's own attempt, its outcome; before it (no connection), a failure only
     * when no other optout is sending the request meanwhile.
     */
    private SendOutcome failed(SendOptions plan, TrackedRequest request, String platform, PreparedMail mail,
                               MailException e, boolean attempted, LocalDate today) {
        String id = request.shortId();
        NewEvent event = new NewEvent(Attempt.LETTER.outcome(e), today, e.getMessage(), mail.messageId(), List.of());
        if (attempted) {
            store.append(request.id(), event);
        } else {
            store.exclusively(RequestQuery.id(request.id()), (current, writes) -> {
                current.stream().findFirst()
                        .filter(r -> Drafts.unsent(r) && Attempt.LETTER.inProgress(r, clock.instant())
                                .isEmpty() && !Attempt.LETTER.unknown(r))
                        .ifPresent(r -> writes.append(r.id(), List.of(event)));
                return null;
            });
        }
        Message next = e.outcomeUnknown()
                ? Message.of("send.failed.unknown", "optout requests sent " + id + " --on DATE" + plan.commandSuffix(),
                        "optout send " + platform + " --resend" + plan.commandSuffix())
                : Message.of("send.failed.fix", "optout send " + platform);
        String command = e.outcomeUnknown() ? "optout requests show " + id + plan.commandSuffix()
                : "optout send " + platform;
        return new SendOutcome(id, platform, Channel.EMAIL, SendOutcome.Result.FAILED,
                List.of(Message.of("send.not_sent", id, platform, next)), command, new MailException(Message.of("send.mail_failed", id,
                        platform, e.said()), e.outcomeUnknown(), e));
    }

}
