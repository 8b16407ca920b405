package org.optout.pdf;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** The set-up below is needed once per JVM. */
    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    private PdfCheck() {
    }

    /**
     * Starts, on another thread, the one-time set-up that reading text back costs in PDFBox (a table of 65,536
     * strings built when the first font character map is read), so that it overlaps with rendering the letter
     * instead of adding to it. Building the table needs no other class's set-up, so it cannot deadlock with the
     * rendering thread; at worst the check waits for it to finish.
     */
    public static void prepare() {
        if (!PREPARING.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(PdfCheck::loadStringTable, "optout-pdf-check-set-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void loadStringTable() {
        try {
            Class.forName("org.apache.fontbox.cmap.CMapStrings", true, PdfCheck.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError ignored) {
            // then the check builds the table itself, or reports the problem when it reads the letter back
        }
    }

    /**
     * @param expected texts that must be found in the extracted text (white space is compared loosely)
     * @param source the template the PDF came from, named in error messages
     */
    public static void verify(byte[] pdf, List<String> expected, int maxPages, String source) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() > maxPages) {
                throw AppException.invalidData(Message.of("pdf.too_long", source, document.getNumberOfPages(),
                        maxPages));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            // Our PDFs never draw text twice for a bold effect; skipping that detection halves the check's cost.
            stripper.setSuppressDuplicateOverlappingText(false);
            String text = squeeze(stripper.getText(document));
            for (String needle : expected) {
                if (!text.contains(squeeze(needle))) {
                    throw AppException.invalidData(Message.of("pdf.text_missing", source, needle, LetterFont.FAMILY));
                }
            }
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("pdf.unreadable", source, e.getMessage()), e);
        }
    }

    /** Removes all white space (including no-break spaces), since layout may break a long value anywhere. */
    static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F\\u2007]+", "");
    }
}
