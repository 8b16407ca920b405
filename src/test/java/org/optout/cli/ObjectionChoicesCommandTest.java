package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.pdf.PdfFacts;

/**
 * Issue 9 through the command line: non-users, the access request switch, the warnings a user needs before sending
 * (no particular situation, one in another language, facts left out as unconfirmed), Dutch and German letters,
 * unconfirmed e-mail addresses never used silently, and the country printed once.
 */
class ObjectionChoicesCommandTest {
    @TempDir
    Path home;
    Path profile;

    @BeforeEach
    void sampleProfile() {
        profile = TestFiles.sampleProfile(home);
    }

    /** Runs {@code args} in English unless they name the interface language (the sample profile's is French). */
    private CliRun run(String... args) {
        if (!List.of(args).contains("--ui-lang")) {
            String[] english = java.util.Arrays.copyOf(args, args.length + 2);
            english[args.length] = "--ui-lang";
            english[args.length + 1] = "en";
            return CliRun.run(home, english);
        }
        return CliRun.run(home, args);
    }

    private CliRun letter(String... extra) {
        return run(Stream.concat(Stream.of("letter", "--profile", "profile.yaml", "--date", "2026-11-22", "--ui-lang",
                "en"), Stream.of(extra)).toArray(String[]::new));
    }

    private String text(String file) {
        return PdfFacts.of(home.resolve("letters/" + file)).flatText();
    }

    private void profileWithout(String field) {
        String yaml = TestFiles.read(profile);
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        for (String line : yaml.split("\n", -1)) {
            if (line.startsWith(field + ":")) {
                skipping = true;
                continue;
            }
            if (skipping && line.startsWith("  ")) {
                continue;
            }
            skipping = false;
            kept.append(line).append('\n');
        }
        TestFiles.write(profile, kept.toString());
    }

    @Test
    void a_non_user_letter_prints_the_examples_as_given_and_claims_no_account() {
        CliRun run = letter("meta-ai", "--non-user", "--example", "https://www.facebook.com/groups/123/posts/456",
                "--example", "A post by a friend naming me, <b>with markup</b>");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String text = text("objection-meta-ai-fr.pdf");
        assertThat(text).contains("https://www.facebook.com/groups/123/posts/456",
                "A post by a friend naming me, <b>with markup</b>", "Je ne suis pas titulaire d’un compte Meta AI")
                .doesNotContain("Je suis titulaire", "Mon compte");
    }

    @Test
    void examples_go_with_non_user_and_are_bounded() {
        CliRun alone = letter("linkedin", "--example", "x");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err().strip()).isEqualTo("optout: --example goes with --non-user (where your data appears "
                + "when you have no account)");
        CliRun control = letter("linkedin", "--non-user", "--example", "line one\nline two");
        assertThat(control.exitCode()).isEqualTo(2);
        assertThat(control.err()).contains("--example: each example is one line");
        CliRun many = letter("linkedin", "--non-user", "--example", "1", "--example", "2", "--example", "3",
                "--example", "4", "--example", "5", "--example", "6");
        assertThat(many.exitCode()).isEqualTo(2);
        assertThat(many.err()).contains("at most 5");
    }

    @Test
    void the_access_request_is_on_by_default_and_no_access_leaves_it_out() {
        assertThat(letter("linkedin").exitCode()).isZero();
        assertThat(text("objection-linkedin-fr.pdf")).contains("article 15");
        assertThat(letter("linkedin", "--no-access").exitCode()).isZero();
        assertThat(text("objection-linkedin-fr.pdf")).doesNotContain("article 15");
    }

    @Test
    void a_profile_without_situation_is_warned_about_with_the_way_to_add_it() {
        profileWithout("situation");
        CliRun run = letter("linkedin");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: profile.yaml has no `situation`", "optout profile init");
    }

    @Test
    void a_french_situation_in_an_english_letter_is_warned_about() {
        CliRun run = letter("linkedin", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("your `situation` seems to be written in French, but the letters are in "
                + "English", "--lang fr");
        assertThat(letter("linkedin").err()).doesNotContain("seems to be written");
    }

    @Test
    void letters_are_written_in_dutch_and_german() {
        CliRun nl = letter("linkedin", "--lang", "nl");
        assertThat(nl.exitCode()).as(nl.toString()).isZero();
        assertThat(text("objection-linkedin-nl.pdf")).contains("22 november 2026", "artikel 21");
        CliRun de = letter("linkedin", "--lang", "de");
        assertThat(de.exitCode()).as(de.toString()).isZero();
        assertThat(text("objection-linkedin-de.pdf")).contains("November 2026", "Art. 21");
    }

    @Test
    void the_country_is_printed_once_when_the_address_already_ends_with_it() {
        TestFiles.write(profile, TestFiles.read(profile).replace("  - 69003 Lyon\n", "  - 69003 Lyon\n  - France\n"));
        assertThat(letter("linkedin").exitCode()).isZero();
        String text = text("objection-linkedin-fr.pdf");
        assertThat(text.split("France", -1)).as(text).hasSize(2);
    }

    @Test
    void send_never_uses_an_unconfirmed_email_address_without_accept_unconfirmed() {
        CliRun refused = run("send", "gemini", "--via", "email", "--dry-run", "--profile", "profile.yaml",
                "--db", "t.db");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err().lines().count()).isEqualTo(1);
        assertThat(refused.err()).contains("gemini: the only e-mail address the catalogue has, dpo-google@google.com, "
                + "is not confirmed", "--accept-unconfirmed");
        CliRun accepted = run("send", "gemini", "--via", "email", "--dry-run", "--accept-unconfirmed", "--profile",
                "profile.yaml", "--db", "t.db");
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(TestFiles.read(home.resolve("letters/objection-gemini-fr.dry-run.eml")))
                .contains("To: dpo-google@google.com");
    }

    @Test
    void deepseek_is_written_to_through_its_representative_with_the_subject_its_policy_asks_for() {
        CliRun run = run("send", "deepseek", "--dry-run", "--profile", "profile.yaml", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String eml = TestFiles.read(home.resolve("letters/objection-deepseek-fr.dry-run.eml"));
        assertThat(eml).contains("To: rep_deepseek@prighter.com", "Cc: privacy@deepseek.com")
                .containsPattern("(?m)^Subject: =\\?UTF-8\\?.*|^Subject: Data Subject Request");
        assertThat(text("objection-deepseek-fr.pdf")).contains("Data Subject Request", "Prighter");
    }

    @Test
    void a_letter_that_names_a_copy_to_a_representative_sends_it_the_email() {
        org.optout.catalogue.Catalogue catalogue = new org.optout.catalogue.CatalogueLoader(
                new org.optout.schema.YamlDocuments(), TestFiles.CATALOGUE).load(null);
        int copies = 0;
        for (org.optout.catalogue.Platform platform : catalogue.platforms()) {
            if (platform.contacts().stream().noneMatch(c -> c.type() == org.optout.catalogue.Platform.ContactType.EMAIL)) {
                continue;
            }
            CliRun run = run("send", platform.id(), "--via", "email", "--dry-run", "--accept-unconfirmed",
                    "--profile", "profile.yaml", "--db", "t.db");
            assertThat(run.exitCode()).as(run.toString()).isZero();
            String letter = text("objection-" + platform.id() + "-fr.pdf");
            String eml = TestFiles.read(home.resolve("letters/objection-" + platform.id() + "-fr.dry-run.eml"));
            if (letter.contains("Copie à")) {
                copies++;
                assertThat(eml).as(platform.id()).containsPattern("(?m)^(To|Cc): .*"
                        + java.util.regex.Pattern.quote(platform.euRepresentative().email()));
            } else {
                assertThat(platform.euRepresentative() == null
                        || platform.euRepresentative().confidence().toVerify()).as(platform.id()).isTrue();
            }
        }
        assertThat(copies).as("letters naming a copy").isPositive();
    }

    @Test
    void no_letter_is_posted_to_an_unpublished_address() {
        CliRun refused = run("send", "deepseek", "--via", "post", "--profile", "profile.yaml", "--db", "t.db");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err().lines().count()).isEqualTo(1);
        assertThat(refused.err()).contains("deepseek: no postal address of the controller is published; use --via "
                + "email or form");
        assertThat(run("requests", "--json", "--db", "t.db").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void profile_init_offers_typical_situations_and_keeps_the_one_chosen() {
        String answers = String.join("\n", "Jan Peeters", "jan@example.be", "Rue Haute 1", "1000 Bruxelles", "",
                "BE", "nl", "Brussel", "", "", "", "4", "", "y", "");
        CliRun run = CliRun.runWithInput(home, answers, "profile", "init", "--out-file", "p.yaml");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("Typical ones:", "4. ");
        String written = TestFiles.read(home.resolve("p.yaml"));
        assertThat(written).contains("language: nl", "special_categories: true", "situation:");
        String situation = org.optout.profile.Situations.all().get(3).nl();
        assertThat(written.replaceAll("\\s+", " ")).contains(situation.replaceAll("\\s+", " ").substring(0, 40));
    }
}
