package org.optout.tracker;

import org.optout.catalogue.Channel;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two follow-up periods, each defined once: the reminder's grace period and the setting's re-check. */
class FollowUpPeriodsTest {
    private final List<RequestEvent> events = new ArrayList<>();

    private FollowUpPeriodsTest event(EventType type, String on, String dueOn) {
        events.add(new RequestEvent(events.size() + 1, type, LocalDate.parse(on), Instant.EPOCH, null, null, List.of(),
                null, dueOn == null ? null : LocalDate.parse(dueOn)));
        return this;
    }

    private TrackedRequest request() {
        return new TrackedRequest(1, "linkedin", RequestKind.OBJECTION, "fr", Channel.SETTING, "IE",
                "FR", null, Instant.EPOCH, events);
    }

    @Test
    void a_reminder_gives_the_grace_it_recorded_else_the_default_days() {
        assertThat(request().graceEnd()).isEmpty();
        event(EventType.REMINDER_SENT, "2026-04-09", null);
        assertThat(request().graceEnd()).contains(LocalDate.of(2026, 4, 9).plusDays(TrackedRequest.REMINDER_GRACE_DAYS))
                .contains(LocalDate.of(2026, 4, 23));
        event(EventType.REMINDER_SENT, "2026-04-10", "2026-05-01");
        assertThat(request().graceEnd()).contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    void a_setting_is_rechecked_six_months_after_the_latest_time_it_was_switched_off() {
        assertThat(request().settingDoneOn()).isEmpty();
        assertThat(request().recheckOn()).isEmpty();
        event(EventType.SETTING_DONE, "2026-08-31", null);
        assertThat(request().settingDoneOn()).contains(LocalDate.of(2026, 8, 31));
        assertThat(request().recheckOn()).contains(LocalDate.of(2027, 2, 28));
        assertThat(TrackedRequest.RECHECK_MONTHS).isEqualTo(6);
        event(EventType.SETTING_DONE, "2027-02-28", null);
        assertThat(request().settingDoneOn()).contains(LocalDate.of(2027, 2, 28));
        assertThat(request().recheckOn()).contains(LocalDate.of(2027, 8, 28));
    }
}
