package org.optout.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;

/**
 * The sample campaign's report as a reader sees it: Debian's headless Chromium opens samples/campaign-report.html
 * (the report of the sample campaign, which SampleCampaignReportTest writes from the tracker), paints the three SVG
 * charts (each one's own colours are on the screenshot, in page order, over a varied area) and parses them as SVG
 * with their labels. Two Chromium runs, each bounded by {@link HeadlessChromium#TIME_LIMIT_SECONDS}. Leaves the
 * screenshot that samples/campaign-report.png copies in target/report-sample/.
 */
class ReportInChromiumTest {
    static final int WIDTH = 1200;
    static final int HEIGHT = 2700;

    @Test
    void chromium_draws_the_three_charts_of_the_sample_report(@TempDir Path temp) throws Exception {
        Path dir = Path.of("target", "report-sample").toAbsolutePath();
        Files.createDirectories(dir);
        Path page = TestFiles.SAMPLES.resolve("campaign-report.html");
        Path png = dir.resolve("campaign-report.png");
        Files.deleteIfExists(png);
        HeadlessChromium chromium = HeadlessChromium.find(temp.resolve("profile"));

        chromium.screenshot(page, png, WIDTH, HEIGHT);
        String dom = chromium.dumpDom(page);

        BufferedImage shot = ImageIO.read(png.toFile());
        assertThat(shot.getWidth()).isEqualTo(WIDTH);
        assertThat(shot.getHeight()).isEqualTo(HEIGHT);
        assertThat(variance(shot, new Rectangle(0, 0, WIDTH, HEIGHT))).as("the whole screenshot's variance")
                .isGreaterThan(100);
        // the lines of "refused" and "complaint filed"; the bars of "refused" and "overdue"; the boxes
        Rectangle overTime = area(shot, "status over time", new Color(0xB2182B), new Color(0x6A3D9A));
        Rectangle answers = area(shot, "answers", new Color(0xD55E00), new Color(0xE69F00));
        Rectangle delays = area(shot, "days to answer", new Color(0xCC79A7));
        assertThat(overTime.getMaxY()).as("status over time above the answers").isLessThan(answers.getMinY());
        assertThat(answers.getMaxY()).as("answers above the days to answer").isLessThan(delays.getMinY());

        Document parsed = Jsoup.parse(dom);
        assertThat(parsed.select("svg").size()).as("svg elements in Chromium's DOM").isEqualTo(3);
        // Chromium's HTML parser gives SVG attributes their SVG case: it took the charts as SVG, not as HTML
        assertThat(dom.split("viewBox=\"0 0 960 ", -1).length - 1).as("viewBox attributes in Chromium's DOM")
                .isEqualTo(3);
        assertThat(parsed.select("svg#chart-over-time text").eachText()).contains("Refusée", "Plainte déposée",
                "Jour", "Demandes");
        assertThat(parsed.select("svg#chart-answers text").eachText()).contains("LinkedIn", "Meta AI", "Refus",
                "Délai dépassé");
        assertThat(parsed.select("svg#chart-delays text").eachText()).contains("LinkedIn", "Meta AI", "Jours");
        assertThat(parsed.select("svg > title").eachText()).containsExactly("Statuts au fil du temps",
                "Réponses par plateforme", "Délai de réponse");
    }

    /**
     * Where the screenshot holds pixels of the given colours (within a small tolerance, for antialiasing), checked
     * to be a chart: enough such pixels, over an area whose pixels vary.
     */
    private static Rectangle area(BufferedImage shot, String chart, Color... colours) {
        Rectangle found = null;
        int count = 0;
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                Color pixel = new Color(shot.getRGB(x, y));
                if (List.of(colours).stream().anyMatch(c -> close(c, pixel))) {
                    count++;
                    found = found == null ? new Rectangle(x, y, 1, 1) : found.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        assertThat(count).as("pixels of the %s chart's colours on the screenshot", chart).isGreaterThan(200);
        assertThat(variance(shot, found)).as("variance over the %s chart (%s)", chart, found).isGreaterThan(500);
        return found;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 6 && Math.abs(a.getGreen() - b.getGreen()) <= 6
                && Math.abs(a.getBlue() - b.getBlue()) <= 6;
    }

    /** The variance of the pixels' luminance (0 to 255) over {@code area}: 0 for a blank area. */
    private static double variance(BufferedImage image, Rectangle area) {
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                Color c = new Color(image.getRGB(x, y));
                double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
                sum += luminance;
                squares += luminance * luminance;
                n++;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }

    @Test
    void without_chromium_the_browser_test_fails_naming_the_package(@TempDir Path emptyDir) {
        assertThatThrownBy(() -> HeadlessChromium.find(emptyDir.toString(), emptyDir.resolve("profile")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("install Debian's package chromium (apt-get install chromium)");
    }
}
