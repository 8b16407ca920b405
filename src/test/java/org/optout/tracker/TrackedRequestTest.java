package org.optout.tracker;

import org.optout.catalogue.Channel;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Status and deadline derived from events. Expected dates are worked out by hand from legal.md §2–3. */
class TrackedRequestTest {
    private final List<RequestEvent> events = new ArrayList<>();

    private TrackedRequestTest event(EventType type, String on) {
        events.add(new RequestEvent(events.size() + 1, type, LocalDate.parse(on), Instant.EPOCH, null, null, List.of()));
        return this;
    }

    private TrackedRequest request(String controller, String user) {
        return new TrackedRequest(1, "meta-ai", RequestKind.OBJECTION, "fr", Channel.POST, controller, user,
                null, Instant.EPOCH, events);
    }

    @Test
    void a_draft_has_no_deadline() {
        event(EventType.DRAFTED, "2026-03-01");
        assertThat(request("IE", "FR").status()).isEqualTo(RequestStatus.DRAFTED);
        assertThat(request("IE", "FR").deadline()).isEmpty();
    }

    @Test
    void posted_letter_waits_for_its_receipt() {
        event(EventType.DRAFTED, "2026-03-01").event(EventType.SENT, "2026-03-02");
        assertThat(request("IE", "FR").status()).isEqualTo(RequestStatus.AWAITING_RECEIPT);
        assertThat(request("IE", "FR").deadline()).isEmpty();
        event(EventType.RECEIVED, "2026-03-05");
        // 5 Apr 2026 is a Sunday, 6 Apr Easter Monday in IE and FR
        assertThat(request("IE", "FR").deadline().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(request("IE", "FR").status()).isEqualTo(RequestStatus.SENT);
    }

    @Test
    void the_later_of_controller_and_user_calendars_applies() {
        event(EventType.SENT, "2026-04-14").event(EventType.RECEIVED, "2026-04-14");
        // 14 May 2026: Ascension in FR (not IE)
        assertThat(request("IE", "IE").deadline().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(request("IE", "FR").deadline().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 5, 15));
    }

    @Test
    void an_extension_notified_in_time_gives_three_months() {
        event(EventType.SENT, "2026-01-31").event(EventType.RECEIVED, "2026-01-31")
                .event(EventType.EXTENSION_NOTIFIED, "2026-02-20");
        assertThat(request("IE", "IE").status()).isEqualTo(RequestStatus.EXTENDED);
        assertThat(request("IE", "IE").deadline().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(request("IE", "IE").lateExtension()).isFalse();
    }

    @Test
    void a_late_extension_does_not_count_and_is_flagged() {
        event(EventType.SENT, "2026-01-31").event(EventType.RECEIVED, "2026-01-31")
                .event(EventType.EXTENSION_NOTIFIED, "2026-03-10");
        assertThat(request("IE", "IE").lateExtension()).isTrue();
        assertThat(request("IE", "IE").deadline().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(request("IE", "IE").overdue(LocalDate.of(2026, 3, 3))).isTrue();
        assertThat(request("IE", "IE").overdue(LocalDate.of(2026, 3, 2))).isFalse();
    }

    @Test
    void an_identity_check_pauses_the_clock() {
        event(EventType.SENT, "2026-08-31").event(EventType.RECEIVED, "2026-08-31")
                .event(EventType.IDENTITY_REQUESTED, "2026-09-10");
        assertThat(request("IE", "IE").status()).isEqualTo(RequestStatus.AWAITING_IDENTITY);
        assertThat(request("IE", "IE").deadline()).isEmpty();
        event(EventType.IDENTITY_PROVIDED, "2026-09-17");
        // 30 Sep 2026 + 7 paused days = 7 Oct 2026, a Wednesday
        assertThat(request("IE", "IE").deadline().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 10, 7));
    }

    @Test
    void an_identity_request_recorded_before_the_receipt_only_pauses_from_the_receipt() {
        event(EventType.SENT, "2026-08-25").event(EventType.IDENTITY_REQUESTED, "2026-08-28")
                .event(EventType.IDENTITY_PROVIDED, "2026-09-02").event(EventType.RECEIVED, "2026-08-31");
        // paused 31 Aug → 2 Sep: 30 Sep 2026 + 2 days = Friday 2 Oct 2026
        assertThat(request("IE", "IE").deadline().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void an_answer_or_refusal_stops_the_clock() {
        event(EventType.SENT, "2026-01-05").event(EventType.RECEIVED, "2026-01-05").event(EventType.REFUSED, "2026-01-20");
        assertThat(request("IE", "FR").status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(request("IE", "FR").overdue(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void an_attempt_without_outcome_is_delivery_unknown() {
        event(EventType.DRAFTED, "2026-01-05").event(EventType.SEND_ATTEMPTED, "2026-01-05");
        assertThat(request("IE", "FR").status()).isEqualTo(RequestStatus.DELIVERY_UNKNOWN);
        event(EventType.DELIVERY_FAILED, "2026-01-05");
        assertThat(request("IE", "FR").status()).isEqualTo(RequestStatus.DELIVERY_FAILED);
    }

    @Test
    void a_switched_off_setting_is_rechecked_after_six_months() {
        event(EventType.DRAFTED, "2026-01-05").event(EventType.SETTING_DONE, "2026-01-06");
        assertThat(request("IE", "FR").status()).isEqualTo(RequestStatus.SETTING_DONE);
        assertThat(request("IE", "FR").recheckOn()).contains(LocalDate.of(2026, 7, 6));
    }
}
