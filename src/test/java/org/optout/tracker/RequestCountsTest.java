package org.optout.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.catalogue.Channel;

/** {@link RequestStore#countByPlatformAndStatus}: one grouped count, the query's conditions applied, on both. */
class RequestCountsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** One member per request: a campaign has at most one objection per member and platform. */
    private int members;

    private long request(JdbcRequestStore store, String platform, String campaign, EventType... then) {
        long id = store.create(new NewRequest(platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "BE", null,
                campaign, campaign == null ? null : "M" + ++members), NewEvent.of(EventType.DRAFTED,
                LocalDate.of(2026, 10, 1))).id();
        for (EventType type : then) {
            store.append(id, NewEvent.of(type, LocalDate.of(2026, 10, 2)));
        }
        return id;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void counts_per_platform_and_status_of_the_requests_selected(Backend backend) {
        JdbcRequestStore store = backend.newTracker(dir).open(CLOCK);
        request(store, "linkedin", "spring");
        request(store, "linkedin", "spring", EventType.SENT);
        request(store, "linkedin", "spring", EventType.SENT);
        request(store, "linkedin", "spring", EventType.SENT, EventType.RECEIVED, EventType.REFUSED);
        request(store, "meta-ai", "spring", EventType.SENT, EventType.RECEIVED, EventType.ANSWERED);
        request(store, "linkedin", "autumn", EventType.SENT);
        request(store, "linkedin", null, EventType.SENT);

        assertThat(store.countByPlatformAndStatus(RequestQuery.campaign("spring"))).containsExactlyInAnyOrder(
                new StatusCount("linkedin", RequestStatus.DRAFTED, 1),
                new StatusCount("linkedin", RequestStatus.AWAITING_RECEIPT, 2),
                new StatusCount("linkedin", RequestStatus.REFUSED, 1),
                new StatusCount("meta-ai", RequestStatus.ANSWERED, 1));
        assertThat(store.countByPlatformAndStatus(RequestQuery.campaign("spring").withPlatform("meta-ai")))
                .containsExactly(new StatusCount("meta-ai", RequestStatus.ANSWERED, 1));
        assertThat(store.countByPlatformAndStatus(RequestQuery.platform("linkedin"))).containsExactlyInAnyOrder(
                new StatusCount("linkedin", RequestStatus.DRAFTED, 1),
                new StatusCount("linkedin", RequestStatus.AWAITING_RECEIPT, 4),
                new StatusCount("linkedin", RequestStatus.REFUSED, 1));
        assertThat(store.countByPlatformAndStatus(RequestQuery.campaign("winter"))).isEmpty();
    }
}
