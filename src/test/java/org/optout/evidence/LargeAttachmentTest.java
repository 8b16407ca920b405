package org.optout.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/** Evidence is streamed into the store: a 40 MB file is kept by an optout whose heap is smaller than the file. */
class LargeAttachmentTest {
    @TempDir
    Path home;

    private static Path sparse(Path file, long size) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            raf.setLength(size);
        }
        return file;
    }

    private Process optout(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx24m", "-cp",
                System.getProperty("java.class.path"), "org.optout.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(home.resolve("out.txt").toFile()).redirectError(home.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.endsWith("JAVA_OPTIONS"));
        builder.environment().put("HOME", home.toString());
        return builder.start();
    }

    @Test
    void a_file_larger_than_the_heap_is_kept_whole_and_one_over_the_limit_is_refused_unread() throws Exception {
        TestFiles.sampleProfile(home);
        assertThat(CliRun.run(home, "send", "linkedin", "--via", "form", "--profile", "profile.yaml", "--db",
                "t.db").exitCode()).isZero();
        sparse(home.resolve("scan.pdf"), 40L * 1024 * 1024);
        Process process = optout("requests", "sent", "R1", "--attach", "scan.pdf", "--db", "t.db");
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(home.resolve("err.txt"))).isZero();
        try (var files = Files.list(home.resolve("documents"))) {
            assertThat(files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .map(f -> f.toFile().length())).contains(40L * 1024 * 1024);
        }
        try (var files = Files.list(home.resolve("documents"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".incoming-"));
        }

        sparse(home.resolve("huge.pdf"), 2L * 1024 * 1024 * 1024);
        Process huge = optout("requests", "attach", "R1", "--to", "E2", "huge.pdf", "--db", "t.db");
        assertThat(huge.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(huge.exitValue()).isEqualTo(3);
        assertThat(Files.readString(home.resolve("err.txt")).strip())
                .endsWith("huge.pdf is 2048 MB; evidence files are limited to 50 MB");
    }
}
