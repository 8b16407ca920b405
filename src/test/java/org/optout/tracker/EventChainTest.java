package org.optout.tracker;

import org.optout.ui.Message;
import org.optout.catalogue.Channel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.optout.cli.CliRun;

/** The hash chain over the tracker's events, its head file, and the chain of a tracker migrated from version 2. */
class EventChainTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    /** The tracker of the test, SQLite unless the test chose (see {@link #use}). */
    private Backend.Tracker tracker;

    private Backend.Tracker use(Backend backend) {
        tracker = backend.newTracker(dir);
        return tracker;
    }

    private Path db() {
        return dir.resolve("t.db");
    }

    private JdbcRequestStore open() {
        if (tracker == null) {
            use(Backend.SQLITE);
        }
        return tracker.open(CliRun.CLOCK);
    }

    private DocumentStore documents() {
        return open().documents(dir.resolve("documents"));
    }

    private static NewRequest objection(String platform) {
        return new NewRequest(platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null);
    }

    /** Three events over two requests, one with a document. */
    private JdbcRequestStore threeEvents() {
        JdbcRequestStore store = open();
        StoredDocument reply = documents().store("We need more time.".getBytes(StandardCharsets.UTF_8), "text/plain",
                "reply.txt", "reply");
        TrackedRequest r1 = store.create(objection("linkedin"), NewEvent.of(EventType.DRAFTED, DAY));
        store.append(r1.id(), new NewEvent(EventType.ANSWERED, DAY, "a note", "REF-1", List.of(reply)));
        store.create(objection("claude"), NewEvent.of(EventType.DRAFTED, DAY));
        return store;
    }

    /** Runs {@code sql} with Debian's sqlite3 command-line shell, as someone editing the file by hand would. */
    private void sqlite(String sql) throws Exception {
        Process p = new ProcessBuilder("sqlite3", db().toString(), sql).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    private String query(String sql) throws Exception {
        try (Connection c = tracker.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void every_field_is_hashed_unambiguously() {
        List<String> request = Arrays.asList("1", "linkedin", "OBJECTION", "fr", "EMAIL", "IE", "FR", null, "t");
        EventChain.Link base = new EventChain.Link(2, "1", request,
                Arrays.asList("2", "1", "SENT", "2026-11-02", "t", "ab", null, null, null), List.of(), null, null);
        EventChain.Link shifted = new EventChain.Link(2, "1", request,
                Arrays.asList("2", "1", "SENT", "2026-11-02", "t", "a", "b", null, null), List.of(), null, null);
        EventChain.Link empty = new EventChain.Link(2, "1", request,
                Arrays.asList("2", "1", "SENT", "2026-11-02", "t", "ab", "", null, null), List.of(), null, null);
        String hash = EventChain.hash(base, EventChain.GENESIS);
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(EventChain.hash(base, EventChain.GENESIS));
        assertThat(EventChain.hash(shifted, EventChain.GENESIS)).isNotEqualTo(hash);
        assertThat(EventChain.hash(empty, EventChain.GENESIS)).isNotEqualTo(hash);
        assertThat(EventChain.hash(base, "1".repeat(64))).isNotEqualTo(hash);
    }

    @Test
    void version_2_covers_the_campaign_and_member_and_an_event_hashed_by_version_1_still_verifies() {
        List<String> event = Arrays.asList("2", "1", "SENT", "2026-11-02", "t", null, null, null, null);
        List<String> v1Row = Arrays.asList("1", "linkedin", "OBJECTION", "fr", "EMAIL", "IE", "FR", null, "t");
        List<String> member = new java.util.ArrayList<>(v1Row);
        member.addAll(List.of("demo", "M001"));
        List<String> other = new java.util.ArrayList<>(v1Row);
        other.addAll(List.of("demo", "M002"));
        String v1 = EventChain.hash(new EventChain.Link(2, "1", v1Row, event, List.of(), null, null), EventChain.GENESIS);
        String v2 = EventChain.hash(new EventChain.Link(2, "1", member, event, List.of(), null, null),
                EventChain.GENESIS);

        assertThat(v2).isNotEqualTo(v1);
        // the encodings, pinned: computed outside optout (Python's hashlib over the same length-prefixed bytes); a
        // change here would break every tracker's chain
        assertThat(v1).isEqualTo("d9eaf23332ca3895403ff28abf1dc30dd3d06fa1a93e1ea1819007eacfcd97d0");
        assertThat(v2).isEqualTo("70df386b671693dfd81d3693a235b876aecdb98813c5fcabe99c767b046b7955");
        assertThat(new EventChain.Link(2, "1", member, event, List.of(), EventChain.GENESIS, v2).matches()).isTrue();
        assertThat(new EventChain.Link(2, "1", other, event, List.of(), EventChain.GENESIS, v2).matches()).isFalse();
        // hashed before version 2: still verifies, and the member is not covered
        assertThat(new EventChain.Link(2, "1", member, event, List.of(), EventChain.GENESIS, v1).matches()).isTrue();
        assertThat(new EventChain.Link(2, "1", other, event, List.of(), EventChain.GENESIS, v1).matches()).isTrue();
        List<String> edited = new java.util.ArrayList<>(member);
        edited.set(1, "claude");
        assertThat(new EventChain.Link(2, "1", edited, event, List.of(), EventChain.GENESIS, v1).matches()).isFalse();
        assertThat(new EventChain.Link(2, "1", member, event, List.of(), EventChain.GENESIS, null).matches()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void events_are_chained_from_the_genesis_and_the_head_file_follows_each_append(Backend backend)
            throws Exception {
        use(backend);
        JdbcRequestStore store = threeEvents();
        assertThat(query("SELECT prev_hash FROM events WHERE id = 1")).isEqualTo(EventChain.GENESIS);
        assertThat(query("SELECT prev_hash FROM events WHERE id = 3"))
                .isEqualTo(query("SELECT hash FROM events WHERE id = 2"));
        if (backend == Backend.POSTGRESQL) {
            ChainReport report = store.verify(documents());
            assertThat(report.breaks()).isEmpty();
            assertThat(english(report.warnings())).containsExactly("the tracker is not a file, so it has no chain head: "
                    + "events deleted at its end go unseen");
            assertThat(List.of(report.requests(), report.events(), report.documents())).containsExactly(2, 3, 1);
            return;
        }
        Path head = dir.resolve("t.db.chain-head");
        assertThat(Files.readAllLines(head)).containsExactly("optout chain head", "events 3",
                "hash " + query("SELECT hash FROM events WHERE id = 3"));
        assertThat(Files.getPosixFilePermissions(head)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        ChainReport report = store.verify(documents());
        assertThat(report.breaks()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(List.of(report.requests(), report.events(), report.documents())).containsExactly(2, 3, 1);
    }

    @Test
    void an_event_added_at_the_end_with_a_well_formed_hash_is_caught_by_the_head() throws Exception {
        JdbcRequestStore store = threeEvents();
        String last = query("SELECT hash FROM events WHERE id = 3");
        List<String> row = Arrays.asList("4", "2", "ANSWERED", "2026-11-03", "2026-11-03T10:00:00Z", "forged", null,
                null, null);
        String forged;
        try (Connection c = tracker.connect()) {
            forged = EventChain.hash(new EventChain.Link(4, "2", ChainTable.requestRow(c, 2), row, List.of(), last,
                    null), last);
        }
        sqlite("INSERT INTO events (id, request_id, type, occurred_on, recorded_at, note, prev_hash, hash) VALUES "
                + "(4, 2, 'ANSWERED', '2026-11-03', '2026-11-03T10:00:00Z', 'forged', '" + last + "', '" + forged
                + "')");

        ChainReport report = store.verify(documents());
        assertThat(english(report.breaks())).singleElement().asString()
                .startsWith("R2 E4: not in the chain head " + dir.resolve("t.db.chain-head")
                        + ", which records 3 events");
    }

    @Test
    void the_chain_is_the_same_on_sqlite_and_postgresql() throws Exception {
        List<String> hashes = new ArrayList<>();
        for (Backend backend : Backend.values()) {
            use(backend);
            threeEvents();
            StringBuilder chain = new StringBuilder();
            try (Connection c = tracker.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, prev_hash, hash FROM events ORDER BY id")) {
                while (rs.next()) {
                    chain.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ')
                            .append(rs.getString(3)).append('\n');
                }
            }
            hashes.add(chain.toString());
        }
        assertThat(hashes.get(0)).contains("\n3 ");
        assertThat(hashes.get(1)).isEqualTo(hashes.get(0));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void an_event_replaced_with_a_recomputed_hash_breaks_the_link_to_the_next(Backend backend) throws Exception {
        use(backend);
        JdbcRequestStore store = threeEvents();
        EventChain.Link original;
        try (Connection c = tracker.connect()) {
            original = ChainTable.link(c, 1);
        }
        List<String> row = new ArrayList<>(original.event());
        row.set(3, "2026-10-01");
        String forged = EventChain.hash(new EventChain.Link(1, "1", original.request(), row, List.of(),
                EventChain.GENESIS, null), EventChain.GENESIS);
        try (Connection c = tracker.connect(); Statement s = c.createStatement()) {
            s.execute(backend == Backend.SQLITE ? "DROP TRIGGER events_no_update"
                    : "DROP TRIGGER events_no_update ON events");
            s.execute("UPDATE events SET occurred_on = '2026-10-01', hash = '" + forged + "' WHERE id = 1");
        }

        assertThat(english(store.verify(documents()).breaks())).containsExactly(
                "R1 E2: does not follow R1 E1: an event before it was deleted, or it was inserted");
    }

    @Test
    void a_tracker_from_version_2_gets_its_chain_when_migrated() throws Exception {
        use(Backend.SQLITE);
        JdbcRequestStore.open(db().toString(), CliRun.CLOCK, 2);
        StoredDocument reply = new FolderDocumentStore(dir.resolve("documents"), CliRun.CLOCK).store("reply"
                .getBytes(StandardCharsets.UTF_8), "text/plain", "reply.txt",
                "reply");
        sqlite("INSERT INTO requests (platform, kind, language, channel, controller_country, user_country, created_at) "
                + "VALUES ('linkedin', 'OBJECTION', 'fr', 'WEB_FORM', 'IE', 'FR', '2026-10-01T10:00:00Z');"
                + "INSERT INTO events (request_id, type, occurred_on, recorded_at, note) VALUES "
                + "(1, 'DRAFTED', '2026-10-01', '2026-10-01T10:00:00Z', 'from version 2');"
                + "INSERT INTO events (request_id, type, occurred_on, recorded_at, reference) VALUES "
                + "(1, 'SENT', '2026-10-02', '2026-10-02T10:00:00Z', 'LI-1');"
                + "INSERT INTO documents VALUES ('" + reply.sha256() + "', 5, 'text/plain', 'reply.txt', "
                + "'2026-10-03T10:00:00Z');"
                + "INSERT INTO events (request_id, type, occurred_on, recorded_at) VALUES "
                + "(1, 'ANSWERED', '2026-10-03', '2026-10-03T10:00:00Z');"
                + "INSERT INTO event_documents VALUES (3, '" + reply.sha256() + "', 'reply')");

        JdbcRequestStore store = open();
        assertThat(store.version()).isEqualTo(Migrations.LATEST);
        assertThat(query("SELECT COUNT(*) FROM events WHERE hash IS NULL")).isEqualTo("0");
        ChainReport first = store.verify(documents());
        assertThat(first.breaks()).isEmpty();
        assertThat(english(first.warnings())).singleElement().asString().contains("no chain head", "written now, for 3 events");
        assertThat(store.verify(documents()).warnings()).isEmpty();
        // the trigger is back: events are still append-only
        try (Connection c = tracker.connect(); Statement s = c.createStatement()) {
            assertThat(catchThrowable(() -> s.execute("UPDATE events SET note = 'x'")))
                    .hasMessageContaining("append-only");
        }
        store.append(1, NewEvent.of(EventType.CLOSED, DAY));
        assertThat(store.verify(documents()).breaks()).isEmpty();

        sqlite("DROP TRIGGER events_no_update; UPDATE events SET reference = 'LI-2' WHERE id = 2");
        assertThat(english(store.verify(documents()).breaks())).singleElement().asString()
                .startsWith("R1 E2: does not match its hash");
    }

    @Test
    void a_missing_head_is_a_warning_and_is_written_again() throws Exception {
        JdbcRequestStore store = threeEvents();
        Path head = dir.resolve("t.db.chain-head");
        String before = Files.readString(head);
        Files.delete(head);
        ChainReport report = store.verify(documents());
        assertThat(report.intact()).isTrue();
        assertThat(english(report.warnings())).containsExactly("no chain head " + head
                + " (a tracker from an older optout): written now, for 3 events");
        assertThat(Files.readString(head)).isEqualTo(before);
    }

    @Test
    void after_the_end_was_deleted_an_append_leaves_the_head_for_verify_to_report() throws Exception {
        JdbcRequestStore store = threeEvents();
        sqlite("DROP TRIGGER events_no_delete; DELETE FROM events WHERE id = 3; DELETE FROM requests WHERE id = 2");
        store.append(1, NewEvent.of(EventType.CLOSED, DAY));
        assertThat(english(store.verify(documents()).breaks())).singleElement().asString()
                .contains("chain head", "ends with hash", "event number 3 (R1 E4) has another");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void two_writers_at_once_keep_one_chain(Backend backend) throws Exception {
        use(backend);
        open();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (String platform : List.of("claude", "chatgpt")) {
            done.add(pool.submit((Callable<Void>) () -> {
                JdbcRequestStore store = open();
                for (int i = 0; i < 15; i++) {
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
        ChainReport report = open().verify(documents());
        assertThat(report.breaks()).isEmpty();
        assertThat(report.warnings()).hasSize(backend == Backend.SQLITE ? 0 : 1);
        assertThat(report.events()).isEqualTo(60);
    }

    private static List<String> english(List<Message> findings) {
        return findings.stream().map(Message::english).toList();
    }
}
