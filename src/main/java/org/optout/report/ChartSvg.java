package org.optout.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.data.general.DatasetUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Draws a JFreeChart as an inline SVG element that names itself: a {@code <title>} and a {@code <desc>} that
 * screen readers announce ({@code role="img"}, {@code aria-labelledby}). Text reaches the SVG only through
 * JFreeSVG, which escapes it, and the {@code <title>}/{@code <desc>}, which jsoup escapes.
 */
final class ChartSvg {
    static final int WIDTH = 960;
    private static final String FONT = Font.SANS_SERIF;

    static {
        // JFreeChart draws rotated text (the vertical axis label) through a TextLayout, which JFreeSVG can only
        // write as glyph outlines; a plain drawString keeps it text that readers and screen readers find.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartSvg() {
    }

    /**
     * The chart drawn at {@link #WIDTH} × {@code height}, as an {@code <svg>} with the element id {@code id} (also
     * the prefix of its inner ids, so several charts share a page).
     */
    static Element draw(JFreeChart chart, String id, int height, String title, String description,
            String noData) {
        Plot plot = chart.getPlot();
        hideAxesWithoutData(plot);
        plot.setNoDataMessage(noData);
        plot.setNoDataMessageFont(new Font(FONT, Font.PLAIN, 16));
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setDefsKeyPrefix(id + "-"); // by default a time stamp: the same report gives the same file
        g.setGeomDoubleConverter(ChartSvg::hundredths); // else 17 digits a number: a page twice the size
        g.setTransformDoubleConverter(ChartSvg::hundredths);
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        String svg = g.getSVGElement(id, true, new ViewBox(0, 0, WIDTH, height), null, null);
        Element element = Jsoup.parse(svg, "", Parser.xmlParser()).selectFirst("svg");
        if (element == null) {
            throw new IllegalStateException("JFreeSVG drew no <svg> for " + id);
        }
        element.attr("role", "img").attr("aria-labelledby", id + "-title " + id + "-desc")
                .attr("class", "chart");
        element.prependElement("desc").attr("id", id + "-desc").text(description);
        element.prependElement("title").attr("id", id + "-title").text(title);
        return element;
    }

    /** With nothing to draw, the axes would show a made-up range (-2 to 3, 1 January 1970): only the message. */
    private static void hideAxesWithoutData(Plot plot) {
        if (plot instanceof XYPlot xy && DatasetUtils.isEmptyOrNull(xy.getDataset())) {
            xy.getDomainAxis().setVisible(false);
            xy.getRangeAxis().setVisible(false);
        } else if (plot instanceof CategoryPlot category && DatasetUtils.isEmptyOrNull(category.getDataset())) {
            category.getDomainAxis().setVisible(false);
            category.getRangeAxis().setVisible(false);
        }
    }

    /** A coordinate to the hundredth of a pixel, as SVG writes numbers ("12.5", "-3", never "1E-7"). */
    static String hundredths(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a chart coordinate is " + value);
        }
        String text = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /**
     * A chart of {@code plot} with a legend and no title (the page's heading is the title), in the report's look.
     * Series colours are set after this: the theme clears them.
     */
    static JFreeChart chart(Plot plot) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme().apply(chart);
        return chart;
    }

    /** Sans-serif text (JFreeChart's default names Tahoma, which a reader may not have), a white background. */
    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("optout");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 20));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 14));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 13));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        return theme;
    }
}
