package org.optout.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    private ClassArchive archive() throws IOException {
        Path jar = Files.write(dir.resolve("optout.jar"), new byte[] {1});
        return ClassArchive.locate(dir.resolve("cache/optout"), Path.of(System.getProperty("java.home")), jar);
    }

    @Test
    void a_recording_starts_in_an_owner_only_cache_folder() throws IOException {
        ClassArchive archive = archive();
        Path recording = archive.startRecording().orElseThrow();
        assertThat(recording.getParent()).isEqualTo(dir.resolve("cache/optout"));
        assertThat(recording.getFileName().toString()).startsWith(archive.file().getFileName() + ".").endsWith(".tmp");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(recording.getParent())))
                .isEqualTo("rwx------");
        assertThat(archive.exists()).isFalse();
    }

    @Test
    void a_failed_run_leaves_no_archive_and_no_recording() throws IOException {
        ClassArchive archive = archive();
        Path recording = Files.write(archive.startRecording().orElseThrow(), new byte[] {1, 2, 3});
        archive.finishRecording(recording, false, JAVA, dir.resolve("optout.jar"), Instant.now());
        assertThat(recording).doesNotExist();
        assertThat(archive.exists()).isFalse();
    }

    @Test
    void a_recording_that_no_jvm_maps_is_thrown_away() throws IOException {
        ClassArchive archive = archive();
        Path recording = Files.write(archive.startRecording().orElseThrow(), new byte[4096]);
        archive.finishRecording(recording, true, JAVA, dir.resolve("optout.jar"), Instant.now());
        assertThat(recording).doesNotExist();
        assertThat(archive.exists()).isFalse();
    }

    @Test
    void no_cache_folder_means_no_recording() throws IOException {
        Files.write(dir.resolve("cache"), new byte[] {1});
        assertThat(archive().startRecording()).isEmpty();
    }

    @Test
    void remove_deletes_the_archive() throws IOException {
        ClassArchive archive = archive();
        Files.createDirectories(archive.file().getParent());
        Files.write(archive.file(), new byte[] {1});
        assertThat(archive.exists()).isTrue();
        archive.remove();
        assertThat(archive.exists()).isFalse();
    }
}
