package org.optout.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;

/** Owner-only, all-or-nothing writes, and the clean-up of what a killed run left behind. */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @Test
    void stale_temporary_files_of_an_earlier_run_are_removed_and_nothing_else() throws IOException {
        Instant old = Instant.now().minusSeconds(3600);
        Path stale = Files.write(dir.resolve(".objection-linkedin-fr.pdf.1234567890123.tmp"), new byte[160]);
        Files.setLastModifiedTime(stale, FileTime.from(old));
        Path fresh = Files.write(dir.resolve(".objection-x-fr.pdf.987.tmp"), new byte[1]);
        Path notOurs = Files.write(dir.resolve(".notes.tmp"), new byte[1]);
        Files.setLastModifiedTime(notOurs, FileTime.from(old));
        Path alsoNotOurs = Files.write(dir.resolve("report.123.tmp"), new byte[1]);
        Files.setLastModifiedTime(alsoNotOurs, FileTime.from(old));

        PrivateFiles.write(dir.resolve("letter.pdf"), new byte[] {1});

        assertThat(stale).doesNotExist();
        assertThat(fresh).as("may belong to a run in progress").exists();
        assertThat(notOurs).exists();
        assertThat(alsoNotOurs).exists();
    }

    @Test
    void files_written_together_are_owner_only() throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve("a.pdf"), new byte[] {1});
        files.put(dir.resolve("a.txt"), new byte[] {2});
        PrivateFiles.writeAll(files);
        for (Path file : files.keySet()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void a_set_that_cannot_be_written_whole_leaves_nothing_of_this_run() throws IOException {
        Path earlier = Files.write(dir.resolve("earlier.pdf"), new byte[] {9});
        Files.createDirectory(dir.resolve("c.pdf"));
        Files.write(dir.resolve("c.pdf/inside"), new byte[] {0});
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve("a.pdf"), new byte[] {1});
        files.put(dir.resolve("b.pdf"), new byte[] {2});
        files.put(dir.resolve("c.pdf"), new byte[] {3});

        assertThatThrownBy(() -> PrivateFiles.writeAll(files)).isInstanceOf(AppException.class)
                .hasMessageContaining("c.pdf");

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactlyInAnyOrder(earlier, dir.resolve("c.pdf"));
        }
    }
}
