package org.optout.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.pdf.PdfFacts;

/**
 * Runs the packaged jar the way users do, {@code java -jar target/optout.jar}, so that optout hands the run over
 * to a second JVM: results, exit codes, standard input and the class archive in the cache.
 */
class FastStartIT {
    private static final Path JAR = Path.of("target/optout.jar").toAbsolutePath();
    private static final Path PROFILE = Path.of("samples/profile.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    Path cache;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void setUp() {
        cache = dir.resolve("cache");
    }

    private Run optout(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.endsWith("JAVA_OPTIONS") || name.startsWith("OPTOUT_"));
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("optout finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private List<Path> cacheFiles() throws IOException {
        if (!Files.isDirectory(cache.resolve("optout"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache.resolve("optout"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void the_first_letter_records_the_archive_and_later_runs_use_it() throws Exception {
        // left by an older optout, by a run killed a week ago, and by a run recording right now
        Files.createDirectories(cache);
        Files.createDirectory(cache.resolve("optout"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path stale = Files.write(cache.resolve("optout/optout-deadbeef.jsa"), new byte[] {1});
        Path abandoned = Files.write(cache.resolve("optout/optout-deadbeef.jsa.12.tmp"), new byte[] {1});
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofDays(7))));
        Path recording = Files.write(cache.resolve("optout/optout-cafe.jsa.34.tmp"), new byte[] {1});

        Run first = optout(Map.of(), "", "letter", "linkedin", "--profile", PROFILE.toString(), "--out", "letters");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo(dir.resolve("letters/objection-linkedin-fr.pdf") + "\n");
        assertThat(stale).doesNotExist();
        assertThat(abandoned).doesNotExist();
        assertThat(recording).as("another run's recording in progress").exists();
        Files.delete(recording);
        assertThat(cacheFiles()).singleElement().satisfies(archive -> {
            assertThat(archive.getFileName().toString()).matches("optout-[0-9a-f]+\\.jsa");
            assertThat(Files.size(archive)).isGreaterThan(1_000_000);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive))).isEqualTo("r--------");
        });
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.resolve("optout"))))
                .isEqualTo("rwx------");
        // the jar's letter, made with the JDK's own XML libraries (the tests' class path holds others), is PDF/A-3u
        Path letter = dir.resolve("letters/objection-linkedin-fr.pdf");
        assertThat(PdfFacts.pdfaViolations(letter)).isEmpty();
        assertThat(PdfFacts.of(letter).flatText()).contains("Camille Durand", "LinkedIn Ireland Unlimited Company");
        Files.delete(letter);

        Run second = optout(Map.of(), "", "letter", "linkedin", "--profile", PROFILE.toString(), "--out", "letters",
                "--lang", "en");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo(dir.resolve("letters/objection-linkedin-en.pdf") + "\n");
        assertThat(dir.resolve("letters/objection-linkedin-en.pdf")).isNotEmptyFile();
        assertThat(cacheFiles()).hasSize(1);
    }

    @Test
    void errors_and_exit_codes_come_through_the_hand_over() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "name: [unclosed\n");
        Run bad = optout(Map.of(), "", "letter", "linkedin", "--profile", "bad.yaml");
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).startsWith("optout: bad.yaml: not valid YAML").hasLineCount(1);
        assertThat(cacheFiles()).as("a failed run records no archive").isEmpty();

        Run usage = optout(Map.of(), "", "letter", "nosuchplatform", "--profile", PROFILE.toString());
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("nosuchplatform").hasLineCount(1);
    }

    @Test
    void standard_input_reaches_the_command() throws Exception {
        String answers = "Camille Durand\ncamille@example.org\n12 rue des Lilas\n69003 Lyon\n\nFR\n\n\n\n\n\n";
        Run init = optout(Map.of(), answers, "profile", "init", "--out", "me.yaml");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(Files.readString(dir.resolve("me.yaml"))).contains("name: Camille Durand", "69003 Lyon");
    }

    @Test
    void the_switch_runs_optout_in_the_users_jvm_without_an_archive() throws Exception {
        Run run = optout(Map.of(FastStart.SWITCH, "0"), "", "letter", "linkedin", "--profile", PROFILE.toString(),
                "--out", "letters");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(dir.resolve("letters/objection-linkedin-fr.pdf") + "\n");
        assertThat(cacheFiles()).isEmpty();
    }

    @Test
    void a_damaged_archive_is_ignored_or_replaced() throws Exception {
        Run first = optout(Map.of(), "", "letter", "linkedin", "--profile", PROFILE.toString(), "--out", "letters");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path archive = cacheFiles().get(0);
        byte[] recorded = Files.readAllBytes(archive);
        assertThat(archive.toFile().setWritable(true, true)).isTrue();

        // garbage: the JVM refuses the archive and runs without it
        byte[] garbage = new byte[4096];
        Arrays.fill(garbage, (byte) 7);
        Files.write(archive, garbage);
        Run refused = optout(Map.of(), "", "--version");
        assertThat(refused.exitCode()).as(refused.err()).isZero();
        assertThat(refused.out()).startsWith("optout ");
        assertThat(refused.err()).isEmpty();

        // truncated: the JVM may crash as it maps it; optout then removes it, and the next letter records a new one
        Files.write(archive, Arrays.copyOf(recorded, recorded.length / 3));
        Run truncated = optout(Map.of(), "", "--version");
        assertThat(truncated.exitCode()).isIn(0, Launch.JVM_CRASHED);
        if (truncated.exitCode() == Launch.JVM_CRASHED) {
            assertThat(archive).doesNotExist();
        }
        Run again = optout(Map.of(), "", "letter", "linkedin", "--profile", PROFILE.toString(), "--out", "letters");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(dir.resolve("letters/objection-linkedin-fr.pdf") + "\n");
        Run after = optout(Map.of(), "", "--version");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(cacheFiles()).singleElement()
                .satisfies(file -> assertThat(Files.size(file)).isGreaterThan(1_000_000));
    }
}
