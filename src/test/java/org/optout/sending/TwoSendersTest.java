package org.optout.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;
import org.optout.sending.ScriptedSmtpServer.AfterData;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestEvent;

/**
 * Two optout processes sending the same letter at once against one tracker: the send is claimed in the tracker
 * under its write lock, so exactly one message goes out, on one request with one "sent" event.
 */
class TwoSendersTest {
    @TempDir
    Path home;

    @BeforeEach
    void profile() {
        TestFiles.sampleProfile(home);
    }

    private Process optout(int port, String log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.optout.Main", "send", "chatgpt",
                "--profile", home.resolve("profile.yaml").toString(), "--ui-lang", "en", "--db", home.resolve("t.db").toString(),
                "--out", home.resolve("letters").toString(), "--smtp-host", "127.0.0.1",
                "--smtp-port", Integer.toString(port), "--smtp-tls", "none")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(home.resolve(log).toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("XDG_"));
        return builder.start();
    }

    private String log(String name) {
        return TestFiles.read(home.resolve(name));
    }

    private void assertOneRequestSentOnce() throws IOException {
        CliRun list = CliRun.run(home, "requests", "--json", "--db", "t.db");
        JsonNode rows = new ObjectMapper().readTree(list.out());
        assertThat(rows).as(list.toString()).hasSize(1);
        assertThat(rows.get(0).get("status").asText()).isEqualTo("sent");
        List<EventType> events = JdbcRequestStore.open(home.resolve("t.db").toString(), CliRun.CLOCK)
                .find(RequestQuery.ALL).get(0)
                .events().stream().map(RequestEvent::type).toList();
        assertThat(events).containsExactly(EventType.DRAFTED, EventType.SEND_ATTEMPTED, EventType.SENT,
                EventType.RECEIVED);
    }

    @Test
    void a_second_process_stops_while_the_first_one_is_sending() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.afterData(AfterData.ACCEPT_WHEN_RELEASED)) {
            Process first = optout(server.port(), "first.log");
            Process second = null;
            try {
                assertThat(server.awaitData(60)).as("the first process sent the data").isTrue();
                second = optout(server.port(), "second.log");
                assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(second.exitValue()).as(log("second.log")).isEqualTo(4);
                // the log holds stdout (the summary) and stderr (the error, last)
                String last = log("second.log").strip().lines().reduce((a, b) -> b).orElseThrow();
                assertThat(last).matches("optout: R1 chatgpt: another optout is sending it "
                        + "\\(attempt recorded at [0-9T:.-]+Z\\); wait, then check with optout requests show R1 --db "
                        + "\\S+t\\.db");
                server.release();
                assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(first.exitValue()).as(log("first.log")).isZero();
                assertThat(log("first.log")).startsWith("R1 chatgpt: sent to [dpo@openai.com]");
            } finally {
                first.destroyForcibly();
                if (second != null) {
                    second.destroyForcibly();
                }
            }
            assertThat(server.stored()).hasSize(1);
        }
        assertOneRequestSentOnce();
    }

    @Test
    void two_processes_started_together_send_one_message_on_one_request() throws Exception {
        // the tracker exists already (two processes creating one at once: TwoProcessesTest)
        JdbcRequestStore.open(home.resolve("t.db").toString(), CliRun.CLOCK);
        try (ScriptedSmtpServer server = ScriptedSmtpServer.afterData(AfterData.ACCEPT_WHEN_RELEASED)) {
            List<Process> both = List.of(optout(server.port(), "a.log"), optout(server.port(), "b.log"));
            try {
                assertThat(server.awaitData(60)).isTrue();
                // the loser stops by itself (refused before or after connecting); the winner waits for the answer
                java.util.concurrent.CompletableFuture.anyOf(both.stream().map(Process::onExit)
                        .toArray(java.util.concurrent.CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                server.release();
                for (Process p : both) {
                    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                }
            } finally {
                both.forEach(Process::destroyForcibly);
            }
            String logs = log("a.log") + "\n---\n" + log("b.log");
            assertThat(both.stream().map(Process::exitValue).sorted().toList()).as(logs).containsExactly(0, 4);
            assertThat(logs).contains("R1 chatgpt: sent to [dpo@openai.com]",
                    "R1 chatgpt: another optout is sending it");
            assertThat(server.stored()).hasSize(1);
        }
        assertOneRequestSentOnce();
        assertThat(StreamSupport.stream(Files.newDirectoryStream(home.resolve("letters")).spliterator(), false)
                .filter(p -> p.getFileName().toString().contains(".sent-"))).hasSize(1);
    }

    @Test
    void a_process_that_connected_late_finds_the_letter_claimed_by_another() throws Exception {
        // one JVM, two threads: the first is held while connecting, after it has taken the request; the second
        // takes the same request, claims the send and delivers; the first then finds it claimed and stops
        try (ScriptedSmtpServer server = ScriptedSmtpServer.holdingFirstClient(AfterData.ACCEPT_WHEN_RELEASED)) {
            String[] args = {"send", "chatgpt", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db", "--smtp-host",
                "127.0.0.1", "--smtp-port", Integer.toString(server.port()), "--smtp-tls", "none"};
            CompletableFuture<CliRun> late = CompletableFuture.supplyAsync(
                    () -> CliRun.runWith(home, Clock.systemUTC(), Map.of(), "", args));
            assertThat(server.awaitFirstClient(60)).isTrue();
            CompletableFuture<CliRun> early = CompletableFuture.supplyAsync(
                    () -> CliRun.runWith(home, Clock.systemUTC(), Map.of(), "", args));
            CliRun refused = late.get(60, TimeUnit.SECONDS);
            server.release();
            CliRun sent = early.get(60, TimeUnit.SECONDS);
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
            assertThat(refused.err()).startsWith("optout: R1 chatgpt: another optout is sending it (attempt recorded "
                    + "at ").contains("optout requests show R1 --db t.db");
            assertThat(sent.exitCode()).as(sent.toString()).isZero();
            assertThat(sent.out()).startsWith("R1 chatgpt: sent to [dpo@openai.com]");
            assertThat(server.stored()).hasSize(1);
        }
        assertOneRequestSentOnce();
        assertThat(home.resolve("letters/objection-chatgpt-fr.sent-R1.eml")).exists();
    }
}
