package org.optout.pdf;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * Renders an XHTML letter to PDF/A-3u with openhtmltopdf: DejaVu Sans embedded, sRGB output intent, no access
 * to anything outside the document (only {@code data:} images), and any rendering warning treated as an error
 * so that a broken template never yields a silently broken PDF.
 */
public final class PdfRenderer {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** Font metrics are the same for every letter: computing them once per thread makes later letters cheaper. */
    private static final ThreadLocal<FSDefaultCacheStore> FONT_METRICS = ThreadLocal.withInitial(FSDefaultCacheStore::new);

    static {
        // Never let PDFBox scan the system's fonts: it is slow, and a letter must not depend on the machine.
        org.apache.pdfbox.pdmodel.font.FontMappers.set(new BundledFontMapper());
        // openhtmltopdf would log progress to stderr; keep warnings flowing to our diagnostic consumer only.
        XRLog.setLoggerImpl(new WarningsOnly());
    }

    /**
     * Renders {@code xhtml} to PDF bytes.
     *
     * @param source the template the XHTML came from, named in error messages
     */
    public byte[] render(String xhtml, String source) {
        List<Diagnostic> problems = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS.get())
                .useUnicodeLineBreaker(new LetterLineBreaker())
                .useUnicodeBidiSplitter(LetterBidiSplitter.FACTORY)
                .useUnicodeBidiReorderer(new LetterBidiReorderer())
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(SRGB)
                .withProducer("optout")
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withDiagnosticConsumer(d -> {
                    if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                        problems.add(d);
                    }
                })
                .withHtmlContent(xhtml, null)
                .toStream(out);
        try (PDDocument document = new PDDocument()) {
            builder.usePDDocument(document);
            for (LetterFont font : LetterFont.values()) {
                builder.useFont(new LazyFont(document, font), LetterFont.FAMILY, font.weight(),
                        font.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            builder.run();
        } catch (IOException | RuntimeException e) {
            // the renderer's own words say what is wrong: they are quoted as it wrote them
            throw AppException.invalidData(Message.of("pdf.render_failed", source, firstLine(e)), e);
        }
        if (!problems.isEmpty()) {
            throw AppException.invalidData(Message.of("pdf.render_problem", source, problems.get(0)
                    .getFormattedMessage().strip().lines().findFirst().orElse("?")));
        }
        return out.toByteArray();
    }

    /** Adds a face to the document only when the layout first uses it: most letters need three of the four. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final LetterFont font;
        private PDFont loaded;

        LazyFont(PDDocument document, LetterFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, font.shared(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot embed the bundled font " + font, e);
                }
            }
            return loaded;
        }
    }

    /** Passes warnings and errors on to the diagnostic consumer and prints nothing itself. */
    private static final class WarningsOnly implements XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
            // silent: the diagnostic consumer reports what matters
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            // silent: the diagnostic consumer reports what matters
        }

        @Override
        public void setLevel(String logger, Level level) {
            // levels are fixed: warnings and above
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
