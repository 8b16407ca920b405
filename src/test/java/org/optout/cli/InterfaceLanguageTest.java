package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which language optout talks in: --ui-lang, else the profile's, else the locale, else English. */
class InterfaceLanguageTest {
    @TempDir
    Path home;

    private CliRun help(Map<String, String> env, String... args) {
        return CliRun.runWith(home, CliRun.CLOCK, env, "", args);
    }

    private Path profile(String name, String language) throws Exception {
        Path file = home.resolve(name);
        Files.writeString(file, "name: Camille Dupont\ncountry: FR\nlanguage: " + language + "  # choice\n");
        return file;
    }

    @Test
    void english_without_any_choice() {
        CliRun run = help(Map.of(), "letter", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: optout letter").contains("Options:");
    }

    @Test
    void the_locale_chooses_french() {
        CliRun run = help(Map.of("LANG", "fr_BE.UTF-8"), "letter", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Utilisation\u00a0: optout letter").contains("Options\u00a0:");
    }

    @Test
    void lc_all_wins_over_lang_and_c_means_english() {
        CliRun run = help(Map.of("LANG", "fr_FR.UTF-8", "LC_ALL", "C"), "letter", "--help");
        assertThat(run.out()).startsWith("Usage: optout letter");
    }

    @Test
    void the_profile_language_wins_over_the_locale() throws Exception {
        Path profile = profile("p.yaml", "fr");
        CliRun run = help(Map.of("LANG", "en_GB.UTF-8"), "letter", "--profile", profile.toString(), "--help");
        assertThat(run.out()).startsWith("Utilisation\u00a0: optout letter");
    }

    @Test
    void the_default_profile_counts_too() throws Exception {
        Path config = home.resolve(".config/optout");
        Files.createDirectories(config);
        Files.move(profile("p.yaml", "'fr'"), config.resolve("profile.yaml"));
        assertThat(help(Map.of(), "todo", "--help").out()).startsWith("Utilisation\u00a0: optout todo");
    }

    @Test
    void ui_lang_wins_over_everything_wherever_it_is_given() throws Exception {
        Path profile = profile("p.yaml", "fr");
        assertThat(help(Map.of("LANG", "fr_FR"), "--ui-lang", "en", "letter", "--profile", profile.toString(),
                "--help").out()).startsWith("Usage: optout letter");
        assertThat(help(Map.of(), "letter", "--ui-lang=fr", "--help").out()).startsWith("Utilisation\u00a0:");
    }

    @Test
    void an_unknown_interface_language_is_a_usage_error_naming_the_option() {
        CliRun run = help(Map.of(), "--ui-lang", "xx", "todo");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--ui-lang", "'xx'", "fr, en, nl, de").hasLineCount(1);
    }

    @Test
    void help_command_shows_a_command_help() {
        CliRun run = CliRun.run(home, "help", "letter");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: optout letter");
        CliRun unknown = CliRun.run(home, "help", "lettre");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("lettre").hasLineCount(1);
    }

    @Test
    void dutch_and_german_locales_give_dutch_and_german_help() {
        CliRun dutch = help(Map.of("LANG", "nl_NL.UTF-8"), "letter", "--help");
        assertThat(dutch.exitCode()).as(dutch.toString()).isZero();
        assertThat(dutch.out()).startsWith("Gebruik: optout letter").contains("Opties:", "bezwaarbrief")
                .doesNotContain("Options:");
        CliRun german = help(Map.of("LC_ALL", "de_DE"), "letter", "--help");
        assertThat(german.exitCode()).as(german.toString()).isZero();
        assertThat(german.out()).startsWith("Aufruf: optout letter").contains("Optionen:", "Widerspruchsschreiben")
                .doesNotContain("Options:");
        CliRun platforms = help(Map.of(), "--ui-lang", "de", "platforms");
        assertThat(platforms.exitCode()).as(platforms.toString()).isZero();
    }
}
