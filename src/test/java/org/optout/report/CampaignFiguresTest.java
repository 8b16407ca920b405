package org.optout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.catalogue.Channel;
import org.optout.tracker.Backend;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.NewEvent;
import org.optout.tracker.NewRequest;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.RequestStore;

/**
 * {@link CampaignFigures#read}: the figures of a small campaign written through the tracker's store on known dates,
 * worked out by hand below, read through a store that lets only its grouped counts through (reading a request
 * fails the test), on both databases. Today is 2026-11-22.
 */
class CampaignFiguresTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private int members;

    /** A request drafted on {@code drafted}, then the events given as type and day pairs, in the order recorded. */
    private void request(JdbcRequestStore store, String campaign, String platform, String drafted,
                         Object... typesAndDays) {
        long id = store.create(new NewRequest(platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "BE", null,
                campaign, "M" + ++members), NewEvent.of(EventType.DRAFTED, day(drafted))).id();
        for (int i = 0; i < typesAndDays.length; i += 2) {
            store.append(id, NewEvent.of((EventType) typesAndDays[i], day((String) typesAndDays[i + 1])));
        }
    }

    private static LocalDate day(String monthDay) {
        return LocalDate.parse("2026-" + monthDay);
    }

    /**
     * Spring, LinkedIn: A answered 10 days after sending; B refused after 20 days, then complained about; C sent
     * 2 Oct (deadline early November: overdue); D sent 10 Nov (deadline 10 Dec: in time). Meta AI: E answered
     * 9 Oct, then a refusal recorded afterwards dated 8 Oct (refused, 2 days after sending, since 8 Oct); F answered
     * 7 Oct, sent 10 Oct (answered before it was sent: no days to answer); G drafted 15 Nov; H drafted 20 Nov and
     * sent 25 Nov (after today: drafted on every day of the report, awaiting receipt in the status table). Claude:
     * one letter written, no request. Autumn and no campaign: one answered request each, counted nowhere.
     */
    private void campaign(JdbcRequestStore store) {
        EventType sent = EventType.SENT;
        EventType received = EventType.RECEIVED;
        request(store, "spring", "linkedin", "10-01", sent, "10-02", received, "10-02", EventType.ANSWERED, "10-12");
        request(store, "spring", "linkedin", "10-01", sent, "10-02", received, "10-02", EventType.REFUSED, "10-22",
                EventType.COMPLAINT_FILED, "11-05");
        request(store, "spring", "linkedin", "10-01", sent, "10-02", received, "10-02");
        request(store, "spring", "linkedin", "11-10", sent, "11-10", received, "11-10");
        request(store, "spring", "meta-ai", "10-05", sent, "10-06", received, "10-06", EventType.ANSWERED, "10-09",
                EventType.REFUSED, "10-08");
        request(store, "spring", "meta-ai", "10-05", EventType.ANSWERED, "10-07", sent, "10-10");
        request(store, "spring", "meta-ai", "11-15");
        request(store, "spring", "meta-ai", "11-20", sent, "11-25");
        request(store, "autumn", "linkedin", "10-01", sent, "10-01", EventType.ANSWERED, "10-03");
        request(store, null, "linkedin", "09-01", sent, "09-01", EventType.ANSWERED, "09-03");
    }

    /** {@code store} with only its grouped counts let through: any other call fails the test. */
    private static RequestStore countsOnly(RequestStore store, List<String> calls) {
        return (RequestStore) Proxy.newProxyInstance(RequestStore.class.getClassLoader(),
                new Class<?>[] {RequestStore.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (!method.getName().startsWith("count")) {
                        throw new AssertionError("the report read the tracker's requests: " + method.getName());
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Map<RequestStatus, Integer> statuses(Object... statusesAndCounts) {
        Map<RequestStatus, Integer> counts = new EnumMap<>(RequestStatus.class);
        for (int i = 0; i < statusesAndCounts.length; i += 2) {
            counts.put((RequestStatus) statusesAndCounts[i], (Integer) statusesAndCounts[i + 1]);
        }
        return counts;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void the_figures_come_from_grouped_counts_and_match_the_campaign(Backend backend) {
        JdbcRequestStore store = backend.newTracker(dir).open(CLOCK);
        campaign(store);
        List<String> calls = new ArrayList<>();

        CampaignReport report = CampaignFigures.read(countsOnly(store, calls), new CampaignFigures.Campaign("spring",
                "Données Libres", 6, Map.of("linkedin", 5, "meta-ai", 2, "claude", 1), String::toUpperCase), TODAY);

        assertThat(calls).containsExactlyInAnyOrder("countByPlatformAndStatus", "countOverdue",
                "countDaysToAnswer", "countStatusChanges");
        assertThat(report.platforms()).containsExactly(
                new PlatformFigures("CLAUDE", 1, Map.of(), Answers.NONE, List.of()),
                new PlatformFigures("LINKEDIN", 5, statuses(RequestStatus.SENT, 2, RequestStatus.ANSWERED, 1,
                        RequestStatus.COMPLAINED, 1), new Answers(1, 1, 1, 1), List.of(10, 20)),
                new PlatformFigures("META-AI", 2, statuses(RequestStatus.DRAFTED, 1, RequestStatus.AWAITING_RECEIPT, 1,
                        RequestStatus.ANSWERED, 1, RequestStatus.REFUSED, 1), new Answers(1, 1, 0, 0), List.of(2)));
        List<DayCounts> days = report.statusOverTime();
        assertThat(days).hasSize(53); // 1 October to 22 November
        assertThat(days).extracting(DayCounts::day).startsWith(day("10-01")).endsWith(TODAY);
        RequestStatus drafted = RequestStatus.DRAFTED;
        RequestStatus sent = RequestStatus.SENT;
        RequestStatus answered = RequestStatus.ANSWERED;
        RequestStatus refused = RequestStatus.REFUSED;
        assertThat(days).contains(
                new DayCounts(day("10-01"), statuses(drafted, 3)),
                new DayCounts(day("10-04"), statuses(sent, 3)),
                new DayCounts(day("10-05"), statuses(drafted, 2, sent, 3)),
                new DayCounts(day("10-06"), statuses(drafted, 1, sent, 4)),
                new DayCounts(day("10-07"), statuses(sent, 4, answered, 1)),
                new DayCounts(day("10-08"), statuses(sent, 3, answered, 1, refused, 1)),
                new DayCounts(day("10-12"), statuses(sent, 2, answered, 2, refused, 1)),
                new DayCounts(day("10-22"), statuses(sent, 1, answered, 2, refused, 2)),
                new DayCounts(day("11-05"), statuses(sent, 1, answered, 2, refused, 1, RequestStatus.COMPLAINED, 1)),
                new DayCounts(day("11-10"), statuses(sent, 2, answered, 2, refused, 1, RequestStatus.COMPLAINED, 1)),
                new DayCounts(day("11-15"), statuses(drafted, 1, sent, 2, answered, 2, refused, 1,
                        RequestStatus.COMPLAINED, 1)),
                new DayCounts(TODAY, statuses(drafted, 2, sent, 2, answered, 2, refused, 1,
                        RequestStatus.COMPLAINED, 1)));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_campaign_without_requests_has_no_days(Backend backend) {
        JdbcRequestStore store = backend.newTracker(dir).open(CLOCK);

        CampaignReport report = CampaignFigures.read(countsOnly(store, new ArrayList<>()), new CampaignFigures.Campaign(
                "spring", "Données Libres", 0, Map.of(), id -> id), TODAY);

        assertThat(report.platforms()).isEmpty();
        assertThat(report.statusOverTime()).isEmpty();
    }
}
