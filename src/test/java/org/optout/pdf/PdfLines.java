package org.optout.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text a PDF draws, as PDFBox reads them back: page, baseline, where each starts, its face and size,
 * its text. Two renderers that place a letter alike give the same lines.
 *
 * @param page the page, from 1
 * @param baseline the baseline, in points from the top of the page
 * @param x where the line's first glyph starts, in points from the left
 * @param end where its last glyph ends
 */
public record PdfLines(int page, float baseline, float x, float end, String font, float size, String text) {

    public static List<PdfLines> of(byte[] pdf) {
        List<PdfLines> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    String font = first.getFont().getName();
                    lines.add(new PdfLines(getCurrentPageNo(), first.getY(), first.getX(),
                            last.getX() + last.getWidth(), font.substring(font.indexOf('+') + 1),
                            first.getFontSizeInPt(), text));
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(document);
            lines.sort(java.util.Comparator.comparingInt(PdfLines::page)
                    .thenComparingInt(line -> Math.round(line.baseline() * 4))
                    .thenComparingDouble(PdfLines::x));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The line as a test reports it. */
    @Override
    public String toString() {
        return String.format("p%d y=%.2f x=%.2f..%.2f %s %.2f '%s'", page, baseline, x, end, font, size, text);
    }
}
