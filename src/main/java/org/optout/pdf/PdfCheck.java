package org.optout.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * Checks a rendered letter the way a reader would see it: the expected texts are extractable (a missing font
 * gives a PDF without text), and it fits on the allowed number of pages.
 */
public final class PdfCheck {
    private PdfCheck() {
    }

    /**
     * @param expected texts that must be found in the extracted text (white space is compared loosely)
     * @param source the template the PDF came from, named in error messages
     */
    public static void verify(byte[] pdf, List<String> expected, int maxPages, String source) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            requirePages(document.getNumberOfPages(), maxPages, source);
            PDFTextStripper stripper = new PDFTextStripper();
            // Our PDFs never draw text twice for a bold effect; skipping that detection halves the check's cost.
            stripper.setSuppressDuplicateOverlappingText(false);
            requireTexts(stripper.getText(document), expected, source);
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("pdf.unreadable", source, e.getMessage()), e);
        }
    }

    /**
     * The same check from what the renderer laid out, without reading the PDF back: the page count, and the
     * expected texts in the text laid out. It is as good as {@link #verify} only for a template whose output
     * {@link #verify} has already passed once (the template decides how text is styled, e.g. with which font
     * family), and for PDFs made by {@link PdfRenderer}, which refuses text in any font but the embedded ones.
     */
    public static void verifyLaidOut(PdfRenderer.RenderedPdf pdf, List<String> expected, int maxPages, String source) {
        requirePages(pdf.pages(), maxPages, source);
        requireTexts(pdf.text(), expected, source);
    }

    private static void requirePages(int pages, int maxPages, String source) {
        if (pages > maxPages) {
            throw AppException.invalidData(Message.of("pdf.too_long", source, pages, maxPages));
        }
    }

    private static void requireTexts(String found, List<String> expected, String source) {
        String text = squeeze(found);
        for (String needle : expected) {
            if (!text.contains(squeeze(needle))) {
                throw AppException.invalidData(Message.of("pdf.text_missing", source, needle, LetterFont.FAMILY));
            }
        }
    }

    /** Removes all white space (including no-break spaces), since layout may break a long value anywhere. */
    static String squeeze(String text) {
        StringBuilder squeezed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u202F', '\u2007' -> {
                    // white space: dropped
                }
                default -> squeezed.append(c);
            }
        }
        return squeezed.toString();
    }
}
