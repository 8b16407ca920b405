package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;

class ProfileShowCheckCommandTest {
    @TempDir
    Path home;

    private Path sample() {
        try {
            return TestFiles.sampleProfile(Files.createDirectories(home.resolve("me")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void show_prints_the_profile_as_optout_reads_it() {
        Path profile = sample();
        CliRun run = CliRun.run(home, "profile", "show", "--profile", profile.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).contains("name: Camille Durand", "country: FR", "language: fr",
                "signature_image: " + home.resolve("me/signature.png"), "special_categories: true",
                "  linkedin: https://www.linkedin.com/in/camille-durand-example", "  x: @camille_durand_example");
    }

    @Test
    void show_json_has_stable_keys_with_the_default_language_and_nulls() throws Exception {
        Path profile = TestFiles.write(home.resolve("p.yaml"),
                "name: Jan\nemail: jan@example.be\npostal_address: [Rue Haute 1]\ncountry: NL\n");
        CliRun run = CliRun.run(home, "profile", "show", "--profile", "p.yaml", "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = new JsonMapper().readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("file", "name", "email", "postal_address",
                "country", "language", "place", "phone", "signature_image", "situation", "special_categories",
                "accounts");
        assertThat(json.get("file").asText()).isEqualTo(profile.toString());
        assertThat(json.get("language").asText()).isEqualTo("nl");
        assertThat(json.get("signature_image").isNull()).isTrue();
        assertThat(json.get("accounts").size()).isZero();
    }

    @Test
    void check_says_valid_for_a_good_profile() {
        Path profile = sample();
        CliRun run = CliRun.run(home, "profile", "check", "--profile", profile.toString(), "--ui-lang", "en");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(profile + ": valid");
        CliRun french = CliRun.run(home, "profile", "check", "--profile", profile.toString(), "--ui-lang", "fr");
        assertThat(french.exitCode()).as(french.toString()).isZero();
        assertThat(french.outLines()).containsExactly(profile + "\u00a0: valide");
    }

    @Test
    void check_gives_one_line_per_problem_letters_would_hit() throws Exception {
        Path profile = sample();
        TestFiles.write(home.resolve("me/signature.png"), "not a png");
        TestFiles.write(profile, TestFiles.read(profile)
                .replace("x: \"@camille_durand_example\"", "x: https://x.com/camille\n  linkdin: camille"));
        CliRun run = CliRun.run(home, "profile", "check", "--profile", profile.toString(), "--ui-lang", "en");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.outLines()).containsExactly(
                profile + ": field `signature_image`: " + home.resolve("me/signature.png")
                        + " is not a PNG or JPEG image",
                profile + ": field `accounts.linkdin`: no platform 'linkdin' in the catalogue ('optout platforms' "
                        + "lists them)",
                profile + ": field `accounts.x`: 'https://x.com/camille' is a profile URL (https://…); X identifies "
                        + "accounts by user name (@name) or email address");
        CliRun french = CliRun.run(home, "profile", "check", "--profile", profile.toString(), "--ui-lang", "fr");
        assertThat(french.exitCode()).as(french.toString()).isEqualTo(3);
        assertThat(french.outLines()).containsExactly(
                profile + "\u00a0: champ `signature_image`\u00a0: " + home.resolve("me/signature.png")
                        + " n'est pas une image PNG ou JPEG",
                profile + "\u00a0: champ `accounts.linkdin`\u00a0: aucune plateforme «\u00a0linkdin\u00a0» dans le "
                        + "catalogue («\u00a0optout platforms\u00a0» les liste)",
                profile + "\u00a0: champ `accounts.x`\u00a0: «\u00a0https://x.com/camille\u00a0» est de la forme URL de "
                        + "profil (https://…)\u00a0; X identifie les comptes par\u00a0: nom d'utilisateur (@nom) ou "
                        + "adresse e-mail");

        CliRun json = CliRun.run(home, "profile", "check", "--profile", profile.toString(), "--json");
        assertThat(json.exitCode()).isEqualTo(3);
        JsonNode result = new JsonMapper().readTree(json.out());
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("problems").size()).isEqualTo(3);
    }

    @Test
    void check_reports_a_schema_problem_and_a_missing_signature() {
        Path broken = TestFiles.write(home.resolve("broken.yaml"),
                "name: Jan\nemail: not-an-email\npostal_address: [Rue Haute 1]\ncountry: BE\n");
        CliRun run = CliRun.run(home, "profile", "check", "--profile", "broken.yaml");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.outLines()).containsExactly("broken.yaml: field `email`: 'not-an-email' is not an email address");

        TestFiles.write(broken, "name: Jan\nemail: jan@example.be\npostal_address: [Rue Haute 1]\ncountry: BE\n"
                + "signature_image: ~/signature.png\n");
        CliRun missing = CliRun.run(home, "profile", "check", "--profile", "broken.yaml");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.out()).contains("field `signature_image`:", "not found");
    }
}
