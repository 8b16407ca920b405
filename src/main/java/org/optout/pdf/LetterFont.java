package org.optout.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
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
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
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

    /**
     * The parsed font, shared by all letters rendered on this thread (parsing it costs more than laying out a
     * letter). One per thread because PDFBox reads glyph data through a stateful stream when embedding a subset.
     */
    TrueTypeFont shared() {
        return shared.get();
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
