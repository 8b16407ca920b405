package org.optout.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.cli.CliRun;

/** Two JVMs writing to one tracker file at the same time: WAL plus busy timeout, nothing lost or interleaved. */
class TwoProcessesTest {
    @TempDir
    Path dir;

    @Test
    void two_processes_writing_at_once_lose_nothing() throws Exception {
        String db = dir.resolve("shared.db").toString();
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
        List<TrackedRequest> all = JdbcRequestStore.open(db, CliRun.CLOCK).all();
        assertThat(all).hasSize(120);
        assertThat(all.stream().filter(r -> r.platform().equals("claude"))).hasSize(60);
        assertThat(all).allSatisfy(r -> assertThat(r.events()).extracting(RequestEvent::type)
                .containsExactly(EventType.DRAFTED, EventType.SENT));
    }

    @Test
    void two_processes_creating_a_new_tracker_at_once_both_migrate_it_once() throws Exception {
        String db = dir.resolve("new.db").toString();
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
        assertThat(store.all()).hasSize(9);
    }
}
