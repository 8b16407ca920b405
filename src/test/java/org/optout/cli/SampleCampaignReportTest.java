package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.optout.cli.CampaignFixture.on;
import static org.optout.cli.CampaignFixture.request;
import static org.optout.cli.CampaignFixture.sent;
import static org.optout.cli.CampaignFixture.then;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.campaign.CampaignStore;
import org.optout.campaign.DocumentKind;
import org.optout.tracker.EventType;
import org.optout.tracker.campaign.JdbcCampaignStore;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.NewEvent;

/**
 * samples/campaign-report.html is the report of the sample campaign: samples/association.yaml and
 * samples/members.csv imported by {@code campaign init}, each member's objections to LinkedIn and Meta AI drafted
 * on 25 September 2026 and recorded as written, those of the seven members with a signed mandate sent the day after
 * they signed, and the answers below, all on fixed dates; the report taken on 15 December 2026 in French. This test
 * writes it to target/report-sample/campaign-report.html and requires the sample to be that file, byte for byte
 * (after a deliberate change: {@code cp target/report-sample/campaign-report.html samples/}); ReportInChromiumTest
 * then opens the sample in Chromium.
 */
class SampleCampaignReportTest {
    static final Path WRITTEN = Path.of("target", "report-sample", "campaign-report.html").toAbsolutePath();
    static final Path SAMPLE = TestFiles.SAMPLES.resolve("campaign-report.html");
    private static final List<String> MEMBERS = List.of("M0001", "M0002", "M0003", "M0004", "M0005", "M0006",
            "M0007", "M0008", "M0009", "M0010", "M0011", "M0012");

    @TempDir
    Path home;

    @Test
    void the_sample_report_is_the_report_of_the_sample_campaign() throws Exception {
        CliRun.ok(home, "2026-12-15", "campaign", "init", "exemple", "--association",
                TestFiles.SAMPLES.resolve("association.yaml").toString(), "--members",
                TestFiles.SAMPLES.resolve("members.csv").toString(), "--db", home.resolve(CampaignFixture.DB)
                        .toString());
        JdbcRequestStore store = CampaignFixture.store(home);
        List<CampaignStore.WrittenDocument> written = new ArrayList<>();
        for (String member : MEMBERS) {
            for (String platform : List.of("linkedin", "meta-ai")) {
                written.add(new CampaignStore.WrittenDocument(member, DocumentKind.OBJECTION, platform, "fr",
                        "objection-" + platform + ".pdf", "0".repeat(64), "1".repeat(64), "2".repeat(64)));
            }
        }
        JdbcCampaignStore.open(home.resolve(CampaignFixture.DB).toString(), CliRun.CLOCK)
                .recordWritten("exemple", written);
        // members without a signed mandate: drafted, never sent
        for (String member : List.of("M0003", "M0005", "M0007", "M0009", "M0012")) {
            request(store, "exemple", member, "linkedin", "09-25");
            request(store, "exemple", member, "meta-ai", "09-25");
        }
        both(store, "M0004", "09-29", new NewEvent[] {on(EventType.ANSWERED, "10-20")},
                new NewEvent[] {on(EventType.REFUSED, "10-14"), on(EventType.COMPLAINT_FILED, "11-03")});
        both(store, "M0001", "10-03", new NewEvent[] {on(EventType.REFUSED, "10-30")},
                new NewEvent[] {on(EventType.ACKNOWLEDGED, "10-06")});
        both(store, "M0002", "10-04", new NewEvent[] {on(EventType.ANSWERED, "10-16")},
                new NewEvent[] {on(EventType.REFUSED, "10-27")});
        both(store, "M0006", "10-11", new NewEvent[] {on(EventType.ACKNOWLEDGED, "10-14"),
                on(EventType.ANSWERED, "11-09")}, new NewEvent[0]);
        both(store, "M0008", "10-16", new NewEvent[] {on(EventType.EXTENSION_NOTIFIED, "11-10")},
                new NewEvent[] {on(EventType.REFUSED, "11-02"), on(EventType.COMPLAINT_FILED, "11-20")});
        both(store, "M0010", "10-21", new NewEvent[] {on(EventType.ANSWERED, "11-28")},
                new NewEvent[] {on(EventType.ACKNOWLEDGED, "10-23")});
        both(store, "M0011", "10-22", new NewEvent[0], new NewEvent[] {on(EventType.ANSWERED, "12-01")});
        Files.createDirectories(WRITTEN.getParent());

        CliRun run = CliRun.at(home, "2026-12-15", "campaign", "report", "exemple", "--out-file",
                WRITTEN.toString(), "--db", home.resolve(CampaignFixture.DB).toString(), "--ui-lang", "fr");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(WRITTEN + "\u00a0: le rapport de 24 demande(s) à 2 plateforme(s)");
        assertThat(Files.readString(WRITTEN)).as("samples/campaign-report.html is the report written now; after a "
                + "deliberate change: cp " + WRITTEN + " samples/").isEqualTo(Files.readString(SAMPLE));
    }

    /** The member's objections to LinkedIn and to Meta AI, sent (and received) on {@code sentOn}, then answered. */
    private void both(JdbcRequestStore store, String member, String sentOn, NewEvent[] linkedin, NewEvent[] meta) {
        request(store, "exemple", member, "linkedin", "09-25", then(sent(sentOn), linkedin));
        request(store, "exemple", member, "meta-ai", "09-25", then(sent(sentOn), meta));
    }
}
