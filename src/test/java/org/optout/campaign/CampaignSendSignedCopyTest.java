package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.optout.cli.CliRun;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * {@code campaign send} with signed mandates on record ({@code campaign mandates}): each message carries the
 * member's own signed copy, byte for byte, else the mandate form; {@code --require-signed-copy} skips those without.
 */
class CampaignSendSignedCopyTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private static final byte[] PDF = MandateFiles.pdf(1);
    private static final byte[] PNG = MandateFiles.image("png", 7);

    private CliRun send(String... more) {
        return CliRun.run(home, SendFixture.sendArgs("t.db", mail.getSmtp().getPort(), more).toArray(String[]::new));
    }

    /** M001..M003 signed; M001's signed mandate is a PDF, M002's a PNG, M003's not on record. */
    private void campaign() {
        SendFixture.init(home, "t.db", 3, 0);
        MandateFiles.write(home.resolve("signed/M001.pdf"), PDF);
        MandateFiles.write(home.resolve("signed/M002.png"), PNG);
        CliRun recorded = CliRun.run(home, "campaign", "mandates", "demo", "--from", "signed", "--db", "t.db");
        assertThat(recorded.exitCode()).as(recorded.toString()).isZero();
    }

    /** A received message's attachments: "file name media type" to the SHA-256 of the bytes received. */
    private static Map<String, String> attachments(MimeMessage message) throws Exception {
        Map<String, String> found = new LinkedHashMap<>();
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                found.put(part.getFileName() + " " + part.getContentType().replaceFirst(";.*", ""),
                        MandateFiles.sha256(part.getInputStream().readAllBytes()));
            }
        }
        return found;
    }

    /** The received messages' attachments, by the member named in the body. */
    private static Map<String, Map<String, String>> byMember(MimeMessage[] received) throws Exception {
        Map<String, Map<String, String>> messages = new TreeMap<>();
        for (MimeMessage message : received) {
            messages.put(text(message).replaceAll("(?s).*(Membre Numéro \\d+).*", "$1"), attachments(message));
        }
        return messages;
    }

    private static String text(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() == null) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no body");
    }

    @Test
    void the_status_counts_the_signed_mandates_on_record() {
        campaign();

        CliRun status = CliRun.run(home, "campaign", "status", "demo", "--db", "t.db", "--ui-lang", "en");

        assertThat(status.outLines()).contains("Signed mandates on record (campaign mandates): 2; signed without a "
                + "copy on record: 1");
        assertThat(CliRun.run(home, "campaign", "status", "demo", "--db", "t.db", "--json").out())
                .contains("\"signed_copies\" : 2");
    }

    @Test
    void a_dry_run_says_how_many_messages_carry_a_signed_copy() {
        campaign();

        CliRun dry = send("--dry-run");
        CliRun required = send("--dry-run", "--require-signed-copy");

        assertThat(dry.out()).contains("Signed mandates on record: 2, each attached to its member's message; the "
                + "other members get the mandate form.", "objection-chatgpt-fr.pdf, mandate-signed.pdf");
        assertThat(required.out()).contains("Signed mandates on record: 2; only those members are sent to "
                + "(--require-signed-copy).");
        assertThat(dry.out()).contains("Campaign demo, platform chatgpt: 3 member(s) with a signed mandate, 0 already "
                + "sent, 3 to send.");
        assertThat(required.out()).contains("Campaign demo, platform chatgpt: 2 member(s) whose signed mandate is on "
                + "record, 0 of them already sent, 2 to send.");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void when_a_signed_copy_is_required_the_preview_counts_only_the_members_who_will_be_sent_to() {
        campaign();
        CliRun first = send("--yes", "--require-signed-copy");
        assertThat(first.exitCode()).as(first.toString()).isZero();

        CliRun required = send("--dry-run", "--require-signed-copy");
        CliRun any = send("--dry-run");

        // M003 has no signed copy: a run that requires one has nobody left to send to
        assertThat(required.out()).contains("Campaign demo, platform chatgpt: 2 member(s) whose signed mandate is on "
                + "record, 2 of them already sent, 0 to send.", "Nothing to send.");
        assertThat(any.out()).contains("Campaign demo, platform chatgpt: 3 member(s) with a signed mandate, 2 already "
                + "sent, 1 to send.");
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void each_message_carries_the_members_signed_copy_as_recorded_else_the_form_and_the_summary_counts_those()
            throws Exception {
        campaign();

        CliRun run = send("--yes");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("\\n  sent\\s+3\\n")
                .containsPattern("\\n  sent without a signed copy \\(mandate form attached\\)\\s+1\\n")
                .doesNotContain("no signed copy on record");
        Map<String, Map<String, String>> messages = byMember(mail.getReceivedMessages());
        assertThat(messages).containsOnlyKeys("Membre Numéro 1", "Membre Numéro 2", "Membre Numéro 3");
        assertThat(messages.get("Membre Numéro 1")).containsKeys("objection-chatgpt-fr.pdf application/pdf")
                .containsEntry("mandate-signed.pdf application/pdf", MandateFiles.sha256(PDF)).hasSize(2);
        assertThat(messages.get("Membre Numéro 2")).containsEntry("mandate-signed.png image/png",
                MandateFiles.sha256(PNG)).hasSize(2);
        assertThat(messages.get("Membre Numéro 3")).containsOnlyKeys("objection-chatgpt-fr.pdf application/pdf",
                "mandate-fr.pdf application/pdf");

        // the copy sent is the request's evidence: recorded on its events, by the same hash
        JdbcRequestStore store = JdbcRequestStore.open(home.resolve("t.db").toString(), CliRun.CLOCK);
        TrackedRequest first = store.find(RequestQuery.member("demo", "M001")).get(0);
        RequestEvent sent = first.latest(EventType.SENT).orElseThrow();
        assertThat(sent.documents()).extracting(StoredDocument::sha256).contains(MandateFiles.sha256(PDF));
        assertThat(first.events().get(0).note()).contains("attached: the signed mandate on record");
    }

    @Test
    void requiring_a_signed_copy_skips_and_names_the_members_without_one_whom_a_later_run_sends_to() throws Exception {
        campaign();

        CliRun run = send("--yes", "--require-signed-copy");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("\\n  sent\\s+2\\n")
                .containsPattern("\\n  skipped, no signed copy on record\\s+1\\n")
                .containsPattern("\\n  sent without a signed copy \\(mandate form attached\\)\\s+0\\n")
                .contains("Skipped for want of a signed copy of their mandate: M003. Record the signed mandates "
                        + "with: optout campaign mandates demo --from DIR --db t.db");
        assertThat(byMember(mail.getReceivedMessages())).containsOnlyKeys("Membre Numéro 1", "Membre Numéro 2");
        JdbcRequestStore store = JdbcRequestStore.open(home.resolve("t.db").toString(), CliRun.CLOCK);
        assertThat(store.find(RequestQuery.campaign("demo"))).extracting(TrackedRequest::memberId)
                .containsExactlyInAnyOrder("M001", "M002");

        CliRun later = send("--yes");

        assertThat(later.exitCode()).as(later.toString()).isZero();
        assertThat(later.out()).containsPattern("\\n  sent\\s+1\\n").contains("2 already sent: skipped.");
        assertThat(mail.getReceivedMessages()).hasSize(3);
        assertThat(byMember(mail.getReceivedMessages()).get("Membre Numéro 3")).containsKey(
                "mandate-fr.pdf application/pdf");
        assertThat(store.find(RequestQuery.member("demo", "M003")).get(0).status()).isEqualTo(RequestStatus.SENT);
    }
}
