package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;

class ProfileInitCommandTest {
    @TempDir
    Path home;

    private static final String ANSWERS = String.join("\n",
            "Jan Peeters", "not-an-email", "jan@example.be", "Rue Haute 1", "1000 Bruxelles", "", "be", "", "Bruxelles",
            "", "", "", "", "");

    @Test
    void asks_the_questions_and_writes_a_valid_private_profile() throws IOException {
        CliRun run = CliRun.runWithInput(home, ANSWERS, "profile", "init");
        Path written = home.resolve(".config/optout/profile.yaml");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(written.toString());
        assertThat(run.err()).contains("Full name", "this is not an email address");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(TestFiles.read(written)).contains("name: Jan Peeters", "country: BE", "- Rue Haute 1", "place: Bruxelles")
                .doesNotContain("language", "phone");

        CliRun letter = CliRun.run(home, "letter", "claude", "--date", "2026-11-22");
        assertThat(letter.exitCode()).as(letter.toString()).isZero();
        assertThat(letter.outLines()).containsExactly(home.resolve("letters/objection-claude-fr.pdf").toString());
    }

    @Test
    void never_overwrites_without_force() {
        Path target = TestFiles.write(home.resolve("p.yaml"), "keep me");
        CliRun run = CliRun.runWithInput(home, ANSWERS, "profile", "init", "--out", "p.yaml");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("p.yaml", "already exists", "--force");
        assertThat(TestFiles.read(target)).isEqualTo("keep me");

        CliRun forced = CliRun.runWithInput(home, ANSWERS, "profile", "init", "--out", "p.yaml", "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(TestFiles.read(target)).contains("Jan Peeters");
    }

    @Test
    void input_ending_early_writes_nothing() {
        CliRun run = CliRun.runWithInput(home, "Jan Peeters\n", "profile", "init", "--out", "p.yaml");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines().filter(l -> l.startsWith("optout: "))).singleElement()
                .asString().contains("input ended");
        assertThat(home.resolve("p.yaml")).doesNotExist();
    }
}
