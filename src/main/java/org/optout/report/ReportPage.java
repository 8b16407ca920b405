package org.optout.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.optout.tracker.RequestStatus;

/**
 * The report as one HTML document: a head that forbids every load (Content-Security-Policy), the style inline, the
 * headline figures, then each section with its chart and the same figures as a table.
 */
final class ReportPage {
    /** No script, no network: only the inline style and inline images may be used. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final String STYLE = style();

    private final CampaignReport report;
    private final ReportTexts texts;

    ReportPage(CampaignReport report, ReportTexts texts) {
        this.report = report;
        this.texts = texts;
    }

    Document document() {
        Document doc = new Document("");
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html").attr("lang", texts.languageCode());
        head(html.appendElement("head"));
        Element body = html.appendElement("body");
        Element header = body.appendElement("header");
        header.appendElement("h1").text(texts.get("report.title", report.campaign()));
        header.appendElement("p").attr("class", "subtitle")
                .text(texts.get("report.subtitle", report.association(), texts.date(report.date())));
        Element main = body.appendElement("main");
        figures(main.appendElement("section").attr("id", "figures"));
        List<RequestStatus> statuses = statusesSeen();
        platforms(main.appendElement("section").attr("id", "platforms"), statuses);
        new ReportSections(report, texts).appendTo(main, statuses);
        body.appendElement("footer").appendElement("p").text(texts.get("report.footer", texts.date(report.date())));
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return doc;
    }

    private void head(Element head) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", POLICY);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "optout");
        head.appendElement("title").text(texts.get("report.title", report.campaign()));
        head.appendElement("style").appendChild(new DataNode(STYLE)); // raw: CSS is not HTML text
    }

    private void figures(Element section) {
        section.appendElement("h2").text(texts.get("report.figures"));
        long requests = 0;
        long letters = 0;
        long answered = 0;
        long refused = 0;
        long overdue = 0;
        List<Integer> days = new ArrayList<>();
        for (PlatformFigures p : report.platforms()) {
            requests += p.requests();
            letters += p.lettersWritten();
            answered += p.answers().answered();
            refused += p.answers().refused();
            overdue += p.answers().overdue();
            days.addAll(p.daysToAnswer());
        }
        Element list = section.appendElement("dl").attr("class", "figures");
        figure(list, "report.figure.requests", texts.number(requests));
        figure(list, "report.figure.letters", texts.number(letters));
        figure(list, "report.figure.mandates", texts.number(report.mandatesSigned()));
        figure(list, "report.figure.answered", texts.number(answered));
        figure(list, "report.figure.refused", texts.number(refused));
        figure(list, "report.figure.overdue", texts.number(overdue));
        figure(list, "report.figure.median", days.isEmpty() ? texts.get("report.none") : texts.decimal(median(days)));
    }

    private void figure(Element list, String key, String value) {
        Element item = list.appendElement("div");
        item.appendElement("dt").text(texts.get(key));
        item.appendElement("dd").text(value);
    }

    private void platforms(Element section, List<RequestStatus> statuses) {
        section.appendElement("h2").text(texts.get("report.platforms"));
        List<String> headers = new ArrayList<>(List.of(texts.get("report.platform"), texts.get("report.letters")));
        statuses.forEach(s -> headers.add(texts.status(s)));
        headers.add(texts.get("report.total"));
        Table table = new Table(headers);
        for (PlatformFigures p : report.platforms()) {
            List<String> cells = new ArrayList<>(List.of(p.platform(), texts.number(p.lettersWritten())));
            statuses.forEach(s -> cells.add(texts.number(p.statuses().get(s))));
            cells.add(texts.number(p.requests()));
            table.row(cells);
        }
        table.appendTo(section, texts.get("report.platforms"), texts.get("report.empty"));
    }

    /** The statuses any platform or day counts a request in, in the tracker's order. */
    private List<RequestStatus> statusesSeen() {
        return Arrays.stream(RequestStatus.values())
                .filter(s -> report.platforms().stream().anyMatch(p -> p.statuses().get(s) > 0)
                        || report.statusOverTime().stream().anyMatch(d -> d.statuses().get(s) > 0))
                .toList();
    }

    static double median(List<Integer> values) {
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static String style() {
        try (InputStream in = ReportPage.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
