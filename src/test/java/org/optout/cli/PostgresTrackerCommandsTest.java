package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.catalogue.Channel;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.NewEvent;
import org.optout.tracker.NewRequest;
import org.optout.tracker.PostgresCluster;
import org.optout.tracker.RequestKind;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * The tracker commands on a tracker shared on PostgreSQL ({@code --db postgresql://…}): two volunteers, each with
 * their own home folder, record and read the same requests and the same evidence.
 */
class PostgresTrackerCommandsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path ann;
    @TempDir
    Path bob;

    @Test
    void two_volunteers_share_requests_and_evidence_through_the_database() throws Exception {
        PostgresCluster.Database database = PostgresCluster.newDatabase();
        String db = database.location();
        JdbcRequestStore store = JdbcRequestStore.open(db, CliRun.CLOCK);
        StoredDocument letter = store.documents(ann.resolve("documents")).store("%PDF letter"
                .getBytes(StandardCharsets.UTF_8), "application/pdf", "letter.pdf", "letter");
        TrackedRequest r1 = store.create(new NewRequest("linkedin", RequestKind.OBJECTION, "fr", Channel.FORM, "IE",
                "FR", null), new NewEvent(EventType.DRAFTED, DAY, null, null, List.of(letter)));

        // Ann records the sending with a screenshot as proof; Bob, on another machine, sees both
        Files.writeString(ann.resolve("confirmation.txt"), "a screenshot");
        CliRun sent = CliRun.at(ann, "2026-11-03", "requests", "sent", "R" + r1.id(), "--ref", "LI-1", "--db", db);
        assertThat(sent.exitCode()).as(sent.toString()).isZero();
        CliRun attach = CliRun.at(ann, "2026-11-03", "requests", "attach", "R1", "--to", "E2", "confirmation.txt",
                "--db", db);
        assertThat(attach.exitCode()).as(attach.toString()).isZero();

        CliRun list = CliRun.run(bob, "requests", "--db", db);
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains("R1", "linkedin");
        CliRun show = CliRun.run(bob, "requests", "show", "R1", "--db", db);
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("LI-1", "letter.pdf", "confirmation.txt");
        CliRun verify = CliRun.run(bob, "requests", "verify", "--db", db);
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("intact");
        // nothing was written in either home folder: the evidence is in the database
        assertThat(ann.resolve("documents")).doesNotExist();
        assertThat(bob.resolve("documents")).doesNotExist();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(size) FROM document_contents")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getLong(2)).isEqualTo("%PDF letter".length() + "a screenshot".length());
        }
    }

    @Test
    void a_tracker_that_cannot_be_reached_is_one_line_naming_it_without_a_password() {
        CliRun run = CliRun.runWith(ann, CliRun.CLOCK, java.util.Map.of("OPTOUT_DB_PASSWORD", "s3cret-word"), "",
                "requests", "--db", "postgresql://nobody@127.0.0.1:1/optout");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.err()).startsWith("optout: tracker database nobody@127.0.0.1:1/optout: ")
                .doesNotContain("s3cret-word");
        assertThat(run.err().strip()).doesNotContain("\n");
    }
}
