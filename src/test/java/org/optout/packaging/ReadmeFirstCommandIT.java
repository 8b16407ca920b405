package org.optout.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first set-up command, as printed, in a fresh clone of the committed project, on a machine where the
 * test tools are missing: {@code pdfsig} and {@code unzip} answer "not installed" (and leave a trace if called). It
 * must build and write every sample letter all the same.
 */
class ReadmeFirstCommandIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    /** The first line of the first sh block under "Set up on a fresh machine". */
    static String firstCommand(String readme) {
        int section = readme.indexOf("## Set up on a fresh machine");
        assertThat(section).as("the README's set-up section").isNotNegative();
        int block = readme.indexOf("```sh\n", section);
        return readme.substring(block + "```sh\n".length(), readme.indexOf('\n', block + "```sh\n".length()));
    }

    @Test
    void builds_and_writes_the_sample_letters_without_the_test_tools() throws Exception {
        assumeTrue(Files.isDirectory(PROJECT.resolve(".git")), "a git checkout to clone");
        String command = firstCommand(Files.readString(PROJECT.resolve("README.md")));
        assertThat(command).startsWith("mvn ").contains("java -jar");
        Path clone = dir.resolve("clone");
        run(dir, List.of("git", "clone", "--quiet", "--depth", "1", "file://" + PROJECT, clone.toString()), null, 120);

        Path missing = Files.createDirectories(dir.resolve("missing-tools"));
        for (String tool : List.of("pdfsig", "unzip")) {
            Path script = missing.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho called >> '" + dir.resolve("called-" + tool) + "'\n"
                    + "echo '" + tool + ": not installed' >&2\nexit 127\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        }
        Path log = dir.resolve("log.txt");
        int code = run(clone, List.of("bash", "-c", command), missing + ":" + System.getenv("PATH"), 900, log);

        assertThat(code).as(Files.readString(log)).isZero();
        try (Stream<Path> letters = Files.list(clone.resolve("letters"))) {
            assertThat(letters.filter(p -> p.toString().endsWith(".pdf")).count()).isEqualTo(11);
        }
        assertThat(Files.readString(log)).contains(clone.resolve("letters/objection-linkedin-fr.pdf").toString());
        assertThat(dir.resolve("called-pdfsig")).doesNotExist();
        assertThat(dir.resolve("called-unzip")).doesNotExist();
    }

    private static int run(Path where, List<String> command, String path, int seconds, Path... log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(where.toFile()).redirectErrorStream(true);
        builder.redirectOutput(log.length > 0 ? log[0].toFile() : where.resolve("../git.txt").normalize().toFile());
        if (path != null) {
            builder.environment().put("PATH", path);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " took over " + seconds + " s");
        }
        return process.exitValue();
    }

    @Test
    void the_first_command_is_read_from_the_readme() {
        assertThat(firstCommand("x\n## Set up on a fresh machine\n\ntext\n\n```sh\nmvn a && java -jar b\nmvn c\n```\n"))
                .isEqualTo("mvn a && java -jar b");
    }
}
