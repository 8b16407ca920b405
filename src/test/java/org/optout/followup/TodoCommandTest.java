package org.optout.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/** {@code optout todo}: every open request's next command, most urgent first, each working as printed. */
class TodoCommandTest {
    @TempDir
    Path home;

    private CliRun at(String date, String... args) {
        return CliRun.at(home, date, args);
    }

    private CliRun ok(String date, String... args) {
        return CliRun.ok(home, date, args);
    }

    @BeforeEach
    void requests() {
        TestFiles.sampleProfile(home);
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("confirmation.png"));
        ok("2026-03-01", "send", "linkedin", "meta-ai", "--via", "form", "--profile", "profile.yaml", "--db", "t.db");
        ok("2026-03-01", "send", "x", "--via", "post", "--profile", "profile.yaml", "--db", "t.db");
        ok("2026-03-05", "requests", "sent", "R1", "--ref", "LI-1", "--attach", "confirmation.png", "--db", "t.db");
        ok("2026-03-05", "requests", "sent", "R2", "--ref", "META-1", "--db", "t.db");
    }

    @Test
    void each_open_request_gets_its_next_command_the_most_urgent_first() {
        CliRun run = ok("2026-03-20", "todo", "--db", "t.db");
        assertThat(run.out()).isEqualTo("""
                R2 meta-ai: no evidence of E6 yet: add the form's confirmation (a screenshot or the confirmation e-mail)
                    next: optout requests attach R2 --to E6 FILE --db t.db
                R3 x: prepared, not sent (post)
                    next: optout requests sent R3 --ref REFERENCE --attach FILE --db t.db
                R1 linkedin: waiting for the answer, due by 2026-04-07
                """);
    }

    @Test
    void an_overdue_request_is_reminded_then_complained_about_with_the_commands_as_printed() throws Exception {
        ok("2026-03-20", "requests", "attach", "R2", "--to", "E6", "confirmation.png", "--db", "t.db");
        String remind = next(ok("2026-04-09", "todo", "--db", "t.db").out(), "R1");
        assertThat(remind).isEqualTo("optout remind R1 --db t.db");
        ok("2026-04-09", append(words(remind), "--profile", "profile.yaml"));
        ok("2026-04-09", "requests", "reminded", "R1", "--db", "t.db");
        assertThat(ok("2026-04-10", "todo", "--db", "t.db").out()).contains("R1 linkedin: reminded; waiting until "
                + "2026-04-23");
        String complain = next(ok("2026-04-24", "todo", "--db", "t.db").out(), "R1");
        assertThat(complain).isEqualTo("optout complaint R1 --db t.db");
        ok("2026-04-24", append(words(complain), "--profile", "profile.yaml"));
        String todo = ok("2026-04-24", "todo", "--db", "t.db").out();
        assertThat(todo).contains("R4 linkedin: complaint to cnil drafted, not filed",
                "next: optout dossier R1 --authority cnil --db t.db");

        JsonNode json = new ObjectMapper().readTree(ok("2026-04-24", "todo", "--json", "--db", "t.db").out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.findValuesAsText("id")).contains("R1", "R2", "R3", "R4");
        assertThat(json.get(0).get("due").asText()).isEqualTo("2026-04-24");
    }

    @Test
    void in_french_the_states_are_french_and_the_commands_unchanged() throws Exception {
        CliRun run = ok("2026-03-20", "todo", "--db", "t.db", "--ui-lang", "fr");
        assertThat(run.out()).isEqualTo("""
                R2 meta-ai\u00a0: aucune preuve pour E6\u00a0: ajoutez la confirmation du formulaire (capture d'écran ou \
                e-mail de confirmation)
                    à faire\u00a0: optout requests attach R2 --to E6 FILE --db t.db
                R3 x\u00a0: préparée, non envoyée (courrier)
                    à faire\u00a0: optout requests sent R3 --ref REFERENCE --attach FILE --db t.db
                R1 linkedin\u00a0: en attente de réponse, due au plus tard le 2026-04-07
                """);
        JsonNode json = new ObjectMapper().readTree(ok("2026-03-20", "todo", "--json", "--db", "t.db", "--ui-lang",
                "fr").out());
        assertThat(json.get(0).get("state").asText()).isEqualTo("missing_evidence");
        assertThat(json.get(0).get("text").asText()).startsWith("aucune preuve pour E6");
        assertThat(json.get(0).get("next").asText()).isEqualTo("optout requests attach R2 --to E6 FILE --db t.db");
        assertThat(json.get(0).get("steps").get(0).get("role").asText()).isEqualTo("next");
        assertThat(json.get(2).get("next").isNull()).isTrue();
        assertThat(ok("2026-03-20", "overdue", "--db", "t.db", "--ui-lang", "fr").out())
                .doesNotContain("R1 linkedin").contains("R2 meta-ai", "R3 x");
    }

    @Test
    void nothing_open_nothing_to_do() {
        for (String id : List.of("R1", "R2", "R3")) {
            ok("2026-03-20", "requests", "closed", id, "--db", "t.db");
        }
        assertThat(ok("2026-03-20", "todo", "--db", "t.db").out()).isEqualTo("nothing to do\n");
    }

    private static String next(String out, String id) {
        List<String> lines = out.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith(id + " ")) {
                return lines.get(i + 1).strip().replaceFirst("^next: ", "");
            }
        }
        throw new AssertionError("no next step for " + id + " in:\n" + out);
    }

    private static String[] words(String command) {
        assertThat(command).startsWith("optout ");
        return command.substring("optout ".length()).split(" ");
    }

    private static String[] append(String[] words, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(words));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
