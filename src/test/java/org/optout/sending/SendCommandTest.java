package org.optout.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/** {@code optout send} by email against a real SMTP server (GreenMail on loopback), and the tracker it fills. */
class SendCommandTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    @BeforeEach
    void profile() {
        TestFiles.sampleProfile(home);
    }

    private CliRun send(Map<String, String> env, int port, String... extra) {
        String[] args = Stream.concat(Stream.of("send", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db",
                "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(port), "--smtp-tls", "none"),
                Stream.of(extra)).toArray(String[]::new);
        return CliRun.runWith(home, CliRun.CLOCK, env, "", args);
    }

    private CliRun send(String... extra) {
        return send(Map.of(), mail.getSmtp().getPort(), extra);
    }

    private JsonNode requests() throws IOException {
        CliRun run = CliRun.run(home, "requests", "--json", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void emails_the_dpo_with_the_pdf_and_records_the_proof() throws Exception {
        CliRun run = send("chatgpt");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("R1 chatgpt: sent to [dpo@openai.com]").contains("answer due by 2026-12-22");
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("dpo@openai.com");
        assertThat(message.getFrom()[0].toString()).isEqualTo("camille.durand@example.org");
        assertThat(message.getSubject()).startsWith("Opposition").contains("RGPD").contains("21");
        Multipart parts = (Multipart) message.getContent();
        BodyPart pdf = parts.getBodyPart(1);
        assertThat(pdf.getFileName()).isEqualTo("objection-chatgpt-fr.pdf");
        assertThat(pdf.getInputStream().readAllBytes())
                .isEqualTo(Files.readAllBytes(home.resolve("letters/objection-chatgpt-fr.pdf")));
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).contains("Camille Durand");

        JsonNode rows = requests();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("id").asText()).isEqualTo("R1");
        assertThat(rows.get(0).get("status").asText()).isEqualTo("sent");
        assertThat(rows.get(0).get("channel").asText()).isEqualTo("email");
        assertThat(rows.get(0).get("deadline").asText()).isEqualTo("2026-12-22");

        CliRun show = CliRun.run(home, "requests", "show", "R1", "--db", "t.db");
        assertThat(show.out()).contains("send_attempted", "sent", "received", "ref <", "eml: objection-chatgpt-fr.eml",
                "sha256 ", "250");
        try (Stream<Path> docs = Files.list(home.resolve("documents"))) {
            assertThat(docs.map(p -> p.getFileName().toString())).hasSize(2).allMatch(n -> n.matches("[0-9a-f]{64}"));
        }
    }

    @Test
    void the_notes_optout_recorded_are_shown_in_the_interface_language_and_kept_in_english() throws Exception {
        assertThat(send("chatgpt").exitCode()).isZero();

        CliRun french = CliRun.run(home, "requests", "show", "R1", "--db", "t.db", "--ui-lang", "fr");
        CliRun english = CliRun.run(home, "requests", "show", "R1", "--db", "t.db", "--ui-lang", "en");
        CliRun json = CliRun.run(home, "requests", "show", "R1", "--db", "t.db", "--json");

        assertThat(french.exitCode()).as(french.toString()).isZero();
        assertThat(french.out()).contains("— destinataire\u00a0: [dpo@openai.com]\n",
                        "— destinataire\u00a0: [dpo@openai.com]\u00a0; serveur\u00a0: 250 ",
                        "\u00a0; SHA-256 du PDF ", "— e-mail\u00a0: reçu le jour de l'envoi\n")
                .doesNotContain("server:", "received on the day", "— to [");
        assertThat(english.out()).contains("— to [dpo@openai.com]; server: 250 ", "; PDF sha256 ",
                "— email: received on the day it was sent\n");
        assertThat(json.out()).contains("\"note\" : \"email: received on the day it was sent\"")
                .doesNotContain("reçu");
    }

    @Test
    void never_sends_twice_what_the_server_accepted() {
        assertThat(send("chatgpt").exitCode()).isZero();
        CliRun again = send("chatgpt");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("R1 chatgpt: already sent").contains("nothing sent");
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_failure_is_told_in_the_interface_language_and_quotes_the_server_as_it_wrote() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (ScriptedSmtpServer server = ScriptedSmtpServer.rejectingRecipients()) {
            String refusing = "127.0.0.1:" + server.port();
            assertThat(sendIn("fr", server.port())).isEqualTo("optout: R1 chatgpt\u00a0: le serveur SMTP " + refusing
                    + " a refusé le message, en répondant\u00a0: 550 5.1.1 mailbox unavailable\n");
            assertThat(sendIn("fr", closed)).isEqualTo("optout: R1 chatgpt\u00a0: connexion impossible au serveur SMTP "
                    + "127.0.0.1:" + closed + " (connexion refusée)\n");
            assertThat(sendIn("en", server.port())).isEqualTo("optout: R1 chatgpt: the SMTP server " + refusing
                    + " refused the message: 550 5.1.1 mailbox unavailable\n");
            assertThat(sendIn("en", closed)).isEqualTo("optout: R1 chatgpt: cannot connect to the SMTP server "
                    + "127.0.0.1:" + closed + " (connection refused)\n");
        }
        assertThat(requests().get(0).get("status").asText()).isEqualTo("delivery_failed");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    /** What {@code send chatgpt} prints on stderr in {@code language}, through the server on {@code port}. */
    private String sendIn(String language, int port) {
        CliRun run = CliRun.runWith(home, CliRun.CLOCK, Map.of(), "", "send", "chatgpt", "--profile", "profile.yaml",
                "--ui-lang", language, "--db", "t.db", "--smtp-host", "127.0.0.1", "--smtp-port",
                Integer.toString(port), "--smtp-tls", "none");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        return run.err();
    }

    @Test
    void server_down_leaves_the_request_unsent_and_retryable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliRun down = send(Map.of(), closedPort, "claude");
        assertThat(down.exitCode()).as(down.toString()).isEqualTo(4);
        assertThat(down.err().lines().count()).isEqualTo(1);
        assertThat(down.err()).startsWith("optout: R1 claude: cannot connect to the SMTP server");
        assertThat(requests().get(0).get("status").asText()).isEqualTo("delivery_failed");
        assertThat(requests().get(0).get("deadline").isNull()).isTrue();

        CliRun retry = send("claude");
        assertThat(retry.exitCode()).as(retry.toString()).isZero();
        assertThat(retry.out()).startsWith("R1 claude: sent to [dpo@anthropic.com]");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void refused_login_leaves_the_request_unsent() throws Exception {
        mail.setUser("camille", "right-password");
        CliRun wrong = send(Map.of("OPTOUT_SMTP_PASSWORD", "wrong"), mail.getSmtp().getPort(),
                "deepseek", "--smtp-user", "camille");
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(4);
        assertThat(wrong.err()).contains("refused the login of camille").doesNotContain("wrong");
        assertThat(requests().get(0).get("status").asText()).isEqualTo("delivery_failed");
        assertThat(mail.getReceivedMessages()).isEmpty();

        CliRun right = send(Map.of("OPTOUT_SMTP_PASSWORD", "right-password"), mail.getSmtp().getPort(),
                "deepseek", "--smtp-user", "camille");
        assertThat(right.exitCode()).as(right.toString()).isZero();
        // one message, delivered to its two recipients: DeepSeek's representative (To) and DeepSeek (Cc)
        assertThat(mail.getReceivedMessages()).hasSize(2)
                .allSatisfy(m -> assertThat(m.getMessageID()).isEqualTo(mail.getReceivedMessages()[0].getMessageID()));
        assertThat(mail.getReceivedMessages()[0].getHeader("To", ",")).isEqualTo("rep_deepseek@prighter.com");
        assertThat(mail.getReceivedMessages()[0].getHeader("Cc", ",")).isEqualTo("privacy@deepseek.com");
    }

    @Test
    void without_password_or_terminal_a_one_line_error() throws IOException {
        CliRun run = send(Map.of(), mail.getSmtp().getPort(), "chatgpt", "--smtp-user", "camille");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip()).isEqualTo("optout: SMTP password: no terminal to ask on; set OPTOUT_SMTP_PASSWORD");
        assertThat(requests().get(0).get("status").asText()).isEqualTo("drafted");
    }

    @Test
    void recipient_refused_with_550_leaves_the_request_unsent() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.rejectingRecipients()) {
            CliRun run = send(Map.of(), server.port(), "chatgpt");
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
            assertThat(run.err()).contains("refused the message").contains("550");
        }
        assertThat(requests().get(0).get("status").asText()).isEqualTo("delivery_failed");
        assertThat(send("chatgpt").exitCode()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void dry_run_writes_the_message_but_sends_and_records_nothing() throws Exception {
        CliRun run = send("chatgpt", "--dry-run");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("dry run", "would email [dpo@openai.com]");
        Path eml = home.resolve("letters/objection-chatgpt-fr.dry-run.eml");
        assertThat(eml).exists();
        assertThat(TestFiles.read(eml)).contains("To: dpo@openai.com", "application/pdf");
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(home.resolve("t.db")).doesNotExist();
    }

    @Test
    void dry_run_needs_no_smtp_settings_and_the_message_id_names_no_machine() {
        CliRun run = CliRun.run(home, "send", "claude", "--dry-run", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String eml = TestFiles.read(home.resolve("letters/objection-claude-fr.dry-run.eml"));
        assertThat(eml).containsPattern("Message-ID: <[^>]*@example\\.org>").contains("To: dpo@anthropic.com");
    }

    @Test
    void copy_to_self() throws Exception {
        assertThat(send("chatgpt", "--cc-self").exitCode()).isZero();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getRecipients(jakarta.mail.Message.RecipientType.CC)).extracting(Object::toString)
                .containsExactly("camille.durand@example.org");
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void missing_smtp_configuration_is_a_one_line_error() throws IOException {
        CliRun run = CliRun.run(home, "send", "chatgpt", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("optout: no SMTP server: pass --smtp-host or add 'smtp: host: …' to "
                + home.resolve(".config/optout/config.yaml") + "\n");
        assertThat(requests().get(0).get("status").asText()).isEqualTo("drafted");
    }

    @Test
    void smtp_settings_come_from_config_yaml() {
        TestFiles.write(home.resolve(".config/optout/config.yaml"), "smtp:\n  host: 127.0.0.1\n  port: "
                + mail.getSmtp().getPort() + "\n  tls: none\n");
        CliRun run = CliRun.run(home, "send", "chatgpt", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void invalid_config_yaml_names_the_field() {
        TestFiles.write(home.resolve(".config/optout/config.yaml"), "smtp:\n  host: 127.0.0.1\n  tls: maybe\n");
        CliRun run = CliRun.run(home, "send", "chatgpt", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("config.yaml", "field `smtp.tls`", "'maybe'");
    }

    @Test
    void tls_none_is_refused_towards_a_remote_host() {
        CliRun run = CliRun.run(home, "send", "chatgpt", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db",
                "--smtp-host", "smtp.example.org", "--smtp-tls", "none");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("tls: none is only allowed towards a loopback address");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void web_form_platform_prints_the_form_and_the_files_then_records_the_case_number() throws IOException {
        CliRun run = send("linkedin");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("R1 linkedin: form: open https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
                        "paste the text of " + home.resolve("letters/objection-linkedin-fr.txt"),
                        "attach " + home.resolve("letters/objection-linkedin-fr.pdf"))
                .doesNotContain("Camille Durand");
        assertThat(requests().get(0).get("status").asText()).isEqualTo("drafted");

        String printed = run.outLines().stream().filter(l -> l.contains("then record it: ")).findFirst().orElseThrow()
                .replaceFirst(".*then record it: ", "");
        assertThat(printed).isEqualTo("optout requests sent R1 --ref CASE-NUMBER --db t.db");
        CliRun sent = CliRun.at(home, "2026-11-20", printed.replace("CASE-NUMBER", "CASE-123")
                .replaceFirst("^optout ", "").split(" "));
        assertThat(sent.exitCode()).as(sent.toString()).isZero();
        JsonNode row = requests().get(0);
        assertThat(row.get("status").asText()).isEqualTo("sent");
        assertThat(row.get("deadline").asText()).isEqualTo("2026-12-21");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }
}
