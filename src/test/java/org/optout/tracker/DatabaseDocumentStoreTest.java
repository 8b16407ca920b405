package org.optout.tracker;

import org.optout.ui.Message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.catalogue.Channel;
import org.optout.cli.CliRun;

/** Evidence kept in a PostgreSQL tracker, and what both stores do alike. */
class DatabaseDocumentStoreTest {
    private static final String SHA256_OF_REPLY = "783480ba96d25bcaa6a6ca99a1ea9e2d3cb349f25c01694db77f98509ecbcee3";

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static TrackedRequest requestWith(StoredDocument... documents) {
        RequestEvent event = new RequestEvent(1, EventType.ANSWERED, LocalDate.of(2026, 11, 2), Instant.EPOCH, null,
                null, List.of(documents));
        return new TrackedRequest(3, "linkedin", RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null,
                Instant.EPOCH, List.of(event));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void stores_reads_and_checks_a_document_and_a_file(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(dir);
        DocumentStore store = tracker.documents(CliRun.CLOCK);
        StoredDocument reply = store.store(bytes("We need more time."), "text/plain", "reply.txt", "reply");
        Path file = Files.write(dir.resolve("form.png"), bytes("a screenshot"));
        StoredDocument proof = store.storeFile(file, "image/png", "form.png", "proof");

        // sha256sum of the same text, computed outside optout
        assertThat(reply.sha256()).isEqualTo(SHA256_OF_REPLY);
        assertThat(store.read(reply)).isEqualTo(bytes("We need more time."));
        assertThat(store.read(proof)).isEqualTo(bytes("a screenshot"));
        assertThat(proof.size()).isEqualTo(12);
        assertThat(store.problem(proof.sha256(), 12)).isEmpty();
        store.check(requestWith(reply, proof));
        // the same bytes again: the document is reused
        assertThat(store.store(bytes("We need more time."), "text/plain", "again.txt", "reply").sha256())
                .isEqualTo(reply.sha256());
    }

    @Test
    void the_evidence_of_a_postgresql_tracker_is_in_the_database_for_every_volunteer() throws Exception {
        Backend.Tracker tracker = Backend.POSTGRESQL.newTracker(dir);
        StoredDocument reply = tracker.documents(CliRun.CLOCK).store(bytes("We need more time."), "text/plain",
                "reply.txt", "reply");
        assertThat(dir.resolve("documents")).doesNotExist();
        // another volunteer, on another machine: another folder, the same database
        DocumentStore elsewhere = JdbcRequestStore.open(tracker.location(), CliRun.CLOCK)
                .documents(dir.resolve("other/documents"));
        assertThat(elsewhere.read(reply)).isEqualTo(bytes("We need more time."));
        try (Connection c = tracker.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT size, media_type, content FROM document_contents WHERE sha256 = ?")) {
            s.setString(1, reply.sha256());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(18);
                assertThat(rs.getString(2)).isEqualTo("text/plain");
                assertThat(rs.getBytes(3)).isEqualTo(bytes("We need more time."));
            }
        }
    }

    @Test
    void evidence_in_the_database_is_append_only_and_a_changed_or_missing_document_is_refused() throws Exception {
        Backend.Tracker tracker = Backend.POSTGRESQL.newTracker(dir);
        DocumentStore store = tracker.documents(CliRun.CLOCK);
        StoredDocument ok = store.store(bytes("fine"), "text/plain", "fine.txt", "reply");
        StoredDocument changed = store.store(bytes("We need more time."), "text/plain", "reply.txt", "reply");
        StoredDocument gone = store.store(bytes("letter"), "application/pdf", "letter.pdf", "letter");
        try (Connection c = tracker.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE document_contents SET content = 'x'"))
                    .hasMessageContaining("evidence documents are append-only");
            assertThatThrownBy(() -> s.execute("DELETE FROM document_contents"))
                    .hasMessageContaining("evidence documents are append-only");
            s.execute("ALTER TABLE document_contents DISABLE TRIGGER USER");
            s.execute("UPDATE document_contents SET content = convert_to('We need more time!', 'UTF8') "
                    + "WHERE sha256 = '" + changed.sha256() + "'");
            s.execute("DELETE FROM document_contents WHERE sha256 = '" + gone.sha256() + "'");
        }

        assertThatThrownBy(() -> store.read(changed))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DELIVERY))
                .hasMessageStartingWith("evidence reply.txt (sha256 " + changed.sha256()
                        + ") changed (its SHA-256 is now ")
                .hasMessageEndingWith("in the tracker " + PostgresCluster.SUPERUSER + "@127.0.0.1:"
                        + tracker.database().port() + "/" + tracker.database().name());
        assertThatThrownBy(() -> store.check(requestWith(ok, gone, changed, gone)))
                .hasMessageStartingWith("R3: evidence in the tracker ")
                .hasMessageContaining(" is not as recorded: letter.pdf (sha256 " + gone.sha256() + ") missing; "
                        + "reply.txt (sha256 " + changed.sha256() + ") changed")
                .hasMessageNotContaining("fine.txt");
        assertThat(store.problem("../../etc/passwd", 1).map(Message::english)).hasValueSatisfying(p -> assertThat(p)
                .contains("invalid SHA-256"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_document_no_event_refers_to_may_be_erased_and_evidence_may_not(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(dir);
        JdbcRequestStore requests = tracker.open(CliRun.CLOCK);
        DocumentStore store = tracker.documents(CliRun.CLOCK);
        StoredDocument copy = store.store(bytes("a signed mandate"), "application/pdf", "mandate-signed.pdf",
                "mandate-signed");
        StoredDocument letter = store.store(bytes("a letter"), "application/pdf", "letter.pdf", "letter");
        requests.create(new NewRequest("linkedin", RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null),
                new NewEvent(EventType.DRAFTED, LocalDate.of(2026, 11, 2), null, null, List.of(letter)));

        store.erase(copy.sha256());
        store.erase(copy.sha256());

        assertThat(store.problem(copy.sha256(), copy.size()).map(Message::english)).hasValue("missing");
        assertThat(store.read(letter)).isEqualTo(bytes("a letter"));
        if (backend == Backend.POSTGRESQL) {
            // the database itself refuses to delete evidence, even when optout names it
            assertThatThrownBy(() -> store.erase(letter.sha256()))
                    .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.exitCode())
                            .isEqualTo(ExitCode.DELIVERY))
                    .hasMessageContaining("belongs to a request and is never deleted");
            assertThat(store.read(letter)).isEqualTo(bytes("a letter"));
        }
    }
}
