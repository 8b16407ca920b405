package org.optout.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastStartTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Path javaHome;
    Path jar;
    Path cacheHome;

    @BeforeEach
    void setUp() throws IOException {
        javaHome = dir.resolve("jdk");
        Files.createDirectories(javaHome.resolve("bin"));
        Files.writeString(javaHome.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(javaHome.resolve("bin/java"), PosixFilePermissions.fromString("rwx------"));
        jar = dir.resolve("work/target/optout.jar");
        Files.createDirectories(jar.getParent());
        Files.write(jar, new byte[] {1, 2, 3});
        cacheHome = dir.resolve("cache/optout");
    }

    private Optional<Launch> plan(Map<String, String> env, String[] processArguments, String... args) {
        return FastStart.plan(processArguments, args, env, javaHome, cacheHome, dir.resolve("work"), CLOCK);
    }

    private static String[] jarCommand(String... args) {
        String[] command = new String[args.length + 2];
        command[0] = "-jar";
        command[1] = "target/optout.jar";
        System.arraycopy(args, 0, command, 2, args.length);
        return command;
    }

    @Test
    void java_dash_jar_without_options_hands_over_and_a_letter_may_record_the_archive() {
        Launch launch = plan(Map.of(), jarCommand("letter", "linkedin"), "letter", "linkedin").orElseThrow();

        assertThat(launch.java()).isEqualTo(javaHome.resolve("bin/java"));
        assertThat(launch.jar()).isEqualTo(jar);
        assertThat(launch.args()).containsExactly("letter", "linkedin");
        assertThat(launch.mayRecord()).isTrue();
        assertThat(launch.archive().file().getParent()).isEqualTo(cacheHome);
        assertThat(launch.archive().file().getFileName().toString()).matches("optout-[0-9a-f]{1,8}\\.jsa");
    }

    @Test
    void commands_that_render_no_pdf_use_the_archive_but_never_record_it() {
        for (String command : List.of("--version", "platforms", "requests", "guide")) {
            assertThat(plan(Map.of(), jarCommand(command), command).orElseThrow().mayRecord()).as(command).isFalse();
        }
        for (String command : List.of("letter", "send", "remind", "complaint", "dossier")) {
            assertThat(plan(Map.of(), jarCommand(command), command).orElseThrow().mayRecord()).as(command).isTrue();
        }
    }

    @Test
    void a_new_jar_gets_a_new_archive() throws IOException {
        Path before = plan(Map.of(), jarCommand("letter"), "letter").orElseThrow().archive().file();
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        Path after = plan(Map.of(), jarCommand("letter"), "letter").orElseThrow().archive().file();
        assertThat(after).isNotEqualTo(before);
        assertThat(plan(Map.of(), jarCommand("letter"), "letter").orElseThrow().archive().file()).isEqualTo(after);
    }

    @Test
    void the_switch_turns_it_off() {
        for (String value : List.of("0", "off", "false", "no", " OFF ")) {
            assertThat(plan(Map.of(FastStart.SWITCH, value), jarCommand("letter"), "letter")).as(value).isEmpty();
        }
        assertThat(plan(Map.of(FastStart.SWITCH, "1"), jarCommand("letter"), "letter")).isPresent();
    }

    @Test
    void jvm_options_of_the_user_are_respected_by_running_in_their_jvm() {
        assertThat(plan(Map.of(), new String[] {"-Xmx1g", "-jar", "target/optout.jar", "letter"}, "letter")).isEmpty();
        assertThat(plan(Map.of(), new String[] {"-cp", "target/optout.jar", "org.optout.Main", "letter"}, "letter"))
                .isEmpty();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertThat(plan(Map.of(variable, "-Xmx1g"), jarCommand("letter"), "letter")).as(variable).isEmpty();
        }
        assertThat(plan(Map.of("JAVA_TOOL_OPTIONS", " "), jarCommand("letter"), "letter")).isPresent();
    }

    @Test
    void an_unknown_or_inconsistent_command_line_runs_in_this_jvm() {
        assertThat(plan(Map.of(), null, "letter")).isEmpty();
        assertThat(plan(Map.of(), jarCommand("letter", "x"), "letter", "y")).isEmpty();
        assertThat(plan(Map.of(), jarCommand("letter"), "letter", "x")).isEmpty();
        assertThat(plan(Map.of(), new String[] {"-jar", "target/missing.jar", "letter"}, "letter")).isEmpty();
    }

    @Test
    void no_executable_java_means_no_hand_over() throws IOException {
        Files.delete(javaHome.resolve("bin/java"));
        assertThat(plan(Map.of(), jarCommand("letter"), "letter")).isEmpty();
    }

    @Test
    void the_second_jvm_gets_the_short_run_options_the_archive_and_the_same_arguments() throws IOException {
        Launch launch = plan(Map.of(), jarCommand("letter", "linkedin", "--out", "a b"), "letter", "linkedin",
                "--out", "a b").orElseThrow();
        Path archive = launch.archive().file();

        List<String> recording = launch.command(dir.resolve("rec.tmp"));
        assertThat(recording).startsWith(javaHome.resolve("bin/java").toString())
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-XX:ArchiveClassesAtExit=" + dir.resolve("rec.tmp"), "-Doptout.fast-start=child")
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"))
                .endsWith("-jar", jar.toString(), "letter", "linkedin", "--out", "a b");

        assertThat(launch.command(null)).noneMatch(option -> option.contains("Archive"));

        Files.createDirectories(archive.getParent());
        Files.write(archive, new byte[] {0});
        assertThat(launch.command(null)).contains("-XX:SharedArchiveFile=" + archive)
                .endsWith("-jar", jar.toString(), "letter", "linkedin", "--out", "a b");
    }
}
