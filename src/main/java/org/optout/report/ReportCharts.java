package org.optout.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.optout.tracker.RequestStatus;

/** The report's three charts, built with JFreeChart from the report's figures and labelled in its language. */
final class ReportCharts {
    /** A line per status (Okabe-Ito and Tableau hues, told apart without relying on red/green alone). */
    private static final Color[] STATUS_COLOURS = {
        new Color(0x999999), new Color(0xD55E00), new Color(0xCC79A7), new Color(0xF0E442), new Color(0x56B4E9),
        new Color(0x0072B2), new Color(0x8C564B), new Color(0xE69F00), new Color(0x009E73), new Color(0xB2182B),
        new Color(0x17BECF), new Color(0x6A3D9A), new Color(0x333333)};
    /** Answered, refused, awaiting in time, overdue. */
    private static final Color[] ANSWER_COLOURS = {
        new Color(0x009E73), new Color(0xD55E00), new Color(0x56B4E9), new Color(0xE69F00)};

    private static final Color BOX_COLOUR = new Color(0xCC79A7);

    private ReportCharts() {
    }

    /** Requests per status at the end of each day: a line per status that had any request. */
    static JFreeChart statusOverTime(List<DayCounts> days, List<RequestStatus> statuses, ReportTexts texts) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (RequestStatus status : statuses) {
            XYSeries series = new XYSeries(texts.status(status), false, false);
            for (DayCounts day : days) {
                series.add(epochMilli(day.day()), day.statuses().get(status));
            }
            data.addSeries(series);
        }
        DateAxis time = new DateAxis(texts.get("report.day"), TimeZone.getTimeZone(ZoneOffset.UTC), texts.locale());
        DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, texts.locale());
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setDateFormatOverride(format);
        time.setLowerMargin(0.03); // room for the first date's label
        time.setUpperMargin(0.03);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, days.size() <= 31);
        XYPlot plot = new XYPlot(data, time, countAxis(texts.get("report.axis.requests"), texts.locale()), lines);
        JFreeChart chart = ChartSvg.chart(plot);
        for (int i = 0; i < statuses.size(); i++) {
            lines.setSeriesPaint(i, STATUS_COLOURS[statuses.get(i).ordinal() % STATUS_COLOURS.length]);
            lines.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        return chart;
    }

    /** The requests of each platform by how they were answered, as stacked horizontal bars. */
    static JFreeChart answers(List<PlatformFigures> platforms, ReportTexts texts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> kinds = texts.answerKinds();
        for (PlatformFigures p : platforms) {
            Answers a = p.answers();
            int[] counts = {a.answered(), a.refused(), a.unanswered(), a.overdue()};
            for (int i = 0; i < counts.length; i++) {
                data.addValue(counts[i], kinds.get(i), p.platform());
            }
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(texts.get("report.platform")),
                countAxis(texts.get("report.axis.requests"), texts.locale()), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartSvg.chart(plot);
        for (int i = 0; i < ANSWER_COLOURS.length; i++) {
            bars.setSeriesPaint(i, ANSWER_COLOURS[i]);
        }
        return chart;
    }

    /** The days to answer of each platform that had an answer, as box plots (quartiles, median, mean, whiskers). */
    static JFreeChart daysToAnswer(List<PlatformFigures> platforms, List<BoxAndWhiskerItem> boxes,
            ReportTexts texts) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        for (int i = 0; i < platforms.size(); i++) {
            if (boxes.get(i) != null) {
                data.add(boxes.get(i), texts.get("report.delays.series"), platforms.get(i).platform());
            }
        }
        BoxAndWhiskerRenderer boxesRenderer = new BoxAndWhiskerRenderer();
        boxesRenderer.setMaximumBarWidth(0.1);
        boxesRenderer.setMeanVisible(false); // a disc as wide as the box would hide the median; the table gives it
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(texts.get("report.platform")),
                countAxis(texts.get("report.axis.days"), texts.locale()), boxesRenderer);
        JFreeChart chart = ChartSvg.chart(plot);
        boxesRenderer.setSeriesPaint(0, BOX_COLOUR);
        return chart;
    }

    /** A value axis of whole numbers from zero, its ticks in the language's digits and separators. */
    private static NumberAxis countAxis(String label, Locale locale) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeMinimumSize(5);
        return axis;
    }

    private static long epochMilli(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
