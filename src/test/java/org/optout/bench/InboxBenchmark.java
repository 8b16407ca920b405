package org.optout.bench;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/**
 * How long {@code optout inbox} takes over 1,000 new messages on GreenMail (IMAP on loopback), then over the same
 * mailbox with nothing new. Not a test: it prints figures. Run by {@code mvn -B -ntp -Pbench verify}, or with the
 * test class path: {@code java -cp … org.optout.bench.InboxBenchmark [messages]}.
 */
public final class InboxBenchmark {
    private InboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        try {
            Path home = Files.createTempDirectory("optout-inbox-bench");
            TestFiles.sampleProfile(home);
            GreenMailUser user = mail.setUser("camille.durand@example.org", "camille", "secret");
            TestFiles.write(home.resolve(".config/optout/config.yaml"), "imap:\n  host: 127.0.0.1\n  port: "
                    + mail.getImap().getPort() + "\n  username: camille\n  tls: none\n");
            CliRun send = CliRun.runWith(home, CliRun.on("2026-11-02"), Map.of(), "", "send", "chatgpt",
                    "--profile", "profile.yaml", "--db", "t.db", "--smtp-host", "127.0.0.1", "--smtp-port",
                    Integer.toString(mail.getSmtp().getPort()), "--smtp-tls", "none");
            if (send.exitCode() != 0) {
                throw new IllegalStateException(send.toString());
            }
            String sentId = mail.getReceivedMessages()[0].getMessageID();
            for (int i = 0; i < count; i++) {
                user.deliver(message(i, sentId));
            }
            Map<String, String> env = Map.of("OPTOUT_IMAP_PASSWORD", "secret");
            long start = System.nanoTime();
            CliRun dry = CliRun.runWith(home, CliRun.CLOCK, env, "", "inbox", "--db", "t.db", "--profile",
                    "profile.yaml", "--ui-lang", "en", "--dry-run");
            System.out.println("inbox --dry-run over " + count + " new messages: " + (System.nanoTime() - start)
                    / 1_000_000 + " ms (exit " + dry.exitCode() + ")");
            start = System.nanoTime();
            CliRun first = CliRun.runWith(home, CliRun.CLOCK, env, "", "inbox", "--db", "t.db", "--profile",
                    "profile.yaml", "--ui-lang", "en");
            long firstMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            CliRun second = CliRun.runWith(home, CliRun.CLOCK, env, "", "inbox", "--db", "t.db", "--profile",
                    "profile.yaml", "--ui-lang", "en");
            long secondMs = (System.nanoTime() - start) / 1_000_000;
            System.out.println("inbox over " + count + " new messages: " + firstMs + " ms (exit " + first.exitCode()
                    + "; " + first.outLines().get(first.outLines().size() - 1) + ")");
            System.out.println("inbox again, nothing new: " + secondMs + " ms (exit " + second.exitCode() + "; "
                    + second.outLines().get(second.outLines().size() - 1) + ")");
        } finally {
            mail.stop();
        }
    }

    /** Every tenth message answers the objection; the others come from elsewhere or are the controller's news. */
    private static MimeMessage message(int i, String sentId) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        boolean reply = i % 10 == 0;
        m.setFrom(new InternetAddress(reply ? "dpo@openai.com" : i % 3 == 0 ? "news@openai.com"
                : "sender" + i + "@example.net"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("camille.durand@example.org"));
        m.setSubject(reply ? "Re: Opposition (" + i + ")" : "Newsletter " + i, "UTF-8");
        m.setText(reply ? "We are unable to comply with your objection (" + i + ")."
                : "Lorem ipsum dolor sit amet, message " + i + ".\n".repeat(20), "UTF-8");
        if (reply) {
            m.setHeader("In-Reply-To", sentId);
        }
        m.saveChanges();
        return m;
    }
}
