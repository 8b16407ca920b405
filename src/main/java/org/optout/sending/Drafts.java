package org.optout.sending;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.optout.AppException;
import org.optout.catalogue.Channel;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterWriter.RenderedLetter;
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
import org.optout.ui.Message;

/**
 * The platform's open objection in the tracker: one per platform, reused while it was never sent, and the reasons
 * not to send it now (being sent, maybe delivered, or sent).
 */
final class Drafts {
    private static final Set<RequestStatus> UNSENT =
            Set.of(RequestStatus.DRAFTED, RequestStatus.DELIVERY_FAILED, RequestStatus.DELIVERY_UNKNOWN);

    private final DocumentStore documents;
    private final Clock clock;

    Drafts(DocumentStore documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    static boolean unsent(TrackedRequest request) {
        return UNSENT.contains(request.status());
    }

    /** The id of the platform's open objection when it was sent already. */
    static Optional<String> sentAlready(List<TrackedRequest> current, String platform) {
        return openObjection(current, platform).filter(r -> !UNSENT.contains(r.status())).map(TrackedRequest::shortId);
    }

    /** What to send, or why not: the request the letter continues, or a new one. */
    record Claim(long requestId, SendOutcome refusal) {
    }

    /**
     * Under the tracker's lock: the platform's open objection, reused when it was never sent, else a new request
     * (one open objection per platform, whatever other optout processes do at the same time).
     */
    Claim claim(List<TrackedRequest> current, RequestStore.Writes writes, SendOptions plan, RenderedLetter letter,
                Channel channel, LocalDate today) {
        Platform platform = letter.platform();
        Optional<TrackedRequest> existing = openObjection(current, platform.id());
        if (existing.isPresent()) {
            TrackedRequest previous = existing.get();
            Optional<SendOutcome> refusal = refusal(previous, plan);
            if (refusal.isPresent()) {
                return new Claim(previous.id(), refusal.get());
            }
            if (previous.channel() == channel) {
                return new Claim(previous.id(), null);
            }
            writes.append(previous.id(), List.of(new NewEvent(EventType.CLOSED, today,
                    RecordedNote.REPLACED.english(channel.label()), null, List.of())));
        }
        StoredDocument pdf = documents.store(letter.pdf(), "application/pdf", letter.baseName() + ".pdf", "letter");
        long id = writes.create(new NewRequest(platform.id(), RequestKind.OBJECTION, letter.language().code(), channel,
                platform.controller().country(), plan.letters().profile().country(), null),
                List.of(new NewEvent(EventType.DRAFTED, today, null, null, List.of(pdf))));
        return new Claim(id, null);
    }

    /** Why {@code request} must not be sent now, if it must not: being sent, maybe delivered, or sent. */
    Optional<SendOutcome> refusal(TrackedRequest request, SendOptions plan) {
        String id = request.shortId();
        String platform = request.platform();
        String show = "optout requests show " + id + plan.commandSuffix();
        Channel via = request.channel();
        Optional<AppException> pending = Attempt.LETTER.refusal(request, platform, clock.instant(), plan.resend(),
                "optout requests sent " + id + " --on DATE", "optout send " + platform + " --resend",
                plan.commandSuffix());
        if (pending.isPresent()) {
            return Optional.of(new SendOutcome(id, platform, via, SendOutcome.Result.FAILED, List.of(), show,
                    pending.get()));
        }
        RequestStatus status = request.status();
        if (!UNSENT.contains(status)) {
            return Optional.of(new SendOutcome(id, platform, via, SendOutcome.Result.ALREADY_SENT, List.of(Message.of(
                    "send.already", id, platform, status, request.sentOn().map(d -> (Object) Message.of(
                            "send.already.sent_on", d)).orElse(""), show)), show, null));
        }
        return Optional.empty();
    }

    /**
     * The requests that decide whether a letter to {@code platform} may be sent: its objections, of which
     * {@link #openObjection} picks the open one, read by the platform's index whatever the tracker holds.
     */
    static RequestQuery scope(String platform) {
        return RequestQuery.platform(platform).withKind(RequestKind.OBJECTION);
    }

    static Optional<TrackedRequest> openObjection(List<TrackedRequest> requests, String platform) {
        return requests.stream()
                .filter(r -> r.platform().equals(platform) && r.kind() == RequestKind.OBJECTION)
                .filter(r -> r.status() != RequestStatus.CLOSED)
                .max(Comparator.comparingLong(TrackedRequest::id));
    }
}
