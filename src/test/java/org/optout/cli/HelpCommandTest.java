package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.config.AppPaths;
import picocli.CommandLine.Command;

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
        // completion needs every command, even though a run builds only the one it runs
        assertThat(run.out()).contains("letter", "requests", "received", "identity-provided", "catalogue");
    }

    @Test
    void completion_offers_catalogue_ids_and_only_valid_lower_case_values() {
        String script = CliRun.run(home, "generate-completion").out();
        // platform ids for letter, send and guide; authority ids for complaint and dossier
        assertThat(script).contains("(\"chatgpt\" \"claude\"", "\"linkedin\" \"meta-ai\"", "\"apd\"", "\"cnil\"");
        // request ids are asked of the tracker when the shell completes
        assertThat(script).contains("ID_pos_param_args=($(optout requests --ids 2>/dev/null))")
                .doesNotContain(RequestIds.MARKER);
        // the channel, language and TLS values as typed, never the enum constants
        assertThat(script).contains("(\"email\" \"form\" \"post\" \"setting\")", "(\"fr\" \"en\" \"nl\" \"de\")",
                        "(\"starttls\" \"ssl\" \"none\")")
                .doesNotContain("\"EMAIL\"", "\"FORM\"", "\"STARTTLS\"", "\"FR\"");
    }

    @Test
    void requests_ids_lists_the_ids_for_completion_and_creates_nothing() throws Exception {
        CliRun none = CliRun.run(home, "requests", "--ids", "--db", "t.db");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(home.resolve("t.db")).doesNotExist();
        org.optout.TestFiles.sampleProfile(home);
        assertThat(CliRun.run(home, "send", "linkedin", "x", "--via", "form", "--profile", "profile.yaml", "--db",
                "t.db").exitCode()).isZero();
        assertThat(CliRun.run(home, "requests", "--ids", "--db", "t.db").outLines()).containsExactly("R1", "R2");
    }

    @Test
    void a_command_built_alone_has_the_same_help_as_in_the_full_command_line() {
        for (String name : Cli.COMMANDS.keySet()) {
            StringWriter alone = new StringWriter();
            StringWriter full = new StringWriter();
            AppContext context = new AppContext(CliRun.CLOCK, AppPaths.from(Map.of(), home, home),
                    () -> new BufferedReader(new StringReader("")), Map.of(), prompt -> null);
            int aloneCode = Cli.create(context, new PrintWriter(alone, true), new PrintWriter(new StringWriter()),
                    name, "--help").execute(name, "--help");
            int fullCode = Cli.create(context, new PrintWriter(full, true), new PrintWriter(new StringWriter()))
                    .execute(name, "--help");
            assertThat(aloneCode).as(name).isZero();
            assertThat(fullCode).as(name).isZero();
            assertThat(alone.toString()).as(name).isNotBlank().isEqualTo(full.toString());
        }
    }

    @Test
    void command_names_are_those_of_the_command_classes() {
        assertThat(Cli.COMMANDS).hasSize(19);
        Cli.COMMANDS.forEach((name, type) ->
                assertThat(type.getAnnotation(Command.class).name()).as(type.getName()).isEqualTo(name));
    }

    @Test
    void a_mistyped_command_gets_a_suggestion() {
        CliRun run = CliRun.run(home, "leter", "linkedin");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("leter").contains("letter");
    }

    @Test
    void event_subcommands_of_requests_are_there_when_requests_runs_alone() {
        CliRun run = CliRun.run(home, "requests", "received", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: optout requests received");
    }
}
