package org.optout.report;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jsoup.nodes.Element;
import org.optout.tracker.RequestStatus;

/** The report's three chart sections, each a chart and, under it, the figures it draws as a table. */
final class ReportSections {
    /** The most days the status-over-time chart and table show; a longer campaign is sampled evenly. */
    static final int MAX_DAYS_SHOWN = 120;

    private final CampaignReport report;
    private final ReportTexts texts;

    ReportSections(CampaignReport report, ReportTexts texts) {
        this.report = report;
        this.texts = texts;
    }

    void appendTo(Element main, List<RequestStatus> statuses) {
        overTime(section(main, "over-time", "report.overtime"), statuses);
        answers(section(main, "answers", "report.answers"));
        delays(section(main, "delays", "report.delays"));
    }

    private Element section(Element main, String id, String titleKey) {
        Element section = main.appendElement("section").attr("id", id);
        section.appendElement("h2").text(texts.get(titleKey));
        return section;
    }

    private void chart(Element section, JFreeChart chart, String id, int height, String titleKey, String desc) {
        section.appendElement("figure").appendChild(ChartSvg.draw(chart, id, height, texts.get(titleKey), desc,
                texts.get("report.nodata")));
    }

    private void overTime(Element section, List<RequestStatus> statuses) {
        List<DayCounts> all = report.statusOverTime();
        List<DayCounts> days = evenly(all, MAX_DAYS_SHOWN);
        String desc = days.isEmpty() ? texts.get("report.nodata") : texts.get("report.overtime.desc",
                texts.number(all.size()), texts.date(all.get(0).day()), texts.date(all.get(all.size() - 1).day()));
        chart(section, ReportCharts.statusOverTime(days, statuses, texts), "chart-over-time", 460,
                "report.overtime", desc);
        if (days.size() < all.size()) {
            section.appendElement("p").attr("class", "note")
                    .text(texts.get("report.overtime.sampled", texts.number(days.size()), texts.number(all.size())));
        }
        List<String> headers = new ArrayList<>(List.of(texts.get("report.day")));
        statuses.forEach(s -> headers.add(texts.status(s)));
        headers.add(texts.get("report.total"));
        Table table = new Table(headers);
        for (DayCounts day : days) {
            List<String> cells = new ArrayList<>(List.of(texts.day(day.day())));
            statuses.forEach(s -> cells.add(texts.number(day.statuses().get(s))));
            cells.add(texts.number(day.total()));
            table.row(cells);
        }
        // a row a day is long: folded, so the next charts stay near (open in print and to screen readers on demand)
        Element details = section.appendElement("details");
        details.appendElement("summary").text(texts.get("report.overtime.rows", texts.number(days.size())));
        table.appendTo(details, texts.get("report.overtime"), texts.get("report.nodata"));
    }

    private void answers(Element section) {
        List<PlatformFigures> platforms = report.platforms();
        chart(section, ReportCharts.answers(platforms, texts), "chart-answers", 140 + 36 * platforms.size(),
                "report.answers", texts.get("report.answers.desc"));
        List<String> headers = new ArrayList<>(List.of(texts.get("report.platform")));
        headers.addAll(texts.answerKinds());
        headers.add(texts.get("report.total"));
        Table table = new Table(headers);
        for (PlatformFigures p : platforms) {
            Answers a = p.answers();
            table.row(List.of(p.platform(), texts.number(a.answered()), texts.number(a.refused()),
                    texts.number(a.unanswered()), texts.number(a.overdue()), texts.number(a.total())));
        }
        table.appendTo(section, texts.get("report.answers"), texts.get("report.empty"));
    }

    private void delays(Element section) {
        List<PlatformFigures> platforms = report.platforms();
        List<BoxAndWhiskerItem> boxes = platforms.stream().map(p -> p.daysToAnswer().isEmpty() ? null
                : BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(p.daysToAnswer())).toList();
        chart(section, ReportCharts.daysToAnswer(platforms, boxes, texts), "chart-delays", 420, "report.delays",
                texts.get("report.delays.desc"));
        Table table = new Table(List.of(texts.get("report.platform"), texts.get("report.delays.count"),
                texts.get("report.delays.min"), texts.get("report.delays.q1"), texts.get("report.delays.median"),
                texts.get("report.delays.q3"), texts.get("report.delays.max"), texts.get("report.delays.mean")));
        for (int i = 0; i < platforms.size(); i++) {
            PlatformFigures p = platforms.get(i);
            BoxAndWhiskerItem box = boxes.get(i);
            if (box == null) {
                String none = texts.get("report.none");
                table.row(List.of(p.platform(), texts.number(0), none, none, none, none, none, none));
                continue;
            }
            IntSummaryStatistics range = p.daysToAnswer().stream().mapToInt(Integer::intValue).summaryStatistics();
            table.row(List.of(p.platform(), texts.number(range.getCount()), texts.number(range.getMin()),
                    texts.decimal(box.getQ1().doubleValue()), texts.decimal(box.getMedian().doubleValue()),
                    texts.decimal(box.getQ3().doubleValue()), texts.number(range.getMax()),
                    texts.decimal(box.getMean().doubleValue())));
        }
        table.appendTo(section, texts.get("report.delays"), texts.get("report.empty"));
    }

    /**
     * At most {@code max} of {@code days}, evenly spaced, the first and the last always kept; all of them when there
     * are no more than {@code max}.
     */
    static List<DayCounts> evenly(List<DayCounts> days, int max) {
        if (days.size() <= max) {
            return days;
        }
        List<DayCounts> kept = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            kept.add(days.get((int) ((long) i * (days.size() - 1) / (max - 1))));
        }
        return kept;
    }
}
