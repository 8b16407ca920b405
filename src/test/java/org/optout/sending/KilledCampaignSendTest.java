package org.optout.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.optout.campaign.SendFixture;
import org.optout.cli.CliRun;
import org.optout.sending.ScriptedSmtpServer.AfterData;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

/**
 * {@code campaign send} killed (SIGKILL) while the server holds the first member's message data without answering,
 * then run again: the killed message is reported as of unknown delivery and not sent again, the others are sent
 * once; and stopped by SIGTERM, it finishes the message in flight, prints its summary, and a re-run resumes.
 */
class KilledCampaignSendTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    @Test
    void a_sender_killed_mid_message_leaves_it_unknown_and_a_rerun_sends_only_the_others() throws Exception {
        SendFixture.init(home, "t.db", 3, 0);
        try (ScriptedSmtpServer silent = ScriptedSmtpServer.afterData(AfterData.ACCEPT_WHEN_RELEASED)) {
            Process sender = SendFixture.child(home, SendFixture.sendArgs("t.db", silent.port()),
                    home.resolve("killed.log"));
            try {
                assertThat(silent.awaitData(120)).as("the server got the first message's data").isTrue();
            } finally {
                sender.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(silent.stored()).hasSize(1);
        }

        // two minutes later: the killed process can no longer be sending it
        String[] args = SendFixture.sendArgs("t.db", mail.getSmtp().getPort()).toArray(String[]::new);
        CliRun rerun = CliRun.runWith(home, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)), Map.of(), "",
                args);

        assertThat(rerun.exitCode()).as(rerun.toString()).isEqualTo(4);
        assertThat(rerun.out()).containsPattern("\\n  sent\\s+2\\n")
                .containsPattern("delivery unknown \\(not sent again without --resend\\)\\s+1\\n")
                .contains("--resend");
        assertThat(mail.getReceivedMessages()).hasSize(2);
        List<TrackedRequest> requests = JdbcRequestStore.open(home.resolve("t.db").toString(), CliRun.CLOCK)
                .find(RequestQuery.campaign("demo"));
        assertThat(requests).hasSize(3);
        assertThat(requests.stream().filter(r -> r.memberId().equals("M001")).findFirst().orElseThrow().status())
                .isEqualTo(RequestStatus.DELIVERY_UNKNOWN);
        assertThat(requests.stream().filter(r -> !r.memberId().equals("M001")))
                .allMatch(r -> r.status() == RequestStatus.SENT);

        CliRun again = CliRun.runWith(home, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(3)), Map.of(), "",
                args);
        assertThat(again.out()).contains("2 already sent: skipped.");
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void sigterm_stops_after_the_message_in_flight_with_a_summary_and_a_rerun_resumes() throws Exception {
        SendFixture.init(home, "t.db", 4, 0);
        Process sender = SendFixture.child(home, SendFixture.sendArgs("t.db", mail.getSmtp().getPort(), "--rate",
                "20/min"), home.resolve("stopped.log"));
        try {
            assertThat(mail.waitForIncomingEmail(120_000, 1)).isTrue();
            sender.destroy(); // SIGTERM
            assertThat(sender.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            sender.destroyForcibly();
        }
        String log = Files.readString(home.resolve("stopped.log"));
        assertThat(sender.exitValue()).as(log).isEqualTo(143);
        assertThat(log).contains("Stopped after the message in flight: run the same command again to resume.",
                "Summary of campaign demo, platform chatgpt:", "Next: optout campaign send demo --platform chatgpt");
        int sent = mail.getReceivedMessages().length;
        assertThat(sent).isBetween(1, 3);
        assertThat(log).containsPattern("\\n  sent\\s+" + sent + "\\n");

        CliRun rerun = CliRun.runWith(home, Clock.systemUTC(), Map.of(), "",
                SendFixture.sendArgs("t.db", mail.getSmtp().getPort()).toArray(String[]::new));
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.out()).contains(sent + " already sent: skipped.")
                .containsPattern("\\n  sent\\s+" + (4 - sent) + "\\n");
        assertThat(mail.getReceivedMessages()).hasSize(4);
    }
}
