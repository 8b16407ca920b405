package org.optout.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.optout.campaign.SendFixture;
import org.optout.cli.CliRun;

/**
 * How fast {@code optout campaign send} emails a campaign's members to GreenMail (SMTP on loopback) from one
 * process on a SQLite tracker: each message rendered (objection and mandate, PDF/A), kept as evidence, claimed,
 * sent and recorded. Not a test: it prints figures. Run by {@code mvn -B -ntp -Pbench verify}, or with the test
 * class path: {@code java -cp … org.optout.bench.CampaignSendBenchmark [members]}.
 */
public final class CampaignSendBenchmark {
    private CampaignSendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            Path home = Files.createTempDirectory("optout-campaign-send-bench");
            SendFixture.init(home, "t.db", count, 0);
            String[] send = SendFixture.sendArgs("t.db", mail.getSmtp().getPort()).toArray(String[]::new);
            long start = System.nanoTime();
            CliRun run = CliRun.runWith(home, Clock.systemUTC(), Map.of(), "", send);
            long ms = (System.nanoTime() - start) / 1_000_000;
            int received = mail.getReceivedMessages().length;
            System.out.printf("campaign send of %d members to GreenMail (SQLite, one process): %d ms, %.1f "
                    + "messages/s, %d received (exit %d)%n", count, ms, received * 1000.0 / ms, received,
                    run.exitCode());
            start = System.nanoTime();
            CliRun again = CliRun.runWith(home, Clock.systemUTC(), Map.of(), "", send);
            System.out.println("campaign send again (all " + count + " already sent): " + (System.nanoTime() - start)
                    / 1_000_000 + " ms (exit " + again.exitCode() + ")");
            start = System.nanoTime();
            CliRun status = CliRun.run(home, "campaign", "status", "demo", "--db", "t.db");
            System.out.println("campaign status: " + (System.nanoTime() - start) / 1_000_000 + " ms (exit "
                    + status.exitCode() + ")");
        } finally {
            mail.stop();
        }
    }
}
