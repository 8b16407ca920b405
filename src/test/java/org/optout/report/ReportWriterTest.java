package org.optout.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.tracker.RequestStatus;
import org.optout.ui.Texts;

/** The report page parsed back: its tables hold the input figures, it references nothing outside, names are text. */
class ReportWriterTest {
    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    /** Two platforms, three days: every figure below is written out by hand in the assertions. */
    static CampaignReport small(String campaign, String association, String first, String second) {
        PlatformFigures linkedIn = new PlatformFigures(first, 9, Map.of(RequestStatus.DRAFTED, 1, RequestStatus.SENT,
                2, RequestStatus.ANSWERED, 3, RequestStatus.REFUSED, 2, RequestStatus.COMPLAINED, 1),
                new Answers(3, 3, 1, 1), List.of(30, 3, 9, 5, 7));
        PlatformFigures meta = new PlatformFigures(second, 4, Map.of(RequestStatus.SENT, 4), new Answers(0, 0, 1, 3),
                List.of());
        List<DayCounts> days = List.of(new DayCounts(MAY_1, Map.of(RequestStatus.DRAFTED, 13)),
                new DayCounts(MAY_1.plusDays(1), Map.of(RequestStatus.DRAFTED, 5, RequestStatus.SENT, 8)),
                new DayCounts(MAY_1.plusDays(2), Map.of(RequestStatus.DRAFTED, 1, RequestStatus.SENT, 6,
                        RequestStatus.ANSWERED, 3, RequestStatus.REFUSED, 2, RequestStatus.COMPLAINED, 1)));
        return new CampaignReport(campaign, association, LocalDate.of(2026, 5, 4), 7, List.of(linkedIn, meta), days);
    }

    private static Document english(CampaignReport report) {
        return Jsoup.parse(new ReportWriter(Texts.of(Language.EN)).render(report));
    }

    private static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            rows.add(tr.children().eachText());
        }
        return rows;
    }

    private static Element table(Document page, String section) {
        Element table = page.selectFirst("section#" + section + " table");
        assertThat(table).as("the table of section %s", section).isNotNull();
        return table;
    }

    @Test
    void the_tables_hold_the_figures_given() {
        Document page = english(small("Spring 2026", "Privacy Friends", "LinkedIn", "Meta"));

        assertThat(rows(table(page, "platforms"))).containsExactly(
                List.of("Platform", "Letters written", "Drafted", "Sent", "Answered", "Refused", "Complaint filed",
                        "Total"),
                List.of("LinkedIn", "9", "1", "2", "3", "2", "1", "9"),
                List.of("Meta", "4", "0", "4", "0", "0", "0", "4"));
        assertThat(rows(table(page, "over-time"))).containsExactly(
                List.of("Day", "Drafted", "Sent", "Answered", "Refused", "Complaint filed", "Total"),
                List.of("2026-05-01", "13", "0", "0", "0", "0", "13"),
                List.of("2026-05-02", "5", "8", "0", "0", "0", "13"),
                List.of("2026-05-03", "1", "6", "3", "2", "1", "13"));
        assertThat(rows(table(page, "answers"))).containsExactly(
                List.of("Platform", "Answered", "Refused", "Awaiting (in time)", "Overdue", "Total"),
                List.of("LinkedIn", "3", "3", "1", "1", "8"),
                List.of("Meta", "0", "0", "1", "3", "4"));
        // 3 5 7 9 30: quartiles are Tukey's hinges (the medians of 3 5 7 and of 7 9 30), the mean 54 / 5
        assertThat(rows(table(page, "delays"))).containsExactly(
                List.of("Platform", "Answers", "Minimum", "First quartile", "Median", "Third quartile", "Maximum",
                        "Mean"),
                List.of("LinkedIn", "5", "3", "5", "7", "9", "30", "10.8"),
                List.of("Meta", "0", "—", "—", "—", "—", "—", "—"));
        assertThat(page.select("p.note")).as("a note on sampling, with every day shown").isEmpty();
        assertThat(table(page, "platforms").select("thead th").eachAttr("class")).containsExactly("name", "n", "n",
                "n", "n", "n", "n", "n");
        assertThat(table(page, "platforms").select("tbody td").eachAttr("class")).containsOnly("n");
    }

    @Test
    void means_and_quartiles_have_one_decimal_at_most() {
        PlatformFigures slow = new PlatformFigures("Slow", 3, Map.of(RequestStatus.ANSWERED, 3),
                new Answers(3, 0, 0, 0), List.of(1, 2, 2));
        Document page = english(new CampaignReport("C", "A", MAY_1, 3, List.of(slow), List.of()));

        assertThat(rows(table(page, "delays")).get(1)).containsExactly("Slow", "3", "1", "1.5", "2", "2", "2",
                "1.7");
    }

    @Test
    void the_headline_figures_add_up_the_platforms() {
        Document page = english(small("Spring 2026", "Privacy Friends", "LinkedIn", "Meta"));

        assertThat(page.select("dl.figures > div").eachText()).containsExactly("requests 13", "letters written 13",
                "mandates signed 7", "answered 3", "refused 3", "overdue 4", "median days to answer 7");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Campaign report: Spring 2026");
        assertThat(page.selectFirst("p.subtitle").text()).isEqualTo("Privacy Friends, figures as of 4 May 2026");
        assertThat(page.title()).isEqualTo("Campaign report: Spring 2026");
    }

    @Test
    void each_chart_is_an_svg_with_a_title_a_description_labels_and_a_legend() {
        Document page = english(small("Spring 2026", "Privacy Friends", "LinkedIn", "Meta"));

        assertThat(page.select("svg")).hasSize(3);
        for (Element svg : page.select("svg")) {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.attr("aria-labelledby")).isEqualTo(svg.id() + "-title " + svg.id() + "-desc");
            assertThat(svg.selectFirst("title").id()).isEqualTo(svg.id() + "-title");
            assertThat(svg.selectFirst("desc").text()).isNotBlank();
        }
        assertThat(page.select("svg#chart-over-time > title").text()).isEqualTo("Status over time");
        assertThat(page.select("svg#chart-over-time > desc").text()).isEqualTo("The number of requests in each "
                + "status at the end of each day, over 3 days from 1 May 2026 to 3 May 2026; the table below gives "
                + "the figures.");
        assertThat(page.select("svg#chart-over-time text").eachText()).contains("Day", "Requests", "Drafted", "Sent",
                "Complaint filed");
        assertThat(page.select("svg#chart-answers text").eachText()).contains("Platform", "Requests", "LinkedIn",
                "Meta", "Answered", "Refused", "Awaiting (in time)", "Overdue");
        assertThat(page.select("svg#chart-delays text").eachText()).contains("Platform", "Days", "LinkedIn",
                "Days from sending to answer");
        assertThat(page.select("svg text").eachAttr("style")).allMatch(style -> style.contains("font-family: "
                + "sans-serif;"), "names a generic font, which every reader has");
        String svgs = page.select("svg").outerHtml();
        assertThat(Pattern.compile("\\d\\.\\d{3}").matcher(svgs).find()).as("a coordinate finer than 1/100 px")
                .isFalse();
    }

    @Test
    void the_page_loads_nothing_from_outside() {
        String html = new ReportWriter(Texts.of(Language.EN)).render(SampleCampaign.report());
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, link, iframe, object, embed, img, image, use, base, foreignObject")).isEmpty();
        List<String> outside = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (!a.getKey().startsWith("xmlns") && a.getValue().matches("(?is)\\s*(https?:|ftp:|file:|//).*")) {
                    outside.add(e.tagName() + " " + a);
                }
            }
        }
        assertThat(outside).as("attributes naming a place outside the page").isEmpty();
        assertThat(html).doesNotContainIgnoringCase("@import");
        Matcher url = Pattern.compile("(?i)url\\(\\s*['\"]?(.)").matcher(html);
        while (url.find()) {
            assertThat(url.group(1)).as("what url( refers to at %d", url.start()).isEqualTo("#");
        }
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    }

    @Test
    void hostile_names_stay_text() {
        String campaign = "</title><script>alert(1)</script>";
        String association = "<img src=x onerror=alert(2)>";
        String first = "\"><svg onload=alert(3)>";
        String second = "</text></svg><script>alert(4)</script>&amp;";
        String html = new ReportWriter(Texts.of(Language.EN)).render(small(campaign, association, first, second));
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img")).isEmpty();
        assertThat(page.select("svg")).hasSize(3);
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .map(Attribute::getKey).filter(k -> k.toLowerCase().startsWith("on"))).isEmpty();
        assertThat(page.title()).isEqualTo("Campaign report: " + campaign);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Campaign report: " + campaign);
        assertThat(page.selectFirst("p.subtitle").text()).startsWith(association + ", figures");
        assertThat(table(page, "answers").select("tbody th").eachText()).containsExactly(first, second);
        // the chart shortens a long label with "..."
        assertThat(page.select("svg#chart-answers text").eachText()).contains(first)
                .anyMatch(label -> label.startsWith("</text></svg><script>alert"));
        assertThat(html).doesNotContain("<script", "<img", "<svg onload");
    }

    @Test
    void an_empty_campaign_says_so() {
        CampaignReport empty = new CampaignReport("New", "Privacy Friends", MAY_1, 0, List.of(), List.of());
        Document page = english(empty);

        assertThat(page.select("dl.figures dd").eachText()).containsExactly("0", "0", "0", "0", "0", "0", "—");
        assertThat(page.select("svg")).hasSize(3);
        for (Element svg : page.select("svg")) {
            assertThat(svg.select("text").eachText()).as("the words of %s", svg.id()).containsExactly("No data yet");
        }
        assertThat(page.select("td.empty").eachText()).containsExactly("No request in this campaign yet.",
                "No data yet", "No request in this campaign yet.", "No request in this campaign yet.");
        assertThat(rows(table(page, "platforms")).get(0)).containsExactly("Platform", "Letters written", "Total");
    }

    @Test
    void a_long_campaign_shows_evenly_spaced_days() {
        List<DayCounts> days = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            days.add(new DayCounts(MAY_1.plusDays(i), Map.of(RequestStatus.SENT, i)));
        }
        Document page = english(new CampaignReport("Long", "Privacy Friends", MAY_1.plusDays(400), 1, List.of(),
                days));

        List<List<String>> rows = rows(table(page, "over-time"));
        assertThat(rows).hasSize(1 + 120);
        assertThat(rows.get(1)).containsExactly("2026-05-01", "0", "0");
        assertThat(rows.get(2)).containsExactly("2026-05-04", "3", "3"); // day 1 × 399 / 119, rounded down
        assertThat(rows.get(120)).containsExactly("2027-06-04", "399", "399");
        assertThat(page.selectFirst("section#over-time p.note").text())
                .isEqualTo("120 of 400 days shown, evenly spaced, the first and the last included.");
        assertThat(page.selectFirst("section#over-time summary").text()).isEqualTo("Figures per day (120 rows)");
    }

    @Test
    void figures_are_written_in_the_language() {
        CampaignReport big = new CampaignReport("Grande", "Amis", MAY_1, 12345, List.of(), List.of());

        Document french = Jsoup.parse(new ReportWriter(Texts.of(Language.FR)).render(big));
        Document german = Jsoup.parse(new ReportWriter(Texts.of(Language.DE)).render(big));

        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Rapport de campagne : Grande");
        assertThat(french.select("dl.figures div").get(2).text()).isEqualTo("mandats signés 12\u202f345");
        assertThat(german.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(german.select("dl.figures div").get(2).text()).isEqualTo("unterschriebene Vollmachten 12.345");
        assertThat(german.selectFirst("p.subtitle").text()).isEqualTo("Amis, Stand 1. Mai 2026");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_language_renders_the_sample_the_same_way_twice(Language language) {
        ReportWriter writer = new ReportWriter(Texts.of(language));
        String html = writer.render(SampleCampaign.report());

        assertThat(writer.render(SampleCampaign.report())).as("a second rendering").isEqualTo(html);
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language.code());
        assertThat(page.select("svg > title").eachText()).hasSize(3).doesNotContain("");
        assertThat(page.select("section h2").eachText()).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void the_file_is_the_page_readable_by_its_owner_only(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("report.html");
        Files.writeString(target, "an older report");
        ReportWriter writer = new ReportWriter(Texts.of(Language.EN));
        CampaignReport report = small("Spring 2026", "Privacy Friends", "LinkedIn", "Meta");

        writer.write(report, target);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(writer.render(report))
                .startsWith("<!doctype html><html lang=\"en\">");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void a_file_that_cannot_be_written_is_an_error_naming_it(@TempDir Path dir) {
        Path target = dir.resolve("missing").resolve("report.html");
        ReportWriter writer = new ReportWriter(Texts.of(Language.EN));

        assertThatThrownBy(() -> writer.write(small("S", "A", "L", "M"), target)).isInstanceOf(AppException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("no such file or directory");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void the_default_locale_and_time_zone_change_nothing() {
        ReportWriter writer = new ReportWriter(Texts.of(Language.NL));
        String usual = writer.render(SampleCampaign.report());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        String elsewhere;
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            elsewhere = writer.render(SampleCampaign.report());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(elsewhere).isEqualTo(usual);
    }

    @Test
    void a_large_campaign_gives_a_page_of_bounded_size() {
        List<PlatformFigures> platforms = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            List<Integer> delays = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                delays.add((i * 7 + p) % 90);
            }
            platforms.add(new PlatformFigures("Platform " + p, 2_500, Map.of(RequestStatus.ANSWERED, 2_500),
                    new Answers(2_500, 0, 0, 0), delays));
        }
        List<DayCounts> days = new ArrayList<>();
        for (int i = 0; i < 3_650; i++) {
            days.add(new DayCounts(MAY_1.plusDays(i), Map.of(RequestStatus.ANSWERED, i)));
        }
        String html = new ReportWriter(Texts.of(Language.EN)).render(new CampaignReport("Ten years", "Friends",
                MAY_1.plusDays(3_650), 100_000, platforms, days));
        Document page = Jsoup.parse(html);

        assertThat(html.length()).as("characters in the page").isLessThan(1_500_000);
        assertThat(page.select("section#over-time tbody tr")).hasSize(120);
        assertThat(page.select("section#delays tbody tr")).hasSize(40);
        assertThat(page.select("dl.figures div").get(0).text()).isEqualTo("requests 100,000");
    }
}
