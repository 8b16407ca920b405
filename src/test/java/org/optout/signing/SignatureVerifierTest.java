package org.optout.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.optout.signing.SigningFixtures.PASSWORD;
import static org.optout.signing.SigningFixtures.SIGNED_AT;
import static org.optout.signing.SigningFixtures.SIGNER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.ExitCode;

class SignatureVerifierTest {
    @TempDir
    Path dir;

    @Test
    void an_unsigned_pdf_has_no_signatures() {
        assertThat(SignatureVerifier.verify(SigningFixtures.letter(), "letter.pdf")).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_pdf_is_invalid_data_named_by_its_label() {
        byte[] text = "Dear Sir or Madam".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SignatureVerifier.verify(text, "letters/acme.pdf"))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
                    assertThat(e.getMessage()).startsWith("letters/acme.pdf is not a readable PDF")
                            .doesNotContain("\n");
                });
    }

    @Test
    void a_signature_made_after_the_certificate_expired_is_intact_but_not_valid_at_signing() {
        // given
        Clock past = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
        SigningKey old = KeyStoreFile.create(dir.resolve("old.p12"), SIGNER, PASSWORD, past);

        // when
        byte[] signed = new PadesSigner().sign(SigningFixtures.letter(), old, SIGNED_AT, "r");

        // then
        assertThat(SignatureVerifier.verify(signed, "signed.pdf")).singleElement().satisfies(report -> {
            assertThat(report.intact()).isTrue();
            assertThat(report.certificateValidAtSigning()).isFalse();
        });
    }

    @Test
    void the_signing_time_is_kept_to_the_second() {
        SigningKey key = SigningFixtures.newKey(dir);
        Instant withMillis = SIGNED_AT.plusMillis(789);

        byte[] signed = new PadesSigner().sign(SigningFixtures.letter(), key, withMillis, "r");

        assertThat(SignatureVerifier.verify(signed, "signed.pdf")).singleElement()
                .extracting(SignatureReport::signingTime).isEqualTo(SIGNED_AT);
    }
}
