package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;

/** A lost tracker (missing, or emptied to 0 bytes) beside its evidence is an error, never a fresh start. */
class EmptyTrackerTest {
    @TempDir
    Path home;

    private Path evidence() {
        return TestFiles.write(home.resolve("documents").resolve("ab".repeat(32)), "a letter");
    }

    private void assertLost(CliRun run, String state, Path db) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("optout: tracker " + db + " is " + state + ", but the evidence folder "
                + home.resolve("documents") + " beside it is not: restore the tracker from a backup (or move that "
                + "folder away to start a new one)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_empty_tracker_beside_evidence_is_refused_and_left_as_it_is() throws Exception {
        evidence();
        Path db = Files.createFile(home.resolve("t.db"));
        assertLost(CliRun.run(home, "requests", "--db", "t.db"), "empty (0 bytes)", db);
        assertThat(Files.size(db)).isZero();
        assertLost(CliRun.run(home, "requests", "verify", "--db", "t.db"), "empty (0 bytes)", db);
    }

    @Test
    void in_french_the_refusal_is_french() {
        evidence();
        CliRun run = CliRun.run(home, "requests", "--db", "t.db", "--ui-lang", "fr");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("optout: le suivi " + home.resolve("t.db") + " est absent, mais le dossier "
                + "des preuves " + home.resolve("documents") + " à côté ne l'est pas\u00a0: restaurez le suivi depuis "
                + "une sauvegarde (ou déplacez ce dossier pour en commencer un nouveau)\n");
        assertThat(home.resolve("t.db")).doesNotExist();
    }

    @Test
    void a_missing_tracker_beside_evidence_is_refused_and_not_created() {
        evidence();
        Path db = home.resolve("t.db");
        assertLost(CliRun.run(home, "requests", "--db", "t.db"), "missing", db);
        assertThat(db).doesNotExist();
        assertLost(CliRun.run(home, "requests", "--db", "jdbc:sqlite:" + db), "missing", db);
        assertThat(db).doesNotExist();
    }

    @Test
    void a_missing_tracker_whose_chain_head_records_events_is_refused() throws Exception {
        Path db = home.resolve("t.db");
        assertThat(CliRun.run(home, "requests", "--db", "t.db").exitCode()).isZero();
        Files.writeString(home.resolve("t.db.chain-head"),
                "optout chain head\nevents 4\nhash " + "cd".repeat(32) + "\n");
        Files.delete(db);
        CliRun run = CliRun.run(home, "requests", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.err()).startsWith("optout: tracker " + db + " is missing, but its chain head "
                + home.resolve("t.db.chain-head") + " records 4 events: restore");
    }

    @Test
    void no_tracker_and_an_empty_evidence_folder_is_a_fresh_start() throws Exception {
        Files.createDirectories(home.resolve("documents"));
        CliRun run = CliRun.run(home, "requests", "verify", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("checked 0 requests, 0 events, 0 evidence files");
        assertThat(Files.size(home.resolve("t.db"))).isPositive();
    }
}
