package org.optout.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.catalogue.Channel;
import org.optout.cli.CliRun;

/** Queries by platform, campaign, member and status, and pages, on both databases. */
class RequestQueryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    private static NewRequest request(String platform, String campaign, String member) {
        return new NewRequest(platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null, campaign,
                member);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void the_status_column_follows_every_append_and_queries_use_it(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(dir);
        JdbcRequestStore store = tracker.open(CliRun.CLOCK);
        TrackedRequest own = store.create(request("linkedin", null, null), NewEvent.of(EventType.DRAFTED, DAY));
        TrackedRequest ann = store.create(request("linkedin", "meta-2026", "M-001"),
                NewEvent.of(EventType.DRAFTED, DAY));
        TrackedRequest bob = store.create(request("claude", "meta-2026", "M-002"), NewEvent.of(EventType.DRAFTED, DAY));
        store.appendAll(ann.id(), List.of(NewEvent.of(EventType.SENT, DAY), NewEvent.of(EventType.RECEIVED, DAY)));
        store.exclusively(RequestQuery.id(bob.id()), (current, writes) -> writes.append(bob.id(),
                List.of(NewEvent.of(EventType.SENT, DAY))));
        store.append(ann.id(), NewEvent.of(EventType.REFUSED, DAY));

        assertThat(statuses(tracker)).containsExactly("DRAFTED", "REFUSED", "AWAITING_RECEIPT");
        assertThat(store.find(RequestQuery.status(RequestStatus.REFUSED))).extracting(TrackedRequest::memberId)
                .containsExactly("M-001");
        assertThat(store.find(RequestQuery.platform("linkedin"))).extracting(TrackedRequest::id)
                .containsExactly(own.id(), ann.id());
        assertThat(store.find(RequestQuery.member("meta-2026", "M-002"))).singleElement().satisfies(r -> {
            assertThat(r.platform()).isEqualTo("claude");
            assertThat(r.campaign()).isEqualTo("meta-2026");
            assertThat(r.events()).extracting(RequestEvent::type).containsExactly(EventType.DRAFTED, EventType.SENT);
        });
        assertThat(store.find(RequestQuery.campaign("meta-2026").withPlatform("linkedin")
                .withStatus(RequestStatus.DRAFTED))).isEmpty();
        assertThat(store.count(RequestQuery.campaign("meta-2026"))).isEqualTo(2);
        assertThat(store.count(RequestQuery.ALL)).isEqualTo(3);
        assertThat(store.find(RequestQuery.member("other", "M-001"))).isEmpty();

        TrackedRequest complaint = store.create(new NewRequest("linkedin", RequestKind.COMPLAINT, "fr", Channel.EMAIL,
                "IE", "FR", ann.id()), NewEvent.of(EventType.DRAFTED, DAY));
        assertThat(store.find(RequestQuery.followUps(ann.id()))).extracting(TrackedRequest::id)
                .containsExactly(complaint.id());
        assertThat(store.find(RequestQuery.followUps(own.id()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void pages_follow_each_other_with_their_events_and_documents(Backend backend) {
        Backend.Tracker tracker = backend.newTracker(dir);
        JdbcRequestStore store = tracker.open(CliRun.CLOCK);
        StoredDocument letter = store.documents(tracker.folder()).store("letter".getBytes(), "text/plain",
                "letter.txt", "letter");
        for (int i = 1; i <= 7; i++) {
            store.create(request(i % 2 == 0 ? "claude" : "linkedin", "c", "M-" + i),
                    new NewEvent(EventType.DRAFTED, DAY, "n" + i, null, List.of(letter)));
        }
        RequestList first = store.page(RequestQuery.platform("linkedin"), 0, 3);
        assertThat(first.readable()).extracting(TrackedRequest::memberId).containsExactly("M-1", "M-3", "M-5");
        assertThat(first.readable()).allSatisfy(r -> assertThat(r.events()).singleElement()
                .satisfies(e -> assertThat(e.documents()).containsExactly(letter)));
        RequestList second = store.page(RequestQuery.platform("linkedin"),
                first.readable().get(2).id(), 3);
        assertThat(second.readable()).extracting(TrackedRequest::memberId).containsExactly("M-7");
        assertThat(second.readable().get(0).events().get(0).note()).isEqualTo("n7");
    }

    private static List<String> statuses(Backend.Tracker tracker) throws Exception {
        List<String> statuses = new java.util.ArrayList<>();
        try (Connection c = tracker.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT status FROM requests ORDER BY id")) {
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
        }
        return statuses;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void queries_by_id_kind_and_the_message_ids_events_give_as_reference(Backend backend) {
        Backend.Tracker tracker = backend.newTracker(dir);
        JdbcRequestStore store = tracker.open(CliRun.CLOCK);
        TrackedRequest letter = store.create(request("linkedin", null, null), new NewEvent(EventType.SEND_ATTEMPTED,
                DAY, null, "<l1@camille.example>", List.of()));
        TrackedRequest other = store.create(request("linkedin", null, null), NewEvent.of(EventType.DRAFTED, DAY));
        store.append(other.id(), new NewEvent(EventType.SENT, DAY, null, "  o1@camille.example ", List.of()));
        TrackedRequest complaint = store.create(new NewRequest("linkedin", RequestKind.COMPLAINT, "fr", Channel.EMAIL,
                "IE", "FR", letter.id()), new NewEvent(EventType.DRAFTED, DAY, null, "CASE-1", List.of()));

        assertThat(store.find(RequestQuery.id(other.id()))).extracting(TrackedRequest::id).containsExactly(other.id());
        assertThat(store.find(RequestQuery.platform("linkedin").withKind(RequestKind.OBJECTION)))
                .extracting(TrackedRequest::id).containsExactly(letter.id(), other.id());
        assertThat(store.find(RequestQuery.platform("linkedin").withKind(RequestKind.COMPLAINT)))
                .extracting(TrackedRequest::id).containsExactly(complaint.id());
        assertThat(store.find(RequestQuery.referencing(List.of("o1@camille.example", "l1@camille.example"))))
                .extracting(TrackedRequest::id).containsExactly(letter.id(), other.id());
        assertThat(store.find(RequestQuery.referencing(List.of("CASE-1", "nobody@x")))).extracting(TrackedRequest::id)
                .containsExactly(complaint.id());
        assertThat(store.find(RequestQuery.referencing(List.of("<l1@camille.example>")))).isEmpty();
        assertThat(store.find(RequestQuery.referencing(List.of()))).isEmpty();
        assertThat(store.find(RequestQuery.referencing(List.of("l1@camille.example")).withPlatform("claude")))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void migration_fifteen_keys_the_references_recorded_before_it(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(dir);
        JdbcRequestStore.open(tracker.location(), CliRun.CLOCK, 10);
        try (Connection c = tracker.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO requests (platform, kind, language, channel, controller_country, user_country, "
                    + "created_at) VALUES ('linkedin', 'OBJECTION', 'fr', 'EMAIL', 'IE', 'FR', "
                    + "'2026-10-01T10:00:00Z')");
            s.execute("INSERT INTO requests (platform, kind, language, channel, controller_country, user_country, "
                    + "created_at) VALUES ('claude', 'OBJECTION', 'fr', 'EMAIL', 'IE', 'FR', '2026-10-01T10:00:00Z')");
            s.execute("INSERT INTO events (request_id, type, occurred_on, recorded_at, reference) VALUES "
                    + "(1, 'DRAFTED', '2026-10-01', '2026-10-01T10:00:00Z', NULL), "
                    + "(1, 'SENT', '2026-10-01', '2026-10-01T10:00:00Z', '<old@camille.example>'), "
                    + "(2, 'DRAFTED', '2026-10-01', '2026-10-01T10:00:00Z', NULL)");
        }

        JdbcRequestStore store = tracker.open(CliRun.CLOCK);

        assertThat(store.find(RequestQuery.referencing(List.of("old@camille.example")))).singleElement()
                .satisfies(r -> assertThat(r.platform()).isEqualTo("linkedin"));
        try (Connection c = tracker.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event_message_keys")) {
            rs.next();
            assertThat(rs.getInt(1)).isOne();
        }
    }
}
