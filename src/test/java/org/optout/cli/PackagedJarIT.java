package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.pdf.PdfFacts;

/**
 * Runs the packaged jar the way users do, {@code java -jar target/optout.jar}: one process and no other (killing it
 * stops all of its work), nothing written to the user's cache, exit codes and standard input as they are, and a
 * letter made with the JDK's own XML libraries (the tests' class path holds others) that is PDF/A-3u.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/optout.jar").toAbsolutePath();
    private static final Path PROFILE = Path.of("samples/profile.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private ProcessBuilder builder(String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.endsWith("JAVA_OPTIONS") || name.startsWith("OPTOUT_"));
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        return builder;
    }

    private Run optout(String stdin, String... args) throws IOException, InterruptedException {
        Process process = builder(args).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("optout finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void the_jar_writes_an_archival_letter_and_nothing_in_the_cache() throws Exception {
        Run run = optout("", "letter", "linkedin", "--profile", PROFILE.toString(), "--out", "letters");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(dir.resolve("letters/objection-linkedin-fr.pdf") + "\n");
        Path letter = dir.resolve("letters/objection-linkedin-fr.pdf");
        assertThat(PdfFacts.pdfaViolations(letter)).isEmpty();
        assertThat(PdfFacts.of(letter).flatText()).contains("Camille Durand", "LinkedIn Ireland Unlimited Company");
        assertThat(dir.resolve("cache")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }

    @Test
    void errors_and_exit_codes_come_through_as_they_are() throws Exception {
        Run unknown = optout("", "letter", "linkdin", "--profile", PROFILE.toString(), "--ui-lang", "en");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("optout: unknown platform 'linkdin' (did you mean 'linkedin'?); "
                + "'optout platforms' lists them\n");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void killing_optout_leaves_no_process_behind() throws Exception {
        // profile init waits on its standard input: the moment to kill it
        Process process = builder("profile", "init", "--out-file", "p.yaml").redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
        // blocks until optout has asked its first question
        byte[] prompt = new byte["Creating your optout profile".length()];
        int read = process.getErrorStream().readNBytes(prompt, 0, prompt.length);
        assertThat(new String(prompt, 0, read, StandardCharsets.UTF_8)).isEqualTo("Creating your optout profile");
        List<ProcessHandle> descendants = process.descendants().toList();
        assertThat(descendants).as("optout runs in the one JVM it was started in").isEmpty();
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.toHandle().isAlive()).isFalse();
        assertThat(dir.resolve("p.yaml")).doesNotExist();
    }
}
