package org.optout.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.optout.signing.SigningFixtures.PASSWORD;
import static org.optout.signing.SigningFixtures.SIGNER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.ExitCode;

class KeyStoreFileTest {
    private static final String OPTION = "--sign-p12";

    @TempDir
    Path dir;

    @Test
    void a_created_key_loads_back_with_its_password_from_an_owner_only_file() throws IOException {
        // given
        Path p12 = dir.resolve("me.p12");
        SigningKey created = KeyStoreFile.create(p12, SIGNER, PASSWORD, SigningFixtures.CREATED);

        // when
        SigningKey loaded = KeyStoreFile.load(p12, PASSWORD, OPTION);

        // then
        assertThat(loaded.signerName()).isEqualTo(SIGNER);
        assertThat(loaded.privateKey()).isEqualTo(created.privateKey());
        assertThat(loaded.chain()).containsExactlyElementsOf(created.chain());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p12))).isEqualTo("rw-------");
    }

    @Test
    void a_created_certificate_is_a_self_signed_rsa_3072_signing_certificate_valid_for_three_years() throws Exception {
        // when
        X509Certificate certificate = SigningFixtures.newKey(dir).chain().get(0);

        // then
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=" + SIGNER);
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength())
                .isEqualTo(3072);
        assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(certificate.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        assertThat(certificate.getNotBefore().toInstant()).isEqualTo("2026-01-14T10:00:00Z");
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo("2029-01-15T10:00:00Z");
    }

    @Test
    void a_wrong_password_is_reported_as_such_with_the_option() {
        // given
        Path p12 = dir.resolve("me.p12");
        KeyStoreFile.create(p12, SIGNER, PASSWORD, SigningFixtures.CREATED);

        // when / then
        assertThatThrownBy(() -> KeyStoreFile.load(p12, "not it".toCharArray(), OPTION))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
                    assertThat(e.getMessage()).isEqualTo(OPTION + ": " + p12 + ": wrong password");
                });
    }

    @Test
    void random_bytes_are_not_a_keystore() throws IOException {
        // given
        byte[] noise = new byte[2048];
        new Random(42).nextBytes(noise);
        Path p12 = Files.write(dir.resolve("noise.p12"), noise);

        // when / then
        assertThatThrownBy(() -> KeyStoreFile.load(p12, PASSWORD, OPTION))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
                    assertThat(e.getMessage()).startsWith(OPTION + ": " + p12 + " is not a PKCS#12 keystore")
                            .doesNotContain("\n");
                });
    }

    @Test
    void a_missing_file_is_named() {
        Path p12 = dir.resolve("absent.p12");

        assertThatThrownBy(() -> KeyStoreFile.load(p12, PASSWORD, OPTION))
                .isInstanceOf(AppException.class)
                .hasMessage(OPTION + ": " + p12 + " does not exist");
    }

    @Test
    void a_keystore_with_only_a_certificate_holds_no_private_key() throws Exception {
        // given
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        Certificate certificate = SigningFixtures.newKey(dir).chain().get(0);
        store.setCertificateEntry("someone", certificate);
        Path p12 = dir.resolve("certificate-only.p12");
        try (var out = Files.newOutputStream(p12)) {
            store.store(out, PASSWORD);
        }

        // when / then
        assertThatThrownBy(() -> KeyStoreFile.load(p12, PASSWORD, OPTION))
                .isInstanceOf(AppException.class)
                .hasMessage(OPTION + ": " + p12 + " holds no private key");
    }

    @Test
    void an_existing_file_is_never_overwritten() throws IOException {
        // given
        Path p12 = Files.writeString(dir.resolve("me.p12"), "precious");

        // when / then
        assertThatThrownBy(() -> KeyStoreFile.create(p12, SIGNER, PASSWORD, SigningFixtures.CREATED))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("exists");
        assertThat(Files.readString(p12)).isEqualTo("precious");
    }

    @Test
    void a_key_created_in_2020_has_expired_in_2026_but_not_in_2021() {
        // given
        Clock past = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
        SigningKey key = KeyStoreFile.create(dir.resolve("old.p12"), SIGNER, PASSWORD, past);

        // then
        assertThat(key.expiredAt(Instant.parse("2026-02-01T00:00:00Z"))).isTrue();
        assertThat(key.expiredAt(Instant.parse("2021-06-01T00:00:00Z"))).isFalse();
        assertThat(key.expiredAt(Instant.parse("2019-06-01T00:00:00Z"))).as("not yet valid").isTrue();
    }
}
