package org.optout.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renderers for tests that compare the typesetter with openhtmltopdf, and what tells their PDFs apart. */
public final class PdfEngines {
    private PdfEngines() {
    }

    /** A renderer that gives every letter to openhtmltopdf. */
    public static PdfRenderer openhtmltopdfOnly() {
        return new PdfRenderer(false);
    }

    /**
     * Whether optout's typesetter drew the PDF: openhtmltopdf clips every page to its content box first
     * ({@code W n}); the typesetter never clips.
     */
    public static boolean typeset(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
                if (content.contains("\nW\nn\n")) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages at {@code dpi}, in grey levels. */
    public static List<BufferedImage> pages(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pixels of two pages of the same size differ by more than {@code levels} grey levels. */
    public static int differingPixels(BufferedImage a, BufferedImage b, int levels) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return a.getWidth() * a.getHeight();
        }
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs((a.getRGB(x, y) & 0xFF) - (b.getRGB(x, y) & 0xFF)) > levels) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
