package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;

/** The --json of the commands that report: stable keys, the values the plain output gives, the same exit code. */
class JsonOptionsTest {
    @TempDir
    Path home;

    private CliRun ok(String date, String... args) {
        return CliRun.ok(home, date, args);
    }

    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void requests_show_gives_the_request_its_events_and_their_evidence() throws Exception {
        TestFiles.sampleProfile(home);
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("confirmation.png"));
        ok("2026-03-01", "send", "linkedin", "--via", "form", "--profile", "profile.yaml", "--db", "t.db");
        ok("2026-03-05", "requests", "sent", "R1", "--ref", "LI-1", "--attach", "confirmation.png", "--db", "t.db");

        JsonNode show = json(ok("2026-04-08", "requests", "show", "R1", "--json", "--db", "t.db"));

        assertThat(show.get("id").asText()).isEqualTo("R1");
        assertThat(show.get("platform").asText()).isEqualTo("linkedin");
        assertThat(show.get("deadline").asText()).isEqualTo("2026-04-07");
        assertThat(show.get("overdue").asBoolean()).isTrue();
        List<String> types = show.get("events").findValuesAsText("type");
        assertThat(types).containsSubsequence("drafted", "sent");
        JsonNode sent = show.get("events").get(types.indexOf("sent"));
        assertThat(sent.get("on").asText()).isEqualTo("2026-03-05");
        assertThat(sent.get("reference").asText()).isEqualTo("LI-1");
        JsonNode proof = sent.get("documents").get(0);
        assertThat(proof.get("name").asText()).isEqualTo("confirmation.png");
        assertThat(proof.get("size").asLong()).isEqualTo(Files.size(home.resolve("confirmation.png")));
        assertThat(proof.get("sha256").asText()).hasSize(64);
        JsonNode verify = json(ok("2026-04-08", "requests", "verify", "--json", "--db", "t.db"));
        assertThat(verify.get("requests").asInt()).isEqualTo(1);
        assertThat(verify.get("intact").asBoolean()).isTrue();
        assertThat(verify.get("problems")).isEmpty();
    }

    @Test
    void deadline_gives_the_date_and_its_reasons() throws Exception {
        JsonNode deadline = json(ok("2026-03-01", "deadline", "2026-03-05", "--country", "IE", "--json"));
        assertThat(deadline.get("received").asText()).isEqualTo("2026-03-05");
        assertThat(deadline.get("deadline").asText()).isEqualTo("2026-04-07");
        assertThat(deadline.get("countries").get(0).asText()).isEqualTo("IE");
        assertThat(deadline.get("explanation").toString()).contains("Easter Monday");
    }

    @Test
    void verify_gives_each_signature_and_keeps_its_exit_code() throws Exception {
        TestFiles.sampleProfile(home);
        Map<String, String> password = Map.of("OPTOUT_P12_PASSWORD", "s3cret-pass");
        assertThat(CliRun.runWith(home, CliRun.CLOCK, password, "", "keygen", "--profile", "profile.yaml")
                .exitCode()).isZero();
        assertThat(CliRun.runWith(home, CliRun.CLOCK, password, "", "letter", "linkedin", "--profile",
                "profile.yaml", "--sign-p12", "optout-signing.p12").exitCode()).isZero();

        CliRun good = CliRun.run(home, "verify", "letters/objection-linkedin-fr.pdf", "--json");
        assertThat(good.exitCode()).as(good.toString()).isZero();
        JsonNode signature = json(good).get(0);
        assertThat(signature.get("signer").asText()).contains("Camille Durand");
        assertThat(signature.get("intact").asBoolean()).isTrue();
        assertThat(signature.get("covers_whole_file").asBoolean()).isTrue();

        Files.write(home.resolve("letters/objection-linkedin-fr.pdf"), "\n%appended\n".getBytes(),
                java.nio.file.StandardOpenOption.APPEND);
        CliRun changed = CliRun.run(home, "verify", "letters/objection-linkedin-fr.pdf", "--json");
        assertThat(changed.exitCode()).isEqualTo(3);
        assertThat(json(changed).get(0).get("covers_whole_file").asBoolean()).isFalse();
        assertThat(changed.err()).contains("changed after it was signed").hasLineCount(1);
    }
}
