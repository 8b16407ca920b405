package org.optout.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.optout.AppException;

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
            if (document.getNumberOfPages() > maxPages) {
                throw AppException.invalidData(source + ": the letter runs to " + document.getNumberOfPages()
                        + " pages (at most " + maxPages + "): shorten the profile's `situation` or the template");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            // Our PDFs never draw text twice for a bold effect; skipping that detection halves the check's cost.
            stripper.setSuppressDuplicateOverlappingText(false);
            String text = squeeze(stripper.getText(document));
            for (String needle : expected) {
                if (!text.contains(squeeze(needle))) {
                    throw AppException.invalidData(source + ": the rendered PDF does not contain the text '" + needle
                            + "' (is every CSS font-family '" + LetterFont.FAMILY + "'?)");
                }
            }
        } catch (IOException e) {
            throw AppException.invalidData(source + ": the rendered PDF cannot be read back (" + e.getMessage() + ")", e);
        }
    }

    /** Removes all white space (including no-break spaces), since layout may break a long value anywhere. */
    static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F\\u2007]+", "");
    }
}
