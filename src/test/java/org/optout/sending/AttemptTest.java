package org.optout.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optout.ExitCode;
import org.optout.mail.MailException;
import org.optout.tracker.EventType;
import org.optout.catalogue.Channel;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.TrackedRequest;

/** When an e-mail attempt is in progress, of unknown outcome, or over, and what optout then says. */
class AttemptTest {
    private static final Instant T = Instant.parse("2026-11-22T09:00:00Z");

    private static TrackedRequest with(EventType... types) {
        List<RequestEvent> events = new ArrayList<>();
        for (EventType type : types) {
            events.add(new RequestEvent(events.size() + 1, type, LocalDate.of(2026, 11, 22), T, null, null, List.of()));
        }
        return new TrackedRequest(1, "claude", RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null, T,
                events);
    }

    private static String refusal(Attempt attempt, TrackedRequest request, Instant now, boolean resend) {
        return attempt.refusal(request, "claude", now, resend, "ARRIVED", "AGAIN", " --db t.db")
                .map(e -> e.exitCode() + " " + e.getMessage()).orElse("none");
    }

    @Test
    void an_attempt_is_in_progress_for_ninety_seconds_then_of_unknown_outcome() {
        TrackedRequest attempted = with(EventType.DRAFTED, EventType.SEND_ATTEMPTED);
        assertThat(Attempt.LETTER.inProgress(attempted, T.plusSeconds(89))).isPresent();
        assertThat(Attempt.LETTER.inProgress(attempted, T.plusSeconds(90))).isEmpty();
        assertThat(Attempt.LETTER.unknown(attempted)).isTrue();
        assertThat(refusal(Attempt.LETTER, attempted, T.plusSeconds(89), true)).isEqualTo(ExitCode.DELIVERY
                + " R1 claude: another optout is sending it (attempt recorded at 2026-11-22T09:00:00Z); wait, then "
                + "check with optout requests show R1 --db t.db");
        assertThat(refusal(Attempt.LETTER, attempted, T.plusSeconds(90), false)).isEqualTo(ExitCode.DELIVERY
                + " R1 claude: the last attempt to send it may have reached the server; check your sent mail or the "
                + "DPO's reply: if it arrived, ARRIVED --db t.db; if not, AGAIN --db t.db");
        assertThat(refusal(Attempt.LETTER, attempted, T.plusSeconds(90), true)).isEqualTo("none");
    }

    @Test
    void an_outcome_ends_the_attempt() {
        assertThat(Attempt.LETTER.inProgress(with(EventType.SEND_ATTEMPTED, EventType.SENT), T)).isEmpty();
        assertThat(Attempt.LETTER.unknown(with(EventType.SEND_ATTEMPTED, EventType.SENT))).isFalse();
        assertThat(Attempt.LETTER.unknown(with(EventType.SEND_ATTEMPTED, EventType.DELIVERY_FAILED))).isFalse();
        assertThat(Attempt.LETTER.unknown(with(EventType.SEND_ATTEMPTED, EventType.DELIVERY_UNKNOWN))).isTrue();
        assertThat(Attempt.LETTER.unknown(with(EventType.DRAFTED))).isFalse();
        assertThat(refusal(Attempt.LETTER, with(EventType.DELIVERY_FAILED), T, false)).isEqualTo("none");
    }

    @Test
    void reminders_and_letters_are_counted_apart() {
        TrackedRequest reminding = with(EventType.SEND_ATTEMPTED, EventType.SENT, EventType.REMINDER_ATTEMPTED);
        assertThat(Attempt.LETTER.unknown(reminding)).isFalse();
        assertThat(Attempt.REMINDER.inProgress(reminding, T)).isPresent();
        assertThat(refusal(Attempt.REMINDER, reminding, T, false)).contains("another optout is sending its reminder");
        assertThat(Attempt.REMINDER.unknown(with(EventType.REMINDER_ATTEMPTED, EventType.REMINDER_SENT))).isFalse();
        assertThat(Attempt.REMINDER.attempted()).isEqualTo(EventType.REMINDER_ATTEMPTED);
    }

    @Test
    void a_failure_is_unknown_only_when_the_server_may_have_the_message() {
        assertThat(Attempt.LETTER.outcome(new MailException("x", true, null))).isEqualTo(EventType.DELIVERY_UNKNOWN);
        assertThat(Attempt.LETTER.outcome(new MailException("x", false, null))).isEqualTo(EventType.DELIVERY_FAILED);
        assertThat(Attempt.REMINDER.outcome(new MailException("x", true, null))).isEqualTo(EventType.REMINDER_UNKNOWN);
        assertThat(Attempt.REMINDER.outcome(new MailException("x", false, null))).isEqualTo(EventType.REMINDER_FAILED);
    }
}
