package org.optout.sending;

import org.optout.tracker.RecordedNote;
import org.optout.ui.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.optout.AppException;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.letter.LetterWriter;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.letter.ReminderModel;
import org.optout.mail.MailException;
import org.optout.mail.Mailer;
import org.optout.mail.PreparedMail;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.NewEvent;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestLog;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.RequestStore;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * Reminders for overdue objections: a letter citing the original request and its date, art. 12(3), the passed
 * deadline and a further 14 days, before a complaint. Written as PDF and text, and optionally emailed to the DPO;
 * a reminder that was sent is recorded on the original request.
 */
public final class ReminderService {
    private final RequestStore store;
    private final DocumentStore documents;
    private final Clock clock;

    public ReminderService(RequestStore store, DocumentStore documents, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * What happened.
     *
     * @param files the reminder's PDF and text
     * @param line what was done or what to do next
     */
    public record Result(TrackedRequest request, List<Path> files, Message line) {
    }

    /**
     * Writes (and, with {@code send}, emails) the reminder of request {@code id}.
     *
     * @param letters the profile, the request's platform, the language and output folder
     * @param force write it even when the request is not overdue
     * @param resend send it even though an earlier reminder may have reached the server
     * @param commandSuffix options to repeat in the command printed as advice (e.g. {@code --db FILE})
     */
    public Result remind(String id, LetterWriter writer, LetterWriter.Request letters, Catalogue catalogue,
                         boolean force, boolean send, boolean resend, Supplier<Mailer> mailer,
                         UnaryOperator<byte[]> seal, String commandSuffix) {
        TrackedRequest request = store.get(id);
        documents.check(request);
        LocalDate today = LocalDate.now(clock);
        if (request.kind() != RequestKind.OBJECTION) {
            throw AppException.invalidData(Message.of("error.remind.not_objection", request.shortId(),
                    request.kind()));
        }
        if (!request.overdue(today) && !force) {
            throw AppException.invalidData(Message.of("error.remind.not_overdue", request.shortId(),
                    request.status(), request.deadline().map(d -> (Object) Message.of("event.deadline", d.date()))
                            .orElse("")));
        }
        if (send) {
            // before writing anything; checked again under the tracker's lock just before sending
            refuseIfPending(request, resend, commandSuffix);
        }
        Language language = letters.language() != null ? letters.language() : Language.valueOf(
                request.language().toUpperCase(java.util.Locale.ROOT));
        LetterWriter.Request forPlatform = new LetterWriter.Request(letters.profile(), letters.profileLabel(),
                List.of(catalogue.platform(request.platform())), language, today, letters.outDirectory(), true);
        RenderedLetter reminder = writer.renderReminder(forPlatform, model(request, language, today)).sealed(seal);
        List<Path> files = LetterWriter.save(List.of(reminder), letters.outDirectory(), true);
        StoredDocument pdf = documents.store(reminder.pdf(), "application/pdf", reminder.baseName() + ".pdf",
                RequestLog.ROLE_REMINDER);
        List<StoredDocument> written = new java.util.ArrayList<>(List.of(pdf));
        if (reminder.text() != null) {
            written.add(documents.store(reminder.text().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8",
                    reminder.baseName() + ".txt", "reminder-text"));
        }
        request = store.append(request.id(), new NewEvent(EventType.REMINDER_WRITTEN, today, null, null, written));
        if (!send) {
            return new Result(request, files, Message.of("remind.kept",
                    "optout requests reminded " + request.shortId() + commandSuffix));
        }
        Channels channels = new Channels(catalogue, mailer, letters.profile(), false, clock);
        if (channels.emailContact(reminder.platform()).isEmpty()) {
            throw AppException.invalidData(Message.of("error.remind.no_email", request.shortId(),
                    request.platform(), "optout requests reminded " + request.shortId() + " --attach FILE"
                            + commandSuffix));
        }
        PreparedMail mail = channels.prepare(reminder);
        StoredDocument eml = documents.store(mail.eml(), "message/rfc822", reminder.baseName() + ".eml", "eml");
        LocalDate graceEnd = today.plusDays(TrackedRequest.REMINDER_GRACE_DAYS);
        long requestId = request.id();
        boolean attempted = false;
        try (Mailer.Connection connection = channels.connect()) {
            // whether a reminder is pending depends on this request's own events only
            store.exclusively(RequestQuery.id(requestId), (current, writes) -> {
                refuseIfPending(current.stream().findFirst().orElseThrow(), resend, commandSuffix);
                writes.append(requestId, List.of(new NewEvent(Attempt.REMINDER.attempted(), today,
                        RecordedNote.TO.english(String.valueOf(mail.recipients())), mail.messageId(), List.of(eml))));
                return null;
            });
            attempted = true;
            String reply = connection.send(mail);
            TrackedRequest updated = store.append(requestId, new NewEvent(EventType.REMINDER_SENT, today,
                    RecordedNote.REMINDER_SENT.english(String.valueOf(mail.recipients()), String.valueOf(reply)),
                    mail.messageId(), List.of(eml, pdf),
                    null, graceEnd));
            return new Result(updated, files, Message.of("remind.sent", request.shortId(), request.platform(),
                    mail.recipients().toString(), graceEnd));
        } catch (MailException e) {
            if (attempted) {
                store.append(requestId, new NewEvent(Attempt.REMINDER.outcome(e), today, e.getMessage(),
                        mail.messageId(), List.of()));
            }
            Object next = e.outcomeUnknown() ? Message.of("remind.mail_unknown", "optout requests reminded "
                    + request.shortId() + commandSuffix, "optout remind " + request.shortId() + " --send --resend"
                    + commandSuffix) : "";
            throw new MailException(Message.of("remind.mail_failed", request.shortId(), request.platform(), e.said(),
                    next), e.outcomeUnknown(), e);
        }
    }

    /** Refuses to send while another optout sends a reminder of {@code request}, or one may have arrived. */
    private void refuseIfPending(TrackedRequest request, boolean resend, String commandSuffix) {
        Attempt.REMINDER.refusal(request, request.platform(), clock.instant(), resend,
                "optout requests reminded " + request.shortId(),
                "optout remind " + request.shortId() + " --send --resend", commandSuffix).ifPresent(e -> {
                    throw e;
                });
    }

    private static ReminderModel model(TrackedRequest request, Language language, LocalDate today) {
        RequestEvent sent = request.events().stream().filter(e -> e.type() == EventType.SENT).findFirst()
                .orElseThrow(() -> AppException.invalidData(Message.of("remind.never_sent", request.shortId())));
        LocalDate deadline = request.deadline().map(d -> d.date()).orElseThrow(() -> AppException.invalidData(
                Message.of("remind.no_deadline", request.shortId())));
        return new ReminderModel(request.shortId(), LetterWriter.formatDate(sent.on(), language),
                request.receivedOn().map(d -> LetterWriter.formatDate(d, language)).orElse(null),
                request.channel().label(), sent.reference(), LetterWriter.formatDate(deadline, language),
                LetterWriter.formatDate(today.plusDays(TrackedRequest.REMINDER_GRACE_DAYS), language),
                request.status() == RequestStatus.EXTENDED);
    }
}
