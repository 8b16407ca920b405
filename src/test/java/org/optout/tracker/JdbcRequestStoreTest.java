package org.optout.tracker;

import org.optout.catalogue.Channel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.cli.CliRun;

/** The SQLite tracker on real database files. */
class JdbcRequestStoreTest {
    @TempDir
    Path dir;

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static NewRequest objection(String platform) {
        return new NewRequest(platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null);
    }

    @Test
    void creates_an_owner_only_database_at_the_latest_version() throws Exception {
        Path db = dir.resolve("data/optout.db");
        JdbcRequestStore store = JdbcRequestStore.open(db.toString(), CliRun.CLOCK);
        assertThat(store.version()).isEqualTo(Migrations.LATEST).isEqualTo(15);
        assertThat(Files.getPosixFilePermissions(db)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(db.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void migrates_a_version_one_database_keeping_its_data() {
        Path db = dir.resolve("old.db");
        JdbcRequestStore old = JdbcRequestStore.open(db.toString(), CliRun.CLOCK, 1);
        assertThat(old.version()).isEqualTo(1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO requests (platform, kind, language, channel, controller_country, user_country, "
                    + "created_at) VALUES ('linkedin', 'OBJECTION', 'fr', 'WEB_FORM', 'IE', 'FR', '2026-10-01T10:00:00Z')");
            s.execute("INSERT INTO events (request_id, type, occurred_on, recorded_at, note) "
                    + "VALUES (1, 'DRAFTED', '2026-10-01', '2026-10-01T10:00:00Z', 'from version 1')");
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        JdbcRequestStore current = JdbcRequestStore.open(db.toString(), CliRun.CLOCK);
        assertThat(current.version()).isEqualTo(Migrations.LATEST);
        TrackedRequest request = current.get("R1");
        assertThat(request.platform()).isEqualTo("linkedin");
        assertThat(request.events()).singleElement().satisfies(e -> {
            assertThat(e.note()).isEqualTo("from version 1");
            assertThat(e.reference()).isNull();
        });
        TrackedRequest appended = current.append(1, new NewEvent(EventType.SENT, DAY, null, "CASE-1", List.of()));
        assertThat(appended.events().get(1).reference()).isEqualTo("CASE-1");
    }

    @Test
    void refuses_a_database_newer_than_this_optout() throws Exception {
        Path db = dir.resolve("new.db");
        JdbcRequestStore.open(db.toString(), CliRun.CLOCK);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> JdbcRequestStore.open(db.toString(), CliRun.CLOCK))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("version 99, newer than this optout");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void events_are_append_only(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(dir);
        JdbcRequestStore store = tracker.open(CliRun.CLOCK);
        store.create(objection("claude"), NewEvent.of(EventType.DRAFTED, DAY));
        try (Connection c = tracker.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE events SET note = 'x'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("DELETE FROM events")).hasMessageContaining("append-only");
            if (backend == Backend.POSTGRESQL) {
                assertThatThrownBy(() -> s.execute("TRUNCATE events CASCADE")).hasMessageContaining("append-only");
            }
        }
        assertThat(store.get("R1").events()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void two_writers_at_once_lose_nothing(Backend backend) throws Exception {
        String db = backend.newTracker(dir).location();
        JdbcRequestStore.open(db, CliRun.CLOCK);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            String platform = writer == 0 ? "claude" : "chatgpt";
            done.add(pool.submit((Callable<Void>) () -> {
                // each writer has its own store, as two optout processes would
                JdbcRequestStore store = JdbcRequestStore.open(db, CliRun.CLOCK);
                for (int i = 0; i < 40; i++) {
                    TrackedRequest r = store.create(objection(platform), NewEvent.of(EventType.DRAFTED, DAY));
                    store.append(r.id(), NewEvent.of(EventType.SENT, DAY));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        JdbcRequestStore store = JdbcRequestStore.open(db, CliRun.CLOCK);
        List<TrackedRequest> all = store.find(RequestQuery.ALL);
        assertThat(all).hasSize(80);
        assertThat(all).allSatisfy(r -> assertThat(r.events()).extracting(RequestEvent::type)
                .containsExactly(EventType.DRAFTED, EventType.SENT));
        // the two writers' events interleave in one chain, unbroken
        ChainReport report = store.verify(store.documents(dir.resolve("documents")));
        assertThat(report.breaks()).isEmpty();
        assertThat(report.events()).isEqualTo(160);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void unknown_request_is_a_usage_error(Backend backend) {
        JdbcRequestStore store = backend.newTracker(dir).open(CliRun.CLOCK);
        assertThatThrownBy(() -> store.get("R42")).hasMessage("unknown request 'R42'; 'optout requests' lists them");
        assertThatThrownBy(() -> store.get("banana")).hasMessageContaining("unknown request 'banana'");
    }
}
