package org.optout.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.cli.CliRun;

/** The tracker's file is the user's alone, however it is named. */
class TrackerFileTest {
    @TempDir
    Path dir;

    @Test
    void a_tracker_named_by_jdbc_url_is_created_owner_only() throws IOException {
        Path db = dir.resolve("tracker.db");
        JdbcRequestStore.open("jdbc:sqlite:" + db, CliRun.CLOCK).version();
        assertThat(mode(db)).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("tracker.db")))
                    .allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
        }
    }

    @Test
    void a_tracker_named_by_file_url_is_created_owner_only() throws IOException {
        Path db = dir.resolve("other.db");
        JdbcRequestStore.open("jdbc:sqlite:file:" + db + "?journal_mode=WAL", CliRun.CLOCK).version();
        assertThat(mode(db)).isEqualTo("rw-------");
    }

    private static String mode(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
