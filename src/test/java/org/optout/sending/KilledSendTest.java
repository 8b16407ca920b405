package org.optout.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/**
 * A real optout process killed (SIGKILL) while the SMTP server holds the message data without answering: the store
 * stays consistent, the request shows "delivery unknown", and a plain retry does not send it a second time.
 */
class KilledSendTest {
    @TempDir
    Path home;

    @Test
    void a_send_killed_after_the_data_leaves_a_consistent_store_and_is_not_resent_blindly() throws Exception {
        TestFiles.sampleProfile(home);
        CountDownLatch dataReceived = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread smtp = new Thread(() -> holdAfterData(server, dataReceived), "silent-smtp");
            smtp.setDaemon(true);
            smtp.start();

            Process optout = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.optout.Main", "send", "chatgpt",
                    "--profile", home.resolve("profile.yaml").toString(), "--ui-lang", "en", "--db", home.resolve("t.db").toString(),
                    "--out", home.resolve("letters").toString(), "--smtp-host", "127.0.0.1",
                    "--smtp-port", Integer.toString(server.getLocalPort()), "--smtp-tls", "none")
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(home.resolve("optout.log").toFile()).start();
            try {
                assertThat(dataReceived.await(60, TimeUnit.SECONDS)).as("the server got the message data").isTrue();
            } finally {
                optout.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("t.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        CliRun list = CliRun.run(home, "requests", "--db", "t.db");
        assertThat(list.out()).contains("R1", "chatgpt", "delivery_unknown");

        String[] send = {"send", "chatgpt", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db", "--smtp-host", "127.0.0.1",
            "--smtp-port", "9", "--smtp-tls", "none"};
        // at once: the attempt could still be running in another process
        CliRun soon = CliRun.runWith(home, Clock.systemUTC(), Map.of(), "", send);
        assertThat(soon.exitCode()).as(soon.toString()).isEqualTo(4);
        assertThat(soon.err()).startsWith("optout: R1 chatgpt: another optout is sending it (attempt recorded at ")
                .contains("wait, then check with optout requests show R1 --db t.db");
        // later: no process can still be sending it, and it may have arrived
        CliRun later = CliRun.runWith(home, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)), Map.of(), "",
                send);
        assertThat(later.exitCode()).as(later.toString()).isEqualTo(4);
        assertThat(later.err().lines()).singleElement().asString().contains("may have reached the server",
                "optout requests sent R1 --on DATE --db t.db", "optout send chatgpt --resend --db t.db");
        assertThat(CliRun.run(home, "requests", "show", "R1", "--db", "t.db").out()).contains("delivery_unknown")
                .contains("send_attempted");
        CliRun overdue = CliRun.run(home, "overdue", "--db", "t.db");
        assertThat(overdue.out()).contains("R1 chatgpt: delivery unknown");
    }

    /** Answers the SMTP dialogue up to the end of the message data, then says nothing more. */
    private static void holdAfterData(ServerSocket server, CountDownLatch dataReceived) {
        try (Socket client = server.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            reply(out, "220 silent ESMTP");
            String line;
            boolean inData = false;
            while ((line = in.readLine()) != null) {
                if (inData) {
                    if (line.equals(".")) {
                        dataReceived.countDown();
                        in.readLine(); // hold the connection open until the client dies
                        return;
                    }
                    continue;
                }
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 silent");
                    case "MAIL", "RCPT" -> reply(out, "250 ok");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        inData = true;
                    }
                    default -> reply(out, "502 no");
                }
            }
        } catch (IOException ignored) {
            // the client was killed: that is the point of the test
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

}
