package org.optout.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optout.tracker.RequestStatus;

/** The report's input records refuse what no tracker can hold, and the sampling of long campaigns. */
class CampaignReportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private static PlatformFigures platform(String name) {
        return new PlatformFigures(name, 1, Map.of(RequestStatus.SENT, 1), new Answers(0, 0, 1, 0), List.of());
    }

    @Test
    void a_status_left_out_counts_zero_and_the_input_map_is_copied() {
        Map<RequestStatus, Integer> counts = new HashMap<>(Map.of(RequestStatus.SENT, 2, RequestStatus.REFUSED, 1));
        DayCounts day = new DayCounts(DAY, counts);
        counts.put(RequestStatus.SENT, 50);

        assertThat(day.statuses()).hasSize(RequestStatus.values().length).containsEntry(RequestStatus.SENT, 2)
                .containsEntry(RequestStatus.DRAFTED, 0);
        assertThat(day.total()).isEqualTo(3);
        assertThat(new Answers(1, 2, 3, 4).total()).isEqualTo(10);
    }

    @Test
    void negative_counts_are_refused_with_what_they_count() {
        assertThatThrownBy(() -> new Answers(-1, 0, 0, 0)).hasMessage("answered is negative: -1");
        assertThatThrownBy(() -> new Answers(0, -1, 0, 0)).hasMessage("refused is negative: -1");
        assertThatThrownBy(() -> new Answers(0, 0, -1, 0)).hasMessage("unanswered is negative: -1");
        assertThatThrownBy(() -> new Answers(0, 0, 0, -1)).hasMessage("overdue is negative: -1");
        assertThatThrownBy(() -> new PlatformFigures("Meta", -2, Map.of(), Answers.NONE, List.of()))
                .hasMessage("Meta: letters written is negative: -2");
        assertThatThrownBy(() -> new PlatformFigures("Meta", 0, Map.of(RequestStatus.SENT, -3), Answers.NONE,
                List.of())).hasMessage("Meta: requests sent is negative: -3");
        assertThatThrownBy(() -> new PlatformFigures("Meta", 0, Map.of(), Answers.NONE, List.of(4, -5)))
                .hasMessage("Meta: days to answer is negative: -5");
        assertThatThrownBy(() -> new CampaignReport("C", "A", DAY, -1, List.of(), List.of()))
                .hasMessage("mandates signed is negative: -1");
    }

    @Test
    void a_missing_count_is_refused_with_its_status() {
        Map<RequestStatus, Integer> counts = new HashMap<>();
        counts.put(RequestStatus.SENT, null);

        assertThatThrownBy(() -> new DayCounts(DAY, counts)).isInstanceOf(NullPointerException.class)
                .hasMessage("statuses on 2026-05-01 SENT");
    }

    @Test
    void names_are_required_and_platforms_unique() {
        assertThatThrownBy(() -> new CampaignReport(" ", "A", DAY, 0, List.of(), List.of()))
                .hasMessage("campaign is blank");
        assertThatThrownBy(() -> new CampaignReport("C", null, DAY, 0, List.of(), List.of()))
                .hasMessage("association");
        assertThatThrownBy(() -> new CampaignReport("C", "A", DAY, 0, List.of(platform("X"), platform("X")),
                List.of())).hasMessage("platform X is listed twice");
        assertThatThrownBy(() -> platform("P".repeat(301)))
                .hasMessage("platform is longer than 300 characters: " + "P".repeat(40) + "…");
        assertThat(platform("P".repeat(300)).platform()).hasSize(300);
    }

    @Test
    void days_must_follow_each_other() {
        List<DayCounts> backwards = List.of(new DayCounts(DAY, Map.of()), new DayCounts(DAY.minusDays(1), Map.of()));
        List<DayCounts> twice = List.of(new DayCounts(DAY, Map.of()), new DayCounts(DAY, Map.of()));

        assertThatThrownBy(() -> new CampaignReport("C", "A", DAY, 0, List.of(), backwards))
                .hasMessage("status over time: 2026-04-30 does not follow 2026-05-01");
        assertThatThrownBy(() -> new CampaignReport("C", "A", DAY, 0, List.of(), twice))
                .hasMessage("status over time: 2026-05-01 does not follow 2026-05-01");
    }

    @Test
    void a_long_series_keeps_evenly_spaced_days_with_the_first_and_the_last() {
        List<DayCounts> days = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> new DayCounts(DAY.plusDays(i), Map.of())).toList();

        assertThat(ReportSections.evenly(days, 4)).extracting(DayCounts::day).containsExactly(DAY, DAY.plusDays(3),
                DAY.plusDays(6), DAY.plusDays(9));
        assertThat(ReportSections.evenly(days, 10)).isEqualTo(days);
        assertThat(ReportSections.evenly(days, 2)).extracting(DayCounts::day).containsExactly(DAY, DAY.plusDays(9));
    }

    @Test
    void the_median_of_an_even_count_is_halfway() {
        assertThat(ReportPage.median(List.of(9, 1, 4, 6))).isEqualTo(5.0);
        assertThat(ReportPage.median(List.of(9, 1, 4))).isEqualTo(4.0);
    }

    @Test
    void chart_coordinates_are_written_to_the_hundredth() {
        assertThat(ChartSvg.hundredths(295.31999999999994)).isEqualTo("295.32");
        assertThat(ChartSvg.hundredths(12.0)).isEqualTo("12");
        assertThat(ChartSvg.hundredths(-0.001)).isEqualTo("0");
        assertThat(ChartSvg.hundredths(1e-7)).isEqualTo("0");
        assertThat(ChartSvg.hundredths(-3.125)).isEqualTo("-3.13");
        assertThatThrownBy(() -> ChartSvg.hundredths(Double.NaN)).hasMessage("a chart coordinate is NaN");
    }
}
