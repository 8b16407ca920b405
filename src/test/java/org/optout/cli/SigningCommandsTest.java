package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.pdf.PdfFacts;

/** keygen, letter --sign-p12 and verify through the real command line. */
class SigningCommandsTest {
    private static final Map<String, String> PASSWORD = Map.of("OPTOUT_P12_PASSWORD", "s3cret-pass");

    @TempDir
    Path home;

    @BeforeEach
    void profile() {
        TestFiles.sampleProfile(home);
    }

    /** Runs {@code args} in English (the sample profile's language is French). */
    private CliRun run(Map<String, String> env, String... args) {
        String[] english = java.util.Arrays.copyOf(args, args.length + 2);
        english[args.length] = "--ui-lang";
        english[args.length + 1] = "en";
        return CliRun.runWith(home, CliRun.CLOCK, env, "", english);
    }

    @Test
    void keygen_sign_and_verify() throws Exception {
        CliRun keygen = run(PASSWORD, "keygen", "--profile", "profile.yaml");
        assertThat(keygen.exitCode()).as(keygen.toString()).isZero();
        assertThat(keygen.outLines()).containsExactly(home.resolve("optout-signing.p12").toString());
        assertThat(keygen.err()).contains("Camille Durand", "integrity, not identity");

        CliRun letter = run(PASSWORD, "letter", "linkedin", "--profile", "profile.yaml", "--sign-p12",
                "optout-signing.p12");
        assertThat(letter.exitCode()).as(letter.toString()).isZero();
        Path pdf = home.resolve("letters/objection-linkedin-fr.pdf");
        assertThat(PdfFacts.pdfaViolations(pdf)).isEmpty();

        CliRun verify = run(Map.of(), "verify", "letters/objection-linkedin-fr.pdf");
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("signer: Camille Durand", "signed: 2026-11-22T09:00:00Z",
                "format: ETSI.CAdES.detached", "intact: yes", "covers the whole file: yes");

        Process pdfsig = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        assertThat(new String(pdfsig.getInputStream().readAllBytes())).contains("Signature is Valid.");
        pdfsig.waitFor();

        byte[] bytes = Files.readAllBytes(pdf);
        Files.write(pdf, java.util.Arrays.copyOf(bytes, bytes.length + 10));
        CliRun appended = run(Map.of(), "verify", "letters/objection-linkedin-fr.pdf");
        assertThat(appended.exitCode()).isEqualTo(3);
        assertThat(appended.out()).contains("covers the whole file: NO");
        assertThat(appended.err()).contains("changed after it was signed");
    }

    @Test
    void a_visible_signature_keeps_the_letter_valid_and_archival() throws Exception {
        assertThat(run(PASSWORD, "keygen", "--profile", "profile.yaml").exitCode()).isZero();
        CliRun letter = run(PASSWORD, "letter", "chatgpt", "--profile", "profile.yaml", "--sign-p12",
                "optout-signing.p12", "--sign-visible");
        assertThat(letter.exitCode()).as(letter.toString()).isZero();
        Path pdf = home.resolve("letters/objection-chatgpt-fr.pdf");
        assertThat(PdfFacts.pdfaViolations(pdf)).isEmpty();
        assertThat(run(Map.of(), "verify", "letters/objection-chatgpt-fr.pdf").out()).contains("intact: yes");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var last = doc.getPage(doc.getNumberOfPages() - 1);
            assertThat(last.getAnnotations()).anySatisfy(a -> {
                assertThat(a.getSubtype()).isEqualTo("Widget");
                assertThat(a.getRectangle().getWidth()).isGreaterThan(100);
            });
        }
        CliRun withoutKey = run(PASSWORD, "letter", "chatgpt", "--profile", "profile.yaml", "--sign-visible");
        assertThat(withoutKey.exitCode()).isEqualTo(2);
        assertThat(withoutKey.err()).contains("--sign-visible needs --sign-p12");
    }

    @Test
    void verify_refuses_an_unsigned_or_unreadable_file() {
        assertThat(run(Map.of(), "letter", "linkedin", "--profile", "profile.yaml").exitCode()).isZero();
        CliRun unsigned = run(Map.of(), "verify", "letters/objection-linkedin-fr.pdf");
        assertThat(unsigned.exitCode()).isEqualTo(3);
        assertThat(unsigned.err()).isEqualTo("optout: letters/objection-linkedin-fr.pdf: no signature\n");
        CliRun missing = run(Map.of(), "verify", "nope.pdf");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("nope.pdf", "cannot read");
    }

    @Test
    void wrong_password_corrupt_file_and_missing_password_are_one_line_errors() {
        assertThat(run(PASSWORD, "keygen", "--profile", "profile.yaml").exitCode()).isZero();
        CliRun wrong = run(Map.of("OPTOUT_P12_PASSWORD", "nope"), "letter", "linkedin", "--profile", "profile.yaml",
                "--sign-p12", "optout-signing.p12");
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(wrong.err()).contains("--sign-p12", "wrong password").doesNotContain("nope");
        assertThat(home.resolve("letters")).doesNotExist();

        TestFiles.write(home.resolve("corrupt.p12"), "not a keystore at all");
        CliRun corrupt = run(PASSWORD, "letter", "linkedin", "--profile", "profile.yaml", "--sign-p12", "corrupt.p12");
        assertThat(corrupt.exitCode()).isEqualTo(3);
        assertThat(corrupt.err().lines().count()).isEqualTo(1);
        assertThat(corrupt.err()).contains("corrupt.p12");

        CliRun noPassword = run(Map.of(), "letter", "linkedin", "--profile", "profile.yaml", "--sign-p12",
                "optout-signing.p12");
        assertThat(noPassword.exitCode()).isEqualTo(3);
        assertThat(noPassword.err()).contains("OPTOUT_P12_PASSWORD");
    }

    @Test
    void keygen_out_is_a_folder_and_out_file_a_file() throws Exception {
        java.nio.file.Files.createDirectories(home.resolve("keys"));
        CliRun folder = run(PASSWORD, "keygen", "--profile", "profile.yaml", "--out", "keys");
        assertThat(folder.exitCode()).as(folder.toString()).isZero();
        assertThat(folder.outLines()).containsExactly(home.resolve("keys/optout-signing.p12").toString());
        assertThat(home.resolve("keys/optout-signing.p12")).isRegularFile();
        CliRun both = run(PASSWORD, "keygen", "--profile", "profile.yaml", "--out", "keys", "--out-file", "k.p12");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--out", "--out-file").hasLineCount(1);
        assertThat(home.resolve("k.p12")).doesNotExist();
    }

    @Test
    void an_expired_certificate_signs_with_a_warning() {
        Clock past = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneId.of("UTC"));
        CliRun keygen = CliRun.runWith(home, past, PASSWORD, "", "keygen", "--profile", "profile.yaml", "--out-file", "old.p12",
                "--ui-lang", "en");
        assertThat(keygen.exitCode()).as(keygen.toString()).isZero();
        CliRun letter = run(PASSWORD, "letter", "claude", "--profile", "profile.yaml", "--sign-p12", "old.p12");
        assertThat(letter.exitCode()).as(letter.toString()).isZero();
        assertThat(letter.err()).contains("warning", "not valid on");
        CliRun verify = run(Map.of(), "verify", "letters/objection-claude-fr.pdf");
        assertThat(verify.out()).contains("intact: yes", "certificate valid when signing: no");
    }

    @Test
    void keygen_never_overwrites() {
        assertThat(run(PASSWORD, "keygen", "--profile", "profile.yaml").exitCode()).isZero();
        CliRun again = run(PASSWORD, "keygen", "--profile", "profile.yaml");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("exists");
    }
}
