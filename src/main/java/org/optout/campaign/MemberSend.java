package org.optout.campaign;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.optout.AppException;
import org.optout.catalogue.Channel;
import org.optout.catalogue.Platform;
import org.optout.mail.MailException;
import org.optout.mail.Mailer;
import org.optout.mail.MessageBuilder;
import org.optout.mail.OutgoingMail;
import org.optout.mail.PreparedMail;
import org.optout.sending.Attempt;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.NewEvent;
import org.optout.tracker.NewRequest;
import org.optout.tracker.RecordedNote;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.RequestStore;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * One member's message in {@code campaign send}, sent as {@code send} sends a letter: the message is built and kept
 * as evidence first; then, once connected to the server and under the tracker's write lock, the member's objection
 * to the platform is taken (created, or the one whose delivery failed) and the attempt recorded; then the SMTP
 * transaction; then its outcome. An attempt without an outcome is another sender's for a while, then of unknown
 * outcome, never sent again without {@code --resend}; the tracker holds at most one objection per member and
 * platform (a unique index), so two senders never both send it.
 */
final class MemberSend {
    private static final Set<RequestStatus> UNSENT =
            Set.of(RequestStatus.DRAFTED, RequestStatus.DELIVERY_FAILED, RequestStatus.DELIVERY_UNKNOWN);

    private final CampaignSend.Request request;
    private final MandatedLetters letters;
    private final SendQueue queue;
    private final RequestStore requests;
    private final DocumentStore documents;
    private final Clock clock;
    private final InternetAddress from;

    MemberSend(CampaignSend.Request request, Association association, MandatedLetters letters, SendQueue queue,
               RequestStore requests, DocumentStore documents, Clock clock) {
        this.request = request;
        this.letters = letters;
        this.queue = queue;
        this.requests = requests;
        this.documents = documents;
        this.clock = clock;
        this.from = address(association);
    }

    InternetAddress from() {
        return from;
    }

    /** How one member's message went: its request ("R12", or null when none was made) and the error, if any. */
    record Done(SendTally.Outcome outcome, String requestId, MailException error) {
    }

    CampaignSend.Sample sample(Member member, SignedMandate copy) {
        Message message = message(member, copy);
        return new CampaignSend.Sample(message.mail().subject(), List.of(message.letterName(), message.mandateName()));
    }

    /** The members whose objection to {@code platform} was sent already (counted by status, with an index). */
    /** Whether {@code request} counts as sent: not a draft, and its delivery neither failed nor unknown. */
    static boolean wasSent(org.optout.tracker.TrackedRequest request) {
        return !UNSENT.contains(request.status());
    }

    long alreadySent(String campaign, String platform) {
        RequestQuery all = RequestQuery.campaign(campaign).withPlatform(platform);
        long unsent = UNSENT.stream().mapToLong(s -> requests.count(all.withStatus(s))).sum();
        return requests.count(all) - unsent;
    }

    /**
     * Sends to {@code member}, after waiting for {@code pace}, with the signed copy of their mandate attached when
     * there is one ({@code copy}), else the mandate form, unless the request requires a signed copy.
     *
     * @return how it went, or null when a stop was requested while waiting (nothing done)
     * @throws MailException when the server cannot be reached or refuses the login: nothing was sent or recorded
     */
    Done send(Member member, SignedMandate copy, Mailer mailer, Pace pace) {
        RequestQuery scope = RequestQuery.member(request.campaign(), member.memberId())
                .withPlatform(request.platform().id());
        Optional<Done> skip = objection(requests.find(scope)).flatMap(this::skip);
        if (skip.isPresent()) {
            return skip.get();
        }
        if (!queue.sendable(request.campaign(), member.memberId())) {
            return new Done(SendTally.Outcome.LEFT, null, null);
        }
        if (copy == null && request.requireSignedCopy()) {
            return new Done(SendTally.Outcome.NO_SIGNED_COPY, null, null);
        }
        Message message = message(member, copy);
        LocalDate today = LocalDate.now(clock);
        StoredDocument letter = documents.store(message.letter(), "application/pdf", message.letterName(), "letter");
        // a signed copy is in the store already, checked when it was read
        StoredDocument mandate = copy != null ? message.mandateDocument() : documents.store(message.mandate(),
                "application/pdf", message.mandateName(), "mandate");
        PreparedMail mail = message.mail();
        StoredDocument eml = documents.store(mail.eml(), "message/rfc822", "campaign-" + request.platform().id()
                + ".eml", "eml");
        if (!pace.next()) {
            return null;
        }
        try (Mailer.Connection connection = mailer.connect()) {
            Claim claim = requests.exclusively(scope, (current, writes) -> {
                Optional<TrackedRequest> existing = objection(current);
                Optional<Done> refused = existing.flatMap(this::skip);
                if (refused.isPresent()) {
                    return new Claim(0, refused.get());
                }
                long id = existing.map(TrackedRequest::id).orElseGet(() -> writes.create(newRequest(member),
                        List.of(new NewEvent(EventType.DRAFTED, today, (copy != null ? RecordedNote.CAMPAIGN_DRAFTED_COPY
                                : RecordedNote.CAMPAIGN_DRAFTED_FORM).english(request.campaign(), member.memberId(),
                                String.valueOf(member.mandateSignedOn())), null, List.of(letter, mandate)))));
                writes.append(id, List.of(new NewEvent(Attempt.LETTER.attempted(), today,
                        RecordedNote.TO.english(String.valueOf(mail.recipients())),
                        mail.messageId(), List.of(eml))));
                return new Claim(id, null);
            });
            if (claim.refused() != null) {
                return claim.refused();
            }
            String id = "R" + claim.requestId();
            try {
                String reply = connection.send(mail);
                requests.appendAll(claim.requestId(), List.of(new NewEvent(EventType.SENT, today,
                        RecordedNote.SENT_WITH_MANDATE.english(String.valueOf(mail.recipients()), String.valueOf(reply),
                                letter.sha256(), mandate.sha256()), mail.messageId(), List.of(eml, letter, mandate)),
                        new NewEvent(EventType.RECEIVED, today, RecordedNote.RECEIVED_SAME_DAY.english(), null,
                                List.of())));
                return new Done(SendTally.Outcome.SENT, id, null);
            } catch (MailException e) {
                requests.append(claim.requestId(), new NewEvent(Attempt.LETTER.outcome(e), today, e.getMessage(),
                        mail.messageId(), List.of()));
                return new Done(e.outcomeUnknown() ? SendTally.Outcome.UNKNOWN : SendTally.Outcome.FAILED, id, e);
            }
        }
    }

    /** The request to make for {@code member}, or {@code refused} when another sender or an earlier run made it. */
    private record Claim(long requestId, Done refused) {
    }

    private NewRequest newRequest(Member member) {
        Platform platform = request.platform();
        return new NewRequest(platform.id(), RequestKind.OBJECTION, letters.languageOf(member).code(), Channel.EMAIL,
                platform.controller().country(), member.country(), null, request.campaign(), member.memberId());
    }

    /** Why not to send this member's objection now, if so: sent, being sent, or maybe delivered. */
    private Optional<Done> skip(TrackedRequest existing) {
        String id = existing.shortId();
        if (!UNSENT.contains(existing.status())) {
            return Optional.of(new Done(SendTally.Outcome.ALREADY_SENT, id, null));
        }
        if (Attempt.LETTER.inProgress(existing, clock.instant()).isPresent()) {
            return Optional.of(new Done(SendTally.Outcome.OTHER_SENDER, id, null));
        }
        if (Attempt.LETTER.unknown(existing) && !request.resend()) {
            return Optional.of(new Done(SendTally.Outcome.UNKNOWN, id, null));
        }
        return Optional.empty();
    }

    private static Optional<TrackedRequest> objection(List<TrackedRequest> current) {
        return current.stream().filter(r -> r.kind() == RequestKind.OBJECTION).findFirst();
    }

    /**
     * A member's message: the objection (its text twin as body), the mandate attached: the signed copy on record
     * ({@code mandateDocument} is its record in the store), else the mandate form rendered now.
     */
    private record Message(PreparedMail mail, byte[] letter, String letterName, byte[] mandate, String mandateName,
                           StoredDocument mandateDocument) {
    }

    private Message message(Member member, SignedMandate copy) {
        MandatedLetters.WithText objection = letters.objectionWithText(member, request.platform());
        OutgoingMail.Attachment attachment;
        StoredDocument stored = null;
        if (copy != null) {
            stored = copy.document(clock.instant(), "mandate");
            attachment = new OutgoingMail.Attachment(documents.read(stored), copy.mediaType(), copy.fileName());
        } else {
            MandatedLetters.Rendered form = letters.mandate(member);
            attachment = new OutgoingMail.Attachment(form.pdf(), "application/pdf", form.file());
        }
        OutgoingMail.Text text = OutgoingMail.Text.of(objection.text());
        OutgoingMail mail = new OutgoingMail(from, request.to(), List.of(), text.subject(), text.body(),
                objection.letter().pdf(), objection.letter().file(), from, List.of(attachment));
        return new Message(MessageBuilder.build(mail, clock), objection.letter().pdf(), objection.letter().file(),
                attachment.content(), attachment.name(), stored);
    }

    private static InternetAddress address(Association association) {
        try {
            InternetAddress address = new InternetAddress(association.email(), association.name(), "UTF-8");
            address.validate();
            return address;
        } catch (AddressException | java.io.UnsupportedEncodingException e) {
            throw AppException.invalidData("association email: '" + association.email() + "' is not a valid email "
                    + "address");
        }
    }
}
