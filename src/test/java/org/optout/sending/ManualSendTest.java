package org.optout.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.optout.TestFiles;
import org.optout.cli.CliRun;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.TrackedRequest;

/** {@code send --via email --manual}: the email for the user's own mail program; recorded once they say it went. */
class ManualSendTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    @BeforeEach
    void profile() {
        TestFiles.sampleProfile(home);
    }

    private CliRun manual(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("send", "chatgpt", "--via", "email", "--manual",
                "--profile", "profile.yaml", "--db", "t.db", "--smtp-host", "127.0.0.1", "--smtp-port",
                Integer.toString(mail.getSmtp().getPort()), "--smtp-tls", "none"));
        args.addAll(List.of(extra));
        // at a terminal: nothing is emailed by optout, so nothing is asked
        return CliRun.onTerminal(home, Map.of(), "", args.toArray(String[]::new));
    }

    private List<TrackedRequest> tracker() {
        return JdbcRequestStore.open(home.resolve("t.db").toString(), CliRun.CLOCK).find(RequestQuery.ALL);
    }

    @Test
    void writes_the_eml_and_a_mailto_link_sends_nothing_and_records_nothing_sent() throws Exception {
        CliRun run = manual();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("[o/N]", "Je fonde mon opposition");
        assertThat(mail.getReceivedMessages()).isEmpty();

        Path eml = home.resolve("letters/objection-chatgpt-fr.to-send.eml");
        MimeMessage message;
        try (InputStream in = Files.newInputStream(eml)) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("dpo@openai.com");
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("camille.durand@example.org");
        assertThat(message.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(message.getSubject()).startsWith("Opposition");
        BodyPart pdf = ((Multipart) message.getContent()).getBodyPart(1);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getFileName()).isEqualTo("objection-chatgpt-fr.pdf");
        assertThat(pdf.getInputStream().readAllBytes())
                .isEqualTo(Files.readAllBytes(home.resolve("letters/objection-chatgpt-fr.pdf")));

        String link = Files.readString(home.resolve("letters/objection-chatgpt-fr.mailto.txt")).strip();
        assertThat(link).startsWith("mailto:dpo@openai.com?subject=Opposition%20").contains("&body=")
                .doesNotContain(" ", "+");
        assertThat(URLDecoder.decode(link.substring(link.indexOf("&body=") + 6), StandardCharsets.UTF_8))
                .contains("Camille Durand");

        assertThat(tracker()).singleElement().satisfies(r -> {
            assertThat(r.status().label()).isEqualTo("drafted");
            assertThat(r.events()).extracting(RequestEvent::type).containsExactly(EventType.DRAFTED);
        });
        assertThat(run.out()).containsPattern("(?m)^  chatgpt +e-mail +à faire par vous +R1 +optout requests sent R1 "
                + "--via email --attach SENT.eml --db t.db$");
    }

    @Test
    void the_printed_command_records_the_email_as_sent() throws Exception {
        CliRun run = manual("--ui-lang", "en");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String printed = run.outLines().stream().filter(l -> l.contains("record it: ")).findFirst().orElseThrow()
                .replaceFirst(".*record it: ", "");
        assertThat(printed).isEqualTo("optout requests sent R1 --via email --attach SENT.eml --db t.db");

        // the user sent it from their own mail program and saved it from the Sent folder
        Files.copy(home.resolve("letters/objection-chatgpt-fr.to-send.eml"), home.resolve("SENT.eml"));
        CliRun sent = CliRun.run(home, printed.replaceFirst("^optout ", "").split(" "));
        assertThat(sent.exitCode()).as(sent.toString()).isZero();
        assertThat(sent.out()).contains("R1 chatgpt: sent recorded");

        TrackedRequest request = tracker().get(0);
        assertThat(request.status().label()).isEqualTo("sent");
        assertThat(request.sentOn()).hasValueSatisfying(d -> assertThat(d).hasToString("2026-11-22"));
        assertThat(request.events()).extracting(RequestEvent::type).contains(EventType.SENT)
                .doesNotContain(EventType.SEND_ATTEMPTED);
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void manual_goes_with_email_only() {
        CliRun run = CliRun.run(home, "send", "linkedin", "--via", "form", "--manual", "--profile", "profile.yaml",
                "--db", "t.db", "--ui-lang", "en");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--manual goes with --via email").hasLineCount(1);
        CliRun french = CliRun.run(home, "send", "linkedin", "--via", "form", "--manual", "--profile", "profile.yaml",
                "--db", "t.db");
        assertThat(french.exitCode()).isEqualTo(2);
        assertThat(french.err()).isEqualTo("optout: --manual va avec --via email\u00a0: c'est votre propre logiciel de "
                + "messagerie qui envoie l'e-mail\n");
    }

    @Test
    void requests_sent_refuses_another_channel_than_the_one_prepared() {
        assertThat(manual().exitCode()).isZero();
        CliRun wrong = CliRun.run(home, "requests", "sent", "R1", "--via", "post", "--db", "t.db");
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(wrong.err()).contains("--via: R1 was prepared for email; to use post run: optout send chatgpt "
                + "--via post");
        CliRun old = CliRun.run(home, "requests", "sent", "R1", "--by", "email", "--db", "t.db");
        assertThat(old.exitCode()).as(old.toString()).isZero();
    }
}
