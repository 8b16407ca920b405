package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.catalogue.Language;
import org.optout.profile.Profile;
import org.optout.profile.ProfileLoader;
import org.optout.schema.YamlDocuments;

class ProfileInitCommandTest {
    @TempDir
    Path home;

    /** Name, email, address, country, language, place, phone, signature, platforms, situation, art. 9. */
    private static String answers(String country, String signature, String platforms, String... accounts) {
        return String.join("\n", "Jan Peeters", "jan@example.be", "Rue Haute 1", "1000 Bruxelles", "", country, "",
                "Bruxelles", "", signature, platforms, String.join("\n", accounts), "", "") + "\n";
    }

    private Profile readBack(Path file) {
        return new ProfileLoader(new YamlDocuments()).load(file);
    }

    @Test
    void asks_the_questions_and_writes_a_valid_private_profile() throws IOException {
        String input = String.join("\n", "Jan Peeters", "not-an-email", "jan@example.be", "Rue Haute 1",
                "1000 Bruxelles", "", "be", "", "Bruxelles", "", "", "", "", "") + "\n";
        CliRun run = CliRun.runWithInput(home, input, "profile", "init", "--ui-lang", "en");
        Path written = home.resolve(".config/optout/profile.yaml");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(written.toString());
        assertThat(run.err()).contains("Full name:", "\"not-an-email\" is not an email address.");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(TestFiles.read(written)).contains("name: Jan Peeters", "country: BE", "- Rue Haute 1", "place: Bruxelles")
                .doesNotContain("language", "phone", "accounts", "signature");

        CliRun letter = CliRun.run(home, "letter", "claude", "--date", "2026-11-22");
        assertThat(letter.exitCode()).as(letter.toString()).isZero();
        assertThat(letter.outLines()).containsExactly(home.resolve("letters/objection-claude-fr.pdf").toString());
    }

    @Test
    void takes_country_names_a_tilde_signature_copied_next_to_the_profile_and_checked_account_ids()
            throws IOException {
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("sig.png"));
        Files.createDirectories(home.resolve("work"));
        String input = String.join("\n", "Jan Peeters", "jan@example.be", "Rue Haute 1", "1000 Bruxelles", "",
                "Fr4nce", "Belgique", "", "Bruxelles", "+32 470 12 34 56",
                "missing.png", "~/sig.png",
                "linkedin, x", "jan-peeters", "https://www.linkedin.com/in/jan-peeters", "@jan_peeters",
                "1", "", "o") + "\n";
        CliRun run = CliRun.runWith(home, CliRun.CLOCK, Map.of("LANG", "fr_BE.UTF-8"), input,
                "profile", "init", "--out-file", "profiles/jan.yaml");

        Path written = home.resolve("profiles/jan.yaml");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(written.toString());
        assertThat(run.err()).contains("Pays de résidence (nom ou code, ex. France, BE)\u00a0:",
                "«\u00a0Fr4nce\u00a0» n'est pas un pays", "BE (Belgique)",
                home.resolve("missing.png") + "\u00a0: fichier introuvable.",
                "LinkedIn identifie un compte par son URL de profil (https://…) ou adresse e-mail.");
        Profile profile = readBack(written);
        assertThat(profile.country()).isEqualTo("BE");
        assertThat(profile.language()).isEqualTo(Language.FR);
        assertThat(profile.signatureImage()).isEqualTo(home.resolve("profiles/signature.png"));
        assertThat(profile.accounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "linkedin", "https://www.linkedin.com/in/jan-peeters", "x", "@jan_peeters"));
        assertThat(profile.situation()).startsWith("J’exerce un métier exposé au public");
        assertThat(profile.specialCategories()).isTrue();
        assertThat(TestFiles.read(written)).contains("signature_image: signature.png");
        assertThat(Files.readAllBytes(profile.signatureImage()))
                .isEqualTo(Files.readAllBytes(TestFiles.SAMPLES.resolve("signature.png")));
        assertThat(Files.getPosixFilePermissions(profile.signatureImage()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        // letters find the signature from any working directory
        CliRun letter = CliRun.run(home.resolve("work"), "letter", "linkedin", "--profile", written.toString(),
                "--date", "2026-11-22", "--out", home.resolve("letters").toString());
        assertThat(letter.exitCode()).as(letter.toString()).isZero();
        assertThat(Path.of(letter.outLines().get(0))).exists().hasFileName("objection-linkedin-fr.pdf");
    }

    @Test
    void france_in_english_and_an_image_that_is_not_one_is_asked_again() throws IOException {
        TestFiles.write(home.resolve("notes.png"), "not an image");
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("sig.png"));
        CliRun run = CliRun.runWithInput(home, answers("France", "notes.png\nsig.png", "none"),
                "profile", "init", "--out-file", "p.yaml", "--ui-lang", "en");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("Unusable image: " + home.resolve("notes.png") + " is not a PNG or JPEG image.");
        Profile profile = readBack(home.resolve("p.yaml"));
        assertThat(profile.country()).isEqualTo("FR");
        assertThat(profile.signatureImage()).isEqualTo(home.resolve("signature.png"));
        assertThat(profile.accounts()).isEmpty();
    }

    @Test
    void gives_up_after_three_bad_answers_with_one_line_and_writes_nothing() {
        CliRun run = CliRun.runWithInput(home, answers("Narnia\nAtlantis\nMordor", "", ""),
                "profile", "init", "--out-file", "p.yaml", "--ui-lang", "en");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines().filter(l -> l.startsWith("optout: "))).singleElement().asString()
                .isEqualTo("optout: profile init: no valid answer after 3 tries to \"Country of residence (name or "
                        + "code, e.g. France, BE):\"; nothing was written");
        assertThat(home.resolve("p.yaml")).doesNotExist();
    }

    @Test
    void an_account_the_letters_cannot_identify_otherwise_is_required() {
        // WhatsApp knows accounts only by phone number, and no phone number was given
        CliRun run = CliRun.runWithInput(home, answers("BE", "", "whatsapp", "", "@jan", "+32 470 12 34 56"),
                "profile", "init", "--out-file", "p.yaml", "--ui-lang", "en");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("An answer is needed.", "WhatsApp identifies an account by its phone number.");
        assertThat(readBack(home.resolve("p.yaml")).accounts()).containsExactly(Map.entry("whatsapp", "+32 470 12 34 56"));
    }

    @Test
    void unknown_platform_ids_are_asked_again() {
        CliRun run = CliRun.runWithInput(home, answers("BE", "", "linkdin\nLinkedIn;claude", "", ""), "profile", "init", "--out-file", "p.yaml", "--ui-lang", "en");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("\"linkdin\" is not a platform in the list", "LinkedIn: your", "Claude: your");
    }

    @Test
    void never_overwrites_without_force() {
        Path target = TestFiles.write(home.resolve("p.yaml"), "keep me");
        CliRun run = CliRun.runWithInput(home, answers("BE", "", ""), "profile", "init", "--out-file", "p.yaml");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("p.yaml", "already exists", "--force");
        assertThat(TestFiles.read(target)).isEqualTo("keep me");

        CliRun forced = CliRun.runWithInput(home, answers("BE", "", ""), "profile", "init", "--out-file", "p.yaml",
                "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(TestFiles.read(target)).contains("Jan Peeters");
    }

    @Test
    void input_ending_midway_writes_nothing_not_even_the_signature() {
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("sig.png"));
        String input = String.join("\n", "Jan Peeters", "jan@example.be", "Rue Haute 1", "", "BE", "", "", "",
                "~/sig.png", "linkedin") + "\n";
        CliRun run = CliRun.runWithInput(home, input, "profile", "init", "--out-file", "out/p.yaml", "--ui-lang", "fr");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(run.err().lines().filter(l -> l.startsWith("optout: "))).singleElement().asString()
                .contains("la saisie s'est terminée avant la réponse à «\u00a0LinkedIn\u00a0: votre",
                        "rien n'a été écrit");
        assertThat(home.resolve("out/p.yaml")).doesNotExist();
        assertThat(home.resolve("out/signature.png")).doesNotExist();
    }

    @Test
    void the_dutch_wizard_speaks_dutch_and_takes_dutch_answers() {
        String input = String.join("\n", "Jan Peeters", "jan@example.be", "Kerkstraat 1", "9000 Gent", "", "België",
                "nl", "Gent", "", "", "geen", "x", "e", "Ik ben een publiek figuur.", "ja") + "\n";
        CliRun run = CliRun.runWithInput(home, input, "profile", "init", "--out-file", "p.yaml", "--ui-lang", "nl");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("Volledige naam:", "BE (België)", "[geen]:",
                "Antwoord een nummer van 1 tot", "j of n [n]:");
        assertThat(TestFiles.read(home.resolve("p.yaml"))).contains("country: BE", "language: nl",
                "Ik ben een publiek figuur.", "special_categories: true");
    }
}
