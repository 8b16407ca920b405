package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.cli.CliRun;
import org.optout.pdf.PdfFacts;

/**
 * A real {@code campaign letters} process killed (SIGKILL) in the middle of its run: the re-run finishes the work,
 * skipping what was done, and leaves every member's folder with exactly their documents, each complete.
 */
class KilledCampaignLettersTest {
    /** Enough for the killed run to have recorded one batch of documents (64) and not finished. */
    private static final int MEMBERS = 200;
    private static final int DOCUMENTS = MEMBERS + MEMBERS / 2;

    @TempDir
    Path home;

    @Test
    void a_run_killed_midway_then_run_again_leaves_no_duplicate_no_missing_and_no_partial_file() throws Exception {
        GeneratedMembers.sampleAssociation(home);
        GeneratedMembers.write(home.resolve("members.csv"), MEMBERS);
        String[] init = {"campaign", "init", "kill", "--association", "association.yaml", "--members", "members.csv",
            "--db", "t.db", "--ui-lang", "en"};
        assertThat(CliRun.run(home, init).exitCode()).isZero();

        Process optout = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.optout.Main", "campaign", "letters", "kill",
                "--platform", "linkedin", "--out", home.resolve("out").toString(), "--db",
                home.resolve("t.db").toString(), "--ui-lang", "en")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("optout.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            // killed once the tracker holds a first batch of written documents
            while (recorded() == 0 && optout.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(optout.isAlive()).as("still writing when killed: " + Files.readString(home.resolve("optout.log")))
                    .isTrue();
        } finally {
            optout.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        long before = folders();
        assertThat(before).isBetween(1L, MEMBERS - 1L);
        // a killed write may have left its temporary file; a later run removes those over a minute old (another
        // optout could still be writing a younger one), so they are aged here instead of waiting
        backdateTemporaryFiles();

        CliRun again = CliRun.run(home, "campaign", "letters", "kill", "--platform", "linkedin", "--db", "t.db",
                "--ui-lang", "en");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        Matcher summary = Pattern.compile("^" + MEMBERS + " members: (\\d+) objection\\(s\\) and (\\d+) mandate\\(s\\) written, "
                + "(\\d+) document\\(s\\) already done").matcher(again.out());
        assertThat(summary.find()).as(again.out()).isTrue();
        int written = Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2));
        int skipped = Integer.parseInt(summary.group(3));
        assertThat(skipped).as("done before the kill").isPositive();
        assertThat(written + skipped).isEqualTo(DOCUMENTS);
        for (int i = 0; i < MEMBERS; i++) {
            Path folder = home.resolve("out").resolve(GeneratedMembers.id(i));
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString())).as(folder.toString())
                        .containsExactlyInAnyOrderElementsOf(GeneratedMembers.files(i));
            }
            for (String file : GeneratedMembers.files(i)) {
                assertThat(PdfFacts.of(folder.resolve(file)).flatText()).as(file).contains(GeneratedMembers.name(i));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("t.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT member_id || kind || platform) "
                     + "FROM campaign_documents")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getInt(1), rs.getInt(2))).containsExactly(DOCUMENTS, DOCUMENTS);
        }
    }

    private int recorded() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("t.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM campaign_documents")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private long folders() throws IOException {
        Path out = home.resolve("out");
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> folders = Files.list(out)) {
            return folders.count();
        }
    }

    private void backdateTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(home.resolve("out"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(120)));
            }
        }
    }
}
