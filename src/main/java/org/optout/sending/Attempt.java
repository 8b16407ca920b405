package org.optout.sending;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.mail.MailException;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.TrackedRequest;
import org.optout.ui.Message;

/**
 * The e-mail attempts recorded on a request, of a letter or of a reminder: the attempt is recorded before the SMTP
 * transaction and its outcome after, so that a message a server may have accepted is never sent twice. An attempt
 * without an outcome is in progress for {@link #IN_PROGRESS}; after that its process is gone and the outcome is
 * unknown.
 */
public enum Attempt {
    LETTER(EventType.SEND_ATTEMPTED, EventType.SENT, EventType.DELIVERY_FAILED, EventType.DELIVERY_UNKNOWN),
    REMINDER(EventType.REMINDER_ATTEMPTED, EventType.REMINDER_SENT, EventType.REMINDER_FAILED,
            EventType.REMINDER_UNKNOWN);

    /**
     * How long an attempt without an outcome counts as in progress: the whole SMTP exchange (at most twice the
     * 30 s longest timeout), the wait for the tracker's lock (15 s) and a margin.
     */
    static final Duration IN_PROGRESS = Duration.ofSeconds(90);

    private final EventType attempted;
    private final EventType sent;
    private final EventType failed;
    private final EventType unknown;

    Attempt(EventType attempted, EventType sent, EventType failed, EventType unknown) {
        this.attempted = attempted;
        this.sent = sent;
        this.failed = failed;
        this.unknown = unknown;
    }

    public EventType attempted() {
        return attempted;
    }

    /** The event recording a failure: unknown when the server may have accepted the message. */
    public EventType outcome(MailException e) {
        return e.outcomeUnknown() ? unknown : failed;
    }

    /** The latest attempt, when it has no outcome and was recorded less than {@link #IN_PROGRESS} before now. */
    public Optional<RequestEvent> inProgress(TrackedRequest request, Instant now) {
        return latest(request).filter(e -> e.type() == attempted && e.recordedAt().plus(IN_PROGRESS).isAfter(now));
    }

    /** Whether the latest attempt may have reached the server and nobody said whether it did. */
    public boolean unknown(TrackedRequest request) {
        return latest(request).map(e -> e.type() == attempted || e.type() == unknown).orElse(false);
    }

    /**
     * Why this optout must not send now, if it must not: another optout is sending it, or, unless {@code resend},
     * an earlier attempt may have reached the server.
     *
     * @param ifArrived the command recording that it arrived; {@code ifNot}: the one sending it again
     */
    Optional<AppException> refusal(TrackedRequest request, String platform, Instant now, boolean resend,
                                   String ifArrived, String ifNot, String commandSuffix) {
        String what = name().toLowerCase(java.util.Locale.ROOT);
        Optional<RequestEvent> running = inProgress(request, now);
        if (running.isPresent()) {
            return Optional.of(new AppException(Message.of("error.attempt.running." + what, request.shortId(),
                    platform, running.get().recordedAt().toString(),
                    "optout requests show " + request.shortId() + commandSuffix), ExitCode.DELIVERY));
        }
        if (unknown(request) && !resend) {
            return Optional.of(new AppException(Message.of("error.attempt.unknown." + what, request.shortId(),
                    platform, ifArrived + commandSuffix, ifNot + commandSuffix), ExitCode.DELIVERY));
        }
        return Optional.empty();
    }

    private Optional<RequestEvent> latest(TrackedRequest request) {
        List<EventType> types = List.of(attempted, sent, failed, unknown);
        return request.events().stream().filter(e -> types.contains(e.type())).reduce((first, second) -> second);
    }
}
