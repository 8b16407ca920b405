package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpCommandTest {
    @TempDir
    Path home;

    @Test
    void help_lists_commands_and_exit_codes() {
        CliRun run = CliRun.run(home, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("platforms", "guide", "letter", "profile", "catalogue", "generate-completion",
                "Exit codes:", "0   Success", "2   Usage error", "3   Invalid data", "4   Delivery");
    }

    @Test
    void version_is_printed() {
        CliRun run = CliRun.run(home, "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("optout ");
    }

    @Test
    void no_command_is_a_usage_error() {
        CliRun run = CliRun.run(home);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("optout: missing command").contains("letter");
    }

    @Test
    void unknown_option_is_a_usage_error_on_one_line() {
        CliRun run = CliRun.run(home, "letter", "linkedin", "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("--colour", "optout letter --help");
    }

    @Test
    void completion_script_is_generated() {
        CliRun run = CliRun.run(home, "generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete", "optout");
    }
}
