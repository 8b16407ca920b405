package org.optout.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The one font family of the letters, DejaVu Sans, read from the classpath (jasperreports-fonts). Letters may only
 * use this family: a CSS family that was not registered would give a PDF without text.
 */
public enum LetterFont {
    REGULAR("DejaVuSans.ttf", 400, false),
    BOLD("DejaVuSans-Bold.ttf", 700, false),
    OBLIQUE("DejaVuSans-Oblique.ttf", 400, true),
    BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf", 700, true);

    /** The CSS font-family name templates must use. */
    public static final String FAMILY = "DejaVu Sans";
    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    private final String file;
    private final int weight;
    private final boolean italic;
    private volatile CmapLookup cmap;
    private volatile byte[] bytes;
    /** The first parse, done ahead by {@link #prefetch()} or else by the first thread that needs the font. */
    private final HandedOver<TrueTypeFont> first = new HandedOver<>(this::parse);
    private final ThreadLocal<TrueTypeFont> shared = ThreadLocal.withInitial(first::take);
    private volatile byte[] compactBytes;
    private final ThreadLocal<TrueTypeFont> compact = ThreadLocal.withInitial(() -> parse(compactBytes()));

    LetterFont(String file, int weight, boolean italic) {
        this.file = file;
        this.weight = weight;
        this.italic = italic;
    }

    public int weight() {
        return weight;
    }

    public boolean italic() {
        return italic;
    }

    /** Opens the TTF file (read from the jar once, then from memory); the caller closes the stream. */
    public InputStream open() {
        return new ByteArrayInputStream(bytes());
    }

    /** Parses the font (for PDFBox font mapping). */
    public TrueTypeFont parse() {
        return parse(bytes());
    }

    private TrueTypeFont parse(byte[] data) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
            // No glyph substitution: letters need no ligatures, and the text extracted must be the text written.
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + file, e);
        }
    }

    /**
     * Parses the font now, on the calling thread, for the first thread that will need it (see {@link #shared()}),
     * so that start-up work can overlap with the parse. Does nothing if that parse has begun.
     */
    void prefetch() {
        first.prefetch();
    }

    /** Makes the compact copy's bytes now, on the calling thread (see {@link PdfWarmUp}). */
    void prefetchCompact() {
        compactBytes();
    }

    /**
     * The parsed font, shared by all letters rendered on this thread (parsing it costs more than laying out a
     * letter). One per thread because PDFBox reads glyph data through a stateful stream when embedding a subset.
     */
    TrueTypeFont shared() {
        return shared.get();
    }

    /**
     * The same face holding only the glyphs of {@link CompactRepertoire} (about a seventh of them), shared by all
     * letters rendered on this thread whose text it covers. The PDF holds a subset of the glyphs a letter uses
     * either way, drawn alike; but PDFBox sets up a font in a document with the widths of all its glyphs, which
     * for the whole face took about a fifth of a letter's rendering time (sampled with JFR).
     */
    TrueTypeFont compact() {
        return compact.get();
    }

    private byte[] compactBytes() {
        byte[] made = compactBytes;
        if (made == null) {
            synchronized (this) {
                made = compactBytes;
                if (made == null) {
                    made = subset(parse());
                    compactBytes = made;
                }
            }
        }
        return made;
    }

    /**
     * A TrueType font of the repertoire's glyphs (and the glyphs they are composed of), with the tables PDFBox reads
     * when it embeds a font: no glyph substitution or positioning tables, which would name glyphs by their old
     * numbers.
     */
    private byte[] subset(TrueTypeFont full) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(full, CompactRepertoire.TABLES);
            CompactRepertoire.codePoints().forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the compact copy of the bundled font " + file, e);
        }
    }

    private byte[] bytes() {
        byte[] loaded = bytes;
        if (loaded == null) {
            try (InputStream in = LetterFont.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("optout is incomplete: font " + FOLDER + file + " is missing");
                }
                loaded = in.readAllBytes();
                bytes = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled font " + file, e);
            }
        }
        return loaded;
    }

    /**
     * The first character of {@code text} that the regular or bold face cannot draw (it would come out as '#'),
     * ignoring line breaks and tabs.
     */
    public static Optional<Integer> firstUndrawable(String text) {
        List<CmapLookup> faces = List.of(REGULAR.cmap(), BOLD.cmap());
        return text.codePoints()
                .filter(cp -> cp != '\n' && cp != '\r' && cp != '\t')
                .filter(cp -> faces.stream().anyMatch(face -> face.getGlyphId(cp) == 0))
                .boxed()
                .findFirst();
    }

    private CmapLookup cmap() {
        CmapLookup lookup = cmap;
        if (lookup == null) {
            try {
                // the character map is read into memory once; later look-ups never touch the font file
                lookup = shared().getUnicodeCmapLookup();
                cmap = lookup;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the character map of " + file, e);
            }
        }
        return lookup;
    }
}
