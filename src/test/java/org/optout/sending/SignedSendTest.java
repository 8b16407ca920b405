package org.optout.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/** {@code send --sign-p12}: the PDF emailed is the signed one, as Debian's pdfsig sees it. */
class SignedSendTest {
    private static final Map<String, String> PASSWORD = Map.of("OPTOUT_P12_PASSWORD", "s3cret-pass");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private static String pdfsig(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return report;
    }

    @Test
    void the_attached_pdf_carries_a_valid_signature() throws Exception {
        TestFiles.sampleProfile(home);
        CliRun keygen = CliRun.runWith(home, CliRun.CLOCK, PASSWORD, "", "keygen", "--profile", "profile.yaml");
        assertThat(keygen.exitCode()).as(keygen.toString()).isZero();

        CliRun run = CliRun.runWith(home, CliRun.CLOCK, PASSWORD, "", "send", "chatgpt", "--sign-p12",
                "optout-signing.p12", "--profile", "profile.yaml", "--db", "t.db", "--smtp-host", "127.0.0.1",
                "--smtp-port", Integer.toString(mail.getSmtp().getPort()), "--smtp-tls", "none");
        assertThat(run.exitCode()).as(run.toString()).isZero();

        assertThat(mail.getReceivedMessages()).hasSize(1);
        BodyPart attachment = ((Multipart) mail.getReceivedMessages()[0].getContent()).getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("objection-chatgpt-fr.pdf");
        Path attached = Files.write(home.resolve("attached.pdf"), attachment.getInputStream().readAllBytes());
        assertThat(pdfsig(attached)).contains("Signer Certificate Common Name: Camille Durand", "Signature is Valid.");
        assertThat(Files.readAllBytes(attached))
                .isEqualTo(Files.readAllBytes(home.resolve("letters/objection-chatgpt-fr.pdf")));
    }

    @Test
    void without_sign_p12_the_attached_pdf_is_unsigned() throws Exception {
        TestFiles.sampleProfile(home);
        CliRun run = CliRun.runWith(home, CliRun.CLOCK, Map.of(), "", "send", "chatgpt", "--profile", "profile.yaml",
                "--db", "t.db", "--smtp-host", "127.0.0.1", "--smtp-port",
                Integer.toString(mail.getSmtp().getPort()), "--smtp-tls", "none");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        BodyPart attachment = ((Multipart) mail.getReceivedMessages()[0].getContent()).getBodyPart(1);
        Path attached = Files.write(home.resolve("attached.pdf"), attachment.getInputStream().readAllBytes());
        assertThat(pdfsig(attached)).doesNotContain("Signature is Valid.");
    }
}
