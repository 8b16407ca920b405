package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;

/** Writing letters onto a disk that fills up, and after a run that was killed: all or nothing, and no leftovers. */
class FullDiskCommandTest {
    @TempDir
    Path home;
    Path profile;
    Path mounted;

    @BeforeEach
    void sampleProfile() {
        profile = TestFiles.sampleProfile(home);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void a_full_disk_writes_no_letter_and_says_why() throws Exception {
        Path disk = Files.createDirectory(home.resolve("small-disk"));
        int mount;
        try {
            mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", disk.toString())
                    .redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            mount = -1;
        }
        if (mount != 0) {
            System.out.println("FullDiskCommandTest skipped: cannot mount a 200 KB tmpfs here (needs root)");
        }
        Assumptions.assumeTrue(mount == 0, "cannot mount a 200 KB tmpfs here (needs root and mount permission)");
        mounted = disk;

        CliRun run = CliRun.run(home, "letter", "--all", "--profile", profile.toString(), "--date", "2026-11-22",
                "--out", disk.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("No space left on device").doesNotContain("rollback", "Exception");
        try (Stream<Path> left = Files.list(disk)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void the_next_run_removes_what_a_killed_run_left() throws IOException {
        Path letters = Files.createDirectory(home.resolve("letters"));
        Path stale = Files.write(letters.resolve(".objection-x-fr.pdf.4411122233344455566.tmp"), new byte[160 * 1024]);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));

        CliRun run = CliRun.run(home, "letter", "linkedin", "--profile", profile.toString(), "--date", "2026-11-22");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> left = Files.list(letters)) {
            assertThat(left).containsExactly(letters.resolve("objection-linkedin-fr.pdf"));
        }
    }
}
