package org.optout.tracker;

import org.optout.catalogue.Channel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.cli.CliRun;

/** Rows optout cannot read set their own request apart, and only it (see also followup.UnreadableRowsTest). */
class UnreadableRowsStoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @TempDir
    Path dir;
    Backend.Tracker tracker;
    JdbcRequestStore store;
    String label;

    private void twoRequests(Backend backend) {
        tracker = backend.newTracker(dir);
        // how messages name the tracker: its file, or user@host:port/db
        label = tracker.location().replaceFirst("^postgresql://", "");
        store = tracker.open(CliRun.CLOCK);
        for (String platform : List.of("linkedin", "chatgpt")) {
            TrackedRequest r = store.create(new NewRequest(platform, RequestKind.OBJECTION, "fr",
                    Channel.FORM, "IE", "FR", null), NewEvent.of(EventType.DRAFTED, DAY));
            store.append(r.id(), NewEvent.of(EventType.SENT, DAY));
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = tracker.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private void event(long requestId, String type, String on, String recordedAt) throws Exception {
        sql("INSERT INTO events (request_id, type, occurred_on, recorded_at) VALUES (" + requestId + ", '" + type
                + "', '" + on + "', '" + recordedAt + "')");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void readable_rows_are_read_as_they_were_written(Backend backend) {
        twoRequests(backend);
        RequestList list = store.list();

        assertThat(list.unreadable()).isEmpty();
        assertThat(list.readable()).extracting(TrackedRequest::platform).containsExactly("linkedin", "chatgpt");
        TrackedRequest first = list.readable().get(0);
        assertThat(first.events()).extracting(RequestEvent::type).containsExactly(EventType.DRAFTED, EventType.SENT);
        assertThat(first.events().get(1).on()).isEqualTo(DAY);
        assertThat(first.events().get(1).recordedAt()).isEqualTo(CliRun.CLOCK.instant());
        assertThat(first.createdAt()).isEqualTo(CliRun.CLOCK.instant());
        assertThat(first.parentId()).isNull();
        assertThat(first.channel()).isEqualTo(Channel.FORM); // stored as WEB_FORM, as trackers always held it
        assertThat(first.events().get(1).shortId()).isEqualTo("E2");
        assertThat(first.events().get(1).aboutEventId()).isNull();
        assertThat(first.events().get(1).dueOn()).isNull();
        assertThat(store.find(RequestQuery.ALL)).isEqualTo(list.readable());
        assertThat(store.find(2)).contains(list.readable().get(1));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void an_unreadable_event_sets_only_its_request_apart(Backend backend) throws Exception {
        twoRequests(backend);
        event(2, "ACKNOWLEDGED", "2026-02-30", "2026-03-06T10:00:00Z");
        long eventId = store.find(1).orElseThrow().events().size() + 3;

        RequestList list = store.list();

        assertThat(list.readable()).extracting(TrackedRequest::shortId).containsExactly("R1");
        assertThat(list.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.shortId()).isEqualTo("R2");
            assertThat(u.message()).isEqualTo("tracker " + label + ": R2 E" + eventId
                    + ": occurred_on '2026-02-30' is not a date");
        });
        assertThat(store.find(1)).isPresent();
        assertThatThrownBy(() -> store.find(2)).isInstanceOf(AppException.class)
                .hasMessage(list.unreadable().get(0).message())
                .satisfies(e -> assertThat(((AppException) e).exitCode()).isEqualTo(ExitCode.DELIVERY));
        assertThatThrownBy(() -> store.get("R2")).hasMessage(list.unreadable().get(0).message());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void all_names_the_first_unreadable_request_and_counts_the_others(Backend backend) throws Exception {
        twoRequests(backend);
        event(1, "GHOSTED", "2026-03-06", "2026-03-06T10:00:00Z");
        event(2, "ACKNOWLEDGED", "2026-03-06", "2026-03-06T10:00:00Z");
        sql("INSERT INTO requests (platform, kind, language, channel, controller_country, user_country, created_at) "
                + "VALUES ('grok', 'APPEAL', 'fr', 'WEB_FORM', 'IE', 'FR', '2026-03-01T10:00:00Z')");

        assertThat(store.list().unreadable()).extracting(UnreadableRequest::id).containsExactly(1L, 3L);
        assertThatThrownBy(() -> store.find(RequestQuery.ALL)).isInstanceOf(AppException.class)
                .hasMessageStartingWith("tracker " + label + ": R1 E5: type 'GHOSTED' is not an event type")
                .hasMessageEndingWith(" (and 1 more unreadable request(s): 'optout requests' names them)");
    }

    @Test
    void ids_that_are_not_numbers_are_unreadable() throws Exception {
        // SQLite only: a PostgreSQL column of numbers holds nothing else
        twoRequests(Backend.SQLITE);
        sql("INSERT INTO requests (platform, kind, language, channel, controller_country, user_country, parent_id, "
                + "created_at) VALUES ('grok', 'REMINDER', 'fr', 'WEB_FORM', 'IE', 'FR', 'R1', '2026-03-01T10:00:00Z')");
        sql("INSERT INTO events (request_id, type, occurred_on, recorded_at, about_event_id) VALUES (2, "
                + "'EVIDENCE_ADDED', '2026-03-06', '2026-03-06T10:00:00Z', 'E2')");

        assertThat(store.list().unreadable()).extracting(UnreadableRequest::message).containsExactly(
                "tracker " + label + ": R2 E5: about_event_id 'E2' is not a number",
                "tracker " + label + ": R3: parent_id 'R1' is not a number");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void numbers_and_optional_dates_are_read_when_present(Backend backend) throws Exception {
        twoRequests(backend);
        sql("INSERT INTO requests (platform, kind, language, channel, controller_country, user_country, parent_id, "
                + "created_at) VALUES ('linkedin', 'REMINDER', 'fr', 'WEB_FORM', 'IE', 'FR', 1, '2026-03-01T10:00:00Z')");
        sql("INSERT INTO events (request_id, type, occurred_on, recorded_at, about_event_id, due_on) VALUES (3, "
                + "'REMINDER_SENT', '2026-03-06', '2026-03-06T10:00:00Z', 2, '2026-03-20')");

        TrackedRequest reminder = store.find(3).orElseThrow();

        assertThat(reminder.parentId()).isEqualTo(1L);
        assertThat(reminder.events()).singleElement().satisfies(e -> {
            assertThat(e.aboutEventId()).isEqualTo(2L);
            assertThat(e.dueOn()).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(e.recordedAt()).isEqualTo(Instant.parse("2026-03-06T10:00:00Z"));
        });
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void the_bounds_of_the_date_range_are_readable_and_a_day_beyond_is_not(Backend backend) throws Exception {
        twoRequests(backend);
        event(1, "ACKNOWLEDGED", "2000-01-01", "2026-03-06T10:00:00Z");
        event(2, "ACKNOWLEDGED", "2101-01-01", "2026-03-06T10:00:00Z");

        RequestList list = store.list();

        assertThat(list.readable()).extracting(TrackedRequest::shortId).containsExactly("R1");
        assertThat(list.unreadable()).singleElement().extracting(UnreadableRequest::message).asString()
                .endsWith(": occurred_on '2101-01-01' is not between 2000-01-01 and 2100-12-31 (a typo in the year?)");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_lower_case_country_is_unreadable(Backend backend) throws Exception {
        twoRequests(backend);
        sql("INSERT INTO requests (platform, kind, language, channel, controller_country, user_country, created_at) "
                + "VALUES ('grok', 'OBJECTION', 'fr', 'WEB_FORM', 'ie', 'FR', '2026-03-01T10:00:00Z')");

        assertThat(store.list().unreadable()).singleElement().extracting(UnreadableRequest::message).asString()
                .endsWith("R3: controller_country 'ie' is not a country code");
    }
}
