package org.optout.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.catalogue.Channel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.optout.cli.CliRun;

/**
 * Two JVMs writing to one tracker at the same time (a SQLite file: WAL plus busy timeout; PostgreSQL: the advisory
 * lock), nothing lost or interleaved; a JVM killed inside its transaction leaves nothing behind.
 */
class TwoProcessesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void two_processes_writing_at_once_lose_nothing(Backend backend) throws Exception {
        String db = backend.newTracker(dir).location();
        JdbcRequestStore.open(db, CliRun.CLOCK);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> writers = List.of("claude", "chatgpt").stream().map(platform -> {
            try {
                return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                        StoreWriterProcess.class.getName(), db, platform, "60").inheritIO().start();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        for (Process writer : writers) {
            assertThat(writer.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).isZero();
        }
        JdbcRequestStore store = JdbcRequestStore.open(db, CliRun.CLOCK);
        List<TrackedRequest> all = store.find(RequestQuery.ALL);
        assertThat(all).hasSize(120);
        assertThat(all.stream().filter(r -> r.platform().equals("claude"))).hasSize(60);
        assertThat(all).allSatisfy(r -> assertThat(r.events()).extracting(RequestEvent::type)
                .containsExactly(EventType.DRAFTED, EventType.SENT));
        assertThat(store.count(RequestQuery.platform("chatgpt"))).isEqualTo(60);
        // one chain through both processes' events
        ChainReport report = store.verify(store.documents(dir.resolve("documents")));
        assertThat(report.breaks()).isEmpty();
        assertThat(report.events()).isEqualTo(240);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_writer_killed_inside_its_transaction_leaves_the_tracker_as_it_was(Backend backend) throws Exception {
        String db = backend.newTracker(dir).location();
        JdbcRequestStore store = JdbcRequestStore.open(db, CliRun.CLOCK);
        store.create(new NewRequest("linkedin", RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null),
                NewEvent.of(EventType.DRAFTED, LocalDate.of(2026, 11, 2)));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreWriterProcess.class.getName(), db, "claude", "1", "hold").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("the writer got inside its transaction").isEqualTo("holding");
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        // the killed transaction's request and events are gone, the lock is free, the chain intact
        assertThat(store.find(RequestQuery.ALL)).extracting(TrackedRequest::platform).containsExactly("linkedin");
        TrackedRequest after = store.create(new NewRequest("chatgpt", RequestKind.OBJECTION, "fr", Channel.EMAIL,
                "IE", "FR", null), NewEvent.of(EventType.DRAFTED, LocalDate.of(2026, 11, 2)));
        assertThat(store.find(RequestQuery.ALL)).extracting(TrackedRequest::platform)
                .containsExactly("linkedin", "chatgpt");
        assertThat(after.events()).hasSize(1);
        ChainReport report = store.verify(store.documents(dir.resolve("documents")));
        assertThat(report.breaks()).isEmpty();
        assertThat(report.events()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void three_processes_creating_a_new_tracker_at_once_migrate_it_once(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(dir);
        String db = tracker.location();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> writers = List.of("claude", "chatgpt", "x").stream().map(platform -> {
            try {
                return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                        StoreWriterProcess.class.getName(), db, platform, "3").inheritIO().start();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        for (Process writer : writers) {
            assertThat(writer.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).as("a writer failed (see its output above)").isZero();
        }
        JdbcRequestStore store = JdbcRequestStore.open(db, CliRun.CLOCK);
        assertThat(store.version()).isEqualTo(Migrations.LATEST);
        assertThat(store.find(RequestQuery.ALL)).hasSize(9);
        // each version applied once
        try (java.sql.Connection c = tracker.connect(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version) FROM "
                     + "flyway_schema_history WHERE version IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(16).isEqualTo(rs.getInt(2));
        }
    }
}
