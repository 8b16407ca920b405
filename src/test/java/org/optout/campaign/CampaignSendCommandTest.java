package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.optout.cli.CliRun;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

/** {@code optout campaign send} against GreenMail on loopback, on a SQLite tracker, in one process. */
class CampaignSendCommandTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private CliRun send(String... more) {
        return CliRun.run(home, SendFixture.sendArgs("t.db", mail.getSmtp().getPort(), more).toArray(String[]::new));
    }

    @Test
    void each_signed_member_gets_one_message_from_the_association_and_none_goes_to_the_others() throws Exception {
        // M001..M004 signed, M005 not; M004 withdraws
        SendFixture.init(home, "t.db", 4, 1);
        CliRun forget = CliRun.run(home, "campaign", "forget", "demo", "M004", "--db", "t.db", "--ui-lang", "en");
        assertThat(forget.exitCode()).as(forget.toString()).isZero();

        CliRun run = send("--yes");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("sent\\s+3\\n").containsPattern("skipped, no signed mandate\\s+1\\n")
                .containsPattern("withdrawn\\s+1\\n").containsPattern("skipped, already sent\\s+0\\n")
                .containsPattern("failed \\(a re-run sends them again\\)\\s+0\\n")
                .contains("Next: optout campaign status demo --db t.db");
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(3);
        List<String> members = new ArrayList<>();
        for (MimeMessage message : received) {
            SendFixture.Received r = SendFixture.Received.of(message);
            assertThat(r.from()).isEqualTo(SendFixture.ASSOCIATION);
            assertThat(r.replyTo()).isEqualTo(SendFixture.ASSOCIATION);
            assertThat(r.to()).containsExactly(SendFixture.DPO);
            assertThat(r.attachmentNames()).containsExactly("objection-chatgpt-fr.pdf", "mandate-fr.pdf");
            String who = r.attachmentTexts().get(0).replaceAll("(?s).*(Membre Numéro \\d+).*", "$1");
            members.add(who);
            assertThat(r.attachmentTexts().get(0)).contains("Association Données Libres ASBL", "OpenAI");
            assertThat(r.attachmentTexts().get(1)).contains(who, "Association Données Libres ASBL");
            assertThat(r.body()).contains(who).doesNotContain("Membre Numéro 4", "Membre Numéro 5");
            assertThat(r.subject()).contains(who, "article 21 du RGPD").doesNotContain("80");
            // the objection is made as the member's agent; art. 80(1) is named only for later complaints
            assertThat(r.attachmentTexts().get(0).replaceAll("\\s+", " ")).contains(
                    "la présente opposition est faite en son nom et en vertu de ce mandat",
                    "Pièce jointe\u00a0: copie du mandat donné par " + who)
                    .doesNotContain("conformément à l’article 80");
        }
        assertThat(members).containsExactlyInAnyOrder("Membre Numéro 1", "Membre Numéro 2", "Membre Numéro 3");

        List<TrackedRequest> requests = JdbcRequestStore.open(home.resolve("t.db").toString(), CliRun.CLOCK)
                .find(RequestQuery.campaign("demo"));
        assertThat(requests).extracting(TrackedRequest::memberId).containsExactlyInAnyOrder("M001", "M002", "M003");
        for (TrackedRequest request : requests) {
            assertThat(request.status()).isEqualTo(RequestStatus.SENT);
            assertThat(request.platform()).isEqualTo("chatgpt");
            assertThat(request.events()).extracting(RequestEvent::type).containsExactly(EventType.DRAFTED,
                    EventType.SEND_ATTEMPTED, EventType.SENT, EventType.RECEIVED);
        }

        CliRun status = CliRun.run(home, "campaign", "status", "demo", "--db", "t.db", "--ui-lang", "en");
        assertThat(status.out()).contains("chatgpt: 3 tracked request(s): sent 3");
        CliRun json = CliRun.run(home, "campaign", "status", "demo", "--db", "t.db", "--json");
        com.fasterxml.jackson.databind.JsonNode figures = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out());
        assertThat(figures.get("members").asLong()).isEqualTo(4);
        assertThat(figures.get("requests").get(0).get("platform").asText()).isEqualTo("chatgpt");
        assertThat(figures.get("requests").get(0).get("by_status").get("sent").asLong()).isEqualTo(3);

        CliRun forgetSent = CliRun.run(home, "campaign", "forget", "demo", "M002", "--db", "t.db", "--ui-lang", "en");
        String kept = requests.stream().filter(r -> r.memberId().equals("M002")).findFirst().orElseThrow().shortId();
        assertThat(forgetSent.out()).as(forgetSent.toString()).contains(kept);

        CliRun again = send();
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("2 already sent: skipped.").containsPattern("\\n  sent\\s+0\\n");
        assertThat(mail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void at_a_terminal_it_shows_what_it_will_send_and_sends_nothing_without_a_yes() {
        SendFixture.init(home, "t.db", 2, 1);

        CliRun declined = CliRun.onTerminal(home, Map.of(), "n\n",
                SendFixture.sendArgs("t.db", mail.getSmtp().getPort()).toArray(String[]::new));

        assertThat(declined.exitCode()).as(declined.toString()).isZero();
        assertThat(declined.out()).contains("Campaign demo, platform chatgpt: 2 member(s) with a signed mandate, "
                + "0 already sent, 2 to send.", "From: \"Association Données Libres ASBL\" <" + SendFixture.ASSOCIATION
                + ">", "To: " + SendFixture.DPO + " (the platform's address in the catalogue)",
                "objection-chatgpt-fr.pdf, mandate-fr.pdf", "Send 2 emails now? [y/N]", "Nothing sent");
        assertThat(mail.getReceivedMessages()).isEmpty();

        CliRun accepted = CliRun.onTerminal(home, Map.of(), "y\n",
                SendFixture.sendArgs("t.db", mail.getSmtp().getPort()).toArray(String[]::new));
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void a_dry_run_shows_the_figures_and_changes_nothing() throws Exception {
        SendFixture.init(home, "t.db", 2, 1);
        CliRun dry = send("--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("2 member(s) with a signed mandate, 0 already sent, 2 to send.",
                "objection-chatgpt-fr.pdf, mandate-fr.pdf").doesNotContain("Summary");
        assertThat(mail.getReceivedMessages()).isEmpty();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + home.resolve("t.db"));
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM requests) + "
                     + "(SELECT COUNT(*) FROM campaign_sends)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void a_rate_out_of_bounds_is_a_usage_error() {
        SendFixture.init(home, "t.db", 1, 0);
        CliRun run = send("--rate", "6001/min");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rate", "6001/min");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }
}
