package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;

/**
 * A whole workflow in French: every human line (send's steps, the requests table, the recorded event, the
 * timeline, todo, reminders, errors) is French, the commands in it are the same as in English, and JSON stays in
 * its English codes. A Dutch and a German spot check.
 */
class InterfaceLanguageMessagesTest {
    /** English words that must not be left in a French human line. */
    private static final List<String> ENGLISH = List.of("recorded", "status", "paste the text", "deadline",
            "then record it", "open https", "OVERDUE", "unknown request", "lists them", "not overdue", "drafted",
            "objection to", "sent to", " by form", "bytes");

    @TempDir
    Path home;

    private final List<String> transcript = new ArrayList<>();

    private CliRun at(String date, String... args) {
        CliRun run = CliRun.at(home, date, args);
        transcript.add("$ optout " + String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    /** The human lines: without the commands they quote, which stay as typed. */
    private static String words(CliRun run) {
        return (run.out() + run.err()).replaceAll("optout [^\\n;()]*", "optout …");
    }

    @Test
    void a_french_workflow_speaks_french_and_keeps_its_commands() {
        TestFiles.sampleProfile(home);
        CliRun send = at("2026-03-01", "send", "linkedin", "x", "--via", "form", "--profile", "profile.yaml",
                "--db", "t.db", "--ui-lang", "fr");
        assertThat(send.exitCode()).as(send.toString()).isZero();
        assertThat(send.out()).contains("R1 linkedin\u00a0: formulaire\u00a0: ouvrez https://",
                "  collez le texte de ", "si le formulaire accepte des fichiers",
                "  puis enregistrez-le\u00a0: optout requests sent R1 --ref CASE-NUMBER --db t.db",
                "R2 x\u00a0: formulaire\u00a0: ouvrez ");
        assertThat(words(send)).doesNotContainIgnoringCase("paste the text").doesNotContain("then record it");

        CliRun list = at("2026-03-01", "requests", "--db", "t.db", "--ui-lang", "fr");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.outLines().get(0)).matches("ID +PLATEFORME +TYPE +CANAL +ÉTAT +ÉCHÉANCE +RESTE");
        assertThat(list.outLines().get(1)).matches("R1 +linkedin +opposition +formulaire +préparée +- *");

        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("confirmation.png"));
        CliRun sent = at("2026-03-05", "requests", "sent", "R1", "--ref", "LI-1", "--attach", "confirmation.png",
                "--db", "t.db", "--ui-lang", "fr");
        assertThat(sent.exitCode()).as(sent.toString()).isZero();
        assertThat(sent.out()).isEqualTo("R1 linkedin\u00a0: enregistré\u00a0: envoi\u00a0; état\u00a0: envoyée, "
                + "délai de réponse jusqu'au 2026-04-07\n");

        CliRun show = at("2026-03-05", "requests", "show", "R1", "--db", "t.db", "--ui-lang", "fr");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).startsWith("R1  opposition auprès de linkedin par formulaire, en fr\n"
                + "état\u00a0: envoyée\n").contains("  envoi  réf. LI-1", " octets, sha256 ",
                "délai de réponse\u00a0: 2026-04-07\n", "  reçue le 2026-03-05 (jeudi)\n",
                "  un mois plus tard\u00a0: 2026-04-05\n", "  le 2026-04-05 est un dimanche\n",
                "  échéance le 2026-04-07 (FR)\n");

        CliRun todo = at("2026-04-09", "todo", "--db", "t.db", "--ui-lang", "fr");
        assertThat(todo.exitCode()).as(todo.toString()).isZero();
        assertThat(todo.out()).contains("R1 linkedin\u00a0: pas de réponse\u00a0: le délai expirait le 2026-04-07");

        CliRun overdue = at("2026-04-09", "requests", "--db", "t.db", "--ui-lang", "fr");
        assertThat(overdue.outLines().get(1)).matches("R1 +linkedin +opposition +formulaire +envoyée +2026-04-07 "
                + "+EN RETARD de 2 j");

        CliRun unknown = at("2026-04-09", "requests", "show", "R9", "--db", "t.db", "--ui-lang", "fr");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("optout: demande inconnue «\u00a0R9\u00a0»\u00a0; la liste des "
                + "demandes\u00a0: optout requests\n");

        CliRun early = at("2026-03-10", "remind", "R1", "--profile", "profile.yaml", "--db", "t.db", "--ui-lang", "fr");
        assertThat(early.exitCode()).as(early.toString()).isEqualTo(3);
        assertThat(early.err()).isEqualTo("optout: R1 n'est pas en retard (état\u00a0: envoyée, délai de réponse "
                + "jusqu'au 2026-04-07)\u00a0; --force rédige la relance malgré tout\n");

        CliRun remind = at("2026-04-09", "remind", "R1", "--profile", "profile.yaml", "--db", "t.db",
                "--ui-lang", "fr");
        assertThat(remind.exitCode()).as(remind.toString()).isZero();
        assertThat(remind.err()).startsWith("conservée comme preuve\u00a0; ")
                .endsWith("\u00a0: optout requests reminded R1 --db t.db\n");

        for (CliRun run : List.of(send, list, sent, show, todo, overdue, unknown, early, remind)) {
            assertThat(words(run)).as(run.toString()).doesNotContain(ENGLISH.toArray(String[]::new));
        }
        System.out.println(String.join("\n", transcript));
    }

    @Test
    void json_keeps_its_english_codes_in_french() {
        TestFiles.sampleProfile(home);
        at("2026-03-01", "send", "linkedin", "--via", "form", "--profile", "profile.yaml", "--db", "t.db",
                "--ui-lang", "fr");
        at("2026-03-05", "requests", "sent", "R1", "--ref", "LI-1", "--db", "t.db", "--ui-lang", "fr");
        CliRun json = at("2026-03-05", "requests", "show", "R1", "--json", "--db", "t.db", "--ui-lang", "fr");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.out()).contains("\"status\" : \"sent\"", "\"channel\" : \"form\"", "\"kind\" : \"objection\"",
                "\"type\" : \"drafted\"").doesNotContain("envoyée", "formulaire");
    }

    @Test
    void dutch_and_german_spot_checks() {
        TestFiles.sampleProfile(home);
        at("2026-03-01", "send", "linkedin", "--via", "form", "--profile", "profile.yaml", "--db", "t.db");
        CliRun nl = at("2026-03-05", "requests", "sent", "R1", "--ref", "LI-1", "--db", "t.db", "--ui-lang", "nl");
        assertThat(nl.exitCode()).as(nl.toString()).isZero();
        assertThat(nl.out()).isEqualTo("R1 linkedin: vastgelegd: verzonden; status verzonden, antwoordtermijn tot "
                + "2026-04-07\n");
        CliRun de = at("2026-03-05", "requests", "--db", "t.db", "--ui-lang", "de");
        assertThat(de.outLines().get(0)).matches("ID +PLATTFORM +ART +KANAL +STATUS +FRIST +VERBLEIBEND");
        assertThat(de.outLines().get(1)).matches("R1 +linkedin +Widerspruch +Formular +gesendet +2026-04-07 +33 T");
        CliRun unknown = at("2026-03-05", "send", "linkedn", "--profile", "profile.yaml", "--db", "t.db",
                "--ui-lang", "de");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("optout: unbekannte Plattform „linkedn“ (meinten Sie „linkedin“?); "
                + "die Liste der Plattformen: optout platforms\n");
    }
}
