package org.optout.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher of the application image that the {@code image} profile builds in the package phase,
 * {@code target/image/optout/bin/optout}, the way an installed optout runs: its own runtime, the class archive
 * made at build time read from inside the image, and nothing written to the user's home or cache. Skipped only
 * where the image is not built: not Linux, no jpackage in the JDK, or {@code -Dimage.skip=true}.
 */
class ApplicationImageIT {
    private static final Path IMAGE = Path.of("target/image/optout").toAbsolutePath();
    private static final Path LAUNCHER = IMAGE.resolve("bin/optout");
    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    private static final Path PROFILE = SAMPLES.resolve("profile.yaml");

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void the_image_is_built_here() throws IOException {
        assumeFalse(Boolean.getBoolean("image.skip"), "-Dimage.skip=true");
        assumeTrue(System.getProperty("os.name").equals("Linux"), "the image is made on Linux only");
        assumeTrue(Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "jpackage")),
                "no jpackage in this JDK");
        assertThat(LAUNCHER).as("the launcher, built by the image profile").isExecutable();
        Files.createDirectories(dir.resolve("home"));
    }

    private Run optout(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.endsWith("JAVA_OPTIONS") || name.startsWith("OPTOUT_")
                || name.startsWith("XDG_") || name.startsWith("JDK_JAVA"));
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("optout finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private void assertNothingWrittenForTheUser() throws IOException {
        try (Stream<Path> home = Files.walk(dir.resolve("home"))) {
            assertThat(home).as("files under HOME").containsExactly(dir.resolve("home"));
        }
        assertThat(dir.resolve("cache")).as("XDG_CACHE_HOME").doesNotExist();
    }

    @Test
    void the_image_holds_the_class_archive_and_the_launcher_reads_it_from_there() throws IOException {
        Path app = IMAGE.resolve("lib/app");
        Path archive = Files.exists(app.resolve("optout.aot")) ? app.resolve("optout.aot") : app.resolve("optout.jsa");
        assertThat(archive).isRegularFile().isReadable();
        assertThat(Files.getPosixFilePermissions(archive)).as("read-only").doesNotContain(
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
        // the launcher starts the image's own java, with the archive inside the image, and nothing else
        assertThat(Files.readString(LAUNCHER)).startsWith("#!/bin/sh\n")
                .contains("exec \"$image/lib/runtime/bin/java\"")
                .containsPattern("\"-XX:(AOTCache|SharedArchiveFile)=\\$app_dir/optout\\.(aot|jsa)\"");
        assertThat(IMAGE.resolve("lib/runtime/bin/java")).isExecutable();
    }

    @Test
    void the_launcher_works_through_a_symbolic_link_as_the_deb_installs_it() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("optout"), LAUNCHER);
        Process process = new ProcessBuilder(link.toString(), "--version").directory(dir.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(err).isZero();
        assertThat(out).startsWith("optout ");
        assertThat(err).as("no JVM warning: the archive was found and used").isEmpty();
    }

    @Test
    void version_prints_the_version_and_no_jvm_warning() throws Exception {
        Run run = optout("--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("optout \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
        // the JVM warns on stderr when it cannot use the archive (a jar or runtime other than the one recorded)
        assertThat(run.err()).isEmpty();
        assertNothingWrittenForTheUser();
    }

    @Test
    void letter_writes_a_pdf() throws Exception {
        Run run = optout("letter", "linkedin", "--profile", PROFILE.toString(), "--out", "letters");
        Path letter = dir.resolve("letters/objection-linkedin-fr.pdf");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(letter + "\n");
        try (InputStream in = Files.newInputStream(letter)) {
            assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        assertThat(Files.size(letter)).isGreaterThan(10_000);
        assertNothingWrittenForTheUser();
    }

    @Test
    void a_campaign_command_runs_with_the_jvms_own_compiler_thresholds_and_no_warning() throws Exception {
        // the launcher scales the compiler's thresholds for one-shot commands only (see build-image.sh)
        assertThat(Files.readString(LAUNCHER))
                .contains("jit=-XX:CompileThresholdScaling=10", "[ \"$arg\" = campaign ] && jit=");
        Run run = optout("campaign", "init", "demo", "--association", SAMPLES.resolve("association.yaml").toString(),
                "--members", SAMPLES.resolve("members.csv").toString(), "--db", "campaign.db", "--ui-lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Campaign demo: 12 added, 0 updated, 0 unchanged, 0 invalid\n");
        assertThat(run.err()).isEmpty();
        assertThat(dir.resolve("campaign.db")).isRegularFile();
        assertNothingWrittenForTheUser();
    }

    @Test
    void send_dry_run_writes_the_letter_and_the_text_to_paste_and_records_nothing() throws Exception {
        Run run = optout("send", "linkedin", "--dry-run", "--profile", PROFILE.toString(), "--out", "letters",
                "--ui-lang", "en");
        Path letter = dir.resolve("letters/objection-linkedin-fr.pdf");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // the files to use, never the letter itself; then the real send as the next step
        assertThat(run.out()).startsWith("ID linkedin: form: open https://")
                .contains("attach " + letter, "then record it: optout requests sent ID --ref CASE-NUMBER",
                        "optout send linkedin")
                .doesNotContain("Camille Durand", "Madame, Monsieur");
        assertThat(Files.readString(letter, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(dir.resolve("letters/objection-linkedin-fr.txt")).content(StandardCharsets.UTF_8)
                .contains("Camille Durand", "Madame, Monsieur,");
        try (Stream<Path> files = Files.list(dir.resolve("letters"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("objection-linkedin-fr.pdf", "objection-linkedin-fr.txt");
        }
        assertNothingWrittenForTheUser();
    }

    @Test
    void the_deb_installs_the_image_in_opt_and_optout_on_the_path() throws Exception {
        Path deb;
        try (Stream<Path> files = Files.list(IMAGE.getParent())) {
            deb = files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst().orElse(null);
        }
        assumeTrue(hasCommands("dpkg-deb", "fakeroot"), "no .deb without dpkg-deb and fakeroot");
        assumeTrue(Files.exists(IMAGE.resolve("lib/app/optout.aot")), "a .deb only with Java 25's AOT cache");
        assertThat(deb).as(".deb next to the image").isNotNull();
        Process list = new ProcessBuilder("dpkg-deb", "--contents", deb.toString()).redirectErrorStream(true)
                .start();
        String contents = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(list.waitFor()).isZero();
        assertThat(contents).contains("./opt/optout/bin/optout", "./opt/optout/lib/app/optout.jar",
                "./usr/bin/optout -> /opt/optout/bin/optout");
        assertThat(contents).containsPattern("./opt/optout/lib/app/optout\\.(aot|jsa)");
    }

    private static boolean hasCommands(String... names) {
        return Stream.of(names).allMatch(name -> Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, name))));
    }
}
