package org.optout.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;
import org.optout.sending.ScriptedSmtpServer.AfterData;

/**
 * Issue #10: a message a server may have accepted is never sent twice. The connection ends after the message data
 * without the server's answer (dropped, or cut when the whole exchange takes too long): the outcome is unknown,
 * and neither {@code send} nor {@code remind --send} sends again without {@code --resend}.
 */
class UncertainDeliveryTest {
    @TempDir
    Path home;

    @BeforeEach
    void profile() {
        TestFiles.sampleProfile(home);
    }

    private CliRun at(Clock clock, int port, String command, String... extra) {
        return in("en", clock, port, command, extra);
    }

    private CliRun in(String language, Clock clock, int port, String command, String... extra) {
        String[] args = Stream.concat(Stream.of(command), Stream.concat(Stream.of(extra), Stream.of("--profile",
                "profile.yaml", "--ui-lang", language, "--db", "t.db", "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(port),
                "--smtp-tls", "none"))).toArray(String[]::new);
        return CliRun.runWith(home, clock, Map.of(), "", args);
    }

    private CliRun send(int port, String... extra) {
        return at(CliRun.CLOCK, port, "send", extra);
    }

    private JsonNode requests() throws IOException {
        CliRun run = CliRun.run(home, "requests", "--json", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private String show(String id) {
        return CliRun.run(home, "requests", "show", id, "--db", "t.db").out();
    }

    @Test
    void a_connection_dropped_after_the_data_is_delivery_unknown_and_not_sent_again_without_resend() throws Exception {
        try (ScriptedSmtpServer dropping = ScriptedSmtpServer.afterData(AfterData.DROP);
             ScriptedSmtpServer accepting = ScriptedSmtpServer.afterData(AfterData.ACCEPT)) {
            CliRun first = send(dropping.port(), "chatgpt");
            assertThat(first.exitCode()).as(first.toString()).isEqualTo(4);
            assertThat(first.err()).contains("R1 chatgpt: the connection to 127.0.0.1:" + dropping.port()
                    + " ended after the message data without the server's final answer", "may or may not have accepted")
                    .doesNotContain("refused");
            assertThat(first.out()).contains("optout requests sent R1 --on DATE --db t.db",
                    "optout send chatgpt --resend --db t.db");
            assertThat(requests().get(0).get("status").asText()).isEqualTo("delivery_unknown");
            assertThat(show("R1")).contains("delivery_unknown").doesNotContain("delivery_failed");

            CliRun again = send(accepting.port(), "chatgpt");
            assertThat(again.exitCode()).as(again.toString()).isEqualTo(4);
            // stdout: the summary only, whose row says it failed
            assertThat(again.out()).doesNotContain("sent to").containsPattern("(?m)^  chatgpt +email +failed +R1 ");
            assertThat(again.err().lines()).singleElement().asString()
                    .startsWith("optout: R1 chatgpt: the last attempt to send it may have reached the server").contains("optout requests sent R1 --on DATE --db t.db",
                    "optout send chatgpt --resend --db t.db");
            assertThat(accepting.stored()).isEmpty();

            CliRun resent = send(accepting.port(), "chatgpt", "--resend");
            assertThat(resent.exitCode()).as(resent.toString()).isZero();
            assertThat(resent.out()).startsWith("R1 chatgpt: sent to [dpo@openai.com]");
            assertThat(accepting.stored()).hasSize(1);
            assertThat(requests()).hasSize(1);
            assertThat(requests().get(0).get("status").asText()).isEqualTo("sent");
        }
    }

    @Test
    void a_server_that_kept_the_message_then_dropped_gets_it_once() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.afterData(AfterData.STORE_THEN_DROP)) {
            assertThat(send(server.port(), "chatgpt").exitCode()).isEqualTo(4);
            CliRun again = send(server.port(), "chatgpt");
            assertThat(again.exitCode()).as(again.toString()).isEqualTo(4);
            assertThat(again.err()).contains("may have reached the server");
            assertThat(server.stored()).hasSize(1);
            assertThat(requests()).hasSize(1);
            assertThat(requests().get(0).get("status").asText()).isEqualTo("delivery_unknown");
        }
    }

    @Test
    void a_server_dripping_continuation_lines_is_cut_off_at_twice_the_timeout_before_the_data() throws Exception {
        TestFiles.write(home.resolve(".config/optout/config.yaml"), "smtp:\n  host: 127.0.0.1\n  timeout_seconds: 1\n");
        try (ScriptedSmtpServer server = ScriptedSmtpServer.drippingGreeting()) {
            long start = System.nanoTime();
            CliRun run = send(server.port(), "chatgpt");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
            assertThat(took).isLessThan(Duration.ofSeconds(15));
            assertThat(run.err()).contains("no answer within 2 s, the limit for the whole exchange");
            assertThat(requests().get(0).get("status").asText()).isEqualTo("delivery_failed");
        }
    }

    @Test
    void a_server_dripping_continuation_lines_after_the_data_leaves_the_delivery_unknown() throws Exception {
        TestFiles.write(home.resolve(".config/optout/config.yaml"), "smtp:\n  host: 127.0.0.1\n  timeout_seconds: 1\n");
        try (ScriptedSmtpServer server = ScriptedSmtpServer.afterData(AfterData.DRIP)) {
            long start = System.nanoTime();
            CliRun run = send(server.port(), "chatgpt");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
            assertThat(took).isLessThan(Duration.ofSeconds(15));
            assertThat(run.err()).contains("no answer within 2 s", "may or may not have accepted");
            assertThat(requests().get(0).get("status").asText()).isEqualTo("delivery_unknown");
            assertThat(server.stored()).hasSize(1);
        }
    }

    @Test
    void a_reminder_that_may_have_arrived_is_told_in_french() throws Exception {
        Clock march = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
        Clock april = Clock.fixed(Instant.parse("2026-04-02T10:00:00Z"), ZoneId.of("Europe/Paris"));
        try (ScriptedSmtpServer accepting = ScriptedSmtpServer.afterData(AfterData.ACCEPT);
             ScriptedSmtpServer dropping = ScriptedSmtpServer.afterData(AfterData.STORE_THEN_DROP)) {
            assertThat(at(march, accepting.port(), "send", "claude").exitCode()).isZero();
            CliRun first = in("fr", april, dropping.port(), "remind", "R1", "--send", "--lang", "en");
            assertThat(first.exitCode()).as(first.toString()).isEqualTo(4);
            assertThat(first.err()).isEqualTo("optout: R1 claude\u00a0: relance non envoyée\u00a0: la connexion à "
                    + "127.0.0.1:" + dropping.port() + " a pris fin après l'envoi du message, sans la réponse finale du "
                    + "serveur (le serveur a fermé la connexion)\u00a0: le serveur a pu accepter le message, ou non\u00a0; "
                    + "vérifiez vos messages envoyés\u00a0: si elle est arrivée, optout requests reminded R1 --db t.db"
                    + "\u00a0; sinon, optout remind R1 --send --resend --db t.db\n");
        }
    }

    @Test
    void a_reminder_that_may_have_arrived_is_not_sent_again_without_resend() throws Exception {
        Clock march = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
        Clock april = Clock.fixed(Instant.parse("2026-04-02T10:00:00Z"), ZoneId.of("Europe/Paris"));
        try (ScriptedSmtpServer accepting = ScriptedSmtpServer.afterData(AfterData.ACCEPT);
             ScriptedSmtpServer dropping = ScriptedSmtpServer.afterData(AfterData.STORE_THEN_DROP)) {
            assertThat(at(march, accepting.port(), "send", "claude").exitCode()).isZero();

            CliRun first = at(april, dropping.port(), "remind", "R1", "--send", "--lang", "en");
            assertThat(first.exitCode()).as(first.toString()).isEqualTo(4);
            assertThat(first.err()).contains("R1 claude: reminder not sent", "may or may not have accepted",
                    "optout requests reminded R1 --db t.db", "optout remind R1 --send --resend --db t.db");
            assertThat(show("R1")).contains("reminder_attempted", "reminder_unknown");
            assertThat(requests().get(0).get("status").asText()).isEqualTo("sent");

            CliRun second = at(april, accepting.port(), "remind", "R1", "--send", "--lang", "en");
            assertThat(second.exitCode()).as(second.toString()).isEqualTo(4);
            assertThat(second.err().lines()).singleElement().asString().contains("R1 claude: the last attempt to "
                    + "send its reminder may have reached the server", "optout remind R1 --send --resend --db t.db");
            assertThat(dropping.stored()).hasSize(1);
            assertThat(accepting.stored()).hasSize(1);
            // refused before anything was written
            assertThat(show("R1").lines().filter(l -> l.contains("reminder_written"))).hasSize(1);

            CliRun resent = at(april, accepting.port(), "remind", "R1", "--send", "--resend", "--lang", "en");
            assertThat(resent.exitCode()).as(resent.toString()).isZero();
            assertThat(resent.err()).contains("R1 claude: reminder sent to [dpo@anthropic.com]");
            assertThat(accepting.stored()).hasSize(2);
            assertThat(show("R1")).contains("reminder_sent");
        }
    }

    @Test
    void a_reminder_that_failed_before_the_data_can_be_sent_again() throws Exception {
        Clock march = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
        Clock april = Clock.fixed(Instant.parse("2026-04-02T10:00:00Z"), ZoneId.of("Europe/Paris"));
        try (ScriptedSmtpServer accepting = ScriptedSmtpServer.afterData(AfterData.ACCEPT);
             ScriptedSmtpServer refusing = ScriptedSmtpServer.rejectingRecipients()) {
            assertThat(at(march, accepting.port(), "send", "claude").exitCode()).isZero();
            CliRun refused = at(april, refusing.port(), "remind", "R1", "--send", "--lang", "en");
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
            assertThat(refused.err()).contains("refused the message", "550").doesNotContain("--resend");
            assertThat(show("R1")).contains("reminder_failed");
            CliRun again = at(april, accepting.port(), "remind", "R1", "--send", "--lang", "en");
            assertThat(again.exitCode()).as(again.toString()).isZero();
            assertThat(accepting.stored()).hasSize(2);
        }
    }
}
