package org.optout.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/** {@code send} at a terminal shows its plan and asks before emailing; without one it never asks. */
class ConfirmedSendTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** A sentence of the French letter: it must never be printed. */
    private static final String LETTER_SENTENCE = "Je fonde mon opposition sur les raisons";

    @TempDir
    java.nio.file.Path home;

    @BeforeEach
    void profile() {
        TestFiles.sampleProfile(home);
    }

    private String[] args(String... extra) {
        return Stream.concat(Stream.of("send", "--profile", "profile.yaml", "--db", "t.db", "--smtp-host", "127.0.0.1",
                "--smtp-port", Integer.toString(mail.getSmtp().getPort()), "--smtp-tls", "none"), Stream.of(extra))
                .toArray(String[]::new);
    }

    private CliRun atTerminal(String answer, String... extra) {
        return CliRun.onTerminal(home, Map.of(), answer, args(extra));
    }

    private String requestsJson() {
        CliRun list = CliRun.run(home, "requests", "--json", "--db", "t.db");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        return list.out().strip();
    }

    @Test
    void without_a_terminal_it_never_asks_and_sends() {
        CliRun run = CliRun.runWith(home, CliRun.CLOCK, Map.of(), "n\n", args("chatgpt"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("[o/N]", "[y/N]").startsWith("R1 chatgpt\u00a0: envoyé à [dpo@openai.com]");
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void at_a_terminal_no_sends_and_records_nothing() {
        CliRun run = atTerminal("n\n", "chatgpt", "linkedin");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(
                "Voici ce qu’optout va faire\u00a0:",
                "  chatgpt   e-mail      courriel à dpo@openai.com, avec " + home.resolve("letters/objection-chatgpt-fr.pdf")
                        + " en pièce jointe",
                "  linkedin  formulaire  vous remplissez le formulaire web avec le texte de "
                        + home.resolve("letters/objection-linkedin-fr.txt"),
                "Envoyer 1 courriel maintenant\u00a0? [o/N] Rien n’a été envoyé ni enregistré.");
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(requestsJson()).isEqualTo("[ ]");
    }

    @Test
    void at_a_terminal_no_answer_at_all_is_no() {
        CliRun run = atTerminal("", "--ui-lang", "en", "chatgpt");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).last().isEqualTo("Send 1 email now? [y/N] Nothing sent, nothing recorded.");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"fr, oui", "fr, o", "fr, Y", "en, yes", "en, y", "nl, ja", "de, j"})
    void at_a_terminal_yes_in_the_interface_language_sends(String language, String answer) {
        CliRun run = atTerminal(answer + "\n", "--ui-lang", language, "chatgpt", "claude");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("R1 chatgpt", " [dpo@openai.com] (Message-ID ", "R2 claude",
                " [dpo@anthropic.com] (Message-ID ");
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(requestsJson()).contains("\"R1\"", "\"R2\"");
    }

    @Test
    void at_a_terminal_oui_is_no_in_english() {
        CliRun run = atTerminal("oui\n", "--ui-lang", "en", "chatgpt");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Nothing sent, nothing recorded.");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void yes_option_sends_without_asking() {
        CliRun run = atTerminal("", "chatgpt", "--yes");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("[o/N]", "Voici ce qu").startsWith("R1 chatgpt\u00a0: envoyé à");
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void dry_run_never_asks() {
        CliRun run = atTerminal("", "chatgpt", "--dry-run");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("[o/N]").contains("par e-mail\u00a0: enverrait un e-mail à [dpo@openai.com]");
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(home.resolve("t.db")).doesNotExist();
    }

    @Test
    void nothing_to_email_no_question() {
        CliRun run = atTerminal("", "linkedin", "x", "--via", "form");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("[o/N]").contains("R1 linkedin\u00a0: formulaire\u00a0: ouvrez ",
                "R2 x\u00a0: formulaire\u00a0: ouvrez ");
        assertThat(requestsJson()).contains("\"R1\"", "\"R2\"");
    }

    @Test
    void already_sent_is_not_asked_again() {
        assertThat(atTerminal("o\n", "chatgpt").exitCode()).isZero();
        CliRun again = atTerminal("", "chatgpt");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).doesNotContain("[o/N]").contains("R1 chatgpt\u00a0: déjà dans l'état «\u00a0envoyée\u00a0»");
        assertThat(again.outLines()).last().asString().matches("  chatgpt +e-mail +déjà envoyée +R1 +optout requests "
                + "show R1 --db t.db");
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void all_platforms_short_output_without_letters_ending_with_the_summary() {
        CliRun run = CliRun.runWith(home, CliRun.CLOCK, Map.of(), "", args("--all", "--ui-lang", "en"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(TestFiles.read(home.resolve("letters/objection-linkedin-fr.txt"))).contains(LETTER_SENTENCE);
        assertThat(run.out()).doesNotContain(LETTER_SENTENCE, "Madame, Monsieur");
        assertThat(mail.getReceivedMessages()).hasSize(5); // four emails, DeepSeek's with its representative in Cc
        List<String> lines = run.outLines();
        assertThat(lines).hasSizeLessThanOrEqualTo(40);
        List<String> table = lines.subList(lines.indexOf("Summary:") + 1, lines.size());
        assertThat(table).hasSize(12);
        assertThat(table.get(0)).matches("  PLATFORM +CHANNEL +OUTCOME +REQUEST +NEXT");
        assertThat(table).anySatisfy(l -> assertThat(l).matches("  chatgpt +email +sent +R\\d+ +optout requests "
                + "show R\\d+ --db t.db"));
        assertThat(table).anySatisfy(l -> assertThat(l).matches("  linkedin +form +to do by you +R\\d+ +optout "
                + "requests sent R\\d+ --ref CASE-NUMBER --db t.db"));
        assertThat(table.subList(1, 12)).allSatisfy(l -> assertThat(l).matches("  \\S+ +(email|form|post|setting) .*"));
    }
}
