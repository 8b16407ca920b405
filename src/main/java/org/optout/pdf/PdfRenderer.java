package org.optout.pdf;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.optout.AppException;
import org.optout.ui.Message;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Renders an XHTML letter to PDF/A-3u with openhtmltopdf: DejaVu Sans embedded, sRGB output intent, no access
 * to anything outside the document (only {@code data:} images), and any rendering warning treated as an error
 * so that a broken template never yields a silently broken PDF.
 *
 * <p>Thread-safe: one instance may serve every thread. What is costly to set up (the parsed fonts, their metrics,
 * the XML parser) is kept per thread and reused by every letter that thread renders, so a batch is fastest with
 * one worker thread per core, each rendering its letters one after the other.
 */
public final class PdfRenderer {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String SRGB_NAME = "sRGB IEC61966-2.1";
    /** Font metrics are the same for every letter: computing them once per thread makes later letters cheaper. */
    private static final ThreadLocal<FSDefaultCacheStore> FONT_METRICS = ThreadLocal.withInitial(FSDefaultCacheStore::new);
    private final InlineImages inlineImages = new InlineImages();
    private final boolean typeset;

    static {
        // Never let PDFBox scan the system's fonts: it is slow, and a letter must not depend on the machine.
        org.apache.pdfbox.pdmodel.font.FontMappers.set(new BundledFontMapper());
        // openhtmltopdf would log progress to stderr; keep warnings flowing to our diagnostic consumer only.
        XRLog.setLoggerImpl(new WarningsOnly());
        // ImageIO would copy every image it reads (the user's signature) to a temporary file first: keep it in memory.
        ImageIO.setUseCache(false);
    }

    /** A renderer that typesets the letters it can itself ({@link Typesetter}) and gives openhtmltopdf the rest. */
    public PdfRenderer() {
        this(true);
    }

    /** @param typeset false to give every letter to openhtmltopdf (to compare both) */
    PdfRenderer(boolean typeset) {
        this.typeset = typeset;
    }

    /**
     * A rendered PDF, with what is known of it from the layout, without reading the PDF back.
     *
     * @param pages its number of pages
     * @param text the text of the XHTML body that was laid out (white space as in the XHTML)
     */
    public record RenderedPdf(byte[] bytes, int pages, String text) {
    }

    /**
     * Renders {@code xhtml} to PDF bytes.
     *
     * @param source the template the XHTML came from, named in error messages
     */
    public byte[] render(String xhtml, String source) {
        return renderPdf(xhtml, source).bytes();
    }

    /**
     * Renders {@code xhtml} to a PDF/A-3u document.
     *
     * @param source the template the XHTML came from, named in error messages
     * @throws AppException (invalid data) when the XHTML is not well-formed, an image cannot be read, the layout
     *     reports a problem, or some text would be drawn with a font that is not embedded
     */
    public RenderedPdf renderPdf(String xhtml, String source) {
        List<Diagnostic> problems = new ArrayList<>();
        InlineImages.Letter letter = inlineImages.extract(xhtml);
        Document parsed = XhtmlParser.parse(letter.xhtml(), source);
        boolean compact = CompactRepertoire.covers(letter.xhtml());
        if (typeset && compact) {
            RenderedPdf direct = typeset(parsed, letter, source);
            if (direct != null) {
                return direct;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // PDF/A metadata is written by ArchivalMetadata, not by openhtmltopdf's PDF/A mode, which builds its XMP with
        // a new XML serializer for every letter (about 6 % of a letter's rendering time, measured with JFR).
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfVersion(ArchivalMetadata.PDF_VERSION)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS.get())
                .useUnicodeLineBreaker(new LetterLineBreaker())
                .useUnicodeBidiSplitter(LetterBidiSplitter.FACTORY)
                .useUnicodeBidiReorderer(new LetterBidiReorderer())
                .useColorProfile(SRGB)
                .withProducer("optout")
                .useProtocolsStreamImplementation(letter.streams(), InlineImages.SCHEME)
                .useExternalResourceAccessControl((uri, type) -> uri != null
                        && (uri.startsWith("data:") || letter.images().containsKey(uri)),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withDiagnosticConsumer(d -> {
                    if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                        problems.add(d);
                    }
                })
                .withW3cDocument(parsed, null);
        int pages;
        String text;
        try (PDDocument document = new PDDocument()) {
            builder.usePDDocument(document);
            List<LazyFont> faces = new ArrayList<>();
            for (LetterFont font : LetterFont.values()) {
                LazyFont face = new LazyFont(document, font, compact);
                faces.add(face);
                builder.useFont(face, LetterFont.FAMILY, font.weight(),
                        font.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                requireProblemFree(problems, source);
                requireBundledFonts(document, faces, source);
                ArchivalMetadata.withoutInterpolation(document);
                Element root = renderer.getDocument().getDocumentElement();
                ArchivalMetadata.add(document, root.getAttribute("lang"));
                Node body = root.getElementsByTagNameNS(root.getNamespaceURI(), "body").item(0);
                text = body == null ? "" : body.getTextContent();
            }
            pages = document.getNumberOfPages();
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
        } catch (IOException | RuntimeException e) {
            throw failure(source, e);
        }
        return new RenderedPdf(out.toByteArray(), pages, text);
    }

    /**
     * The letter laid out by {@link Typesetter}, with the document information openhtmltopdf would give it; null
     * when it is not typesettable.
     */
    private static RenderedPdf typeset(Document xhtml, InlineImages.Letter letter, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int pages;
        try (PDDocument document = new PDDocument()) {
            try {
                pages = Typesetter.typeset(xhtml, letter.images(), document);
            } catch (NotTypesettable other) {
                return null;
            }
            document.setVersion(ArchivalMetadata.PDF_VERSION);
            Element root = xhtml.getDocumentElement();
            PDDocumentInformation information = document.getDocumentInformation();
            information.setCreationDate(Calendar.getInstance());
            information.setProducer("optout");
            for (Node meta = root.getFirstChild(); meta != null; meta = meta.getNextSibling()) {
                if (meta instanceof Element head && LetterStyles.name(head).equals("head")) {
                    headInformation(head, information);
                }
            }
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
            intent.setInfo(SRGB_NAME);
            intent.setOutputCondition(SRGB_NAME);
            intent.setOutputConditionIdentifier(SRGB_NAME);
            intent.setRegistryName("http://www.color.org");
            document.getDocumentCatalog().addOutputIntent(intent);
            ArchivalMetadata.add(document, root.getAttribute("lang"));
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            Node body = root.getElementsByTagNameNS(root.getNamespaceURI(), "body").item(0);
            return new RenderedPdf(out.toByteArray(), pages, body == null ? "" : body.getTextContent());
        } catch (IOException | RuntimeException e) {
            throw failure(source, e);
        }
    }

    /** The title, author and subject from the XHTML head, as openhtmltopdf takes them. */
    private static void headInformation(Element head, PDDocumentInformation information) {
        for (Node child = head.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                switch (LetterStyles.name(element)) {
                    case "title" -> information.setTitle(element.getTextContent().strip());
                    case "meta" -> {
                        String content = element.getAttribute("content");
                        switch (element.getAttribute("name")) {
                            case "author" -> information.setAuthor(content);
                            case "subject" -> information.setSubject(content);
                            default -> {
                                // other meta elements do not reach the PDF
                            }
                        }
                    }
                    default -> {
                        // the style sheet
                    }
                }
            }
        }
    }

    private static void requireProblemFree(List<Diagnostic> problems, String source) {
        if (!problems.isEmpty()) {
            throw AppException.invalidData(Message.of("pdf.render_problem", source, problems.get(0)
                    .getFormattedMessage().strip().lines().findFirst().orElse("?")));
        }
    }

    /**
     * Every font the pages use must be one of the embedded DejaVu faces. Text in a CSS font-family that was not
     * registered would otherwise be drawn in a standard font that is not embedded, and the PDF would not be PDF/A.
     */
    private static void requireBundledFonts(PDDocument document, List<LazyFont> faces, String source) {
        Set<COSBase> bundled = new HashSet<>();
        faces.stream().filter(LazyFont::used).forEach(face -> bundled.add(face.supply().getCOSObject()));
        for (PDPage page : document.getPages()) {
            COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            if (fonts == null) {
                continue;
            }
            for (COSName name : fonts.keySet()) {
                if (!bundled.contains(fonts.getDictionaryObject(name))) {
                    throw AppException.invalidData(source + ": some text is not in the letter font (is every CSS "
                            + "font-family '" + LetterFont.FAMILY + "'?)");
                }
            }
        }
    }

    /** Adds a face to the document only when the layout first uses it: most letters need three of the four. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final LetterFont font;
        private final boolean compact;
        private PDFont loaded;

        LazyFont(PDDocument document, LetterFont font, boolean compact) {
            super(null);
            this.document = document;
            this.font = font;
            this.compact = compact;
        }

        boolean used() {
            return loaded != null;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, compact ? font.compact() : font.shared(), true);
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

    /** A rendering failure as the user reads it: an {@link AppException} as thrown, anything else named. */
    private static AppException failure(String source, Exception e) {
        return e instanceof AppException known ? known
                : AppException.invalidData(Message.of("pdf.render_failed", source, firstLine(e)), e);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
