package org.optout.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/**
 * {@code optout inbox} over IMAPS (implicit TLS) against GreenMail with a test certificate for 127.0.0.1: trusted
 * through {@code trust_store}, it works; without it, the certificate is refused (one line, exit 4).
 */
class ImapsInboxTest {
    @TempDir
    static Path keys;

    static GreenMail mail;

    @BeforeAll
    static void server_with_a_test_certificate() throws Exception {
        Path store = keys.resolve("server.p12");
        run("keytool", "-genkeypair", "-alias", "greenmail", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
        run("keytool", "-exportcert", "-rfc", "-alias", "greenmail", "-keystore", store.toString(), "-storepass",
                "changeit", "-file", keys.resolve("server.pem").toString());
        System.setProperty("greenmail.tls.keystore.file", store.toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        mail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.IMAPS}));
        mail.start();
        mail.setUser("camille.durand@example.org", "camille", "secret");
    }

    @AfterAll
    static void stop() {
        mail.stop();
        System.clearProperty("greenmail.tls.keystore.file");
        System.clearProperty("greenmail.tls.keystore.password");
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

    private static CliRun inbox(Path home, String trust) {
        TestFiles.write(home.resolve(".config/optout/config.yaml"), "imap:\n  host: 127.0.0.1\n  port: "
                + mail.getImaps().getPort() + "\n  username: camille\n  tls: ssl\n  timeout_seconds: 5\n" + trust);
        return CliRun.runWith(home, CliRun.CLOCK, Map.of("OPTOUT_IMAP_PASSWORD", "secret"), "", "inbox", "--db",
                "t.db", "--ui-lang", "en");
    }

    @Test
    void the_test_certificate_is_trusted_through_trust_store(@TempDir Path home) throws Exception {
        Files.copy(keys.resolve("server.pem"), Files.createDirectories(home.resolve(".config/optout"))
                .resolve("server.pem"));
        CliRun run = inbox(home, "  trust_store: server.pem\n");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("0 message(s) read");
    }

    @Test
    void without_it_the_certificate_is_refused(@TempDir Path home) {
        CliRun run = inbox(home, "");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("cannot connect to the IMAP server");
    }
}
