package org.optout.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.optout.files.PrivateFiles;
import org.optout.ui.Texts;

/**
 * Writes the campaign report: one self-contained HTML file (inline style, inline SVG charts drawn by JFreeChart,
 * no script, nothing loaded from the network) in the language of {@code texts}. Every name from the input is text
 * on the page, never markup.
 */
public final class ReportWriter {
    private final ReportTexts texts;

    /** @param texts the language of the page (the interface's, or the campaign's) */
    public ReportWriter(Texts texts) {
        this.texts = new ReportTexts(texts);
    }

    /** The page, as HTML. */
    public String render(CampaignReport report) {
        return new ReportPage(report, texts).document().outerHtml();
    }

    /**
     * Writes the page to {@code target}, replacing it atomically, readable by the user only (the figures are the
     * association's members' affairs).
     *
     * @throws org.optout.AppException if the file cannot be written; nothing is left half-written
     */
    public void write(CampaignReport report, Path target) {
        PrivateFiles.write(target, render(report).getBytes(StandardCharsets.UTF_8));
    }
}
