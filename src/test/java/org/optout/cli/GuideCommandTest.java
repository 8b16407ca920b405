package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code optout guide}: the CNIL guide's steps and labels, non-user routes, Dutch and German labels. */
class GuideCommandTest {
    @TempDir
    Path home;

    private String guide(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "guide";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun run = CliRun.run(home, all);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run.out().replace('\u00A0', ' ');
    }

    @Test
    void the_guide_speaks_the_profile_language_unless_told_otherwise() throws Exception {
        java.nio.file.Files.writeString(home.resolve("nl.yaml"), java.nio.file.Files.readString(
                org.optout.TestFiles.SAMPLES.resolve("profile.yaml")).replaceFirst("(?m)^language: .*$", "language: nl"));
        org.optout.TestFiles.copy(org.optout.TestFiles.SAMPLES.resolve("signature.png"), home.resolve("signature.png"));
        String english = guide("grok");
        String dutch = guide("grok", "--profile", "nl.yaml");
        assertThat(dutch).isNotEqualTo(english);
        assertThat(guide("grok", "--profile", "nl.yaml", "--ui-lang", "en")).isEqualTo(dutch);
        assertThat(guide("grok", "--profile", "nl.yaml", "--lang", "en")).isEqualTo(english);
    }

    @Test
    void grok_has_the_setting_the_cnil_gives() {
        assertThat(guide("grok", "--lang", "fr")).contains("« Améliorer le modèle »", "Contrôle de données")
                .doesNotContain("Aucun réglage connu");
    }

    @Test
    void whatsapp_names_the_option_for_meta_s_ai() {
        assertThat(guide("whatsapp", "--lang", "fr")).contains("« l’IA par Meta »");
    }

    @Test
    void x_gives_the_grok_and_third_party_collaborators_setting_without_inference() {
        assertThat(guide("x", "--lang", "fr")).contains("« Grok et collaborateurs tiers »")
                .doesNotContain("(déduit)");
    }

    @Test
    void non_users_get_the_platform_s_route_for_people_without_an_account() {
        String meta = guide("meta-ai", "--non-user", "--lang", "fr");
        assertThat(meta).contains("Sans compte chez ce service").doesNotContain("Sur le web");
        String linkedin = guide("linkedin", "--non-user", "--lang", "fr");
        assertThat(linkedin).contains("« Autres demandes d’opposition ou de limitation »");
    }

    @Test
    void dutch_and_german_guides_use_their_own_labels_and_texts() {
        String nl = guide("linkedin", "--lang", "nl");
        assertThat(nl).contains("Verwerkingsverantwoordelijke", "Op het web", "Goed om te weten")
                .doesNotContain("Sommige teksten bestaan nog niet in het Nederlands", "Good to know");
        String de = guide("linkedin", "--lang", "de");
        assertThat(de).contains("Verantwortlicher", "Im Web", "Gut zu wissen")
                .doesNotContain("Manche Texte gibt es noch nicht auf Deutsch", "Good to know");
    }

    @Test
    void an_unpublished_address_is_said_so_in_the_guide() {
        assertThat(guide("deepseek", "--lang", "en")).contains("Hangzhou DeepSeek Artificial Intelligence Co., Ltd.")
                .doesNotContain("Registered address in China (full address not published)");
    }
}
