package org.optout.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.catalogue.Channel;

/**
 * The figures the campaign report counts ({@link RequestStore#countDaysToAnswer},
 * {@link RequestStore#countStatusChanges}): kept with each request as its events are written, rewritten when a
 * backdated event changes its past, filled by migration 12 for a tracker written before; on both databases.
 */
class ReportFiguresStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static LocalDate day(String monthDay) {
        return LocalDate.parse("2026-" + monthDay);
    }

    private static long request(JdbcRequestStore store, String campaign, String platform, Object... typesAndDays) {
        long id = store.create(new NewRequest(platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "BE", null,
                campaign, "M" + platform + typesAndDays.length), NewEvent.of(EventType.DRAFTED, day("10-01"))).id();
        for (int i = 0; i < typesAndDays.length; i += 2) {
            store.append(id, NewEvent.of((EventType) typesAndDays[i], day((String) typesAndDays[i + 1])));
        }
        return id;
    }

    /**
     * R1 (spring, linkedin): drafted 1 Oct, sent 2 Oct (no receipt recorded), answered 9 Oct, then a refusal
     * recorded afterwards but dated 5 Oct: refused, 3 days after sending, since 5 Oct. R2 (spring, meta-ai):
     * drafted 1 Oct, sent 3 Oct, not answered. R3 (autumn, linkedin): sent 1 Oct, answered 4 Oct.
     */
    private static void assertFigures(RequestStore store) {
        RequestQuery spring = RequestQuery.campaign("spring");
        assertThat(store.countDaysToAnswer(spring)).containsExactly(new DaysToAnswerCount("linkedin", 3, 1));
        assertThat(store.countDaysToAnswer(RequestQuery.platform("linkedin")))
                .containsExactly(new DaysToAnswerCount("linkedin", 3, 2));
        assertThat(store.countStatusChanges("spring", day("10-31"))).containsExactly(
                new StatusChangeCount(day("10-01"), null, RequestStatus.DRAFTED, 2),
                new StatusChangeCount(day("10-02"), RequestStatus.DRAFTED, RequestStatus.AWAITING_RECEIPT, 1),
                new StatusChangeCount(day("10-03"), RequestStatus.DRAFTED, RequestStatus.AWAITING_RECEIPT, 1),
                new StatusChangeCount(day("10-05"), RequestStatus.AWAITING_RECEIPT, RequestStatus.REFUSED, 1));
        // nothing after the day asked for
        assertThat(store.countStatusChanges("spring", day("10-02"))).containsExactly(
                new StatusChangeCount(day("10-01"), null, RequestStatus.DRAFTED, 2),
                new StatusChangeCount(day("10-02"), RequestStatus.DRAFTED, RequestStatus.AWAITING_RECEIPT, 1));
        assertThat(store.countStatusChanges("winter", day("10-31"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void the_figures_are_written_with_the_events(Backend backend) {
        JdbcRequestStore store = backend.newTracker(dir).open(CLOCK);
        request(store, "spring", "linkedin", EventType.SENT, "10-02", EventType.ANSWERED, "10-09", EventType.REFUSED,
                "10-05");
        long unanswered = request(store, "spring", "meta-ai", EventType.SENT, "10-03");
        request(store, "autumn", "linkedin", EventType.SENT, "10-01", EventType.ANSWERED, "10-04");

        assertFigures(store);

        // an answer dated before the sending: answered since 2 Oct, but no days to answer
        store.append(unanswered, NewEvent.of(EventType.ANSWERED, day("10-02")));
        assertThat(store.countDaysToAnswer(RequestQuery.campaign("spring").withPlatform("meta-ai"))).isEmpty();
        assertThat(store.countStatusChanges("spring", day("10-31"))).containsExactly(
                new StatusChangeCount(day("10-01"), null, RequestStatus.DRAFTED, 2),
                new StatusChangeCount(day("10-02"), RequestStatus.DRAFTED, RequestStatus.ANSWERED, 1),
                new StatusChangeCount(day("10-02"), RequestStatus.DRAFTED, RequestStatus.AWAITING_RECEIPT, 1),
                new StatusChangeCount(day("10-05"), RequestStatus.AWAITING_RECEIPT, RequestStatus.REFUSED, 1));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void migration_12_fills_the_figures_of_a_tracker_written_before(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(dir);
        JdbcRequestStore.open(TrackerDatabase.at(tracker.location(), java.util.Map.of()), CLOCK, "10");
        try (Connection c = tracker.connect();
             PreparedStatement request = c.prepareStatement("INSERT INTO requests (id, platform, kind, language, "
                     + "channel, controller_country, user_country, created_at, campaign, member_id) VALUES "
                     + "(?, ?, 'OBJECTION', 'fr', 'EMAIL', 'IE', 'BE', '2026-10-01T10:00:00Z', ?, ?)");
             PreparedStatement event = c.prepareStatement("INSERT INTO events (id, request_id, type, occurred_on, "
                     + "recorded_at) VALUES (?, ?, ?, ?, '2026-11-01T10:00:00Z')")) {
            Object[][] requests = {{1, "linkedin", "spring"}, {2, "meta-ai", "spring"}, {3, "linkedin", "autumn"}};
            for (Object[] r : requests) {
                request.setObject(1, r[0]);
                request.setString(2, (String) r[1]);
                request.setString(3, (String) r[2]);
                request.setString(4, "M" + r[0]);
                request.executeUpdate();
            }
            Object[][] events = {{1, "DRAFTED", "10-01"}, {1, "SENT", "10-02"}, {1, "ANSWERED", "10-09"},
                {1, "REFUSED", "10-05"}, {2, "DRAFTED", "10-01"}, {2, "SENT", "10-03"}, {3, "DRAFTED", "10-01"},
                {3, "SENT", "10-01"}, {3, "ANSWERED", "10-04"}};
            for (int i = 0; i < events.length; i++) {
                event.setLong(1, i + 1);
                event.setObject(2, events[i][0]);
                event.setString(3, (String) events[i][1]);
                event.setString(4, "2026-" + events[i][2]);
                event.executeUpdate();
            }
        }

        JdbcRequestStore store = tracker.open(CLOCK);

        assertThat(store.version()).isEqualTo(Migrations.LATEST);
        assertFigures(store);
    }
}
