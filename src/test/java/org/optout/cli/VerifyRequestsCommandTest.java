package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optout.tracker.FolderDocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.NewEvent;
import org.optout.tracker.NewRequest;
import org.optout.catalogue.Channel;
import org.optout.tracker.RequestKind;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * {@code optout requests verify} and {@code requests show} on a tracker edited behind optout's back with the
 * sqlite3 shell, and on evidence files changed on disk.
 */
class VerifyRequestsCommandTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path home;

    private StoredDocument letter;
    private StoredDocument reply;

    /** R1: E1 drafted (letter.pdf), E2 sent, E3 answered (reply.txt); R2: E4 drafted, E5 sent. */
    @BeforeEach
    void tracker() {
        JdbcRequestStore store = JdbcRequestStore.open(home.resolve("t.db").toString(), CliRun.CLOCK);
        FolderDocumentStore documents = new FolderDocumentStore(home.resolve("documents"), CliRun.CLOCK);
        letter = documents.store("%PDF letter".getBytes(StandardCharsets.UTF_8), "application/pdf", "letter.pdf",
                "letter");
        reply = documents.store("We need more time.".getBytes(StandardCharsets.UTF_8), "text/plain", "reply.txt",
                "reply");
        TrackedRequest r1 = store.create(request("linkedin"),
                new NewEvent(EventType.DRAFTED, DAY, null, null, List.of(letter)));
        store.append(r1.id(), new NewEvent(EventType.SENT, DAY, "by form", "LI-1", List.of()));
        store.append(r1.id(), new NewEvent(EventType.ANSWERED, DAY, null, null, List.of(reply)));
        TrackedRequest r2 = store.create(request("claude"), NewEvent.of(EventType.DRAFTED, DAY));
        store.append(r2.id(), new NewEvent(EventType.SENT, DAY, null, null, List.of(), null, DAY.plusDays(14)));
    }

    private static NewRequest request(String platform) {
        return new NewRequest(platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null);
    }

    private CliRun verify() {
        return CliRun.run(home, "requests", "verify", "--db", "t.db");
    }

    private void sqlite(String sql) throws Exception {
        Process p = new ProcessBuilder("sqlite3", home.resolve("t.db").toString(), sql).redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    /** Asserts exit code 4, the counts, the one-line summary on stderr, and returns the break lines. */
    private List<String> breaks(CliRun run) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.outLines().get(0)).startsWith("checked ");
        assertThat(run.err()).as(run.toString()).endsWith("problem(s) found: the tracker or its evidence was changed "
                + "outside optout\n");
        assertThat(run.out()).doesNotContain("intact");
        return run.outLines().subList(1, run.outLines().size());
    }

    @Test
    void an_intact_tracker_verifies_with_its_counts() {
        CliRun run = verify();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly("checked 2 requests, 5 events, 2 evidence files",
                "intact: every event matches its hash and the chain, every evidence file its SHA-256");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "type = 'REFUSED'                     | R1 E2: does not match its hash",
        "occurred_on = '2026-10-30'           | R1 E2: does not match its hash",
        "recorded_at = '2026-11-01T00:00:00Z' | R1 E2: does not match its hash",
        "note = NULL                          | R1 E2: does not match its hash",
        "reference = 'LI-2'                   | R1 E2: does not match its hash",
        "about_event_id = 1                   | R1 E2: does not match its hash",
        "due_on = '2026-12-01'                | R1 E2: does not match its hash",
        "request_id = 2                       | R2 E2: does not match its hash",
        "prev_hash = hash                     | R1 E2: does not follow R1 E1",
        "hash = prev_hash                     | R1 E3: does not follow R1 E2",
        "id = 20                              | R1 E20: does not match its hash"})
    void an_edited_event_row_is_named(String change, String expected) throws Exception {
        sqlite("DROP TRIGGER events_no_update; UPDATE events SET " + change + " WHERE id = 2");
        assertThat(breaks(verify())).anySatisfy(line -> assertThat(line).startsWith(expected));
    }

    @Test
    void an_edited_request_row_breaks_each_of_its_events() throws Exception {
        sqlite("UPDATE requests SET platform = 'facebook' WHERE id = 2");
        assertThat(breaks(verify())).containsExactly(
                "R2 E4: does not match its hash: the event, its request, its documents or their links were changed "
                        + "outside optout",
                "R2 E5: does not match its hash: the event, its request, its documents or their links were changed "
                        + "outside optout");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "campaign = 'demo', member_id = 'M009' | 2",
        "member_id = 'M002'                    | 3",
        "campaign = 'other'                    | 3",
        "member_id = NULL                      | 3"})
    void a_request_moved_to_another_campaign_or_member_breaks_its_events(String change, long id) throws Exception {
        JdbcRequestStore store = JdbcRequestStore.open(home.resolve("t.db").toString(), CliRun.CLOCK);
        TrackedRequest member = store.create(new NewRequest("claude", RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE",
                "BE", null, "demo", "M001"), NewEvent.of(EventType.DRAFTED, DAY));
        assertThat(member.id()).isEqualTo(3);
        assertThat(verify().exitCode()).isZero();

        sqlite("UPDATE requests SET " + change + " WHERE id = " + id);

        assertThat(breaks(verify())).anySatisfy(line -> assertThat(line).startsWith("R" + id + " E")
                .contains("does not match its hash"));
    }

    @Test
    void an_event_deleted_in_the_middle_is_named_by_the_next() throws Exception {
        sqlite("DROP TRIGGER events_no_delete; DELETE FROM events WHERE id = 2");
        assertThat(breaks(verify())).containsExactly(
                "R1 E3: does not follow R1 E1: an event before it was deleted, or it was inserted",
                "chain head " + home.resolve("t.db.chain-head") + " records 5 events, the tracker holds 4: events "
                        + "were deleted at its end, after R2 E5");
    }

    @Test
    void events_deleted_at_the_end_are_caught_by_the_head() throws Exception {
        sqlite("DROP TRIGGER events_no_delete; DELETE FROM events WHERE id >= 4");
        List<String> breaks = breaks(verify());
        assertThat(breaks).contains("chain head " + home.resolve("t.db.chain-head") + " records 5 events, the tracker "
                + "holds 3: events were deleted at its end, after R1 E3");
        assertThat(breaks).contains("R2: has no events: added outside optout, or its events were deleted");
    }

    @Test
    void an_inserted_event_is_named() throws Exception {
        sqlite("INSERT INTO events (request_id, type, occurred_on, recorded_at, prev_hash, hash) SELECT 1, 'ANSWERED', "
                + "'2026-11-03', '2026-11-03T10:00:00Z', hash, '" + "ab".repeat(32) + "' FROM events WHERE id = 5");
        assertThat(breaks(verify())).containsExactly(
                "R1 E6: does not match its hash: the event, its request, its documents or their links were changed "
                        + "outside optout",
                "R1 E6: not in the chain head " + home.resolve("t.db.chain-head") + ", which records 5 events: added "
                        + "outside optout (or optout was stopped between recording an event and its chain head)");
    }

    @Test
    void an_inserted_event_without_a_hash_is_named() throws Exception {
        sqlite("INSERT INTO events (request_id, type, occurred_on, recorded_at) VALUES (2, 'ANSWERED', '2026-11-03', "
                + "'2026-11-03T10:00:00Z')");
        assertThat(breaks(verify())).contains("R2 E6: has no hash: added outside optout",
                "R2 E6: does not follow R2 E5: an event before it was deleted, or it was inserted");
    }

    @Test
    void an_edited_document_row_breaks_the_events_that_link_it() throws Exception {
        sqlite("UPDATE documents SET original_name = 'other.txt' WHERE sha256 = '" + reply.sha256() + "'");
        assertThat(breaks(verify())).containsExactly("R1 E3: does not match its hash: the event, its request, its "
                + "documents or their links were changed outside optout");
    }

    @Test
    void a_recorded_size_changed_breaks_the_event_and_the_file_check() throws Exception {
        sqlite("UPDATE documents SET size = 3 WHERE sha256 = '" + reply.sha256() + "'");
        assertThat(breaks(verify())).containsExactly("R1 E3: does not match its hash: the event, its request, its "
                + "documents or their links were changed outside optout", "evidence reply.txt (sha256 "
                + reply.sha256() + ", R1 E3): changed (18 bytes, recorded 3)");
    }

    @Test
    void a_link_added_or_removed_is_named() throws Exception {
        sqlite("INSERT INTO event_documents (event_id, sha256, role) VALUES (5, '" + letter.sha256() + "', 'letter');"
                + "DELETE FROM event_documents WHERE event_id = 3");
        assertThat(breaks(verify())).containsExactly(
                "R1 E3: does not match its hash: the event, its request, its documents or their links were changed "
                        + "outside optout",
                "R2 E5: does not match its hash: the event, its request, its documents or their links were changed "
                        + "outside optout");
    }

    @Test
    void an_evidence_file_changed_by_one_byte_deleted_or_replaced_by_a_directory_is_named() throws Exception {
        Path documents = home.resolve("documents");
        byte[] content = Files.readAllBytes(documents.resolve(reply.sha256()));
        content[0] ^= 1;
        Files.write(documents.resolve(reply.sha256()), content);
        List<String> changed = breaks(verify());
        assertThat(changed).singleElement().asString().startsWith("evidence reply.txt (sha256 " + reply.sha256()
                + ", R1 E3): changed (its SHA-256 is now ");

        Files.delete(documents.resolve(reply.sha256()));
        Files.delete(documents.resolve(letter.sha256()));
        Files.createDirectory(documents.resolve(letter.sha256()));
        assertThat(breaks(verify())).containsExactly(
                "evidence letter.pdf (sha256 " + letter.sha256() + ", R1 E1): not a regular file",
                "evidence reply.txt (sha256 " + reply.sha256() + ", R1 E3): missing");
    }

    @Test
    void show_prints_the_timeline_then_names_a_changed_file() throws Exception {
        Files.writeString(home.resolve("documents").resolve(reply.sha256()), "We need less time.");
        CliRun run = CliRun.run(home, "requests", "show", "R1", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.out()).contains("reply.txt, 18 bytes, sha256 " + reply.sha256());
        assertThat(run.err()).startsWith("optout: R1: evidence in " + home.resolve("documents") + " is not as "
                + "recorded: reply.txt (sha256 " + reply.sha256() + ") changed (its SHA-256 is now ");
        assertThat(run.err().lines()).hasSize(1);

        CliRun other = CliRun.run(home, "requests", "show", "R2", "--db", "t.db");
        assertThat(other.exitCode()).as(other.toString()).isZero();
    }

    @Test
    void a_french_verify_tells_every_break_and_warning_in_french() throws Exception {
        Path documents = home.resolve("documents");
        Files.writeString(documents.resolve(reply.sha256()), "We need less time.");
        Files.delete(documents.resolve(letter.sha256()));
        sqlite("DROP TRIGGER events_no_update; UPDATE events SET note = 'x' WHERE id = 2;"
                + "DROP TRIGGER events_no_delete; DELETE FROM events WHERE id >= 4");
        CliRun run = CliRun.run(home, "--ui-lang=fr", "requests", "verify", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        List<String> lines = run.outLines().subList(1, run.outLines().size());
        assertThat(lines).contains("R1 E2\u00a0: ne correspond pas à son empreinte\u00a0: l'événement, sa demande, ses "
                        + "documents ou leurs liens ont été modifiés hors d'optout",
                "R2\u00a0: n'a aucun événement\u00a0: ajoutée hors d'optout, ou ses événements ont été supprimés",
                "preuve letter.pdf (sha256 " + letter.sha256() + ", R1 E1)\u00a0: absente");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("la tête de chaîne "
                + home.resolve("t.db.chain-head") + " compte 5 événements, le suivi en contient 3\u00a0: "));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("preuve reply.txt (sha256 " + reply.sha256()
                + ", R1 E3)\u00a0: modifiée (son SHA-256 est maintenant "));
        assertThat(String.join("\n", lines)).doesNotContainPattern("\\b(evidence|missing|changed|does not|has no|"
                + "chain head|events|outside|deleted)\\b");

        CliRun json = CliRun.run(home, "--ui-lang=fr", "requests", "verify", "--db", "t.db", "--json");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(4);
        assertThat(json.out()).contains("\"R2\u00a0: n'a aucun événement\u00a0: ajoutée hors d'optout, ou ses événements "
                + "ont été supprimés\"");
    }

    @Test
    void a_french_verify_without_a_head_warns_in_french() throws Exception {
        Files.delete(home.resolve("t.db.chain-head"));
        CliRun run = CliRun.run(home, "--ui-lang=fr", "requests", "verify", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("pas de tête de chaîne " + home.resolve("t.db.chain-head")
                + " (un suivi d'une version antérieure d'optout)\u00a0: écrite maintenant, pour 5 événements");
    }

    @Test
    void a_french_show_names_each_document_role_in_french() {
        CliRun run = CliRun.run(home, "--ui-lang=fr", "requests", "show", "R1", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("lettre\u00a0: letter.pdf", "réponse\u00a0: reply.txt")
                .doesNotContain("letter\u00a0: ", "reply\u00a0: ");
    }

    @Test
    void a_french_show_names_a_changed_file_in_french() throws Exception {
        Files.writeString(home.resolve("documents").resolve(reply.sha256()), "We need less time.");
        CliRun run = CliRun.run(home, "--ui-lang=fr", "requests", "show", "R1", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.err()).startsWith("optout: R1\u00a0: les preuves dans " + home.resolve("documents")
                + " ne sont pas telles qu'enregistrées\u00a0: reply.txt (sha256 " + reply.sha256()
                + ") modifiée (son SHA-256 est maintenant ");
    }
}
