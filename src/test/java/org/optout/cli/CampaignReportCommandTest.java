package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.optout.cli.CampaignFixture.on;
import static org.optout.cli.CampaignFixture.request;
import static org.optout.cli.CampaignFixture.sent;
import static org.optout.cli.CampaignFixture.then;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.campaign.CampaignStore;
import org.optout.campaign.DocumentKind;
import org.optout.tracker.EventType;
import org.optout.tracker.campaign.JdbcCampaignStore;
import org.optout.tracker.JdbcRequestStore;

/**
 * {@code optout campaign report}: a campaign of eight members with requests in several states, written through the
 * stores on known dates; the page's tables hold the figures worked out by hand below. Today is 2026-11-22.
 */
class CampaignReportCommandTest {
    @TempDir
    Path home;

    /** Eight members, six with a signed mandate (M05 and M08 without). */
    static final String MEMBERS = """
            M01,Alice Martin,alice@mail.example,Rue A 1 | 1000 Bruxelles,BE,fr,,2026-09-01,alice.li,
            M02,Bruno Lefèvre,bruno@mail.example,Rue B 2 | 1000 Bruxelles,BE,fr,,2026-09-01,,bruno.meta
            M03,Chloé Bernard,chloe@mail.example,Rue C 3 | 1000 Bruxelles,BE,fr,,2026-09-02,,
            M04,David Petit,david@mail.example,Rue D 4 | 1000 Bruxelles,BE,fr,,2026-09-02,,
            M05,Émilie Roux,emilie@mail.example,Rue E 5 | 1000 Bruxelles,BE,fr,,,,
            M06,Farid Haddad,farid@mail.example,Rue F 6 | 1000 Bruxelles,BE,fr,,2026-09-03,,
            M07,Gaëlle Moreau,gaelle@mail.example,Rue G 7 | 1000 Bruxelles,BE,fr,,2026-09-03,,
            M08,Hugo Laurent,hugo@mail.example,Rue H 8 | 1000 Bruxelles,BE,fr,,,,
            """;

    /**
     * LinkedIn: M01 answered after 10 days, M02 refused after 20, M03 sent 2 Oct (deadline 2 Nov: overdue), M04
     * sent 10 Nov (deadline 10 Dec: awaiting), M05 drafted only. Meta AI: M01 refused 5 days after sending, M02
     * acknowledged and overdue (sent 6 Oct). Letters written: 5 for LinkedIn, 2 for Meta AI.
     */
    private void fixture() {
        CampaignFixture.init(home, "spring", MEMBERS);
        JdbcRequestStore store = CampaignFixture.store(home);
        request(store, "spring", "M01", "linkedin", "10-01", then(sent("10-02"), on(EventType.ANSWERED, "10-12")));
        request(store, "spring", "M02", "linkedin", "10-01", then(sent("10-02"), on(EventType.REFUSED, "10-22")));
        request(store, "spring", "M03", "linkedin", "10-01", sent("10-02"));
        request(store, "spring", "M04", "linkedin", "11-10", sent("11-10"));
        request(store, "spring", "M05", "linkedin", "11-15");
        request(store, "spring", "M01", "meta-ai", "10-05", then(sent("10-06"), on(EventType.ACKNOWLEDGED, "10-08"),
                on(EventType.REFUSED, "10-11")));
        request(store, "spring", "M02", "meta-ai", "10-05", then(sent("10-06"), on(EventType.ACKNOWLEDGED,
                "10-08")));
        CampaignStore campaigns = JdbcCampaignStore.open(home.resolve(CampaignFixture.DB).toString(), CliRun.CLOCK);
        List<CampaignStore.WrittenDocument> written = new ArrayList<>();
        for (String member : List.of("M01", "M02", "M03", "M04", "M05")) {
            written.add(letter(member, "linkedin"));
        }
        written.add(letter("M01", "meta-ai"));
        written.add(letter("M02", "meta-ai"));
        campaigns.recordWritten("spring", written);
    }

    private static CampaignStore.WrittenDocument letter(String member, String platform) {
        return new CampaignStore.WrittenDocument(member, DocumentKind.OBJECTION, platform, "fr",
                "objection-" + platform + ".pdf", "0".repeat(64), "1".repeat(64), "2".repeat(64));
    }

    private static List<List<String>> rows(Document page, String section) {
        Element table = page.selectFirst("section#" + section + " table");
        assertThat(table).as("the table of section %s", section).isNotNull();
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            rows.add(tr.children().eachText());
        }
        return rows;
    }

    @Test
    void status_counts_the_overdue_requests_per_platform_from_their_kept_due_dates() {
        fixture();
        String db = home.resolve(CampaignFixture.DB).toString();

        CliRun en = CliRun.at(home, "2026-11-22", "campaign", "status", "spring", "--db", db, "--ui-lang", "en");
        assertThat(en.exitCode()).as(en.toString()).isZero();
        // M03 (LinkedIn, due 2 Nov) and M02 (Meta AI, acknowledged, due 6 Nov); M04 is due 10 Dec: not yet
        assertThat(en.outLines()).contains(
                "linkedin: 1 overdue (the deadline has passed without an answer)",
                "meta-ai: 1 overdue (the deadline has passed without an answer)");
        CliRun fr = CliRun.at(home, "2026-11-22", "campaign", "status", "spring", "--db", db, "--ui-lang", "fr");
        assertThat(fr.outLines()).contains("linkedin\u00a0: 1 en retard (délai de réponse dépassé, sans réponse)");
        // on 2 Nov LinkedIn's deadline is today: not overdue yet; Meta AI's (6 Nov) neither
        CliRun before = CliRun.at(home, "2026-11-02", "campaign", "status", "spring", "--db", db, "--ui-lang", "en");
        assertThat(before.out()).doesNotContain("overdue");
        CliRun json = CliRun.at(home, "2026-11-22", "campaign", "status", "spring", "--db", db, "--json");
        assertThat(json.out()).containsPattern("(?s)\"platform\" : \"linkedin\",\\s*\"total\" : 5,.*?\"overdue\" : 1\\s*}, \\{\\s*\"platform\" : \"meta-ai\"");
    }

    @Test
    void the_page_holds_the_campaigns_figures() throws Exception {
        fixture();
        Path file = home.resolve("out/spring.html");

        CliRun run = CliRun.at(home, "2026-11-22", "campaign", "report", "spring", "--out-file", file.toString(),
                "--db", home.resolve(CampaignFixture.DB).toString(), "--ui-lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(file + ": the report of 7 request(s) to 2 platform(s)");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Campaign report: spring");
        assertThat(page.selectFirst("p.subtitle").text())
                .isEqualTo("Association Données Libres ASBL, figures as of 22 November 2026");
        assertThat(page.select("dl.figures > div").eachText()).containsExactly("requests 7", "letters written 7",
                "mandates signed 6", "answered 1", "refused 2", "overdue 2", "median days to answer 10");
        assertThat(rows(page, "platforms")).containsExactly(
                List.of("Platform", "Letters written", "Drafted", "Sent", "Acknowledged", "Answered", "Refused",
                        "Total"),
                List.of("LinkedIn", "5", "1", "2", "0", "1", "1", "5"),
                List.of("Meta AI", "2", "0", "0", "1", "0", "1", "2"));
        assertThat(rows(page, "answers")).containsExactly(
                List.of("Platform", "Answered", "Refused", "Awaiting (in time)", "Overdue", "Total"),
                List.of("LinkedIn", "1", "1", "1", "1", "4"),
                List.of("Meta AI", "0", "1", "0", "1", "2"));
        assertThat(rows(page, "delays").subList(1, 3)).containsExactly(
                List.of("LinkedIn", "2", "10", "10", "15", "20", "20", "15"),
                List.of("Meta AI", "1", "5", "5", "5", "5", "5", "5"));
        List<List<String>> days = rows(page, "over-time");
        assertThat(days.get(0)).containsExactly("Day", "Drafted", "Sent", "Acknowledged", "Answered", "Refused",
                "Total");
        assertThat(days).hasSize(1 + 53); // 1 October to 22 November
        assertThat(days).contains(
                List.of("2026-10-01", "3", "0", "0", "0", "0", "3"),
                List.of("2026-10-02", "0", "3", "0", "0", "0", "3"),
                List.of("2026-10-05", "2", "3", "0", "0", "0", "5"),
                List.of("2026-10-08", "0", "3", "2", "0", "0", "5"),
                List.of("2026-10-11", "0", "3", "1", "0", "1", "5"),
                List.of("2026-10-12", "0", "2", "1", "1", "1", "5"),
                List.of("2026-10-22", "0", "1", "1", "1", "2", "5"),
                List.of("2026-11-10", "0", "2", "1", "1", "2", "6"));
        assertThat(days.get(days.size() - 1)).containsExactly("2026-11-22", "1", "2", "1", "1", "2", "7");
    }

    @Test
    void out_takes_a_folder_or_as_in_the_issue_a_page_ending_in_html() throws Exception {
        CampaignFixture.init(home, "spring", MEMBERS);
        String db = home.resolve(CampaignFixture.DB).toString();
        Files.createDirectories(home.resolve("shared.html"));

        CliRun folder = CliRun.at(home, "2026-11-22", "campaign", "report", "spring", "--out", "reports", "--db", db,
                "--ui-lang", "en");
        CliRun page = CliRun.at(home, "2026-11-22", "campaign", "report", "spring", "--out", "report.html", "--db",
                db, "--ui-lang", "en");
        CliRun folderNamedHtml = CliRun.at(home, "2026-11-22", "campaign", "report", "spring", "--out",
                "shared.html", "--db", db, "--ui-lang", "en");

        assertThat(folder.outLines()).as(folder.toString()).containsExactly(home.resolve("reports/spring-report.html")
                + ": the report of 0 request(s) to 0 platform(s)");
        assertThat(page.outLines()).as(page.toString()).containsExactly(home.resolve("report.html")
                + ": the report of 0 request(s) to 0 platform(s)");
        assertThat(folderNamedHtml.outLines()).as(folderNamedHtml.toString()).containsExactly(
                home.resolve("shared.html/spring-report.html") + ": the report of 0 request(s) to 0 platform(s)");
        assertThat(Jsoup.parse(home.resolve("report.html").toFile(), "UTF-8").select("td.empty").eachText())
                .contains("No request in this campaign yet.");
    }

    @Test
    void an_unknown_campaign_is_one_line_and_nothing_written() {
        CampaignFixture.init(home, "spring", MEMBERS);

        CliRun run = CliRun.at(home, "2026-11-22", "campaign", "report", "autumn", "--out", "reports", "--db",
                home.resolve(CampaignFixture.DB).toString(), "--ui-lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "optout: no campaign autumn in this tracker: create it with optout campaign init");
        assertThat(home.resolve("reports")).doesNotExist();
    }
}
