package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;

/** {@code optout catalogue check}, {@code platforms} and {@code guide}, and catalogue errors seen by {@code letter}. */
class CatalogueCommandTest {
    @TempDir
    Path home;
    Path catalogue;

    @BeforeEach
    void copyOfTheCatalogue() throws IOException {
        catalogue = home.resolve("cat");
        for (String folder : new String[] {"platforms", "authorities"}) {
            Files.createDirectories(catalogue.resolve(folder));
            try (var files = Files.list(TestFiles.CATALOGUE.resolve(folder))) {
                for (Path f : files.toList()) {
                    Files.copy(f, catalogue.resolve(folder).resolve(f.getFileName()));
                }
            }
        }
    }

    private void edit(String file, String from, String to) {
        Path path = catalogue.resolve(file);
        String content = TestFiles.read(path);
        assertThat(content).contains(from);
        TestFiles.write(path, content.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private static void assertOneLineError(CliRun run, int code, String... fragments) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(code);
        assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("optout: ").contains(fragments).doesNotContain("Exception");
    }

    @Test
    void bundled_catalogue_is_valid() {
        CliRun run = CliRun.run(home, "catalogue", "check");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("11 platforms", "valid");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void the_check_and_the_platform_list_speak_the_interface_language() {
        CliRun check = CliRun.run(home, "catalogue", "check", "--ui-lang", "fr");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).startsWith("catalogue (fourni)\u00a0: 11 plateformes, ").endsWith(", valide\n")
                .doesNotContain("platforms", "valid\n");
        CliRun platforms = CliRun.run(home, "platforms", "--ui-lang", "fr");
        assertThat(platforms.exitCode()).as(platforms.toString()).isZero();
        assertThat(platforms.outLines().get(0)).matches("ID +NOM +RESPONSABLE DU TRAITEMENT +CANAUX +VÉRIFIÉ LE");
        assertThat(platforms.out()).doesNotContain("CONTROLLER", "some contact facts");
    }

    @Test
    void copied_catalogue_is_valid() {
        CliRun run = CliRun.run(home, "catalogue", "check", "cat");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("cat: 0 platforms added, 11 overridden; 0 authorities added, 46 overridden; "
                + "with the bundled catalogue: 11 platforms, 46 authorities, valid\n");
    }

    @Test
    void stale_entries_are_warned_about_but_valid() {
        edit("platforms/linkedin.yaml", "last_verified: 2026-11-26", "last_verified: 2025-01-10");
        CliRun run = CliRun.run(home, "catalogue", "check", "cat");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("warning", "linkedin.yaml", "2025-01-10", "681 days");
        assertThat(run.out()).contains("1 warning");
    }

    @Test
    void invalid_field_names_file_and_field() {
        edit("platforms/linkedin.yaml", "country: IE", "country: Ireland");
        assertOneLineError(CliRun.run(home, "catalogue", "check", "cat"), 3, "cat/platforms/linkedin.yaml",
                "field `controller.country`", "'Ireland'");
    }

    @Test
    void not_yaml_names_the_line() {
        TestFiles.write(catalogue.resolve("platforms/broken.yaml"), "id: broken\nname: [oops\n");
        assertOneLineError(CliRun.run(home, "catalogue", "check", "cat"), 3, "broken.yaml", "line ");
    }

    @Test
    void duplicate_ids() throws IOException {
        Files.copy(catalogue.resolve("platforms/linkedin.yaml"), catalogue.resolve("platforms/linkedin.yml"));
        assertOneLineError(CliRun.run(home, "catalogue", "check", "cat"), 3, "linkedin.yml",
                "duplicate id 'linkedin'", "linkedin.yaml");
    }

    @Test
    void an_id_must_match_its_file_name() throws IOException {
        Files.copy(catalogue.resolve("platforms/linkedin.yaml"), catalogue.resolve("platforms/linkedin-copy.yaml"));
        assertOneLineError(CliRun.run(home, "catalogue", "check", "cat"), 3, "linkedin-copy.yaml",
                "field `id`", "differs from the file name");
    }

    @Test
    void dangling_authority_reference() {
        edit("platforms/linkedin.yaml", "authority: dpc", "authority: dcp");
        assertOneLineError(CliRun.run(home, "catalogue", "check", "cat"), 3, "linkedin.yaml",
                "lead_authority.authority", "unknown authority 'dcp'", "did you mean 'dpc'");
    }

    @Test
    void empty_catalogue_is_refused() throws IOException {
        Path empty = Files.createDirectories(home.resolve("empty/platforms"));
        assertOneLineError(CliRun.run(home, "catalogue", "check", empty.getParent().toString()), 3, "no platform");
    }

    @Test
    void letter_refuses_an_invalid_overlay() {
        TestFiles.sampleProfile(home);
        edit("platforms/x.yaml", "preferred_channel: web_form", "preferred_channel: pigeon");
        assertOneLineError(CliRun.run(home, "letter", "x", "--profile", "profile.yaml", "--catalogue", "cat",
                        "--ui-lang", "en"),
                3, "cat/platforms/x.yaml", "field `preferred_channel`", "'pigeon'");
        assertOneLineError(CliRun.run(home, "letter", "--all", "--profile", "profile.yaml", "--catalogue", "cat",
                        "--ui-lang", "en"),
                3, "cat/platforms/x.yaml", "field `preferred_channel`", "'pigeon'");
        assertThat(home.resolve("letters")).doesNotExist();
    }

    @Test
    void an_overlay_adds_a_platform() {
        TestFiles.sampleProfile(home);
        TestFiles.write(catalogue.resolve("platforms/acme.yaml"), TestFiles.read(catalogue.resolve("platforms/claude.yaml"))
                .replace("id: claude", "id: acme").replace("name: Claude", "name: Acme AI"));
        CliRun run = CliRun.run(home, "letter", "acme", "--profile", "profile.yaml", "--catalogue", "cat");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(home.resolve("letters/objection-acme-fr.pdf").toString());
    }

    /** Issue #11 item 10: what {@code letter --catalogue} accepts, {@code catalogue check} accepts too. */
    @Test
    void an_overlay_is_checked_over_the_bundled_catalogue_it_refers_to() throws IOException {
        TestFiles.sampleProfile(home);
        Path overlay = Files.createDirectories(home.resolve("mycat/platforms"));
        TestFiles.write(overlay.resolve("acme.yaml"), TestFiles.read(catalogue.resolve("platforms/claude.yaml"))
                .replace("id: claude", "id: acme").replace("name: Claude", "name: Acme AI")
                .replace("authority: dpc", "authority: cnil"));
        assertThat(Files.exists(home.resolve("mycat/authorities"))).isFalse();

        CliRun check = CliRun.run(home, "catalogue", "check", "mycat");
        CliRun letter = CliRun.run(home, "letter", "acme", "--profile", "profile.yaml", "--catalogue", "mycat");

        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).isEqualTo("mycat: 1 platform added, 0 overridden; 0 authorities added, 0 overridden; "
                + "with the bundled catalogue: 12 platforms, 46 authorities, valid\n");
        assertThat(check.err()).isEmpty();
        assertThat(letter.exitCode()).as(letter.toString()).isZero();
    }

    @Test
    void check_json_says_what_an_overlay_adds_and_overrides() throws IOException {
        Path overlay = Files.createDirectories(home.resolve("mycat/platforms"));
        Files.createDirectories(home.resolve("mycat/authorities"));
        TestFiles.write(overlay.resolve("acme.yaml"), TestFiles.read(catalogue.resolve("platforms/claude.yaml"))
                .replace("id: claude", "id: acme").replace("authority: dpc", "authority: cnil"));
        Files.copy(catalogue.resolve("authorities/cnil.yaml"), home.resolve("mycat/authorities/cnil.yaml"));
        TestFiles.write(home.resolve("mycat/platforms/linkedin.yaml"), TestFiles.read(
                catalogue.resolve("platforms/linkedin.yaml")).replace("last_verified: 2026-11-26", "last_verified: 2025-01-10"));

        CliRun run = CliRun.run(home, "catalogue", "check", "mycat", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.get("catalogue").asText()).isEqualTo("mycat");
        assertThat(json.get("overlay").asBoolean()).isTrue();
        assertThat(json.get("platforms").asInt()).isEqualTo(12);
        assertThat(json.get("authorities").asInt()).isEqualTo(46);
        assertThat(json.get("platforms_changed").get("added").toString()).isEqualTo("[\"acme\"]");
        assertThat(json.get("platforms_changed").get("overridden").toString()).isEqualTo("[\"linkedin\"]");
        assertThat(json.get("authorities_changed").get("added")).isEmpty();
        assertThat(json.get("authorities_changed").get("overridden").toString()).isEqualTo("[\"cnil\"]");
        assertThat(json.get("warnings")).singleElement().satisfies(w -> assertThat(w.asText())
                .contains("mycat/platforms/linkedin.yaml", "2025-01-10"));
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(run.err()).contains("warning", "linkedin.yaml");
        assertThat(CliRun.run(home, "catalogue", "check", "mycat").out()).isEqualTo("mycat: 1 platform added, "
                + "1 overridden; 0 authorities added, 1 overridden; with the bundled catalogue: 12 platforms, "
                + "46 authorities, valid (1 warning(s))\n");
    }

    @Test
    void check_json_of_an_invalid_overlay_says_so_and_the_error_is_one_line() throws IOException {
        Path overlay = Files.createDirectories(home.resolve("mycat/platforms"));
        TestFiles.write(overlay.resolve("acme.yaml"), TestFiles.read(catalogue.resolve("platforms/claude.yaml"))
                .replace("id: claude", "id: acme").replace("authority: dpc", "authority: cnill"));

        CliRun run = CliRun.run(home, "catalogue", "check", "mycat", "--json");

        assertOneLineError(run, 3, "acme.yaml", "unknown authority 'cnill'", "did you mean 'cnil'");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("catalogue").asText()).isEqualTo("mycat");
        assertThat(json.get("error").asText()).contains("unknown authority 'cnill'");
    }

    @Test
    void check_json_of_the_bundled_catalogue() throws IOException {
        CliRun run = CliRun.run(home, "catalogue", "check", "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.get("catalogue").asText()).isEqualTo("bundled");
        assertThat(json.get("overlay").asBoolean()).isFalse();
        assertThat(json.get("platforms").asInt()).isEqualTo(11);
        assertThat(json.get("platforms_changed").get("added")).isEmpty();
        assertThat(json.get("warnings")).isEmpty();
        assertThat(json.get("valid").asBoolean()).isTrue();
    }

    @Test
    void platforms_lists_every_id_with_controller() {
        CliRun run = CliRun.run(home, "platforms");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).startsWith("ID").contains("CONTROLLER", "CHANNELS", "VERIFIED");
        assertThat(run.out()).contains("linkedin", "LinkedIn Ireland Unlimited Company", "2026-11-26", "le-chat");
        assertThat(run.outLines()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void platforms_json_is_an_array_of_objects() throws IOException {
        CliRun run = CliRun.run(home, "platforms", "--json");
        assertThat(run.exitCode()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(11);
        assertThat(json.get(0).get("id").asText()).isEqualTo("chatgpt");
        assertThat(json.get(0).get("last_verified").asText()).isEqualTo("2026-11-26");
        assertThat(json.get(0).get("lead_authority").asText()).isEqualTo("DPC");
    }

    @Test
    void guide_shows_steps_forms_and_contacts_in_french() {
        CliRun run = CliRun.run(home, "guide", "linkedin", "--lang", "fr");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("LinkedIn", "Sur le web", "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
                "Autorité chef de file\u00A0: DPC", "Dernière vérification\u00A0: 2026-11-26");
    }

    @Test
    void guide_flags_unconfirmed_facts() {
        CliRun run = CliRun.run(home, "guide", "claude");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Lead supervisory authority: DPC").contains("(to be verified)");
    }

    @Test
    void guide_unknown_platform() {
        assertOneLineError(CliRun.run(home, "guide", "chatgtp"), 2, "did you mean 'chatgpt'");
    }

    @Test
    void a_year_typo_in_a_catalogue_date_is_one_line_naming_the_file_and_field() {
        edit("platforms/linkedin.yaml", "last_verified: 2026-11-26", "last_verified: 0226-11-26");
        CliRun run = CliRun.run(home, "catalogue", "check", "cat");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip()).isEqualTo("optout: " + home.resolve("cat/platforms/linkedin.yaml")
                + ": field `last_verified`: '0226-11-26' is not between 2000-01-01 and 2100-12-31 (a typo in the year?)");
    }
}
